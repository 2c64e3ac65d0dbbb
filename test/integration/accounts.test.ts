import { describe, expect, it } from 'vitest';
import { memoryMailer } from '../../src/mail/mailer.js';
import { Agent } from '../helpers/agent.js';
import { textOf, useApp } from '../helpers/app.js';
import { describeEachDialect } from '../helpers/db.js';

describeEachDialect('accounts', (site) => {
  const mailer = memoryMailer();
  let clock = new Date('2026-11-25T12:00:00Z');
  const app = useApp(site, {
    mailer,
    now: () => clock,
    settings: { publicUrl: 'https://remedex.example' },
  });
  let n = 0;
  const unique = () => `reader${++n}-${Math.random().toString(36).slice(2, 8)}@example.org`;
  // Sign-ups are limited per address: each test reader signs up from one of their own.
  const newcomer = () => new Agent(app, `203.0.113.${++n % 250}`);

  /** Signs up through the form and the emailed link, as a reader does; the last answer. */
  async function signUp(agent: Agent, email: string, extra: Record<string, string> = {}) {
    await agent.get('/signup');
    const sent = await agent.post('/signup', {
      displayName: 'Dana Reader',
      email,
      password: 'correct horse battery',
      location: 'Leeds, UK',
      ...extra,
    });
    if (sent.statusCode !== 200) return sent;
    const link = /https:\/\/remedex\.example(\/signup\/confirm\?\S+)/.exec(
      mailer.sent.filter((m) => m.to === email.toLowerCase()).at(-1)?.text ?? '',
    )?.[1];
    if (!link) return sent;
    await agent.get(link);
    const token = decodeURIComponent(/token=([^&\s]+)/.exec(link)?.[1] ?? '');
    return agent.post('/signup/confirm', { token });
  }

  it('answers a sign-up the same whether or not the email has an account, and mails its owner', async () => {
    const email = unique();
    await signUp(newcomer(), email);
    const again = newcomer();
    await again.get('/signup');
    const res = await again.post('/signup', {
      displayName: 'Someone Else',
      email,
      password: 'another long passphrase',
    });
    const fresh = newcomer();
    await fresh.get('/signup');
    const other = await fresh.post('/signup', {
      displayName: 'Someone New',
      email: unique(),
      password: 'another long passphrase',
    });
    expect(res.statusCode).toBe(200);
    expect(other.statusCode).toBe(200);
    const page = (body: string) =>
      textOf(body)
        .replace(/\S+@example\.org/g, 'EMAIL')
        .replace(/name="_csrf" value="[^"]*"/g, '');
    expect(page(res.body)).toBe(page(other.body));
    expect(textOf(res.body)).toContain('Check your email');
    expect(again.has('remedex_session')).toBe(false);
    expect(mailer.sent.at(-2)).toMatchObject({
      to: email,
      subject: 'Someone tried to join Remedex with your email',
    });
    const accounts = await site()
      .database.db.selectFrom('users')
      .select('display_name')
      .where('email', '=', email)
      .execute();
    expect(accounts).toEqual([{ display_name: 'Dana Reader' }]);
    // A sign-up link works once.
    const link = /(\/signup\/confirm\?token=\S+)/.exec(mailer.sent.at(-1)?.text ?? '')?.[1];
    await fresh.get(link!);
    const token = decodeURIComponent(link!.split('token=')[1]!);
    expect((await fresh.post('/signup/confirm', { token })).statusCode).toBe(303);
    expect((await newcomer().get(link!)).statusCode).toBe(410);
  });

  it('signs in and falls back to / for a next= of unicode or control characters', async () => {
    const email = unique();
    await signUp(newcomer(), email);
    for (const next of ['%E3%80%82x', '%E2%80%AE', '%00', '%7F']) {
      const agent = new Agent(app);
      await agent.get('/signin');
      const res = await agent.post(`/signin?next=/${next}`, {
        email,
        password: 'correct horse battery',
      });
      expect(res.statusCode, next).toBe(303);
      expect(res.headers.location, next).toBe('/');
      expect(textOf((await agent.follow()).body), next).toContain('You are signed in');
    }
  });

  it('on https: HSTS, upgrade-insecure-requests, a Secure notice cookie and a new CSRF secret at sign-in', async () => {
    const page = await app().inject({ url: '/' });
    expect(page.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(String(page.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
    const email = unique();
    await signUp(newcomer(), email);
    const agent = new Agent(app);
    await agent.get('/signin');
    const before = agent.cookieHeader.match(/_csrf=([^;]+)/)?.[1];
    expect(before).toBeTruthy();
    const res = await agent.post('/signin', { email, password: 'correct horse battery' });
    const cookies = res.cookies as { name: string; value: string; secure?: boolean }[];
    expect(cookies.find((c) => c.name === 'remedex_notice')?.secure).toBe(true);
    expect(cookies.find((c) => c.name === '_csrf')?.value).toBe('');
    await agent.follow();
    const after = agent.cookieHeader.match(/_csrf=([^;]+)/)?.[1];
    expect(after).toBeTruthy();
    expect(after).not.toBe(before);
  });

  it('signs up, signs in with a Secure httpOnly cookie, and signs out', async () => {
    const agent = new Agent(app);
    const email = unique();
    const res = await signUp(agent, email);
    expect(res.statusCode).toBe(303);
    const cookie = (
      res.cookies as { name: string; httpOnly?: boolean; secure?: boolean; sameSite?: string }[]
    ).find((c) => c.name === 'remedex_session');
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax' });
    const home = await agent.follow();
    expect(textOf(home.body)).toContain('Welcome to Remedex');
    expect(textOf(home.body)).toContain('Dana Reader');
    expect(textOf(home.body)).toContain('Sign out');

    await agent.post('/signout', {});
    expect(agent.last?.statusCode).toBe(303);
    expect(textOf((await agent.follow()).body)).toContain('Sign in');

    await agent.get('/signin');
    await agent.post('/signin', { email: email.toUpperCase(), password: 'correct horse battery' });
    expect(agent.last?.statusCode).toBe(303);
    expect(textOf((await agent.follow()).body)).toContain('You are signed in');
  });

  it('re-renders the sign-up form with every error beside its field and the values kept', async () => {
    const agent = new Agent(app);
    const email = unique();
    await signUp(agent, email);
    const other = new Agent(app);
    const res = await signUp(other, email, {
      displayName: 'D',
      password: 'short',
      location: 'Cork <Ireland>',
    });
    expect(res.statusCode).toBe(422);
    const text = textOf(res.body);
    expect(text).toContain('Names need at least 2 characters.');
    expect(text).toContain('Choose a password of at least 10 characters.');
    expect(res.body).toContain(`value="${email}"`);
    expect(res.body).toContain('value="Cork &lt;Ireland&gt;"');
    expect(res.body).not.toContain('value="short"');
    expect(res.body).toContain('aria-invalid="true"');
    // An email that has an account gets the same answer as a new one (its owner gets a note).
    const dup = await signUp(newcomer(), email);
    expect(dup.statusCode).toBe(200);
    expect(textOf(dup.body)).toContain('Check your email');
  });

  it('refuses a wrong password with one message that does not reveal whether the email exists', async () => {
    const agent = new Agent(app);
    const email = unique();
    await signUp(agent, email);
    const wrong = new Agent(app);
    await wrong.get('/signin');
    const a = await wrong.post('/signin', { email, password: 'not the password' });
    const b = await wrong.post('/signin', { email: unique(), password: 'not the password' });
    expect(a.statusCode).toBe(422);
    expect(textOf(a.body)).toContain('That email and password do not match an account.');
    expect(textOf(b.body)).toContain('That email and password do not match an account.');
    expect(wrong.has('remedex_session')).toBe(false);
  });

  it('refuses forms without a valid CSRF token', async () => {
    const agent = new Agent(app);
    await agent.get('/signup');
    const res = await agent.post(
      '/signup',
      { displayName: 'Eve', email: unique(), password: 'correct horse battery' },
      { csrf: false },
    );
    expect(res.statusCode).toBe(403);
    expect(textOf(res.body)).toContain('This form has expired');
    agent.csrf = 'forged';
    expect((await agent.post('/signin', { email: unique(), password: 'x' })).statusCode).toBe(403);
  });

  it('drops sign-ups that fill the honeypot', async () => {
    const agent = new Agent(app);
    const res = await signUp(agent, unique(), { website: 'http://spam.example' });
    expect(res.statusCode).toBe(303);
    expect(agent.has('remedex_session')).toBe(false);
  });

  it('resets a password with a single-use link that expires after an hour', async () => {
    const agent = new Agent(app);
    const email = unique();
    await signUp(agent, email);
    const guest = new Agent(app);
    await guest.get('/password/forgot');
    await guest.post('/password/forgot', { email });
    expect(guest.last?.headers.location).toBe('/signin');
    expect(textOf((await guest.follow()).body)).toContain('we have sent it a link');
    const mail = mailer.sent.find((m) => m.to === email && m.subject.includes('password'));
    const link = /https:\/\/remedex\.example(\/password\/reset\?token=\S+)/.exec(
      mail?.text ?? '',
    )?.[1];
    expect(link).toBeTruthy();

    // An unknown email gets the same answer and no mail.
    const before = mailer.sent.length;
    await guest.post('/password/forgot', { email: unique() });
    expect(guest.last?.headers.location).toBe('/signin');
    expect(mailer.sent.length).toBe(before);

    expect((await guest.get(link!)).statusCode).toBe(200);
    await guest.post('/password/reset', {
      token: decodeURIComponent(link!.split('token=')[1]!),
      password: 'a brand new passphrase',
    });
    expect(guest.last?.statusCode).toBe(303);
    expect(guest.has('remedex_session')).toBe(true);
    expect((await new Agent(app).get(link!)).statusCode).toBe(410);

    const again = new Agent(app);
    await again.get('/signin');
    await again.post('/signin', { email, password: 'a brand new passphrase' });
    expect(again.last?.statusCode).toBe(303);

    // A second link, used after its hour, no longer works.
    await guest.get('/password/forgot');
    await guest.post('/password/forgot', { email });
    const late = /token=(\S+)/.exec(mailer.sent.at(-1)?.text ?? '')?.[1];
    clock = new Date(clock.getTime() + 61 * 60_000);
    expect((await guest.get(`/password/reset?token=${late}`)).statusCode).toBe(410);
    clock = new Date('2026-11-25T12:00:00Z');
  });

  it('limits sign-in attempts per account', async () => {
    const email = unique();
    await signUp(newcomer(), email);
    const attacker = new Agent(app);
    await attacker.get('/signin');
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++)
      statuses.push((await attacker.post('/signin', { email, password: `guess ${i}` })).statusCode);
    expect(statuses.slice(0, 10).every((s) => s === 422)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    expect(textOf(attacker.last!.body)).toContain('Too many attempts');
    // The owner, from an address with no failures, still signs in.
    const owner = new Agent(app, '198.51.100.20');
    await owner.get('/signin');
    expect(
      (await owner.post('/signin', { email, password: 'correct horse battery' })).statusCode,
    ).toBe(303);
  });

  it('ends every other outstanding reset link when the password changes', async () => {
    const email = unique();
    await signUp(newcomer(), email);
    const guest = new Agent(app);
    await guest.get('/password/forgot');
    await guest.post('/password/forgot', { email });
    await guest.post('/password/forgot', { email });
    const tokens = mailer.sent
      .filter((m) => m.to === email && m.subject.includes('password'))
      .map((m) => decodeURIComponent(/token=(\S+)/.exec(m.text)?.[1] ?? ''));
    expect(tokens).toHaveLength(2);
    await guest.get(`/password/reset?token=${encodeURIComponent(tokens[0]!)}`);
    await guest.post('/password/reset', { token: tokens[0]!, password: 'a brand new passphrase' });
    expect(guest.last?.statusCode).toBe(303);
    expect(
      (await new Agent(app).get(`/password/reset?token=${encodeURIComponent(tokens[1]!)}`))
        .statusCode,
    ).toBe(410);
  });
});

describe('safeNext', () => {
  it('only allows same-site paths', async () => {
    const { safeNext } = await import('../../src/http/context.js');
    expect(safeNext('/remedies/ginger')).toBe('/remedies/ginger');
    expect(safeNext('/search?q=a%20b&page=2#r')).toBe('/search?q=a%20b&page=2#r');
    for (const bad of [
      '//evil.example',
      'https://evil.example',
      '/\\evil',
      '/\u3002x',
      '/\u202ex',
      '/\u0000',
      '/\u007f',
      '/a b',
      undefined,
      5,
    ])
      expect(safeNext(bad)).toBe('/');
  });
});
