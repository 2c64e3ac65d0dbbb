import { expect, it } from 'vitest';
import type { Db } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { loadDemo } from '../../src/demo/load.js';
import { buildApp } from '../../src/http/app.js';
import { textOf, useApp } from '../helpers/app.js';
import { describeEachDialect, freshDatabase } from '../helpers/db.js';

// The app keeps a remedy's page rows (remedy, citations, uses, tallies, conditions, numbers) under
// its page version, which database triggers raise. Each change here is made in SQL, below every
// write path, and must show on the very next page.
describeEachDialect('remedy page rows kept per version', (site) => {
  const app = useApp(site);
  const db = () => site().database.db;
  const page = async (url = '/remedies/l-glutamine') => {
    const res = await app().inject({ url });
    expect(res.statusCode).toBe(200);
    return textOf(res.body);
  };
  const remedyId = async () =>
    (
      await db()
        .selectFrom('remedies')
        .select('id')
        .where('slug', '=', 'l-glutamine')
        .executeTakeFirstOrThrow()
    ).id;

  it('shows a changed remedy, count, condition name and evidence on the next page', async () => {
    const id = await remedyId();
    await page();
    await page();

    await db()
      .updateTable('remedies')
      .set({ summary: 'A summary changed under the page.' })
      .where('id', '=', id)
      .execute();
    expect(await page()).toContain('A summary changed under the page.');

    const tally = await db()
      .selectFrom('report_tallies')
      .select(['condition_id', 'report_count'])
      .where('remedy_id', '=', id)
      .orderBy('report_count', 'desc')
      .executeTakeFirstOrThrow();
    await db()
      .updateTable('report_tallies')
      .set({ report_count: 4321 })
      .where('remedy_id', '=', id)
      .where('condition_id', '=', tally.condition_id)
      .execute();
    expect(await page()).toContain('4,321 reports');

    await db()
      .updateTable('conditions')
      .set({ name: 'A Renamed Condition' })
      .where('id', '=', tally.condition_id)
      .execute();
    expect(await page()).toContain('A Renamed Condition');

    const use = await db()
      .selectFrom('remedy_uses')
      .select(['id', 'condition_id'])
      .where('remedy_id', '=', id)
      .executeTakeFirstOrThrow();
    const condition = await db()
      .selectFrom('conditions')
      .select('name')
      .where('id', '=', use.condition_id)
      .executeTakeFirstOrThrow();
    await db().deleteFrom('remedy_use_citations').where('remedy_use_id', '=', use.id).execute();
    await db().deleteFrom('remedy_uses').where('id', '=', use.id).execute();
    const research = (await page())
      .split('Research and reader reports, side by side')[1]
      ?.split('Reader reports on')[0];
    expect(research).toBeDefined();
    expect(research).not.toContain(condition.name);
  });

  it('shows changed numbers on the next page', async () => {
    const id = await remedyId();
    const before = await page();
    expect(before).toMatch(/improved, for good or for a while/);
    await db()
      .updateTable('insight_stats')
      .set({ data: JSON.stringify({ outcomes: {}, doses: [], sideEffects: [], effects: [] }) })
      .where('remedy_id', '=', id)
      .execute();
    expect(await page()).not.toMatch(/improved, for good or for a while: \d+ of/);
  });

  it('keeps serving a remedy whose version row is missing, without keeping it', async () => {
    const id = await remedyId();
    await db().deleteFrom('page_versions').where('remedy_id', '=', id).execute();
    await page();
    await db()
      .updateTable('remedies')
      .set({ summary: 'Read afresh without a version.' })
      .where('id', '=', id)
      .execute();
    expect(await page()).toContain('Read afresh without a version.');
  });

  it('never shows one database what was kept for another with the same remedy and version', async () => {
    const other = await freshDatabase('sqlite');
    try {
      await migrateToLatest(other.database.db);
      await loadDemo(other.database.db);
      const otherApp = await buildApp({ db: other.database.db });
      const read = async (a: typeof otherApp) =>
        textOf((await a.inject({ url: '/remedies/ginger' })).body);
      // The same remedy, raised to the same version in both, with different summaries.
      const version = async (d: Db) =>
        Number(
          (
            await d
              .selectFrom('page_versions as p')
              .innerJoin('remedies as m', 'm.id', 'p.remedy_id')
              .select('p.version')
              .where('m.slug', '=', 'ginger')
              .executeTakeFirstOrThrow()
          ).version,
        );
      const setSummary = (d: Db, summary: string) =>
        d.updateTable('remedies').set({ summary }).where('slug', '=', 'ginger').execute();
      await setSummary(db(), 'Summary in the first database.');
      while ((await version(other.database.db)) < (await version(db())))
        await setSummary(other.database.db, 'Summary in the second database.');
      while ((await version(db())) < (await version(other.database.db)))
        await setSummary(db(), 'Summary in the first database.');
      expect(await version(db())).toBe(await version(other.database.db));
      for (let i = 0; i < 2; i++) {
        expect(await read(app())).toContain('Summary in the first database.');
        expect(await read(otherApp)).toContain('Summary in the second database.');
      }
      await otherApp.close();
    } finally {
      await other.drop();
    }
  });
});

