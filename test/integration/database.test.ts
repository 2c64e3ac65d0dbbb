import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import {
  migrateDownAll,
  migrateTo,
  migrateToLatest,
  migrationNames,
} from '../../src/db/migrate.js';
import { recountTally } from '../../src/db/repositories/reading/tallies.js';
import { prepareSite } from '../../src/cli/serve.js';
import { searchReports } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';
import { DEMO_REPORTS, SiteNotEmptyError, loadDemo } from '../../src/demo/load.js';
import { getRemedyReports, listRemedies } from '../../src/domain/reading/index.js';
import { type TestDatabase, describeEachDialect, dialects, freshDatabase } from '../helpers/db.js';

const count = async (
  t: TestDatabase,
  table: 'reports' | 'replies' | 'users' | 'remedies' | 'conditions',
) =>
  Number(
    (
      await t.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

for (const dialect of dialects) {
  describe(`schema and demo [${dialect}]`, () => {
    let t: TestDatabase | undefined;
    afterEach(async () => {
      await t?.drop();
      t = undefined;
    });

    it('builds an empty database from the migrations, and takes them down again', async () => {
      expect(migrationNames[0]).toBe('20261125T0000_initial');
      expect(migrationNames).toEqual([...migrationNames].sort());
      t = await freshDatabase(dialect);
      expect((await migrateToLatest(t.database.db)).applied).toEqual(migrationNames);
      expect((await migrateToLatest(t.database.db)).applied).toEqual([]);
      expect(await count(t, 'reports')).toBe(0);
      await migrateDownAll(t.database.db);
      await expect(count(t, 'reports')).rejects.toThrow();
      expect((await migrateToLatest(t.database.db)).applied).toEqual(migrationNames);
    });

    it('makes ratings and reply dates optional without losing a row, an id, an index or a trigger', async () => {
      t = await freshDatabase(dialect);
      const { db } = t.database;
      await prepareSite(db, true);
      // A deleted report's id is never reused, before the rebuild or after it.
      const last = await db
        .selectFrom('reports')
        .selectAll()
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      await db.deleteFrom('reports').where('id', '=', last.id).execute();
      const tables = ['reports', 'replies'] as const;
      const before = await Promise.all(tables.map((x) => count(t!, x)));
      // Down (required again) and up (optional): SQLite rebuilds both tables each way.
      await migrateTo(db, '20261202T0000_one_word');
      await migrateToLatest(db);
      expect(await Promise.all(tables.map((x) => count(t!, x)))).toEqual(before);
      const report = await db
        .selectFrom('reports')
        .select(['id', 'card_version'])
        .where('status', '=', 'approved')
        .orderBy('id')
        .executeTakeFirstOrThrow();
      // Triggers still raise the card version and keep the search index; deletes still cascade.
      await db
        .updateTable('reports')
        .set({ body: 'Zanzibarish wording for the search index.', rating: null })
        .where('id', '=', report.id)
        .execute();
      const changed = await db
        .selectFrom('reports')
        .select(['card_version', 'rating'])
        .where('id', '=', report.id)
        .executeTakeFirstOrThrow();
      expect(Number(changed.card_version)).toBeGreaterThan(Number(report.card_version));
      expect(changed.rating).toBeNull();
      const none = { remedy: null, condition: null, rating: null, outcome: null };
      const found = await searchReports(db, parseQuery('Zanzibarish'), none, 0, 5);
      expect(found.hits.map((h) => h.id)).toEqual([report.id]);
      await db
        .insertInto('replies')
        .values({
          report_id: report.id,
          user_id: null,
          display_name: 'Undated',
          location: null,
          posted_at: null,
          body: 'A reply with no date.',
          status: 'approved',
        })
        .execute();
      await db.deleteFrom('reports').where('id', '=', report.id).execute();
      const orphans = await db
        .selectFrom('replies')
        .select('id')
        .where('report_id', '=', report.id);
      expect(await orphans.execute()).toEqual([]);
      const again = await db
        .insertInto('reports')
        .values({
          remedy_id: last.remedy_id,
          condition_id: last.condition_id,
          display_name: 'New after the rebuild',
          posted_at: new Date().toISOString(),
          body: 'Posted after the tables were rebuilt.',
          status: 'pending',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      expect(again.id).toBeGreaterThan(last.id);
    });

    it('loads the demo only into an empty database, and a second start keeps every row', async () => {
      t = await freshDatabase(dialect);
      const first = await prepareSite(t.database.db, true);
      expect(first.demo).toMatchObject({ reports: DEMO_REPORTS });
      const before = await Promise.all(
        (['reports', 'replies', 'users', 'remedies'] as const).map((x) => count(t!, x)),
      );
      const second = await prepareSite(t.database.db, true);
      expect(second).toEqual({ applied: [], demo: null });
      const after = await Promise.all(
        (['reports', 'replies', 'users', 'remedies'] as const).map((x) => count(t!, x)),
      );
      expect(after).toEqual(before);
      await expect(loadDemo(t.database.db)).rejects.toThrow(SiteNotEmptyError);
      expect(await count(t, 'reports')).toBe(before[0]);
    });

    it('leaves a new database empty when the demo is off', async () => {
      t = await freshDatabase(dialect);
      expect((await prepareSite(t.database.db, false)).demo).toBeNull();
      expect(await count(t, 'remedies')).toBe(0);
    });

    it('rolls the whole demo load back when part of it fails', async () => {
      t = await freshDatabase(dialect);
      await migrateToLatest(t.database.db);
      // A condition with a demo slug makes the demo's own insert of it fail half-way.
      await t.database.db
        .insertInto('conditions')
        .values({
          slug: 'acid-reflux',
          name: 'Taken',
          aliases: '[]',
          category: 'X',
          created_at: new Date().toISOString(),
        })
        .execute();
      await expect(loadDemo(t.database.db)).rejects.toThrow();
      expect(await count(t, 'conditions')).toBe(1);
      expect(await count(t, 'users')).toBe(0);
    });
  });
}

describeEachDialect('demo content', (site, dialect) => {
  it('has the volume and variety the site needs', async () => {
    const { db } = site().database;
    const n = async (q: Promise<{ n: unknown } | undefined>) => Number((await q)?.n);
    expect(
      await n(
        db
          .selectFrom('remedies')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('status', '=', 'published')
          .executeTakeFirst(),
      ),
    ).toBeGreaterThanOrEqual(8);
    expect(
      await n(
        db
          .selectFrom('conditions')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirst(),
      ),
    ).toBeGreaterThanOrEqual(20);
    expect(
      await n(
        db
          .selectFrom('reports')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('status', '=', 'approved')
          .executeTakeFirst(),
      ),
    ).toBeGreaterThanOrEqual(400);
    const ratings = await db.selectFrom('reports').select('rating').distinct().execute();
    expect(ratings.map((r) => r.rating).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(
      await n(
        db
          .selectFrom('reports')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('editors_choice', '=', 1)
          .executeTakeFirst(),
      ),
    ).toBeGreaterThan(0);
    expect(
      await n(
        db
          .selectFrom('replies')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirst(),
      ),
    ).toBeGreaterThan(50);
    expect(
      await n(
        db
          .selectFrom('users')
          .select((eb) => eb.fn.max('post_count').as('n'))
          .executeTakeFirst(),
      ),
    ).toBeGreaterThan(50);
    const years = await db.selectFrom('reports').select('posted_at').execute();
    expect(new Set(years.map((r) => new Date(r.posted_at).getUTCFullYear())).size).toBeGreaterThan(
      10,
    );
    expect(dialect).toBeTruthy();
  });

  it('keeps tallies and post counts equal to what the approved posts say', async () => {
    const { db } = site().database;
    const tallies = await db.selectFrom('report_tallies').selectAll().execute();
    const truth = await db
      .selectFrom('reports')
      .select([
        'remedy_id',
        'condition_id',
        (eb) => eb.fn.countAll().as('n'),
        (eb) => eb.fn.sum('rating').as('s'),
      ])
      .where('status', '=', 'approved')
      .groupBy(['remedy_id', 'condition_id'])
      .execute();
    expect(tallies).toHaveLength(truth.length);
    for (const row of truth) {
      const t = tallies.find(
        (x) => x.remedy_id === row.remedy_id && x.condition_id === row.condition_id,
      );
      expect(Number(t?.report_count)).toBe(Number(row.n));
      expect(Number(t?.rating_sum)).toBe(Number(row.s));
    }
    const users = await db
      .selectFrom('users')
      .select([
        'post_count',
        sql<number>`(select count(*) from reports r where r.user_id = users.id and r.status = 'approved') + (select count(*) from replies p where p.user_id = users.id and p.status = 'approved')`.as(
          'truth',
        ),
      ])
      .execute();
    for (const u of users) expect(Number(u.post_count)).toBe(Number(u.truth));
  });

  it('recounts one pair after a report changes, and drafts never reach public numbers', async () => {
    const { db } = site().database;
    const report = await db
      .selectFrom('reports')
      .select(['id', 'remedy_id', 'condition_id', 'rating'])
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const before = (await listRemedies(db)).find((r) => r.remedy.id === report.remedy_id)!.summary;
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('reports')
        .set({ status: 'rejected' })
        .where('id', '=', report.id)
        .execute();
      await recountTally(trx, report.remedy_id, report.condition_id);
    });
    const after = (await listRemedies(db)).find((r) => r.remedy.id === report.remedy_id)!.summary;
    expect(after.count).toBe(before.count - 1);
    const stars = report.rating!;
    expect(after.histogram[stars - 1]).toBe(before.histogram[stars - 1]! - 1);
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('reports')
        .set({ status: 'approved' })
        .where('id', '=', report.id)
        .execute();
      await recountTally(trx, report.remedy_id, report.condition_id);
    });
    expect((await listRemedies(db)).find((r) => r.remedy.id === report.remedy_id)!.summary).toEqual(
      before,
    );
    expect((await listRemedies(db)).map((r) => r.remedy.slug)).not.toContain('elderberry');
  });

  it('pages through every approved report of a remedy exactly once', async () => {
    const { db } = site().database;
    const first = await getRemedyReports(db, { slug: 'l-glutamine', rating: null, page: 1 });
    const ids: number[] = [];
    for (let page = 1; page <= first.page.pageCount; page++) {
      ids.push(
        ...(await getRemedyReports(db, { slug: 'l-glutamine', rating: null, page })).cards.map(
          (c) => c.reportId,
        ),
      );
    }
    expect(ids).toHaveLength(first.summary.count);
    expect(new Set(ids).size).toBe(ids.length);
    const filtered = await getRemedyReports(db, { slug: 'l-glutamine', rating: 5, page: 1 });
    const ratings = await db
      .selectFrom('reports')
      .select('rating')
      .where(
        'id',
        'in',
        filtered.cards.map((c) => c.reportId),
      )
      .execute();
    expect(ratings.length).toBe(filtered.cards.length);
    expect(ratings.every((r) => r.rating === 5)).toBe(true);
    expect(filtered.page.total).toBe(first.summary.histogram[4]);
    expect(filtered.summary).toEqual(first.summary);
  });
});

describe('query plans [sqlite]', () => {
  // The first page of a big remedy must be an index range scan, not a sort of all its reports.
  it('reads a page of one remedy × condition from the index, without a sort', async () => {
    const t = await freshDatabase('sqlite');
    await migrateToLatest(t.database.db);
    const plan = await sql<{ detail: string }>`explain query plan
      select id from reports where remedy_id = 1 and condition_id = 2 and status = 'approved'
      order by posted_at desc, id desc limit 25 offset 0`.execute(t.database.db);
    const details = plan.rows.map((r) => r.detail).join(' | ');
    expect(details).toMatch(/USING (COVERING )?INDEX reports_remedy_condition /);
    expect(details).not.toMatch(/TEMP B-TREE/);
    const latest = await sql<{ detail: string }>`explain query plan
      select id from reports where status = 'approved' order by posted_at desc, id desc limit 25`.execute(
      t.database.db,
    );
    expect(latest.rows.map((r) => r.detail).join(' | ')).not.toMatch(/TEMP B-TREE/);
    await t.drop();
  });
});
