import { expect, it } from 'vitest';
import { signedIn } from '../helpers/accounts.js';
import { Agent } from '../helpers/agent.js';
import { textOf, useApp } from '../helpers/app.js';
import { describeEachDialect } from '../helpers/db.js';
import { wilson } from '../../src/domain/common/index.js';

describeEachDialect('insight', (site) => {
  const app = useApp(site, { settings: { rateLimitFactor: 10, trustedPostCount: 1000 } });
  const db = () => site().database.db;

  async function pairRow(remedySlug: string, conditionSlug: string) {
    return db()
      .selectFrom('insight_stats as i')
      .innerJoin('remedies as m', 'm.id', 'i.remedy_id')
      .innerJoin('conditions as c', 'c.id', 'i.condition_id')
      .select(['i.report_count', 'i.data'])
      .where('m.slug', '=', remedySlug)
      .where('c.slug', '=', conditionSlug)
      .executeTakeFirst();
  }

  const reportIds = (html: string) =>
    [...html.matchAll(/href="\/reports\/(\d+)"/g)].map((m) => Number(m[1]));

  it('shows charts with n, the self-selection note and the interval on the pair page', async () => {
    const res = await app().inject({ url: '/remedies/l-glutamine/ibs' });
    expect(res.statusCode).toBe(200);
    const text = textOf(res.body);
    const row = await pairRow('l-glutamine', 'ibs');
    expect(row).toBeDefined();
    expect(text).toContain(`From ${row!.report_count} approved reader reports`);
    expect(text).toMatch(/Readers chose to write in/);
    expect(text).toMatch(/\d+% improved, for good or for a while: \d+ of \d+ reports/);
    expect(text).toMatch(/95% interval \d+%–\d+%/);
    expect(res.body).toContain('<ol class="bars">');
    expect(text).toMatch(/Does not say how it went: \d+ reports? of \d+, not counted above/);
    expect(res.body).toMatch(/<figcaption id="chart-outcomes-caption">/);
    expect(res.body).toMatch(/What people are saying/);
    // Each statement links to the reports it counts.
    expect(res.body).toMatch(/href="\/remedies\/l-glutamine\/ibs\?outcome=helped#reports"/);
    // The remedy page shows research beside the reports.
    const remedy = await app().inject({ url: '/remedies/l-glutamine' });
    expect(textOf(remedy.body)).toMatch(/Research and reader reports, side by side/);
  });

  it('says "too few reports" below the configured minimum', async () => {
    const strict = await useAppOnce({ insightMinReports: 100000 });
    const res = await strict.inject({ url: '/remedies/l-glutamine/ibs' });
    expect(textOf(res.body)).toMatch(/Too few reports to show numbers/);
    expect(res.body).not.toContain('improved, for good or for a while');
    await strict.close();
  });

  it('counts an approved text-only report from its text, and a removed one leaves every number', async () => {
    const before = await pairRow('ginger', 'nausea');
    const guest = new Agent(app);
    await guest.get('/remedies/ginger/reports/new');
    const res = await guest.post('/remedies/ginger/reports', {
      condition: 'nausea',
      rating: '5',
      title: 'Settled within a day',
      body: 'I took 500mg ginger capsules twice a day for two weeks. The nausea settled within a day. Some heartburn at first.',
      displayName: 'Text Only',
      email: 'text-only@example.org',
      location: 'Cork, Ireland',
    });
    expect(res.statusCode).toBe(303);
    const id = (
      await db()
        .selectFrom('reports')
        .select('id')
        .where('display_name', '=', 'Text Only')
        .executeTakeFirstOrThrow()
    ).id;
    // Pending reports are not counted.
    expect(await pairRow('ginger', 'nausea')).toEqual(before);

    const mod = await signedIn(app, site, 'moderator');
    await mod.agent.get('/moderate');
    expect(
      (await mod.agent.post(`/moderate/reports/${id}`, { action: 'approve' })).statusCode,
    ).toBe(303);
    const after = await pairRow('ginger', 'nausea');
    expect(after!.report_count).toBe((before?.report_count ?? 0) + 1);
    // Its facts were read from the text on approval.
    const facts = await db()
      .selectFrom('report_facts')
      .selectAll()
      .where('report_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(facts).toMatchObject({ outcome: 'helped', dose_band: 'day:1000' });
    expect(Number(facts.daily_mg_min)).toBe(1000);
    expect(Number(facts.taken_days)).toBe(14);
    expect(Number(facts.effect_days)).toBe(1);
    const counts = JSON.parse(after!.data) as {
      outcomes: Record<string, number>;
      doses: { band: string; improved: number }[];
      sideEffects: { term: string; count: number }[];
    };
    const old = JSON.parse(
      before?.data ?? '{"outcomes":{},"doses":[],"sideEffects":[]}',
    ) as typeof counts;
    expect(counts.outcomes.helped).toBe((old.outcomes.helped ?? 0) + 1);
    const band = (c: typeof counts) => c.doses.find((d) => d.band === 'day:1000')?.improved ?? 0;
    expect(band(counts)).toBe(band(old) + 1);
    const heartburn = (c: typeof counts) =>
      c.sideEffects.filter((s) => s.term === 'heartburn').reduce((n, s) => n + s.count, 0);
    expect(heartburn(counts)).toBe(heartburn(old) + 1);

    // Its page shows what the numbers took from it, and from which words.
    const own = textOf((await app().inject({ url: `/reports/${id}` })).body);
    expect(own).toContain('What the numbers take from this report');
    expect(own).toMatch(/Dose 1 g a day read from “500mg”/);
    expect(own).toMatch(/First effect after 1 day read from “within a day”/);
    expect(own).toMatch(/Side effects heartburn read from “heartburn”/);

    // Filtering the list by the dose band finds it.
    const filtered = await app().inject({ url: '/remedies/ginger/nausea?dose=day:1000' });
    expect(reportIds(filtered.body)).toContain(id);

    await mod.agent.post(`/moderate/reports/${id}`, { action: 'reject', reason: 'Test cleanup' });
    expect(await pairRow('ginger', 'nausea')).toEqual(before);
  });

  it('sorts by rating and by most helpful, and filters by outcome', async () => {
    const lowest = await app().inject({ url: '/remedies/l-glutamine/ibs?sort=lowest' });
    const stars = [...lowest.body.matchAll(/(\d) out of 5 stars/g)].map((m) => Number(m[1]));
    const listed = stars.slice(-10);
    expect(listed.length).toBeGreaterThan(1);
    expect([...listed].sort()).toEqual(listed);

    const worse = await app().inject({ url: '/remedies/l-glutamine/ibs?outcome=worse' });
    const ids = [...new Set(reportIds(worse.body))];
    expect(ids.length).toBeGreaterThan(0);
    const outcomes = await db()
      .selectFrom('report_facts')
      .select('outcome')
      .where('report_id', 'in', ids)
      .execute();
    // Links in "what people are saying" may point elsewhere; the list itself holds only "worse".
    expect(outcomes.filter((o) => o.outcome === 'worse').length).toBeGreaterThan(0);

    const helpful = await app().inject({ url: '/remedies/l-glutamine/ibs?sort=helpful' });
    expect(helpful.statusCode).toBe(200);
    expect(helpful.body).toMatch(/<option value="helpful" selected>/);

    const bad = await app().inject({ url: '/remedies/l-glutamine/ibs?sort=sideways' });
    expect(bad.statusCode).toBe(400);
    expect(textOf(bad.body)).toMatch(/Sort by one of newest, helpful, highest, lowest/);
  });

  it('ranks "most helpful" by the Wilson bound of helpful and not-helpful votes', async () => {
    const [a, b] = (
      await db()
        .selectFrom('reports')
        .select('id')
        .where('status', '=', 'approved')
        .orderBy('id', 'desc')
        .limit(2)
        .execute()
    ).map((r) => r.id);
    const scoresNow = async () =>
      new Map(
        (
          await db()
            .selectFrom('reports')
            .select(['id', 'helpful_score'])
            .where('id', 'in', [a!, b!])
            .execute()
        ).map((r) => [r.id, Number(r.helpful_score)]),
      );
    const before = await scoresNow();
    const voters = await Promise.all([1, 2, 3].map(() => signedIn(app, site, 'member')));
    for (const v of voters) {
      await v.agent.get(`/reports/${a}`);
      await v.agent.post(`/reports/${a}/helpful`, { vote: 'yes' });
      await v.agent.get(`/reports/${b}`);
      await v.agent.post(`/reports/${b}/helpful`, { vote: 'no' });
    }
    const rows = await db()
      .selectFrom('reports')
      .select(['id', 'helpful_count', 'unhelpful_count', 'helpful_score'])
      .where('id', 'in', [a!, b!])
      .execute();
    for (const r of rows) {
      const h = Number(r.helpful_count);
      const n = h + Number(r.unhelpful_count);
      expect(Number(r.helpful_score)).toBeCloseTo(wilson(h, n).low, 6);
    }
    const row = (id: number) => rows.find((r) => r.id === id)!;
    expect(Number(row(b!).unhelpful_count)).toBeGreaterThanOrEqual(3);
    // Helpful votes raise the bound, not-helpful ones lower it.
    expect(Number(row(a!).helpful_score)).toBeGreaterThan(before.get(a!)!);
    expect(Number(row(b!).helpful_score)).toBeLessThan(before.get(b!)!);
  });

  async function useAppOnce(settings: { insightMinReports: number }) {
    const { buildApp } = await import('../../src/http/app.js');
    return buildApp({ db: site().database.db, settings });
  }
});