// The examples a pair page names change with votes, titles and extracted outcomes, which raise
// the remedy's page version too (migration 20261201T0200). On a site of its own: the block above
// empties the numbers, and a pair page with no numbers names no examples.
describeEachDialect('example reports kept per version', (site) => {
  const app = useApp(site);
  const db = () => site().database.db;

  it('names the most helpful example reports as they are now: votes, titles and outcomes', async () => {
    const idOf = async (table: 'remedies' | 'conditions', slug: string) =>
      (await db().selectFrom(table).select('id').where('slug', '=', slug).executeTakeFirstOrThrow())
        .id;
    const id = await idOf('remedies', 'l-glutamine');
    const condition = await idOf('conditions', 'ibs');
    const pair = async () => {
      const res = await app().inject({ url: '/remedies/l-glutamine/ibs' });
      expect(res.statusCode).toBe(200);
      const saying = /<section class="saying"[\s\S]*?<\/section>/.exec(res.body)?.[0] ?? '';
      return [...saying.matchAll(/href="\/reports\/(\d+)"/g)].map((m) => Number(m[1]));
    };
    // A report the pair helped that is not named yet (the least helpful of them).
    const helped = await db()
      .selectFrom('reports as r')
      .innerJoin('report_facts as f', 'f.report_id', 'r.id')
      .select('r.id')
      .where('r.remedy_id', '=', id)
      .where('r.condition_id', '=', condition)
      .where('r.status', '=', 'approved')
      .where('f.outcome', '=', 'helped')
      .orderBy('r.helpful_score', 'asc')
      .executeTakeFirstOrThrow();
    const before = await pair();
    expect(before.length).toBeGreaterThan(0);
    expect(before).not.toContain(helped.id);
    await pair();

    // A vote count changed below every write path puts it first at once.
    await db()
      .updateTable('reports')
      .set({ helpful_score: 2, helpful_count: 999 })
      .where('id', '=', helped.id)
      .execute();
    expect((await pair())[0]).toBe(helped.id);

    await db()
      .updateTable('reports')
      .set({ title: 'A title changed under the examples' })
      .where('id', '=', helped.id)
      .execute();
    const res = await app().inject({ url: '/remedies/l-glutamine/ibs' });
    expect(textOf(res.body)).toContain('A title changed under the examples');
    expect(await pair()).toContain(helped.id);

    // Its outcome read again as "no change": no longer among the reports the pair helped.
    await db()
      .updateTable('report_facts')
      .set({ outcome: 'no_change' })
      .where('report_id', '=', helped.id)
      .execute();
    const helpedNow = (await pair()).slice(0, 2);
    expect(helpedNow).not.toContain(helped.id);
  });
});
