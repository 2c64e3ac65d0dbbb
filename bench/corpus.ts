// What the page benchmarks need from the corpus before they start.
import type { Db } from '../src/db/database.js';
import { rebuildInsight } from '../src/db/repositories/insight/insight.js';
import { refreshFacts } from '../src/domain/insight/index.js';

/**
 * The corpus is written without extraction (1M texts take minutes); the remedies measured get
 * their facts read once, so their pages carry real insight charts.
 */
export async function readFactsOnce(db: Db, slugs: string[]): Promise<void> {
  for (const slug of slugs) {
    const ids = (
      await db
        .selectFrom('reports as r')
        .innerJoin('remedies as m', 'm.id', 'r.remedy_id')
        .leftJoin('report_facts as f', 'f.report_id', 'r.id')
        .select('r.id')
        .where('m.slug', '=', slug)
        .where('f.report_id', 'is', null)
        .execute()
    ).map((r) => r.id);
    if (ids.length === 0) continue;
    console.log(`reading facts of ${ids.length} reports of ${slug} (once)…`);
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < ids.length; i += 1000) await refreshFacts(trx, ids.slice(i, i + 1000));
      await rebuildInsight(trx);
    });
  }
}

/** The condition with most reports of a remedy: its remedy × condition page is measured. */
export const topCondition = async (db: Db, slug: string) =>
  (
    await db
      .selectFrom('report_tallies as t')
      .innerJoin('remedies as m', 'm.id', 't.remedy_id')
      .innerJoin('conditions as c', 'c.id', 't.condition_id')
      .select(['c.slug', 't.report_count'])
      .where('m.slug', '=', slug)
      .orderBy('t.report_count', 'desc')
      .executeTakeFirstOrThrow()
  ).slug;
