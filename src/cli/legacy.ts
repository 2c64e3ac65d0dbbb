import { readFileSync, existsSync } from 'node:fs';
import { loadConfig } from '../config.js';
import { migrateToLatest } from '../db/migrate.js';
import { importLegacyPage } from '../domain/legacy/import.js';
import { parseLegacyPage } from '../domain/legacy/parse.js';
import { UsageError, optionsAndFiles } from './args.js';
import { withDatabase } from './database.js';

/**
 * Imports remedy pages saved as text from an older site, each in its own transaction, and prints
 * what it made of each page and every line it could not read, with its number.
 */
export async function importLegacyCommand(args: string[]): Promise<number> {
  const { files } = optionsAndFiles(args, {});
  if (files.length === 0) throw new UsageError('name at least one saved page to import');
  for (const f of files) if (!existsSync(f)) throw new UsageError(`no such file: ${f}`);
  const config = loadConfig();
  return withDatabase(config.databaseUrl, async (d) => {
    await migrateToLatest(d.db);
    for (const file of files) {
      const page = parseLegacyPage(readFileSync(file, 'utf8'));
      const s = await d.db
        .transaction()
        .execute((trx) => importLegacyPage(trx, page, file, new Date()));
      console.log(
        `${file}: ${page.remedy} (${s.remedy.created ? 'new remedy' : 'existing remedy'} /remedies/${s.remedy.slug}): ` +
          `${s.posts} post(s) and ${s.replies} reply(ies) imported` +
          (s.alreadyThere > 0 ? `, ${s.alreadyThere} already there` : '') +
          `; ${s.conditionsCreated.length} new condition(s)${s.conditionsCreated.length ? ` (${s.conditionsCreated.join(', ')})` : ''}` +
          `; ${s.authorsCreated} new author(s).`,
      );
      for (const p of s.problems) console.log(`${file}:${p.line}: ${p.reason}: ${p.text}`);
    }
    return 0;
  });
}
