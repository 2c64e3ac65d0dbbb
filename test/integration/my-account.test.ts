// A member's own account, on both databases: posts and their status, changes, links, download,
// deletion that leaves nothing of the person, and guests claiming their reports.
import { expect, it } from 'vitest';
import { sql } from 'kysely';
import { Agent } from '../helpers/agent.js';
import { signedIn } from '../helpers/accounts.js';
import { textOf, useApp } from '../helpers/app.js';
import { describeEachDialect } from '../helpers/db.js';
import { guestReport } from '../helpers/reports.js';
import { memoryMailer } from '../../src/mail/mailer.js';
import { signUp } from '../../src/domain/accounts/index.js';
import { exportLines } from '../../src/domain/transfer/index.js';
import { searchReports } from '../../src/search/index.js';
import { parseQuery } from '../../src/search/query.js';

const PASSWORD = 'a long test passphrase';
const TABLES = [
  'users',
  'sessions',
  'password_resets',
  'signups',
  'account_links',
  'reports',
  'report_side_effects',
  'updates',
  'report_revisions',
  'report_edits',
  'helpful_votes',
  'report_facts',
  'report_cards',
  'flags',
  'moderation_actions',
  'replies',
  'insight_stats',
  'jobs',
  'follows',
  'guest_addresses',
  'unsubscribes',
  'spent_links',
];

