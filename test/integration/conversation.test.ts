import { expect, it } from 'vitest';
import { signUp } from '../../src/domain/accounts/index.js';
import { Agent } from '../helpers/agent.js';
import { signedIn } from '../helpers/accounts.js';
import { textOf, useApp } from '../helpers/app.js';
import { describeEachDialect } from '../helpers/db.js';
import { guestReport } from '../helpers/reports.js';

describeEachDialect('replies, updates, edits, votes and flags', (site) => {
  let clock = new Date('2026-11-25T12:00:00Z');
  const app = useApp(site, {
    now: () => clock,
    settings: { trustedPostCount: 3, editWindowMinutes: 60 },
  });

  /** A member's report, published by a moderator. */
  async function publishedReportBy(agent: Agent, title: string): Promise<number> {
    await agent.get('/remedies/ginger/reports/new');
    const res = await agent.post('/remedies/ginger/reports', {
      ...guestReport,
      condition: 'nausea',
      title,
    });
    const id = Number(/\/reports\/(\d+)\//.exec(res.headers.location as string)?.[1]);
    const { agent: mod } = await signedIn(app, site, 'moderator');
    await mod.get('/moderate');
    await mod.post(`/moderate/reports/${id}`, { action: 'approve' });
    return id;
  }

  it('takes a guest reply for moderation and publishes it with place and post count', async () => {
    const { agent: author } = await signedIn(app, site, 'member', 'Rhoda Author');
    const id = await publishedReportBy(author, 'Ginger for morning queasiness');
    const guest = new Agent(app);
    await guest.get(`/reports/${id}`);
    const missing = await guest.post(`/reports/${id}/replies`, {
      body: 'Me too!',
      displayName: '',
      email: '',
    });
    expect(missing.statusCode).toBe(422);
    expect(textOf(missing.body)).toContain('Enter the name to show beside your reply.');
    expect(missing.body).toContain('>Me too!</textarea>');
    await guest.post(`/reports/${id}/replies`, {
      body: 'Same for me, it took a week.',
      displayName: 'Vera Guest',
      email: 'vera@example.org',
      location: 'Oslo, Norway',
    });
    expect(textOf((await guest.follow()).body)).toContain(
      'Your reply will appear once a moderator',
    );

    const { agent: mod } = await signedIn(app, site, 'moderator');
    const queue = await mod.get('/moderate');
    const replyId = Number(/action="\/moderate\/replies\/(\d+)"/.exec(queue.body)?.[1]);
    await mod.post(`/moderate/replies/${replyId}`, { action: 'approve' });
    const page = textOf((await app().inject({ url: `/reports/${id}` })).body);
    expect(page).toContain('Replied by Vera Guest (Oslo, Norway)');
    expect(page).toContain('Same for me, it took a week.');
  });

  it('holds a risky reply and shows its safety note once published', async () => {
    const { agent: author } = await signedIn(app, site, 'member');
    const id = await publishedReportBy(author, 'Risky reply below');
    const guest = new Agent(app);
    await guest.get(`/reports/${id}`);
    await guest.post(`/reports/${id}/replies`, {
      body: 'I gave it to my 3 month old and it helped.',
      displayName: 'Ruth',
      email: 'ruth@example.org',
    });
    const { agent: mod } = await signedIn(app, site, 'moderator');
    const queue = await mod.get('/moderate');
    expect(queue.body).toContain('<mark>my 3 month old</mark>');
    const replyId = Number(/action="\/moderate\/replies\/(\d+)"/.exec(queue.body)?.[1]);
    await mod.post(`/moderate/replies/${replyId}`, { action: 'approve' });
    const page = await app().inject({ url: `/reports/${id}` });
    expect(page.body).toMatch(/id="reply-\d+"[\s\S]*?Safety note:[\s\S]*?baby or infant/);
  });

  it('lets the author add a dated update that changes the outcome, and nobody else', async () => {
    const { agent: author, id: authorId } = await signedIn(app, site, 'member');
    const id = await publishedReportBy(author, 'Update me later');
    await site()
      .database.db.updateTable('users')
      .set({ post_count: 5 })
      .where('id', '=', authorId)
      .execute();
    await author.get(`/reports/${id}`);
    expect(author.last?.body).toContain('Add an update');
    await author.post(`/reports/${id}/updates`, {
      body: 'Three months on it still works, but less strongly.',
      outcome: 'helped_temporarily',
    });
    const page = textOf((await author.follow()).body);
    expect(page).toMatch(/Update on Nov 25, 2026 · outcome now: Helped for a while/);
    expect(page).toContain('Outcome: Helped for a while');

    const { agent: stranger } = await signedIn(app, site, 'member');
    await stranger.get(`/reports/${id}`);
    expect(stranger.last?.body).not.toContain('Add an update');
    const refused = await stranger.post(`/reports/${id}/updates`, {
      body: 'Not my report but here I am.',
    });
    expect(refused.statusCode).toBe(403);
    // The form's former address (pages loaded before updates were named so) still works.
    await author.get(`/reports/${id}`);
    const former = await author.post(`/reports/${id}/follow-ups`, {
      body: 'A year on: still fine.',
    });
    expect(former.statusCode).toBe(303);
    expect(textOf((await author.follow()).body)).toContain('A year on: still fine.');
  });

  /** Makes the member trusted: as many approved posts as TRUSTED_POST_COUNT. */
  const trust = (id: number) =>
    site().database.db.updateTable('users').set({ post_count: 3 }).where('id', '=', id).execute();

  it('lets a trusted author edit within the window, keeping each version as a revision', async () => {
    const { db } = site().database;
    const { agent: author, id: authorId } = await signedIn(app, site, 'member');
    const id = await publishedReportBy(author, 'Edit window test');
    await trust(authorId);
    await author.get(`/reports/${id}/edit`);
    expect(author.last?.statusCode).toBe(200);
    await author.post(`/reports/${id}/edit`, {
      rating: '2',
      title: 'Edited title',
      body: 'On reflection it did much less than I first thought, sadly.',
    });
    expect(author.last?.headers.location).toBe(`/reports/${id}`);
    const revisions = await db
      .selectFrom('report_revisions')
      .select('content')
      .where('report_id', '=', id)
      .execute();
    expect(revisions).toHaveLength(1);
    expect(JSON.parse(revisions[0]!.content)).toMatchObject({
      title: 'Edit window test',
      rating: 4,
    });
    expect(textOf((await app().inject({ url: `/reports/${id}` })).body)).toContain('Edited title');

    const { agent: other } = await signedIn(app, site, 'member');
    expect(
      (
        await other.post(`/reports/${id}/edit`, {
          rating: '5',
          body: 'Trying to edit somebody else’s report here.',
        })
      ).statusCode,
    ).toBe(403);

    clock = new Date(clock.getTime() + 2 * 3600_000);
    const late = await author.post(`/reports/${id}/edit`, {
      rating: '5',
      body: 'Too late to change anything now, I suppose.',
    });
    expect(late.statusCode).toBe(403);
    expect(textOf(late.body)).toContain('This report can no longer be edited');
    clock = new Date('2026-11-25T12:00:00Z');
  });

  it('keeps a new member’s edit into link spam in the queue while the published text stays', async () => {
    const { db } = site().database;
    const { agent: author } = await signedIn(app, site, 'member');
    const id = await publishedReportBy(author, 'Honest at first');
    await author.get(`/reports/${id}/edit`);
    const spam = Array.from({ length: 20 }, (_, i) => `https://shop${i}.example`).join(' ');
    await author.post(`/reports/${id}/edit`, { rating: '5', body: `Buy it here: ${spam}` });
    expect(author.last?.headers.location).toBe(`/reports/${id}`);
    expect(textOf((await author.follow()).body)).toContain('Your edit will show once a moderator');
    const page = textOf((await app().inject({ url: `/reports/${id}` })).body);
    expect(page).toContain('Honest at first');
    expect(page).not.toContain('shop3.example');

    const { agent: mod } = await signedIn(app, site, 'moderator');
    const queue = textOf((await mod.get('/moderate')).body);
    expect(queue).toContain('Edit of the published report Honest at first');
    await mod.post(`/moderate/edits/${id}`, { action: 'reject', reason: 'Advertising links' });
    expect(mod.last?.statusCode).toBe(303);
    expect(textOf((await app().inject({ url: `/reports/${id}` })).body)).not.toContain('shop3');
    expect(
      await db.selectFrom('report_edits').select('report_id').where('report_id', '=', id).execute(),
    ).toEqual([]);
    expect(textOf((await app().inject({ url: '/moderation-log' })).body)).toContain(
      `An edit of report #${id} was declined`,
    );
  });

  it('publishes a waiting edit when a moderator approves it, and re-runs triage on every edit', async () => {
    const { agent: author, id: authorId } = await signedIn(app, site, 'member');
    const id = await publishedReportBy(author, 'Safe at first');
    await author.get(`/reports/${id}/edit`);
    await author.post(`/reports/${id}/edit`, {
      rating: '3',
      body: 'A later view: it helped a little with the nausea, less than I hoped.',
    });
    const { agent: mod } = await signedIn(app, site, 'moderator');
    await mod.get('/moderate');
    await mod.post(`/moderate/edits/${id}`, { action: 'approve' });
    expect(textOf((await app().inject({ url: `/reports/${id}` })).body)).toContain(
      'less than I hoped',
    );
    // Even a trusted author's edit waits when it sets off a safety rule.
    await trust(authorId);
    await author.get(`/reports/${id}/edit`);
    await author.post(`/reports/${id}/edit`, {
      rating: '5',
      body: 'It worked so well I stopped taking my blood pressure pills.',
    });
    const page = await app().inject({ url: `/reports/${id}` });
    expect(page.statusCode).toBe(200);
    expect(textOf(page.body)).not.toContain('blood pressure pills');
    const queue = (await mod.get('/moderate')).body;
    expect(queue).toContain(`/moderate/edits/${id}`);
    expect(queue).toMatch(/queue-item flagged[\s\S]*blood pressure/);
  });

  it('counts a member’s helpful vote once, offers an undo, and sends guests to sign in and back', async () => {
    const { agent: author } = await signedIn(app, site, 'member');
    const id = await publishedReportBy(author, 'Vote on me');
    const { agent: voter } = await signedIn(app, site, 'member');
    await voter.get(`/reports/${id}`);
    await voter.post(`/reports/${id}/helpful`, {});
    await voter.post(`/reports/${id}/helpful`, {});
    let page = textOf((await voter.follow()).body);
    expect(page).toContain('1 reader found this helpful');
    expect(page).toContain('You found this helpful. Undo');
    // Undo takes the vote back; then a "not helpful" vote counts instead.
    expect((await voter.post(`/reports/${id}/helpful`, { vote: 'undo' })).statusCode).toBe(303);
    page = textOf((await voter.follow()).body);
    expect(page).toContain('Your vote is taken back.');
    expect(page).not.toContain('found this helpful');
    expect(page).toContain('Was this report helpful?');
    await voter.post(`/reports/${id}/helpful`, { vote: 'no' });
    expect(textOf((await voter.follow()).body)).toContain('You found this not helpful. Undo');
    const row = await site()
      .database.db.selectFrom('reports')
      .select(['helpful_count', 'unhelpful_count'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect([Number(row.helpful_count), Number(row.unhelpful_count)]).toEqual([0, 1]);

    // A guest sees the buttons; voting asks them to sign in and brings them back to the report.
    const guest = new Agent(app);
    const guestPage = textOf((await guest.get(`/reports/${id}`)).body);
    expect(guestPage).toContain('Was this report helpful? Helpful Not helpful');
    const res = await guest.post(`/reports/${id}/helpful`, { vote: 'yes' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/signin?next=${encodeURIComponent(`/reports/${id}#vote`)}`);
    expect(textOf((await guest.follow()).body)).toContain('Sign in to vote');
    const email = `back-${Date.now()}@example.org`;
    await site()
      .database.db.transaction()
      .execute((trx) =>
        signUp(
          trx,
          { displayName: 'Back Again', email, password: 'a long test passphrase' },
          new Date(),
        ),
      );
    const signIn = await guest.post(`/signin?next=${encodeURIComponent(`/reports/${id}#vote`)}`, {
      email,
      password: 'a long test passphrase',
    });
    expect(signIn.headers.location).toBe(`/reports/${id}#vote`);
  });

  it('puts helpful buttons on list cards, with the reader’s own token', async () => {
    const { agent: voter } = await signedIn(app, site, 'member');
    for (const url of ['/latest', '/remedies/l-glutamine']) {
      const body = (await voter.get(url)).body;
      expect(body, url).toContain('class="card-vote"');
      expect(body, url).not.toContain('__remedex_csrf__');
    }
    const id = Number(
      /action="\/reports\/(\d+)\/helpful" class="card-vote"/.exec(voter.last!.body)?.[1],
    );
    expect((await voter.post(`/reports/${id}/helpful`, { vote: 'yes' })).statusCode).toBe(303);
    expect(textOf((await voter.follow()).body)).toContain('You found this helpful.');
    // Anonymous list pages stay cookie-free and token-free: their votes lead to sign-in.
    const anonymous = await app().inject({ url: '/latest' });
    expect(anonymous.body).toContain('class="card-vote"');
    expect(anonymous.headers['set-cookie']).toBeUndefined();
  });

  it('takes flags from anyone into the queue, unsafe first, and asks for words with “other”', async () => {
    const { agent: author } = await signedIn(app, site, 'member');
    const id = await publishedReportBy(author, 'Flag me');
    const guest = new Agent(app);
    await guest.get(`/reports/${id}`);
    const bad = await guest.post(`/reports/${id}/flag`, { reason: 'other', note: '' });
    expect(bad.statusCode).toBe(422);
    expect(textOf(bad.body)).toContain('Tell the moderators what is wrong.');
    await guest.post(`/reports/${id}/flag`, { reason: 'unsafe', note: 'Suggests a huge dose' });
    expect(textOf((await guest.follow()).body)).toContain(
      'A moderator will look at what you flagged',
    );
    const { agent: mod } = await signedIn(app, site, 'moderator');
    const queue = textOf((await mod.get('/moderate')).body);
    // The reason in words, the flagged text quoted, and what the reader wrote.
    expect(queue).toMatch(new RegExp(`Report #${id}: flagged once Why: Unsafe advice Flag me — `));
    expect(queue).toContain('“Suggests a huge dose”');
    await mod.post(`/moderate/flags/report/${id}`, { action: 'dismiss' });
    expect(textOf((await mod.follow()).body)).toContain(
      'The flags are cleared; it stays as it is.',
    );
    expect(textOf((await mod.get('/moderate')).body)).not.toContain(`Report #${id}: flagged`);
  });

  it('answers a flag on a reply that does not exist with "reply not found"', async () => {
    const guest = new Agent(app);
    const id = await publishedReportBy((await signedIn(app, site, 'member')).agent, 'Flag a reply');
    await guest.get(`/reports/${id}`);
    const res = await guest.post('/replies/999999/flag', { reason: 'unsafe', note: '' });
    expect(res.statusCode).toBe(404);
    expect(textOf(res.body)).toContain('Reply not found');
    expect(textOf(res.body)).not.toContain('Report not found');
  });
});
