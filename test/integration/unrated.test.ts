// A report without stars (an imported post that had none) is "not rated": it counts in no average,
// no histogram and no share of 4–5 stars, sorts last, and a reply without a date shows none.
import { expect, it } from 'vitest';
import { recountTally } from '../../src/db/repositories/reading/tallies.js';
import { getRemedyReports } from '../../src/domain/reading/index.js';
import type { ReportSort } from '../../src/model/vocabulary.js';
import { textOf, useApp } from '../helpers/app.js';
import { describeEachDialect } from '../helpers/db.js';

describeEachDialect('reports without stars', (site) => {
  const app = useApp(site);

  it('shows "not rated" and leaves the report out of every rating number', async () => {
    const { db } = site().database;
    const pair = await db
      .selectFrom('reports as r')
      .innerJoin('remedies as m', 'm.id', 'r.remedy_id')
      .innerJoin('conditions as c', 'c.id', 'r.condition_id')
      .select(['r.id', 'r.remedy_id', 'r.condition_id', 'm.slug as remedy', 'c.slug as condition'])
      .where('r.status', '=', 'approved')
      .orderBy('r.id')
      .executeTakeFirstOrThrow();
    const page = (sort = 'newest') =>
      getRemedyReports(db, {
        slug: pair.remedy,
        conditionSlug: pair.condition,
        rating: null,
        page: 1,
        sort: sort as ReportSort,
        minReports: 1,
      });
    const before = (await page()).summary;
    await db.updateTable('reports').set({ rating: null }).where('id', '=', pair.id).execute();
    await recountTally(db, pair.remedy_id, pair.condition_id);
    const after = await page();
    expect(after.summary.count).toBe(before.count);
    expect(after.summary.rated).toBe(before.rated - 1);
    expect(after.summary.histogram.reduce((a, b) => a + b, 0)).toBe(before.rated - 1);

    const res = await app().inject({ url: `/reports/${pair.id}` });
    expect(textOf(res.body)).toContain('Not rated');
    expect(textOf(res.body)).not.toMatch(/\d out of 5 stars/);

    // Highest and lowest first both put it last.
    for (const sort of ['highest', 'lowest']) {
      const ids = (await page(sort)).cards.map((c) => c.reportId);
      expect(ids.length, sort).toBeGreaterThan(1);
      expect(ids.at(-1), sort).toBe(pair.id);
    }
  });

  it('shows a reply without a date as a reply without one', async () => {
    const { db } = site().database;
    const report = await db
      .selectFrom('reports')
      .select('id')
      .where('status', '=', 'approved')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('replies')
      .values({
        report_id: report.id,
        user_id: null,
        display_name: 'Dateless Dana',
        location: null,
        posted_at: null,
        body: 'Imported from a page that gave no date.',
        status: 'approved',
      })
      .execute();
    const text = textOf((await app().inject({ url: `/reports/${report.id}` })).body);
    expect(text).toMatch(/Replied by Dateless Dana Imported from a page/);
  });
});
