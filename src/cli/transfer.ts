import { createWriteStream, existsSync } from 'node:fs';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { loadConfig } from '../config.js';
import { migrateToLatest } from '../db/migrate.js';
import {
  type ImportItem,
  importLines,
  ImportRefused,
  exportLines,
} from '../domain/transfer/index.js';
import { UsageError, options, optionsAndFiles } from './args.js';
import { withDatabase } from './database.js';

/**
 * Writes the whole site as JSON Lines to --out FILE (or standard output), in constant memory;
 * emails and places as typed only with --include-private (for moving the site).
 */
export async function exportCommand(args: string[]): Promise<number> {
  const { out, 'include-private': includePrivate } = options(args, {
    out: { type: 'string', short: 'o' },
    'include-private': { type: 'boolean' },
  });
  const config = loadConfig();
  const stream = out ? createWriteStream(out) : process.stdout;
  let lines = 0;
  await withDatabase(config.databaseUrl, async (d) => {
    await migrateToLatest(d.db);
    // One read transaction: the file is one consistent picture of the site.
    await d.db.transaction().execute(async (trx) => {
      for await (const line of exportLines(trx, new Date(), 1000, includePrivate === true)) {
        if (!stream.write(`${line}\n`)) await once(stream, 'drain');
        lines++;
        if (lines % 50000 === 0)
          process.stderr.write(`exported ${lines.toLocaleString('en-US')} lines\n`);
      }
    });
  });
  if (out) {
    stream.end();
    await once(stream, 'finish');
  }
  process.stderr.write(
    `Exported ${lines.toLocaleString('en-US')} lines${out ? ` to ${out}` : ''}.\n`,
  );
  return 0;
}

/**
 * The file's lines, read and checked by a worker thread while this thread writes: on two cores
 * the parsing and the writing overlap.
 */
async function* checkedInWorker(file: string, keepRoles: boolean): AsyncGenerator<ImportItem> {
  const worker = new Worker(new URL('../../bin/import-worker.js', import.meta.url), {
    workerData: { file, keepRoles },
  });
  const queue: (ImportItem[] | null)[] = [];
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  worker.on('message', (batch: ImportItem[] | null) => {
    queue.push(batch);
    wake?.();
  });
  worker.on('error', (error) => {
    failure = error;
    wake?.();
  });
  try {
    for (;;) {
      while (queue.length === 0 && failure === null)
        await new Promise<void>((resolve) => (wake = resolve));
      if (failure !== null) throw failure;
      const batch = queue.shift();
      if (batch === null || batch === undefined) return;
      worker.postMessage('more');
      yield* batch;
    }
  } finally {
    await worker.terminate();
  }
}

/**
 * Imports a JSON Lines export in one transaction. Every line is checked; bad lines are listed by
 * number with the reason, and nothing is written unless --skip-invalid. Importing twice is harmless.
 */
export async function importCommand(args: string[]): Promise<number> {
  const { values, files } = optionsAndFiles(args, {
    'skip-invalid': { type: 'boolean' },
    'defer-extraction': { type: 'boolean' },
    'keep-roles': { type: 'boolean' },
  });
  const [file, ...extra] = files;
  if (!file || extra.length > 0) throw new UsageError('name exactly one file to import');
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  const config = loadConfig();
  const skipInvalid = values['skip-invalid'] === true;
  return withDatabase(config.databaseUrl, async (d) => {
    await migrateToLatest(d.db);
    const started = Date.now();
    try {
      const result = await d.db.transaction().execute((trx) =>
        importLines(
          trx,
          { batches: checkedInWorker(file, values['keep-roles'] === true) },
          {
            skipInvalid,
            deferExtraction: values['defer-extraction'] === true,
            onProgress: (n) => process.stderr.write(`read ${n.toLocaleString('en-US')} lines\n`),
            onPhase: (phase) =>
              process.stderr.write(`${((Date.now() - started) / 1000).toFixed(1)} s: ${phase}\n`),
          },
        ),
      );
      for (const p of result.problems.slice(0, 200))
        console.error(`${file}:${p.line}: skipped: ${p.reason}`);
      const summary = Object.entries(result.read)
        .map(([t, n]) => `${t} ${n} read, ${result.written[t] ?? 0} new`)
        .join('; ');
      console.log(
        `Imported ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary || 'no rows'}.` +
          (result.problems.length > 0 ? ` ${result.problems.length} bad line(s) skipped.` : ''),
      );
      if (values['defer-extraction'] === true)
        console.log('Reports without facts were left for later: run `remedex extract` next.');
      return 0;
    } catch (error) {
      if (!(error instanceof ImportRefused)) throw error;
      for (const p of error.problems.slice(0, 200)) console.error(`${file}:${p.line}: ${p.reason}`);
      if (error.problems.length > 200) console.error(`… and ${error.problems.length - 200} more.`);
      console.error(
        `Nothing was imported: ${error.problems.length} bad line(s). Fix them, or run again with --skip-invalid to import the rest.`,
      );
      return 1;
    }
  });
}
