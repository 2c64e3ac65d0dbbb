// Mail that brings people back, on both databases, delivered to a real SMTP server: decisions with
// their reason, replies, "did it last?" with a signed single-use link, digests of what members
// follow, one-click unsubscribe (RFC 8058), guests' opt-in, retries with backoff.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import { Agent } from '../helpers/agent.js';
import { signedIn } from '../helpers/accounts.js';
import { textOf, useApp } from '../helpers/app.js';
import { describeEachDialect } from '../helpers/db.js';
import { guestReport } from '../helpers/reports.js';
import { type TestSmtp, startSmtp } from '../helpers/smtp.js';
import { runJobsNow } from '../../src/http/jobs.js';
import { createMailer, memoryMailer } from '../../src/mail/mailer.js';
import { backoffMs } from '../../src/domain/notify/index.js';

const DAY = 86_400_000;
const PUBLIC = 'http://remedex.test';
const silent = { info() {}, warn() {} };

describeEachDialect('mail', (site) => {
  let clock = new Date('2026-12-01T09:00:00Z');
  const app = useApp(site, {
    mailer: memoryMailer(),
    now: () => clock,
    settings: { trustedPostCount: 1000, rateLimitFactor: 100, publicUrl: PUBLIC },
  });
  const db = () => site().database.db;
  let smtp: TestSmtp;
  beforeAll(async () => {
    smtp = await startSmtp();
  });
  afterAll(async () => {
    await smtp.close();
  });

  const run = (at = clock) =>
    runJobsNow(
      db(),
      { publicUrl: PUBLIC, insightMinReports: 5 },
      createMailer(smtp.url, 'Remedex <no-reply@remedex.test>', silent),
      () => at,
      silent,
    );
  const to = (address: string): ParsedMail[] =>
    smtp.messages.filter((m) =>
      (Array.isArray(m.to) ? m.to : [m.to]).some((t) => t?.text.includes(address)),
    );
  const linkIn = (m: ParsedMail | undefined, path: string) => {
    const found = new RegExp(`${PUBLIC}(${path}[^\\s>"]*)`).exec(m?.text ?? '')?.[1];
    if (!found) throw new Error(`no ${path} link in ${m?.text ?? 'no mail'}`);
    return found.replace(/&amp;/g, '&');
  };

  async function member(name: string) {
    const m = await signedIn(app, site, 'member', name);
    const email = (
      await db()
        .selectFrom('users')
        .select('email')
        .where('id', '=', m.id)
        .executeTakeFirstOrThrow()
    ).email as string;
    return { ...m, email };
  }
  const moderator = async () => (await signedIn(app, site, 'moderator')).agent;

  async function post(agent: Agent, title: string, extra: Record<string, string> = {}) {
    await agent.get('/remedies/l-glutamine/reports/new');
    const res = await agent.post('/remedies/l-glutamine/reports', {
      ...guestReport,
      title,
      ...extra,
    });
    expect(res.statusCode).toBe(303);
    const row = await db()
      .selectFrom('reports')
      .select('id')
      .where('title', '=', title)
      .executeTakeFirstOrThrow();
    return row.id;
  }
  async function decide(id: number, action: 'approve' | 'reject', reason?: string) {
    const mod = await moderator();
    await mod.get('/moderate');
    const res = await mod.post(`/moderate/reports/${id}`, {
      action,
      ...(reason ? { reason } : {}),
    });
    expect(res.statusCode).toBe(303);
  }

  it('tells the author of a decision, with the reason, and every mail can unsubscribe in one click', async () => {
    const author = await member('Decided Dana');
    const turnedDown = await post(author.agent, 'Dana turned down');
    const published = await post(author.agent, 'Dana published');
    await decide(turnedDown, 'reject', 'It tells others to stop their medicine');
    await decide(published, 'approve');
    expect(to(author.email)).toHaveLength(0); // queued, not sent from the request
    const result = await run();
    expect(result.sent).toBeGreaterThanOrEqual(2);
    const mails = to(author.email);
    const no = mails.find((m) => m.subject?.includes('not published'));
    const yes = mails.find((m) => m.subject?.startsWith('Your report is published'));
    expect(no?.text).toContain('It tells others to stop their medicine');
    expect(no?.html).toContain('It tells others to stop their medicine');
    expect(linkIn(yes, '/reports/')).toBe(`/reports/${published}`);
    for (const m of [no, yes]) {
      expect(smtp.header(m as ParsedMail, 'List-Unsubscribe')).toMatch(
        new RegExp(`^<${PUBLIC}/mail/unsubscribe\\?t=[\\w.-]+>$`),
      );
      expect(smtp.header(m as ParsedMail, 'List-Unsubscribe-Post')).toBe(
        'List-Unsubscribe=One-Click',
      );
      expect(m?.text).toContain(`${PUBLIC}/account#mail`);
    }
    // Sent once: a second run finds nothing due.
    expect((await run()).sent).toBe(0);
    expect(to(author.email)).toHaveLength(mails.length);

    // RFC 8058: the mail client POSTs with no cookie and no page; nothing more is sent after.
    const url =
      smtp.header(yes as ParsedMail, 'List-Unsubscribe')?.slice(PUBLIC.length + 1, -1) ?? '';
    const oneClick = await app().inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.statusCode).toBe(200);
    expect(textOf(oneClick.body)).toContain('You are unsubscribed');
    const replier = await member('Replying Ravi');
    await replier.agent.get(`/reports/${published}`);
    await replier.agent.post(`/reports/${published}/replies`, {
      body: 'Did you take it with food?',
    });
    const reply = await db()
      .selectFrom('replies')
      .select('id')
      .where('report_id', '=', published)
      .executeTakeFirstOrThrow();
    const mod = await moderator();
    await mod.get('/moderate');
    await mod.post(`/moderate/replies/${reply.id}`, { action: 'approve' });
    const before = to(author.email).length;
    const after = await run();
    expect(after.skipped).toBeGreaterThanOrEqual(1);
    expect(to(author.email)).toHaveLength(before);

    // Opening the link in a browser says so and asks for nothing more; a forged link does nothing.
    expect(textOf((await app().inject({ url })).body)).toContain('You are unsubscribed');
    const forged = url.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await app().inject({ method: 'POST', url: forged })).statusCode).toBe(410);

    // Saving the mail settings takes the unsubscribe back.
    await author.agent.get('/account');
    expect(textOf(author.agent.last?.body ?? '')).toContain('You unsubscribed from all mail');
    await author.agent.post('/account/mail', { moderation: 'on', replies: 'on', followUps: 'on' });
    expect(textOf((await author.agent.get('/account')).body)).not.toContain(
      'You unsubscribed from all mail',
    );
  });

  it('tells the author when a published report is taken down, with the reason', async () => {
    const author = await member('Taken Down Tom');
    const id = await post(author.agent, 'Tom published then removed');
    await decide(id, 'approve');
    await decide(id, 'reject', 'It names a shop to buy from');
    await run();
    const subjects = to(author.email).map((m) => m.subject);
    expect(subjects).toContain('Your report was taken down: Tom published then removed');
    // The publication mail was overtaken by the removal: only the removal is sent.
    expect(subjects).not.toContain('Your report is published: Tom published then removed');
    const down = to(author.email).find((m) => m.subject?.includes('taken down'));
    expect(down?.text).toContain('It names a shop to buy from');
  });

  it('tells the author of a reply, unless they turned it off or replied themselves', async () => {
    const author = await member('Answered Ana');
    const id = await post(author.agent, 'Ana asks a question');
    await decide(id, 'approve');
    await run();
    const replier = await member('Helpful Hal');
    await replier.agent.get(`/reports/${id}`);
    await replier.agent.post(`/reports/${id}/replies`, {
      body: 'Mine worked better split in two doses. Mail me at hal@example.org',
    });
    await author.agent.get(`/reports/${id}`);
    await author.agent.post(`/reports/${id}/replies`, { body: 'Thanks, I will try it.' });
    const replies = await db()
      .selectFrom('replies')
      .select('id')
      .where('report_id', '=', id)
      .orderBy('id')
      .execute();
    const mod = await moderator();
    await mod.get('/moderate');
    for (const r of replies) await mod.post(`/moderate/replies/${r.id}`, { action: 'approve' });
    await run();
    const mails = to(author.email).filter((m) => m.subject?.includes('replied'));
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('Helpful Hal replied to your report on L-Glutamine');
    expect(mails[0]?.text).toContain('split in two doses');
    expect(mails[0]?.text).not.toContain('hal@example.org'); // as published: contacts masked
    expect(linkIn(mails[0], '/reports/')).toBe(`/reports/${id}#reply-${replies[0]?.id}`);

    // Turned off in the settings: nothing.
    await author.agent.get('/account');
    await author.agent.post('/account/mail', { moderation: 'on', followUps: 'on' });
    await replier.agent.get(`/reports/${id}`);
    await replier.agent.post(`/reports/${id}/replies`, { body: 'One more thought on timing.' });
    const last = await db()
      .selectFrom('replies')
      .select('id')
      .where('report_id', '=', id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    await mod.post(`/moderate/replies/${last.id}`, { action: 'approve' });
    await run();
    expect(to(author.email).filter((m) => m.subject?.includes('replied'))).toHaveLength(1);
  });

  it('asks "did it last?" at 30 and 90 days with a signed link that answers once, without signing in', async () => {
    const author = await member('Lasting Lee');
    const id = await post(author.agent, 'Lee says it helped');
    await decide(id, 'approve');
    await run();
    expect(to(author.email).filter((m) => m.subject?.startsWith('Did it last?'))).toHaveLength(0);
    await run(new Date(clock.getTime() + 29 * DAY));
    expect(to(author.email).filter((m) => m.subject?.startsWith('Did it last?'))).toHaveLength(0);
    await run(new Date(clock.getTime() + 31 * DAY));
    const asked = to(author.email).filter((m) => m.subject?.startsWith('Did it last?'));
    expect(asked).toHaveLength(1);
    const link = linkIn(asked[0], `/reports/${id}/lasted`);

    // A stranger's browser: no session. A tampered or borrowed link opens nothing.
    const reader = new Agent(app);
    const tampered = link.replace(/\.[\w-]+$/, '.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect((await reader.get(tampered)).statusCode).toBe(410);
    expect(
      (await reader.get(link.replace(`/reports/${id}/`, `/reports/${id - 1}/`))).statusCode,
    ).toBe(410);
    const form = await reader.get(link);
    expect(form.statusCode).toBe(200);
    expect(textOf(form.body)).toContain('Is it still helping?');
    const token = new URLSearchParams(link.split('?')[1]).get('t') ?? '';
    const missing = await reader.post(`/reports/${id}/lasted`, { t: token });
    expect(missing.statusCode).toBe(422);
    expect(textOf(missing.body)).toContain('Choose the answer that fits.');
    const answered = await reader.post(`/reports/${id}/lasted`, {
      t: token,
      answer: 'still_helping',
    });
    expect(answered.statusCode).toBe(200);
    expect(textOf(answered.body)).toContain('added to your report');
    const again = await reader.post(`/reports/${id}/lasted`, {
      t: token,
      answer: 'stopped_helping',
    });
    expect(again.statusCode).toBe(409);
    const updates = await db()
      .selectFrom('updates')
      .select(['body', 'status'])
      .where('report_id', '=', id)
      .execute();
    expect(updates).toEqual([{ body: 'Still helping 30 days on.', status: 'approved' }]);
    expect(textOf((await reader.get(`/reports/${id}`)).body)).toContain(
      'Still helping 30 days on.',
    );

    // The 30-day mail went once; the 90-day one follows, also once.
    await run(new Date(clock.getTime() + 91 * DAY));
    await run(new Date(clock.getTime() + 92 * DAY));
    const all = to(author.email).filter((m) => m.subject?.startsWith('Did it last?'));
    expect(all).toHaveLength(2);
    expect(all[1]?.text).toContain('3 months ago');
    // Links expire: 60 days after the mail, the 90-day one opens nothing.
    const late = linkIn(all[1], `/reports/${id}/lasted`);
    const saved = clock;
    clock = new Date(clock.getTime() + 152 * DAY);
    expect((await reader.get(late)).statusCode).toBe(410);
    clock = saved;
    expect((await reader.get(late)).statusCode).toBe(200);
  });

  it('asks nothing more after "it stopped helping", and moves the outcome it counts under', async () => {
    const author = await member('Fading Fay');
    const id = await post(author.agent, 'Fay says it helped at first');
    await decide(id, 'approve');
    await run(new Date(clock.getTime() + 31 * DAY));
    const link = linkIn(
      to(author.email).find((m) => m.subject?.startsWith('Did it last?')),
      `/reports/${id}/lasted`,
    );
    const reader = new Agent(app);
    await reader.get(link);
    const token = new URLSearchParams(link.split('?')[1]).get('t') ?? '';
    // Two clicks at once (two tabs, a double submit): one answer, the other told it was answered.
    const second = new Agent(app);
    await second.get(link);
    const both = await Promise.all([
      reader.post(`/reports/${id}/lasted`, { t: token, answer: 'stopped_helping' }),
      second.post(`/reports/${id}/lasted`, { t: token, answer: 'stopped_helping' }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(
      await db().selectFrom('updates').select('id').where('report_id', '=', id).execute(),
    ).toHaveLength(1);
    const facts = await db()
      .selectFrom('report_facts')
      .select('outcome')
      .where('report_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(facts.outcome).toBe('helped_temporarily');
    await run(new Date(clock.getTime() + 91 * DAY));
    expect(to(author.email).filter((m) => m.subject?.startsWith('Did it last?'))).toHaveLength(1);
  });

  it('mails a guest only after they ticked the box and confirmed the address', async () => {
    const quiet = new Agent(app);
    const silentId = await post(quiet, 'Guest who wants nothing', {
      email: 'quiet-guest@example.org',
    });
    const asking = new Agent(app);
    const askingId = await post(asking, 'Guest who wants mail', {
      email: 'asking-guest@example.org',
      followUpMail: 'on',
    });
    expect(textOf((await asking.follow()).body)).toContain(
      'We have sent you a link to confirm your email',
    );
    await decide(silentId, 'approve');
    await run();
    expect(to('quiet-guest@example.org')).toHaveLength(0);
    const confirm = to('asking-guest@example.org');
    expect(confirm.map((m) => m.subject)).toEqual([
      'Confirm your email for mail about your report',
    ]);
    expect(smtp.header(confirm[0] as ParsedMail, 'List-Unsubscribe-Post')).toBe(
      'List-Unsubscribe=One-Click',
    );

    // Not confirmed yet: the decision sends nothing.
    const early = await post(asking, 'Guest early decision', {
      email: 'asking-guest@example.org',
      followUpMail: 'on',
    });
    await decide(early, 'approve');
    await run();
    expect(to('asking-guest@example.org')).toHaveLength(2); // two confirmation mails, no decision
    const link = linkIn(confirm[0], '/mail/confirm');
    const guest = new Agent(app);
    expect(textOf((await guest.get(link)).body)).toContain('Confirm my email');
    const token = new URLSearchParams(link.split('?')[1]).get('t') ?? '';
    expect((await guest.post('/mail/confirm', { t: token })).statusCode).toBe(200);
    await decide(askingId, 'approve');
    await run();
    const decided = to('asking-guest@example.org').filter((m) =>
      m.subject?.startsWith('Your report is published'),
    );
    expect(decided).toHaveLength(1);
    expect(decided[0]?.text).not.toContain('/account#mail'); // guests have no settings page
    // No digest or anything else unasked: the quiet guest's report never mailed anyone.
    await run(new Date(clock.getTime() + 100 * DAY));
    expect(to('quiet-guest@example.org')).toHaveLength(0);
  });

  it('sends nothing to an address that was never confirmed', async () => {
    const m = await member('Imported Ida');
    await db()
      .updateTable('users')
      .set({ email_confirmed_at: null })
      .where('id', '=', m.id)
      .execute();
    const id = await post(m.agent, 'Ida from the old site');
    await decide(id, 'reject', 'Duplicate of an earlier report');
    const result = await run();
    expect(result.skipped).toBeGreaterThanOrEqual(1);
    expect(to(m.email)).toHaveLength(0);
  });

  it('sends a weekly digest of what a member follows, once per report', async () => {
    const anonymous = await new Agent(app).post(
      '/follow',
      { remedy: 'l-glutamine', frequency: 'weekly' },
      { csrf: false },
    );
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toBe('/signin?next=%2Fremedies%2Fl-glutamine');
    const fan = await member('Following Flo');
    await fan.agent.get('/remedies/l-glutamine');
    const followed = await fan.agent.post('/follow', {
      remedy: 'l-glutamine',
      condition: 'ibs',
      frequency: 'weekly',
    });
    expect(followed.headers.location).toBe('/remedies/l-glutamine/ibs');
    await fan.agent.post('/follow', {
      remedy: 'l-glutamine',
      condition: 'ibs',
      frequency: 'weekly',
    });
    expect(
      await db().selectFrom('follows').select('id').where('user_id', '=', fan.id).execute(),
    ).toHaveLength(1);
    expect(textOf((await fan.agent.get('/account')).body)).toContain(
      'L-Glutamine for Irritable Bowel Syndrome: a weekly digest',
    );

    const writer = await member('Writing Wes');
    clock = new Date(clock.getTime() + DAY);
    const first = await post(writer.agent, 'Wes on glutamine for IBS');
    await decide(first, 'approve');
    await run(new Date(clock.getTime() + 3 * DAY));
    expect(to(fan.email).filter((m) => m.subject?.includes('new report'))).toHaveLength(0);
    await run(new Date(clock.getTime() + 7 * DAY));
    const digests = to(fan.email).filter((m) => m.subject?.includes('new report'));
    expect(digests.map((m) => m.subject)).toEqual([
      '1 new report: L-Glutamine for Irritable Bowel Syndrome',
    ]);
    expect(digests[0]?.text).toContain('Wes on glutamine for IBS');
    expect(digests[0]?.text).toContain('not medical advice');
    await run(new Date(clock.getTime() + 15 * DAY));
    expect(to(fan.email).filter((m) => m.subject?.includes('new report'))).toHaveLength(1);
  });

  it('tries a refused mail again later, with backoff, and sends it once', async () => {
    const author = await member('Retried Rae');
    const id = await post(author.agent, 'Rae waits for the server');
    await decide(id, 'reject', 'Please say what you took');
    smtp.refuseNext(1);
    const first = await run();
    expect(first.retried).toBe(1);
    expect(to(author.email)).toHaveLength(0);
    const job = await db()
      .selectFrom('jobs')
      .select(['status', 'attempts', 'last_error', 'run_at'])
      .where('kind', '=', 'mail.moderation')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(job).toMatchObject({ status: 'queued', attempts: 1 });
    expect(job.last_error).toContain('Try again later');
    expect((await run(new Date(clock.getTime() + 30_000))).sent).toBe(0); // not yet due
    expect((await run(new Date(clock.getTime() + backoffMs(1)))).sent).toBeGreaterThanOrEqual(1);
    expect(to(author.email)).toHaveLength(1);
  });
});
