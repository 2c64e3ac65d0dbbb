import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TrustProxy } from '../../src/config.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { buildApp } from '../../src/http/app.js';
import { type TestDatabase, freshDatabase } from '../helpers/db.js';
import { type Nginx, nginxAvailable, request, startNginxProxy } from '../helpers/nginx.js';

// Readers reach the app through a real nginx, each from its own loopback address. The report
// form allows ten posts an hour per reader address; the eleventh is refused with 429 before the
// CSRF check (so these posts, which carry no token, answer 403 until then).
const post = (proxy: Nginx, from: string, headers: Record<string, string> = {}) =>
  request({
    port: proxy.port,
    path: '/remedies/ginger/reports',
    method: 'POST',
    from,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: 'condition=nausea&rating=4&body=short',
  }).then((a) => a.status);

function behindNginx(trustProxy: TrustProxy) {
  let db: TestDatabase;
  let app: FastifyInstance;
  let proxy: Nginx;
  beforeAll(async () => {
    db = await freshDatabase('sqlite');
    await migrateToLatest(db.database.db);
    app = await buildApp({ db: db.database.db, trustProxy });
    await app.listen({ port: 0, host: '127.0.0.1' });
    proxy = await startNginxProxy((app.server.address() as AddressInfo).port);
  });
  afterAll(async () => {
    await proxy?.stop();
    await app?.close();
    await db?.drop();
  });
  return () => proxy;
}

describe.skipIf(!nginxAvailable)('rate limits behind nginx', () => {
  describe('TRUST_PROXY off (the default)', () => {
    const proxy = behindNginx(false);
    it('counts every reader as the proxy: one reader’s limit holds for all', async () => {
      for (let i = 0; i < 10; i++) expect(await post(proxy(), '127.0.0.2')).toBe(403);
      expect(await post(proxy(), '127.0.0.2')).toBe(429);
      expect(await post(proxy(), '127.0.0.3')).toBe(429);
    });
  });

  for (const [name, setting] of [
    ['a hop count of 1', 1],
    ['the proxy’s address', ['127.0.0.1']],
  ] as const) {
    describe(`TRUST_PROXY as ${name}`, () => {
      const proxy = behindNginx(typeof setting === 'number' ? setting : [...setting]);
      it('limits each reader on their own address', async () => {
        for (let i = 0; i < 10; i++) expect(await post(proxy(), '127.0.0.4')).toBe(403);
        expect(await post(proxy(), '127.0.0.4')).toBe(429);
        expect(await post(proxy(), '127.0.0.5')).toBe(403);
      });

      it('ignores the addresses a reader forges in X-Forwarded-For', async () => {
        for (let i = 0; i < 10; i++)
          expect(await post(proxy(), '127.0.0.6', { 'x-forwarded-for': `203.0.113.${i}` })).toBe(
            403,
          );
        expect(await post(proxy(), '127.0.0.6', { 'x-forwarded-for': '198.51.100.7' })).toBe(429);
      });
    });
  }
});
