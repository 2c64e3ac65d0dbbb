import { readFileSync, existsSync } from 'node:fs';
import { loadConfig } from '../config.js';
import { migrateToLatest } from '../db/migrate.js';
import {
  importLegacyPage,
  type LegacyPage,
  type LegacySummary,
  LegacyRefused,
  decodeLegacyFile,
  legacyRefusal,
  parseLegacyPage,
} from '../domain/transfer/index.js';
import { UsageError, optionsAndFiles } from './args.js';
import { withDatabase } from './database.js';

/**
 * Imports remedy pages saved as text from an older site, each in its own transaction, and prints
 * what it made of each page and every line it could not read, with its number.
 */
export async function importLegacyCommand(args: string[]): Promise<number> {
  const { values, files } = optionsAndFiles(args, {
    publish: { type: 'boolean' },
    strict: { type: 'boolean' },
    conditions: { type: 'string' },
  });
  if (files.length === 0) throw new UsageError('name at least one saved page to import');
  for (const f of files) if (!existsSync(f)) throw new UsageError(`no such file: ${f}`);
  if (values.conditions !== undefined && values.conditions !== 'create')
    throw new UsageError('--conditions takes one value: create');
  const publish = values.publish === true;
  const options = { publish, createConditions: values.conditions === 'create' };
  const config = loadConfig();
  return withDatabase(config.databaseUrl, async (d) => {
    await migrateToLatest(d.db);
    let refused = 0;
    for (const file of files) {
      let page: LegacyPage;
      try {
        page = parseLegacyPage(decodeLegacyFile(readFileSync(file)));
        const refusal = legacyRefusal(page);
        if (refusal) {
          for (const p of page.problems) console.error(`${file}:${p.line}: ${p.reason}: ${p.text}`);
          throw new LegacyRefused(refusal);
        }
      } catch (error) {
        if (!(error instanceof LegacyRefused)) throw error;
        console.error(`${file}: not imported: ${error.message}.`);
        refused++;
        continue;
      }
      // With --strict, a page with any line it could not take whole is not imported at all.
      const s = await d.db
        .transaction()
        .execute(async (trx) => {
          const summary = await importLegacyPage(trx, page, file, new Date(), options);
          if (values.strict === true && summary.problems.length > 0)
            throw new StrictRefusal(summary);
          return summary;
        })
        .catch((error: unknown) => {
          if (!(error instanceof StrictRefusal)) throw error;
          for (const p of error.summary.problems)
            console.error(`${file}:${p.line}: ${p.reason}: ${p.text}`);
          console.error(
            `${file}: not imported (--strict): ${error.summary.problems.length} problem(s).`,
          );
          return null;
        });
      if (s === null) {
        refused++;
        continue;
      }
      console.log(
        `${file}: ${page.remedy} (${s.remedy.created ? `new ${publish ? 'published' : 'draft'} remedy` : 'existing remedy'} /remedies/${s.remedy.slug}): ` +
          `${s.posts} post(s) and ${s.replies} reply(ies) imported` +
          (s.alreadyThere > 0 ? `, ${s.alreadyThere} already there` : '') +
          `; ${s.conditionsCreated.length} new condition(s)${s.conditionsCreated.length ? ` (${s.conditionsCreated.join(', ')})` : ''}` +
          `; ${s.authorsCreated} new author(s).`,
      );
      for (const p of s.problems) console.log(`${file}:${p.line}: ${p.reason}: ${p.text}`);
    }
    if (refused > 0)
      console.error(`${refused} of ${files.length} file(s) were not imported (see above).`);
    return refused > 0 ? 1 : 0;
  });
}

/** Rolls a --strict import back: it had problems. */
class StrictRefusal extends Error {
  constructor(readonly summary: LegacySummary) {
    super('strict');
  }
}
