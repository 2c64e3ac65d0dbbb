import { gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { buildApp } from '../../src/http/app.js';
import { PageCache } from '../../src/http/page-cache.js';
import { changeWatcher } from '../../src/domain/operations/index.js';
import { signedIn } from '../helpers/accounts.js';
import { Agent } from '../helpers/agent.js';
import { describeEachDialect } from '../helpers/db.js';

describeEachDialect('the anonymous page cache', (site) => {
  let app: FastifyInstance;
  const cache = new PageCache();
  beforeAll(async () => {
    app = await buildApp({
      db: site().database.db,
      settings: { rateLimitFactor: 10, trustedPostCount: 1000 },
      pageCache: { cache, changed: changeWatcher(site().database) },
    });
  });
  afterAll(async () => app.close());

  it('keeps the cache through writes that change no page: sign-out without a session, sign-in, a bot post', async () => {
    await app.inject({ url: '/remedies/turmeric' });
    expect((await app.inject({ url: '/remedies/turmeric' })).headers['x-cache']).toBe('hit');
    const stranger = new Agent(() => app);
    await stranger.get('/signin');
    const out = await app.inject({
      method: 'POST',
      url: '/signout',
      headers: {
        cookie: `${stranger.cookieHeader}; remedex_session=made-up`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: `_csrf=${encodeURIComponent(stranger.csrf)}`,
    });
    expect(out.statusCode).toBe(303);
    expect((await app.inject({ url: '/remedies/turmeric' })).headers['x-cache']).toBe('hit');
    const { agent } = await signedIn(() => app, site, 'member');
    await agent.get('/remedies/turmeric/reports/new');
    await agent.post('/remedies/turmeric/reports', { website: 'http://spam.example', body: 'x' });
    await agent.post('/signout', {});
    expect((await app.inject({ url: '/remedies/turmeric' })).headers['x-cache']).toBe('hit');
  });

  it('keeps one copy of a page whatever tracking values its address carries, and never a private page', async () => {
    const first = await app.inject({ url: '/remedies/ginger?sort=helpful&utm_source=mail' });
    expect(first.statusCode).toBe(200);
    const entries = cache.size;
    for (const tag of ['a', 'b', 'c']) {
      const res = await app.inject({ url: `/remedies/ginger?utm_source=${tag}&sort=helpful` });
      expect(res.headers['x-cache'], tag).toBe('hit');
    }
    expect(cache.size).toBe(entries);
    // A different page value is a different page.
    expect((await app.inject({ url: '/remedies/ginger?sort=newest' })).headers['x-cache']).toBe(
      'miss',
    );
    const guest = new Agent(() => app);
    await guest.get('/remedies/ginger/reports/new');
    await guest.post('/remedies/ginger/reports', {
      condition: 'nausea',
      rating: '4',
      body: 'Ginger biscuits settled my stomach on the ferry within half an hour.',
      displayName: 'Private Pat',
      email: 'pat@example.org',
      location: 'Hull, UK',
    });
    const status = String(guest.last?.headers.location);
    expect(status).toMatch(/\/status\?token=/);
    await app.inject({ url: status });
    const again = await app.inject({ url: status });
    expect(again.headers['x-cache']).toBeUndefined();
    const stranger = await app.inject({ url: status.split('?')[0]! });
    expect(stranger.body).not.toContain('Private Pat');
  });

  it('serves repeat anonymous views from memory, compressed, with ETag and 304', async () => {
    const first = await app.inject({
      url: '/remedies/ginger',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.headers['x-cache']).toBe('miss');
    expect(first.headers['content-encoding']).toBe('gzip');
    const html = gunzipSync(first.rawPayload).toString();
    expect(html).toContain('<h1>Ginger');
    const etag = String(first.headers.etag);
    expect(first.headers['cache-control']).toBe('public, max-age=0, must-revalidate');

    const second = await app.inject({ url: '/remedies/ginger' });
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.body).toBe(html);
    const br = await app.inject({
      url: '/remedies/ginger',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(br.headers['content-encoding']).toBe('br');

    const notModified = await app.inject({
      url: '/remedies/ginger',
      headers: { 'if-none-match': etag },
    });
    expect(notModified.statusCode).toBe(304);
    expect(notModified.body).toBe('');
  });

  it('never caches for signed-in readers or pages that set a cookie', async () => {
    const member = await signedIn(() => app, site, 'member');
    const page = await member.agent.get('/remedies/ginger');
    expect(page.headers['x-cache']).toBeUndefined();
    expect(page.body).toContain('Sign out');
    const form = await app.inject({ url: '/remedies/ginger/reports/new' });
    expect(form.headers['x-cache']).toBeUndefined();
  });

  it('forgets every page when a write is answered, so an approved report shows at once', async () => {
    await app.inject({ url: '/remedies/ginger/nausea' });
    expect((await app.inject({ url: '/remedies/ginger/nausea' })).headers['x-cache']).toBe('hit');
    const guest = new Agent(() => app);
    await guest.get('/remedies/ginger/reports/new');
    await guest.post('/remedies/ginger/reports', {
      condition: 'nausea',
      rating: '4',
      title: 'Cached no more',
      body: 'Ginger tea twice a day settled my stomach within a day.',
      displayName: 'Cache Tester',
      email: 'cache@example.org',
      location: 'Leeds, UK',
    });
    const id = (
      await site()
        .database.db.selectFrom('reports')
        .select('id')
        .where('display_name', '=', 'Cache Tester')
        .executeTakeFirstOrThrow()
    ).id;
    const mod = await signedIn(() => app, site, 'moderator');
    await mod.agent.get('/moderate');
    await mod.agent.post(`/moderate/reports/${id}`, { action: 'approve' });
    const after = await app.inject({ url: '/remedies/ginger/nausea' });
    expect(after.headers['x-cache']).toBe('miss');
    expect(after.body).toContain('Cached no more');
    await mod.agent.post(`/moderate/reports/${id}`, { action: 'reject', reason: 'Test cleanup' });
  });
});

it('notices a write made by another process on the same SQLite file', async () => {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { openDatabase } = await import('../../src/db/database.js');
  const { migrateToLatest } = await import('../../src/db/migrate.js');
  const dir = mkdtempSync(join(tmpdir(), 'remedex-watch-'));
  const url = `sqlite:${join(dir, 'site.db')}`;
  const server = await openDatabase(url);
  const other = await openDatabase(url);
  await migrateToLatest(server.db);
  const changed = changeWatcher(server);
  expect(changed()).toBe(false);
  expect(changed()).toBe(false);
  await other.db
    .insertInto('conditions')
    .values({
      slug: 'x',
      name: 'X',
      aliases: '[]',
      category: 'C',
      created_at: new Date().toISOString(),
    })
    .execute();
  expect(changed()).toBe(true);
  expect(changed()).toBe(false);

  // Asked on every cache hit, it reads the file's version at most once per interval.
  let clock = 1_000_000;
  const now = vi.spyOn(Date, 'now').mockImplementation(() => clock);
  const throttled = changeWatcher(server, 50);
  await other.db.updateTable('conditions').set({ name: 'Y' }).where('slug', '=', 'x').execute();
  clock += 10;
  expect(throttled()).toBe(false);
  clock += 50;
  expect(throttled()).toBe(true);
  clock += 50;
  expect(throttled()).toBe(false);
  now.mockRestore();
  await server.close();
  await other.close();
  rmSync(dir, { recursive: true, force: true });
});
