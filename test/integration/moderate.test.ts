import { describe, expect, it } from 'vitest';
import { Agent } from '../helpers/agent.js';
import { signedIn } from '../helpers/accounts.js';
import { textOf, useApp } from '../helpers/app.js';
import { describeEachDialect } from '../helpers/db.js';
import { guestReport } from '../helpers/reports.js';

describeEachDialect('moderation', (site) => {
  // This file posts many reports from one address; the limits themselves are tested elsewhere.
  const app = useApp(site, { settings: { rateLimitFactor: 10 } });
  const fill = (url: string) =>
    url
      .replace(/:id\b/g, '1')
      .replace(/:type\b/g, 'report')
      .replace(/:slug\b/g, 'l-glutamine');

  async function guestSubmits(
    form: Record<string, string> = {},
    remedy = 'l-glutamine',
  ): Promise<number> {
    const agent = new Agent(app);
    await agent.get(`/remedies/${remedy}/reports/new`);
    const res = await agent.post(`/remedies/${remedy}/reports`, { ...guestReport, ...form });
    if (res.statusCode !== 303)
      throw new Error(`submission failed: ${res.statusCode} ${textOf(res.body).slice(0, 300)}`);
    return Number(/\/reports\/(\d+)\//.exec(res.headers.location as string)?.[1]);
  }

  const tally = async (remedy: string, condition: string) => {
    const row = await site()
      .database.db.selectFrom('report_tallies as t')
      .innerJoin('remedies as m', 'm.id', 't.remedy_id')
      .innerJoin('conditions as c', 'c.id', 't.condition_id')
      .select('t.report_count')
      .where('m.slug', '=', remedy)
      .where('c.slug', '=', condition)
      .executeTakeFirst();
    return Number(row?.report_count ?? 0);
  };

  it('confirms each decision in words that say what happened, to which report', async () => {
    const first = await guestSubmits();
    const second = await guestSubmits();
    const third = await guestSubmits();
    const { agent: mod } = await signedIn(app, site, 'moderator');
    const notice = async () => {
      const page = textOf((await mod.follow()).body);
      return /role="status"|class="notice"/.test(String(mod.last?.body))
        ? page
        : `no notice shown: ${page.slice(0, 200)}`;
    };
    await mod.get('/moderate');
    await mod.post(`/moderate/reports/${first}`, { action: 'approve' });
    expect(await notice()).toContain(`Report #${first} approved and published.`);
    await mod.post(`/moderate/reports/${first}`, { action: 'approve' });
    expect(await notice()).toContain(`Report #${first} was already published; nothing changed.`);
    await mod.post(`/moderate/reports/${second}`, { action: 'reject', reason: 'Off topic' });
    expect(await notice()).toContain(`Report #${second} rejected`);
    await mod.post(`/moderate/reports/${first}`, { action: 'reject', reason: 'Off topic' });
    expect(await notice()).toContain(`Report #${first} removed from the site`);
    await mod.post('/moderate/bulk-approve', { ids: [String(third)] });
    expect(await notice()).toContain('One report approved and published.');
    // A forged cookie names no text of its own: an unknown kind shows nothing.
    const forged = await app().inject({
      url: '/',
      cookies: { remedex_notice: 'report:<b>hi</b>:1' },
    });
    expect(forged.body).not.toContain('<b>hi</b>');
  });

  it('gives moderators visible labels, unique ids, a real preview, and says why a choice has no reason', async () => {
    const { db } = site().database;
    const withReplies = await db
      .selectFrom('reports as r')
      .select('r.id')
      .where('r.status', '=', 'approved')
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('replies as p')
            .select('p.id')
            .whereRef('p.report_id', '=', 'r.id')
            .where('p.status', '=', 'approved'),
        ),
      )
      .orderBy('r.id')
      .executeTakeFirstOrThrow();
    await db
      .updateTable('reports')
      .set({ editors_choice: 1, choice_reason: null })
      .where('id', '=', withReplies.id)
      .execute();
    const { agent: mod } = await signedIn(app, site, 'moderator');
    const page = String((await mod.get(`/reports/${withReplies.id}`)).body);
    const ids = [...page.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    // Labels, never placeholders, in the page's own forms (the header's search has its label).
    expect(page.slice(page.indexOf('<main'))).not.toContain('placeholder="');
    expect(textOf(page)).toContain("Why it stops being an Editor's Choice");
    expect(textOf(page)).toMatch(
      /Why it is an Editor's Choice: the editors chose it before a reason was recorded/,
    );

    const pending = await guestSubmits({ title: 'Calmer with a scoop' });
    const queue = String((await mod.get('/moderate')).body);
    expect(queue.slice(queue.indexOf('<main'))).not.toContain('placeholder="');
    const queueIds = [...queue.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
    expect(queueIds.filter((id, i) => queueIds.indexOf(id) !== i)).toEqual([]);
    const item = queue.slice(queue.indexOf(`id="queue-report-${pending}"`));
    const preview = textOf(
      item.slice(item.indexOf('class="queue-preview"'), item.indexOf('</details>')),
    );
    expect(preview).toContain('Preview as it will be published');
    expect(preview).toContain('Calmer with a scoop');
    // The structured fields, as the published card shows them (guestReport's brand and form).
    expect(preview).toContain('Plain Labs');
    expect(preview).toMatch(/Form:? powder/i);
  });

  it('refuses every /moderate and /admin route to guests and members', async () => {
    const guarded = app().routeTable.filter(
      (r) => /^\/(moderate|admin)(\/|$)/.test(r.url) && r.method !== 'HEAD',
    );
    expect(guarded.length).toBeGreaterThanOrEqual(7);
    const { agent: member } = await signedIn(app, site, 'member');
    for (const route of guarded) {
      const url = fill(route.url);
      const guest = await app().inject({
        method: route.method as 'GET',
        url,
        payload: route.method === 'POST' ? {} : undefined,
      });
      if (route.method === 'GET') {
        expect(guest.statusCode, `${route.method} ${url} (guest)`).toBe(303);
        expect(guest.headers.location).toMatch(/^\/signin\?next=/);
      } else {
        expect(guest.statusCode, `${route.method} ${url} (guest)`).toBe(401);
      }
      const asMember =
        route.method === 'GET'
          ? await member.get(url)
          : await member.post(url, { action: 'approve' });
      expect(asMember.statusCode, `${route.method} ${url} (member)`).toBe(403);
    }
  });

  it('puts safety flags first, approves into every count, and logs it publicly without private data', async () => {
    const plain = await guestSubmits({ title: 'Plain report for the queue' });
    const risky = await guestSubmits({
      title: 'Risky report for the queue',
      body: 'Worked well, so I stopped taking my prescribed inhaler last week and feel great.',
    });
    const { agent: mod } = await signedIn(app, site, 'moderator', 'Mona Moderator');
    const queue = await mod.get('/moderate');
    expect(queue.statusCode).toBe(200);
    const order = [...queue.body.matchAll(/id="queue-report-(\d+)"/g)].map((m) => Number(m[1]));
    expect(order.indexOf(risky)).toBeLessThan(order.indexOf(plain));
    expect(queue.body).toContain('<mark>stopped taking my prescribed inhaler</mark>');
    expect(textOf(queue.body)).toContain('Stopping or replacing prescribed medicine');

    const before = await tally('l-glutamine', 'ibs');
    await mod.post(`/moderate/reports/${plain}`, { action: 'approve' });
    expect(mod.last?.statusCode).toBe(303);
    expect(await tally('l-glutamine', 'ibs')).toBe(before + 1);
    const page = textOf((await app().inject({ url: `/reports/${plain}` })).body);
    expect(page).toContain('Plain report for the queue');
    expect(page).toContain('Posted by Quinn Tester (Galway, Ireland)');

    await mod.post(`/moderate/reports/${risky}`, { action: 'approve' });
    const published = await app().inject({ url: `/reports/${risky}` });
    expect(textOf(published.body)).toContain('Safety note:');
    expect(published.body).toContain('href="/remedies/l-glutamine#when-to-stop"');

    const log = await app().inject({ url: '/moderation-log' });
    expect(textOf(log.body)).toContain(`Report #${plain} was published.`);
    expect(textOf(log.body)).toContain('Mona Moderator');
    expect(log.body).not.toContain('quinn@example.org');
    expect(log.body).not.toContain('Galway');
  });

  it('holds a report over the article maximum that names an interacting medicine, and shows the interaction with its source once published', async () => {
    const id = await guestSubmits(
      {
        condition: 'osteoarthritis',
        title: 'Big doses for my knees',
        body: 'I have been taking 6000 mg a day for my knees. I am also on warfarin since my stroke.',
        doseAmount: '',
        doseUnit: '',
        doseFrequency: '',
        form: 'capsule',
      },
      'turmeric',
    );
    const { agent: mod } = await signedIn(app, site, 'moderator');
    const queue = textOf((await mod.get('/moderate')).body);
    expect(queue).toContain('over max dose');
    expect(queue).toContain('drug interaction');
    expect(queue).toContain('raise the risk of bleeding');

    await mod.post(`/moderate/reports/${id}`, { action: 'approve' });
    const published = await app().inject({ url: `/reports/${id}` });
    expect(textOf(published.body)).toMatch(
      /Safety note:.*blood thinners.*raise the risk of bleeding/s,
    );
    expect(published.body).toContain('href="https://medlineplus.gov/druginfo/natural/662.html"');
  });

  it('names what is missing when a decision names a post that is not there', async () => {
    const { agent: mod } = await signedIn(app, site, 'moderator');
    await mod.get('/moderate');
    for (const [path, message] of [
      ['replies', 'No published reply has this number.'],
      ['updates', 'No update has this number.'],
      ['conditions', 'No condition has this name.'],
      ['flags/reply', 'No published reply has this number.'],
    ]) {
      const res = await mod.post(`/moderate/${path}/not-a-number`, { action: 'approve' });
      expect(res.statusCode, path).toBe(404);
      expect(textOf(res.body), path).toContain(message);
    }
  });

  it('answers an unknown action, even one named like a built-in, with a clear error', async () => {
    const id = await guestSubmits({ title: 'Odd action' });
    const { agent: mod } = await signedIn(app, site, 'moderator');
    await mod.get('/moderate');
    for (const action of ['publish', 'constructor', 'toString']) {
      const res = await mod.post(`/moderate/reports/${id}`, { action });
      expect(res.statusCode, action).toBe(422);
      expect(textOf(res.body)).toContain('Unknown moderation action.');
    }
  });

  it('rejects with a reason shown in the log and to the author, and requires that reason', async () => {
    const id = await guestSubmits({ title: 'To be rejected' });
    const { agent: mod } = await signedIn(app, site, 'moderator');
    await mod.get('/moderate');
    const missing = await mod.post(`/moderate/reports/${id}`, { action: 'reject', reason: '' });
    expect(missing.statusCode).toBe(422);
    expect(textOf(missing.body)).toContain('Give a reason: it is shown in the public log.');
    await mod.post(`/moderate/reports/${id}`, { action: 'reject', reason: 'Advertises a shop' });
    expect(textOf((await app().inject({ url: '/moderation-log' })).body)).toMatch(
      new RegExp(`Report #${id} was removed\\. Advertises a shop`),
    );
    const status = await mod.get(`/reports/${id}/status`);
    expect(textOf(status.body)).toContain(
      'A moderator decided not to publish it: Advertises a shop',
    );
  });

  it('marks spam and hides everything from that author, recounting their numbers', async () => {
    const { db } = site().database;
    const { agent: author, id: authorId } = await signedIn(app, site, 'member', 'Spammy Sam');
    await db.updateTable('users').set({ post_count: 10 }).where('id', '=', authorId).execute();
    const publish = async (title: string) => {
      // Publishing recounts the author's posts from the real ones, so keep them trusted for the test.
      await db.updateTable('users').set({ post_count: 10 }).where('id', '=', authorId).execute();
      await author.get('/remedies/l-glutamine/reports/new');
      const res = await author.post('/remedies/l-glutamine/reports', {
        ...guestReport,
        title,
        condition: 'brain-fog',
      });
      return Number(/\/reports\/(\d+)\//.exec(res.headers.location as string)?.[1]);
    };
    const a = await publish('Sam one');
    const b = await publish('Sam two');
    expect((await app().inject({ url: `/reports/${a}` })).statusCode).toBe(200);
    const before = await tally('l-glutamine', 'brain-fog');
    const { agent: mod } = await signedIn(app, site, 'moderator');
    await mod.get('/moderate');
    await mod.post(`/moderate/reports/${b}`, { action: 'spam' });
    expect((await app().inject({ url: `/reports/${a}` })).statusCode).toBe(404);
    expect((await app().inject({ url: `/reports/${b}` })).statusCode).toBe(404);
    expect(await tally('l-glutamine', 'brain-fog')).toBe(before - 2);
    const user = await db
      .selectFrom('users')
      .select('post_count')
      .where('id', '=', authorId)
      .executeTakeFirstOrThrow();
    expect(Number(user.post_count)).toBe(0);
  });

  it('moves a report, recounting both places; marks Editor’s Choice with a reason; pins a note', async () => {
    const id = await guestSubmits({ title: 'Belongs elsewhere' });
    const { agent: mod } = await signedIn(app, site, 'moderator');
    await mod.get('/moderate');
    await mod.post(`/moderate/reports/${id}`, { action: 'approve' });
    const ibs = await tally('l-glutamine', 'ibs');
    const nausea = await tally('ginger', 'nausea');
    await mod.post(`/moderate/reports/${id}`, {
      action: 'move',
      remedy: 'ginger',
      condition: 'nausea',
    });
    expect(await tally('l-glutamine', 'ibs')).toBe(ibs - 1);
    expect(await tally('ginger', 'nausea')).toBe(nausea + 1);
    await mod.post(`/moderate/reports/${id}`, {
      action: 'choice',
      on: 'on',
      reason: 'Clear doses and an honest outcome',
    });
    await mod.post(`/moderate/reports/${id}`, {
      action: 'note',
      note: 'The author confirmed the dose by email.',
    });
    const page = await app().inject({ url: `/reports/${id}` });
    const text = textOf(page.body);
    expect(text).toContain('Ginger for Nausea');
    expect(text).toContain("Why it is an Editor's Choice: Clear doses and an honest outcome");
    expect(text).toContain("Editor's note: The author confirmed the dose by email.");
    expect(page.body).toContain('badge-choice');
  });

  it('gives moderators tools on a published report and brings them back to it', async () => {
    const id = await guestSubmits({ title: 'Tools on the page' });
    const { agent: mod } = await signedIn(app, site, 'moderator');
    await mod.get('/moderate');
    await mod.post(`/moderate/reports/${id}`, { action: 'approve' });
    const page = await mod.get(`/reports/${id}`);
    expect(textOf(page.body)).toContain('Moderator tools');
    await mod.post(`/moderate/reports/${id}`, {
      action: 'choice',
      on: 'on',
      reason: 'A careful, detailed account',
      back: `/reports/${id}`,
    });
    expect(mod.last?.headers.location).toBe(`/reports/${id}`);
    expect(textOf((await mod.follow()).body)).toContain("Remove Editor's Choice");
    await mod.post(`/moderate/reports/${id}`, {
      action: 'choice',
      on: 'off',
      reason: 'Superseded by a newer report',
      back: `/reports/${id}`,
    });
    const after = textOf((await app().inject({ url: `/reports/${id}` })).body);
    expect(after).not.toContain("Why it is an Editor's Choice");
    expect(textOf((await app().inject({ url: '/moderation-log' })).body)).toContain(
      `Report #${id} is no longer an Editor's Choice. Superseded by a newer report`,
    );
    const { agent: member } = await signedIn(app, site, 'member');
    expect(textOf((await member.get(`/reports/${id}`)).body)).not.toContain('Moderator tools');
  });

  it('bulk-approves selected reports', async () => {
    const ids = [
      await guestSubmits({ title: 'Bulk one' }),
      await guestSubmits({ title: 'Bulk two' }),
    ];
    const { agent: mod } = await signedIn(app, site, 'moderator');
    await mod.get('/moderate');
    await mod.post('/moderate/bulk-approve', { ids: ids.map(String) });
    for (const id of ids)
      expect((await app().inject({ url: `/reports/${id}` })).statusCode).toBe(200);
  });

  it('holds reports on a proposed condition until it is accepted, or folds it into another', async () => {
    const id = await guestSubmits({ condition: 'new', newCondition: 'Sore Gums From Flossing' });
    const { agent: mod } = await signedIn(app, site, 'moderator');
    await mod.get('/moderate');
    const blocked = await mod.post(`/moderate/reports/${id}`, { action: 'approve' });
    expect(blocked.statusCode).toBe(422);
    expect(textOf(blocked.body)).toContain('Accept the proposed condition');
    const condition = await site()
      .database.db.selectFrom('conditions')
      .select(['id', 'slug'])
      .where('name', '=', 'Sore Gums From Flossing')
      .executeTakeFirstOrThrow();
    await mod.post(`/moderate/conditions/${condition.id}`, {
      action: 'accept',
      category: 'Mouth and Teeth',
    });
    await mod.post(`/moderate/reports/${id}`, { action: 'approve' });
    expect((await app().inject({ url: `/conditions/${condition.slug}` })).statusCode).toBe(200);
    expect(textOf((await app().inject({ url: '/conditions' })).body)).toContain('Mouth and Teeth');

    const other = await guestSubmits({ condition: 'new', newCondition: 'Tummy Trouble' });
    const proposed = await site()
      .database.db.selectFrom('conditions')
      .select('id')
      .where('name', '=', 'Tummy Trouble')
      .executeTakeFirstOrThrow();
    await mod.post(`/moderate/conditions/${proposed.id}`, { action: 'reject', into: 'bloating' });
    const moved = await site()
      .database.db.selectFrom('reports as r')
      .innerJoin('conditions as c', 'c.id', 'r.condition_id')
      .select('c.slug')
      .where('r.id', '=', other)
      .executeTakeFirstOrThrow();
    expect(moved.slug).toBe('bloating');
  });
});

describe('moderation log paging', () => {
  it('is linked from the queue', async () => {
    const { moderationPage } = await import('../../src/views/pages/moderation.js');
    const html = moderationPage(
      {
        reports: [],
        previews: new Map(),
        posts: [],
        flags: [],
        conditions: [],
        remedies: [],
        activeConditions: [],
      },
      { viewer: null, csrfToken: 't' },
    );
    expect(html).toContain('href="/moderation-log"');
  });
});
