import { createReadStream, existsSync, statSync } from 'node:fs';
import { loadConfig } from '../config.js';
import type { Db } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import {
  WxrError,
  WxrReader,
  type WordPressSummary,
  conditionResolver,
  emptySummary,
  importWordPressItem,
} from '../domain/transfer/index.js';
import { UsageError, optionsAndFiles } from './args.js';
import { withDatabase } from './database.js';
import { progressBar } from './progress.js';

/**
 * Imports a WordPress export (WXR), read as a stream: one transaction for the whole file (bad XML
 * writes nothing), or with --skip-invalid one per post, keeping the posts before a problem.
 */
export async function importWordPressCommand(args: string[]): Promise<number> {
  const { values, files } = optionsAndFiles(args, {
    publish: { type: 'boolean' },
    'skip-invalid': { type: 'boolean' },
    conditions: { type: 'string' },
  });
  if (files.length !== 1) throw new UsageError('name one WordPress export file (.xml)');
  const file = files[0]!;
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  if (values.conditions !== undefined && values.conditions !== 'create')
    throw new UsageError('--conditions takes one value: create');
  const options = {
    publish: values.publish === true,
    createConditions: values.conditions === 'create',
  };
  const perItem = values['skip-invalid'] === true;
  const config = loadConfig();
  return withDatabase(config.databaseUrl, async (d) => {
    await migrateToLatest(d.db);
    const summary = emptySummary();
    const now = new Date();
    const run = (db: Db) => readAll(db, file, summary, now, options, perItem);
    try {
      if (perItem) await run(d.db);
      else await d.db.transaction().execute(run);
    } catch (error) {
      if (!(error instanceof WxrError)) throw error;
      console.error(
        `${file}:${error.line}: not valid XML: ${error.message.replace(/^line \d+: /, '')}`,
      );
      console.error(
        perItem ? 'stopped there; the posts before it are kept.' : 'nothing was imported.',
      );
      return 1;
    }
    report(file, summary);
    return 0;
  });
}

async function readAll(
  db: Db,
  file: string,
  summary: WordPressSummary,
  now: Date,
  options: { publish: boolean; createConditions: boolean },
  perItem: boolean,
): Promise<void> {
  const reader = new WxrReader();
  const bar = progressBar('bytes', statSync(file).size);
  const conditions = await conditionResolver(db, now, options.createConditions);
  let read = 0;
  const take = async (items: ReturnType<WxrReader['write']>) => {
    for (const item of items)
      if (perItem)
        await db
          .transaction()
          .execute((trx) => importWordPressItem(trx, item, summary, conditions, now, options));
      else await importWordPressItem(db, item, summary, conditions, now, options);
  };
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    read += Buffer.byteLength(chunk as string);
    await take(reader.write(chunk as string));
    bar.update(read);
  }
  await take(reader.close());
  summary.problems.push(
    ...conditions.notes().map((n) => ({ line: n.line, reason: `${n.reason}: ${n.text}` })),
  );
}

function report(file: string, s: WordPressSummary): void {
  const created = s.remedies.filter((r) => r.created).length;
  console.log(
    `${file}: ${s.remedies.length} remedy page(s) (${created} new), ${s.reports} report(s) and ${s.replies} reply(ies) imported, ${s.queued} waiting for moderation` +
      (s.alreadyThere > 0 ? `, ${s.alreadyThere} already there` : '') +
      `; skipped: ${
        Object.entries(s.skipped)
          .map(([k, n]) => `${n} ${k}`)
          .join(', ') || 'nothing'
      }.`,
  );
  for (const p of s.problems.sort((a, b) => a.line - b.line))
    console.log(`${file}:${p.line}: ${p.reason}`);
}
