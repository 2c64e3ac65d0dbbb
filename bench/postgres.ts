// The page benchmark on PostgreSQL: a copy of the SQLite corpus moved with `remedex export` and
// `remedex import` (as an operator moves a site), then the largest remedy's page and its largest
// remedy × condition page from one SQLite instance, one PostgreSQL instance, and two PostgreSQL
// instances behind nginx as a load balancer, interleaved, page cache off.
// Usage: npm run bench:postgres [-- --pg postgres://postgres@127.0.0.1:5432/remedex_bench --reload]
import { execFileSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { readFactsOnce, topCondition } from './corpus.js';
import { startNginx } from './nginx.js';
import { median, remedexServe, stopProcess } from './processes.js';
import { remediesBySize } from './server.js';
import { type Load, wrk } from './wrk.js';

const { values } = parseArgs({
  options: {
    database: { type: 'string', default: 'sqlite:bench/out/corpus.db' },
    pg: {
      type: 'string',
      default: process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/remedex_bench',
    },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
    repetitions: { type: 'string', default: '3' },
    reload: { type: 'boolean', default: false },
  },
});
const sqliteUrl = values.database;
const pgUrl = values.pg;
const seconds = Number(values.duration);
const connections = Number(values.connections);
const out = 'bench/out';
const file = `${out}/corpus.jsonl`;
if (!existsSync(sqliteUrl.slice('sqlite:'.length))) {
  console.error(`No corpus at ${sqliteUrl}. Make one first: npm run bench:corpus`);
  process.exit(1);
}

/** Runs the CLI from the build with this database, printing what it prints; returns seconds. */
function remedex(args: string[], databaseUrl: string): number {
  const t0 = Date.now();
  execFileSync(process.execPath, ['bin/remedex.js', ...args], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
  });
  return (Date.now() - t0) / 1000;
}

// The copy: made once, and again with --reload or when the corpus is newer than the export.
const name = new URL(pgUrl).pathname.slice(1);
const admin = new pg.Client({ connectionString: pgUrl.replace(/\/[^/]*$/, '/postgres') });
await admin.connect();
const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount;
const timings: Record<string, number> = {};
if (!exists || values.reload) {
  if (!/^\w+$/.test(name)) throw new Error(`not a plain database name: ${name}`);
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  if (!existsSync(file) || statSync(file).mtimeMs < statSync(sqliteUrl.slice(7)).mtimeMs)
    timings.exportSeconds = remedex(['export', '--include-private', '--out', file], sqliteUrl);
  timings.importSeconds = remedex(['import', '--defer-extraction', file], pgUrl);
  console.log(`copy: ${JSON.stringify(timings)}`);
}
await admin.end();

const pages: { name: string; path: string }[] = [];
for (const url of [pgUrl, sqliteUrl]) {
  const database = await openDatabase(url);
  await migrateToLatest(database.db);
  const [largest] = await remediesBySize(database.db);
  if (!largest) throw new Error(`${url} has no reports`);
  await readFactsOnce(database.db, [largest.slug]);
  if (pages.length === 0) {
    const condition = await topCondition(database.db, largest.slug);
    pages.push(
      { name: `remedy ${largest.slug}`, path: `/remedies/${largest.slug}` },
      { name: `pair ${largest.slug}/${condition}`, path: `/remedies/${largest.slug}/${condition}` },
    );
  }
  await database.close();
}

const serve = (databaseUrl: string) => remedexServe(databaseUrl, 'off');
const onSqlite = await serve(sqliteUrl);
const onPg = [await serve(pgUrl), await serve(pgUrl)];
const nginx = await startNginx(
  `${out}/static`,
  onSqlite.port + 2000,
  onPg.map((s) => `127.0.0.1:${s.port}`),
);
const balancer = nginx.balancer!;
for (const page of pages) {
  const [a, b] = await Promise.all([onSqlite, onPg[0]!].map((s) => fetch(s.url + page.path)));
  if (a?.status !== 200 || b?.status !== 200) throw new Error(`${page.path} did not answer 200`);
}

type Row = { page: string; server: string } & Load;
const rows: Row[] = [];
const targets = (path: string) => [
  { server: 'SQLite, one instance', url: onSqlite.url + path },
  { server: 'PostgreSQL, one instance', url: onPg[0]!.url + path },
  { server: 'PostgreSQL, two instances behind nginx', url: balancer + path },
];
for (let rep = 0; rep < Number(values.repetitions); rep++)
  for (const page of pages)
    for (const t of targets(page.path)) {
      const load = await wrk(t.url, { connections, seconds });
      rows.push({ page: page.name, server: t.server, ...load });
      console.log(
        `rep ${rep + 1} ${page.name} · ${t.server}: ${load.requestsPerSecond.toFixed(0)} req/s`,
      );
    }
for (const s of [onSqlite, ...onPg]) await stopProcess(s);
await nginx.stop();

const of = (page: string, server: string) =>
  rows.filter((r) => r.page === page && r.server === server);
const ratio = (page: string, a: string, b: string) =>
  median(of(page, a).map((x, i) => x.requestsPerSecond / of(page, b)[i]!.requestsPerSecond));
console.log(
  `\n${connections} connections, ${seconds} s each, ${values.repetitions} interleaved repetitions\n`,
);
console.log('| page | server | req/s (median) | p99 ms (median) | errors |');
console.log('|---|---|---:|---:|---:|');
const summary: Record<string, Record<string, number>> = {};
for (const page of pages) {
  for (const t of targets(page.path)) {
    const rs = of(page.name, t.server);
    console.log(
      `| ${page.name} | ${t.server} | ${median(rs.map((r) => r.requestsPerSecond)).toFixed(0)} | ${median(rs.map((r) => r.p99)).toFixed(1)} | ${rs.reduce((n, r) => n + r.errors, 0)} |`,
    );
  }
  summary[page.name] = {
    postgresVsSqlite: ratio(page.name, 'PostgreSQL, one instance', 'SQLite, one instance'),
    twoInstancesVsOne: ratio(
      page.name,
      'PostgreSQL, two instances behind nginx',
      'PostgreSQL, one instance',
    ),
  };
}
console.log('\nmedian of per-repetition ratios:');
for (const [page, r] of Object.entries(summary))
  console.log(
    `  ${page}: ${Object.entries(r)
      .map(([k, v]) => `${k} ${v.toFixed(3)}`)
      .join(', ')}`,
  );
writeFileSync(
  `${out}/postgres.json`,
  JSON.stringify(
    { at: new Date().toISOString(), timings, connections, seconds, rows, summary },
    null,
    2,
  ),
);