describeEachDialect('my account', (site) => {
  const mailer = memoryMailer();
  const app = useApp(site, { mailer, settings: { trustedPostCount: 1000 } });
  const db = () => site().database.db;
  const linkIn = (to: string) =>
    /token=([\w-]+)/.exec([...mailer.sent].reverse().find((m) => m.to === to)?.text ?? '')?.[1] ??
    '';

  /** A member who can sign in with a password we know. */
  async function member(name: string, email: string) {
    await db()
      .transaction()
      .execute((trx) => signUp(trx, { displayName: name, email, password: PASSWORD }, new Date()));
    const agent = new Agent(app);
    await agent.get('/signin');
    await agent.post('/signin', { email, password: PASSWORD });
    return agent;
  }

  async function report(agent: Agent, title: string, extra: Record<string, string> = {}) {
    await agent.get('/remedies/l-glutamine/reports/new');
    return agent.post('/remedies/l-glutamine/reports', { ...guestReport, title, ...extra });
  }

  it('sends readers to sign in first, and /settings and /me to /account', async () => {
    const res = await app().inject({ url: '/account' });
    expect(res.headers.location).toBe('/signin?next=%2Faccount');
    expect((await app().inject({ url: '/settings' })).headers.location).toBe('/account');
    expect((await app().inject({ url: '/me' })).headers.location).toBe('/account');
  });

  it('lists my posts with where each stands, a rejection with its reason', async () => {
    const me = await member('Poster Pim', 'pim@example.org');
    await report(me, 'Held for review');
    await report(me, 'To be turned down');
    const rejected = await db()
      .selectFrom('reports')
      .select('id')
      .where('title', '=', 'To be turned down')
      .executeTakeFirstOrThrow();
    const { agent: mod } = await signedIn(app, site, 'moderator');
    await mod.get('/moderate');
    await mod.post(`/moderate/reports/${rejected.id}`, {
      action: 'reject',
      reason: 'Only hearsay',
    });
    const page = textOf((await me.get('/account')).body);
    expect(page).toMatch(/Report Held for review .* Waiting for a moderator/);
    expect(page).toContain('Not published — the moderator’s reason: Only hearsay');
  });

  it('changes name and place everywhere, email by a link that works once, and the password', async () => {
    const me = await member('Old Name', 'old@example.org');
    await report(me, 'Mine to rename');
    await me.get('/account');
    const place = '3 Quay Street, Galway H91 X2Y3, Ireland';
    const first = await me.post('/account/profile', { displayName: 'New Name', location: place });
    expect(first.statusCode).toBe(422);
    expect(textOf(first.body)).toContain('Your place will be shown as “Galway, Ireland”');
    await me.post('/account/profile', {
      displayName: 'New Name',
      location: place,
      placeChecked: place,
    });
    const post = await db()
      .selectFrom('reports')
      .select(['display_name', 'location', 'location_typed'])
      .where('title', '=', 'Mine to rename')
      .executeTakeFirstOrThrow();
    expect(post).toEqual({
      display_name: 'New Name',
      location: 'Galway, Ireland',
      location_typed: place,
    });

    await me.get('/account');
    const wrong = await me.post('/account/email', {
      email: 'new@example.org',
      current: 'not it at all',
    });
    expect(wrong.statusCode).toBe(422);
    expect(textOf(wrong.body)).toContain('That is not your password.');
    expect(
      (await me.post('/account/email', { email: 'new@example.org', current: PASSWORD })).statusCode,
    ).toBe(303);
    const token = linkIn('new@example.org');
    expect(token).not.toBe('');
    // Opening the link only shows a button: a mail scanner's fetch uses nothing up.
    await me.get(`/account/email/confirm?token=${token}`);
    const used = await me.post('/account/email/confirm', { token });
    expect(textOf(used.body)).toContain("Your account's email is now new@example.org.");
    const again = await me.post('/account/email/confirm', { token });
    expect(again.statusCode).toBe(410);
    const forged = await me.post('/account/email/confirm', { token: `${token}x` });
    expect(forged.statusCode).toBe(410);

    await me.get('/account');
    await me.post('/account/password', { current: PASSWORD, password: 'another long passphrase' });
    const out = new Agent(app);
    await out.get('/signin');
    expect(
      (await out.post('/signin', { email: 'new@example.org', password: 'another long passphrase' }))
        .statusCode,
    ).toBe(303);
    // Sign out everywhere ends both sessions.
    await out.get('/account');
    await out.post('/account/sessions', {});
    expect((await me.get('/account')).headers.location).toBe('/signin?next=%2Faccount');
  });

  it('lets a guest claim their reports by email, with a link only that mailbox gets', async () => {
    const guest = new Agent(app);
    await report(guest, 'Posted as a guest', { email: 'guesty@example.org' });
    const me = await member('Claimer Cas', 'cas@example.org');
    await me.get('/account');
    await me.post('/account/claims', { email: 'guesty@example.org' });
    await me.post('/account/claims', { email: 'nobody-posted@example.org' });
    expect(mailer.sent.some((m) => m.to === 'nobody-posted@example.org')).toBe(false);
    const token = linkIn('guesty@example.org');
    // Another member cannot use it.
    const other = await member('Other Oz', 'oz@example.org');
    await other.get(`/account/claim?token=${token}`);
    expect((await other.post('/account/claim', { token })).statusCode).toBe(410);
    await me.get(`/account/claim?token=${token}`);
    expect(textOf((await me.post('/account/claim', { token })).body)).toContain(
      'One post is now part of your account.',
    );
    const row = await db()
      .selectFrom('reports as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .select(['u.email', 'r.author_email', 'r.display_name'])
      .where('r.title', '=', 'Posted as a guest')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      email: 'cas@example.org',
      author_email: null,
      display_name: 'Claimer Cas',
    });
  });

  it('downloads everything held about me, private place and email included', async () => {
    const me = await member('Data Dee', 'dee@example.org');
    await me.get('/account');
    const place = '1 Harbour Road, Cork T12 AB34, Ireland';
    await me.post('/account/profile', {
      displayName: 'Data Dee',
      location: place,
      placeChecked: place,
    });
    await report(me, 'Downloaded report');
    await me.get('/remedies/l-glutamine');
    await me.post('/follow', { remedy: 'l-glutamine', frequency: 'daily' });
    await db()
      .insertInto('unsubscribes')
      .values({ email: 'dee@example.org', created_at: new Date().toISOString() })
      .execute();
    const res = await me.get('/account/data.json');
    expect(res.headers['content-disposition']).toContain('attachment');
    const data = res.json() as {
      account: { email: string; location_typed: string }[];
      reports: { title: string }[];
      follows: { frequency: string }[];
      unsubscribes: { email: string }[];
    };
    expect(data.account[0]).toMatchObject({ email: 'dee@example.org', location_typed: place });
    expect(data.follows.map((f) => f.frequency)).toEqual(['daily']);
    expect(data.unsubscribes.map((u) => u.email)).toEqual(['dee@example.org']);
    expect(data.reports.map((r) => r.title)).toEqual(['Downloaded report']);
  });

  it.each([['keep'], ['remove']])(
    'deletes an account and leaves no email, name or place anywhere (posts: %s)',
    async (posts) => {
      const name = posts === 'keep' ? 'Zephyrine Quillfeather' : 'Barnaby Thistlewick';
      const email = posts === 'keep' ? 'zeph@example.org' : 'barnaby@example.org';
      const place = '7 Larkspur Lane, Aberystwyth SY23 1AA, Wales';
      const me = await member(name, email);
      await me.get('/account');
      await me.post('/account/profile', {
        displayName: name,
        location: place,
        placeChecked: place,
      });
      await report(me, `Signed ${name}`, { body: `${guestReport.body} Best wishes, ${name}.` });
      const id = (
        await db()
          .selectFrom('reports')
          .select('id')
          .where('title', '=', `Signed ${name}`)
          .executeTakeFirstOrThrow()
      ).id;
      const { agent: mod } = await signedIn(app, site, 'moderator');
      await mod.get('/moderate');
      await mod.post(`/moderate/reports/${id}`, { action: 'approve' });
      // What mail keeps about a person: a follow, an unsubscribe, a confirmed guest address.
      await me.get('/remedies/l-glutamine');
      expect((await me.post('/follow', { remedy: 'l-glutamine' })).statusCode).toBe(303);
      const at = new Date().toISOString();
      await db().insertInto('unsubscribes').values({ email, created_at: at }).execute();
      await db().insertInto('guest_addresses').values({ email, confirmed_at: at }).execute();
      const count = async () =>
        Number(
          (
            await db()
              .selectFrom('reports')
              .select((eb) => eb.fn.countAll().as('n'))
              .where('status', '=', 'approved')
              .executeTakeFirstOrThrow()
          ).n,
        );
      const before = await count();
      await me.get('/account');
      const wrong = await me.post('/account/delete', { posts, current: 'not my password' });
      expect(wrong.statusCode).toBe(422);
      const res = await me.post('/account/delete', { posts, current: PASSWORD });
      expect(res.statusCode).toBe(303);

      const everything: string[] = [];
      for (const table of TABLES)
        everything.push(
          JSON.stringify((await sql`select * from ${sql.table(table)}`.execute(db())).rows),
        );
      const all = everything.join('\n');
      for (const trace of [name, email, 'Larkspur', 'Aberystwyth', 'SY23'])
        expect(all, trace).not.toContain(trace);
      const lines: string[] = [];
      for await (const l of exportLines(db(), new Date(), 500, true)) lines.push(l);
      for (const trace of [name, email, 'Aberystwyth'])
        expect(lines.join('\n'), trace).not.toContain(trace);
      const found = await searchReports(
        db(),
        parseQuery(name.split(' ')[1]!),
        { remedy: null, condition: null, rating: null, outcome: null },
        0,
        5,
      );
      expect(found.hits).toEqual([]);
      if (posts === 'keep') {
        expect(await count()).toBe(before);
        const page = textOf((await app().inject({ url: `/reports/${id}` })).body);
        expect(page).toContain('a former member');
        expect(page).toContain('Best wishes, a former member.');
      } else {
        expect(await count()).toBe(before - 1);
        expect((await app().inject({ url: `/reports/${id}` })).statusCode).toBe(404);
      }
      // The numbers were recounted in the same transaction as the deletion.
      const tally = await db()
        .selectFrom('insight_stats as s')
        .innerJoin('remedies as m', 'm.id', 's.remedy_id')
        .innerJoin('conditions as c', 'c.id', 's.condition_id')
        .select('s.report_count')
        .where('m.slug', '=', 'l-glutamine')
        .where('c.slug', '=', 'ibs')
        .executeTakeFirstOrThrow();
      const approved = await db()
        .selectFrom('reports as r')
        .innerJoin('remedies as m', 'm.id', 'r.remedy_id')
        .innerJoin('conditions as c', 'c.id', 'r.condition_id')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('m.slug', '=', 'l-glutamine')
        .where('c.slug', '=', 'ibs')
        .where('r.status', '=', 'approved')
        .executeTakeFirstOrThrow();
      expect(Number(tally.report_count)).toBe(Number(approved.n));
    },
  );
});
