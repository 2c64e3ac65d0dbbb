import { describe, expect, it } from 'vitest';
import { Agent } from '../helpers/agent.js';
import { signedIn } from '../helpers/accounts.js';
import { textOf, useApp } from '../helpers/app.js';
import { describeEachDialect } from '../helpers/db.js';
import { guestReport } from '../helpers/reports.js';

describeEachDialect('contributing reports', (site) => {
  const app = useApp(site, { settings: { trustedPostCount: 3 } });

  async function submit(agent: Agent, form: Record<string, string>, slug = 'l-glutamine') {
    await agent.get(`/remedies/${slug}/reports/new`);
    return agent.post(`/remedies/${slug}/reports`, form);
  }

  it('links to the form from the remedy pages, preselecting the condition', async () => {
    expect((await app().inject({ url: '/remedies/l-glutamine' })).body).toContain(
      'href="/remedies/l-glutamine/reports/new"',
    );
    expect((await app().inject({ url: '/remedies/l-glutamine/ibs' })).body).toContain(
      'href="/remedies/l-glutamine/reports/new?condition=ibs"',
    );
    const form = await app().inject({ url: '/remedies/l-glutamine/reports/new?condition=ibs' });
    expect(form.body).toMatch(/<option value="ibs" selected>/);
  });

  it('takes a guest report with structured fields, holds it for review and keeps every field', async () => {
    const agent = new Agent(app);
    const res = await submit(agent, guestReport);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toMatch(/^\/reports\/\d+\/status\?token=/);
    const status = await agent.follow();
    expect(textOf(status.body)).toContain('your report is awaiting review');
    const id = Number(/\/reports\/(\d+)\//.exec(res.headers.location as string)?.[1]);

    const { db } = site().database;
    const row = await db
      .selectFrom('reports')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: 'pending',
      author_email: 'quinn@example.org',
      dose_unit: 'g',
      form: 'powder',
      taken_days: 42,
      effect_days: 21,
      outcome: 'helped',
      for_whom: 'self',
      user_id: null,
    });
    expect(Number(row.dose_min)).toBe(3);
    expect(Number(row.dose_max)).toBe(5);
    const effects = await db
      .selectFrom('report_side_effects')
      .selectAll()
      .where('report_id', '=', id)
      .execute();
    expect(effects).toMatchObject([{ term: 'bloating', severity: 'mild' }]);

    expect((await app().inject({ url: `/reports/${id}` })).statusCode).toBe(404);
    expect((await app().inject({ url: `/reports/${id}/status?token=wrong` })).statusCode).toBe(404);
    expect((await app().inject({ url: `/reports/${id}/status` })).statusCode).toBe(404);
    expect(textOf((await app().inject({ url: '/latest' })).body)).not.toContain(
      'Calmer gut after a month',
    );
  });

  it('re-renders the form with each error beside its field and everything typed kept', async () => {
    const agent = new Agent(app);
    const res = await submit(agent, {
      ...guestReport,
      rating: '',
      body: 'Too short',
      email: 'not-an-email',
      doseAmount: 'lots',
      doseUnit: '',
    });
    expect(res.statusCode).toBe(422);
    const text = textOf(res.body);
    expect(text).toContain('Choose a rating from 1 to 5 stars.');
    expect(text).toContain('Tell readers a little more: at least 30 characters.');
    expect(text).toContain('Enter an email address such as name@example.com.');
    expect(text).toContain('Write an amount such as 500, or a range such as 3-5.');
    expect(res.body).toContain('id="error-body"');
    expect(res.body).toContain('>Too short</textarea>');
    expect(res.body).toContain('value="Galway, Ireland"');
    expect(res.body).toContain('value="Plain Labs"');
    expect(res.body).toMatch(/<option value="powder" selected>/);
  });

  it('asks guests for name, email and place, and allows them one link', async () => {
    const agent = new Agent(app);
    const res = await submit(agent, {
      ...guestReport,
      displayName: '',
      email: '',
      location: '',
      body: `${guestReport.body} See https://a.example and https://b.example`,
    });
    expect(res.statusCode).toBe(422);
    const text = textOf(res.body);
    expect(text).toContain('Enter the name to show beside your report.');
    expect(text).toContain('Enter your place');
    expect(text).toContain('Guests can include at most 1 link.');
  });

  it('publishes at once for trusted members and updates every count', async () => {
    const { db } = site().database;
    const signed = await signedIn(app, site, 'member', 'Trusted Tam');
    const agent = signed.agent;
    const me = { id: signed.id };
    // Not trusted yet: held for review.
    const first = await submit(agent, { ...guestReport, title: 'Held first time' });
    expect(first.statusCode).toBe(303);
    expect((await agent.follow()).body).toContain('awaiting review');
    await db.updateTable('users').set({ post_count: 3 }).where('id', '=', me.id).execute();

    const tallyBefore = await db
      .selectFrom('report_tallies as t')
      .innerJoin('conditions as c', 'c.id', 't.condition_id')
      .select('t.report_count')
      .where('c.slug', '=', 'leaky-gut')
      .where('t.remedy_id', '=', 1)
      .executeTakeFirstOrThrow();
    const res = await submit(agent, {
      ...guestReport,
      condition: 'leaky-gut',
      title: 'Published straight away',
    });
    const page = await agent.follow();
    expect(textOf(page.body)).toContain('It is on the site');
    const id = Number(/\/reports\/(\d+)\//.exec(res.headers.location as string)?.[1]);
    const published = await app().inject({ url: `/reports/${id}` });
    expect(published.statusCode).toBe(200);
    const text = textOf(published.body);
    expect(text).toContain('Published straight away');
    expect(text).toContain('Posted by Trusted Tam (Galway, Ireland)');
    expect(text).toMatch(/Dose: 3–5 g, once a day/);
    expect(text).toContain('Side effects: Bloating (mild)');
    expect(text).toContain('Outcome: Helped');
    const tallyAfter = await db
      .selectFrom('report_tallies as t')
      .innerJoin('conditions as c', 'c.id', 't.condition_id')
      .select('t.report_count')
      .where('c.slug', '=', 'leaky-gut')
      .where('t.remedy_id', '=', 1)
      .executeTakeFirstOrThrow();
    expect(Number(tallyAfter.report_count)).toBe(Number(tallyBefore.report_count) + 1);
    const count = await db
      .selectFrom('users')
      .select('post_count')
      .where('id', '=', me.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.post_count)).toBe(1); // recounted from approved posts: the held one does not count
  });

  it('holds anything the safety rules flag, even from trusted members, with the matched words stored', async () => {
    const { db } = site().database;
    const { agent } = await signedIn(app, site, 'member', 'Careful Cass');
    await db
      .updateTable('users')
      .set({ post_count: 50 })
      .where('display_name', '=', 'Careful Cass')
      .execute();
    const res = await submit(agent, {
      ...guestReport,
      body: 'It worked so well that I stopped taking my blood pressure pills last month and feel fine.',
      doseAmount: '60',
      doseUnit: 'g',
    });
    const id = Number(/\/reports\/(\d+)\//.exec(res.headers.location as string)?.[1]);
    const row = await db
      .selectFrom('reports')
      .select(['status', 'safety'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('pending');
    const safety = JSON.parse(row.safety ?? '[]') as {
      rule: string;
      matches: { text: string }[];
    }[];
    expect(safety.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['stopped-medication', 'above-article-maximum']),
    );
    expect(safety.find((f) => f.rule === 'stopped-medication')?.matches[0]?.text).toBe(
      'stopped taking my blood pressure pills',
    );
  });

  it('proposes a new condition that stays private until a moderator accepts it', async () => {
    const { db } = site().database;
    const agent = new Agent(app);
    const res = await submit(agent, {
      ...guestReport,
      condition: 'new',
      newCondition: 'Canker Sores From Braces',
    });
    expect(res.statusCode).toBe(303);
    const proposed = await db
      .selectFrom('conditions')
      .selectAll()
      .where('name', '=', 'Canker Sores From Braces')
      .executeTakeFirstOrThrow();
    expect(proposed.status).toBe('proposed');
    expect(textOf((await app().inject({ url: '/conditions' })).body)).not.toContain(
      'Canker Sores From Braces',
    );
    expect((await app().inject({ url: `/conditions/${proposed.slug}` })).statusCode).toBe(404);
    const missing = await submit(new Agent(app), {
      ...guestReport,
      condition: 'new',
      newCondition: '',
    });
    expect(textOf(missing.body)).toContain('Name the condition you want to add.');
  });

  it('drops honeypot submissions without storing them', async () => {
    const { db } = site().database;
    const before = await db
      .selectFrom('reports')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const res = await submit(new Agent(app), { ...guestReport, website: 'http://spam.example' });
    expect(res.statusCode).toBe(303);
    const after = await db
      .selectFrom('reports')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});

describe('report form vocabulary', () => {
  it('offers every outcome from the issue', async () => {
    const { outcomes } = await import('../../src/model/vocabulary.js');
    expect(Object.values(outcomes)).toEqual([
      'Helped',
      'Helped for a while',
      'No change',
      'Made things worse',
      'Side effects only',
    ]);
  });
});
