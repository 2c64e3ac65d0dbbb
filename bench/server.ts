import type { Db } from '../src/db/database.js';
import { existsSync, mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type ChildProcess, spawn } from 'node:child_process';

/**
 * `remedex serve` from the build (bin/serve.js) in its own process, as in production, on a random
 * port; resolves once /healthz answers.
 */
export async function startServer(
  env: Record<string, string>,
): Promise<{ server: ChildProcess; base: string }> {
  const port = 4000 + Math.floor(Math.random() * 2000);
  const server = spawn(process.execPath, ['bin/serve.js'], {
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return { server, base };
    } catch {
      // not up yet
    }
    if (i > 300) throw new Error('the server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The options every corpus benchmark takes; exits with a hint when the corpus is missing. */
export function corpusOptions(): {
  duration: number;
  connections: number;
  repetitions: number;
  database: string;
} {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '32' },
      repetitions: { type: 'string', default: '3' },
      database: {
        type: 'string',
        default: process.env.BENCH_DATABASE_URL ?? 'sqlite:bench/out/corpus.db',
      },
    },
  });
  const database = values.database;
  if (database.startsWith('sqlite:') && !existsSync(database.slice('sqlite:'.length))) {
    console.error(
      `No corpus at ${database}. Make one first: DATABASE_URL=${database} npm run bench:corpus`,
    );
    process.exit(1);
  }
  mkdirSync('bench/out/static/br', { recursive: true });
  return {
    duration: Number(values.duration),
    connections: Number(values.connections),
    repetitions: Number(values.repetitions),
    database,
  };
}

/** Published remedies with their report counts, most reported first. */
export const remediesBySize = (db: Db) =>
  db
    .selectFrom('report_tallies as t')
    .innerJoin('remedies as m', 'm.id', 't.remedy_id')
    .select(['m.slug', (eb) => eb.fn.sum<number>('t.report_count').as('n')])
    .where('m.status', '=', 'published')
    .groupBy('m.slug')
    .orderBy('n', 'desc')
    .execute();
