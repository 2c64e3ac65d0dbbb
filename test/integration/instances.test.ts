import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instanceOptions } from '../../src/cli/instance.js';
import { type Database, openDatabase } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { loadDemo } from '../../src/demo/load.js';
import { buildApp } from '../../src/http/app.js';
import { signedIn } from '../helpers/accounts.js';
import { Agent } from '../helpers/agent.js';
import { POSTGRES_URL, type TestDatabase, dialects, freshDatabase } from '../helpers/db.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function redisProblem(): Promise<string | null> {
  const client = new Redis(REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  try {
    await client.connect();
    await client.ping();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    client.disconnect();
  }
}
const redisDown = await redisProblem();
if (redisDown && process.env.CI)
  throw new Error(`Redis is required under CI but unreachable at ${REDIS_URL}: ${redisDown}`);

// Two instances of the site, each with its own connections, page cache and port, against one
// PostgreSQL database and one Redis: what a load balancer spreads readers over.
describe.skipIf(!dialects.includes('postgres') || redisDown !== null)(
  'several instances on one PostgreSQL database',
  () => {
    let test: TestDatabase;
    let second: Database;
    const apps: FastifyInstance[] = [];
    const stops: (() => Promise<void>)[] = [];
    const urls: string[] = [];
    const nameSpace = `remedex-test-${randomBytes(4).toString('hex')}:`;

    beforeAll(async () => {
      test = await freshDatabase('postgres');
      await migrateToLatest(test.database.db);
      await loadDemo(test.database.db);
      const schema = /\(schema (\w+)\)/.exec(test.database.describe)?.[1];
      second = await openDatabase(POSTGRES_URL, { schema, poolSize: 4 });
      for (const database of [test.database, second]) {
        const instance = await instanceOptions(database, {
          pageCache: true,
          redisUrl: REDIS_URL,
          redisNameSpace: nameSpace,
        });
        const app = await buildApp({
          db: database.db,
          settings: { trustedPostCount: 1000 },
          ...instance.deps,
        });
        await app.listen({ port: 0, host: '127.0.0.1' });
        apps.push(app);
        stops.push(instance.stop);
        urls.push(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}`);
      }
    });

    afterAll(async () => {
      for (const app of apps) await app.close();
      for (const stop of stops) await stop();
      await second?.close();
      await test?.drop();
    });

    const page = async (instance: number, path: string) => {
      const res = await fetch(urls[instance] + path);
      return { status: res.status, cache: res.headers.get('x-cache'), body: await res.text() };
    };

    it('shows a report approved through one instance at once through the other', async () => {
      expect(urls[0]).not.toBe(urls[1]);
      await page(1, '/remedies/ginger/nausea');
      expect((await page(1, '/remedies/ginger/nausea')).cache).toBe('hit');

      const guest = new Agent(() => apps[0]!);
      await guest.get('/remedies/ginger/reports/new');
      await guest.post('/remedies/ginger/reports', {
        condition: 'nausea',
        rating: '5',
        title: 'Seen on every instance',
        body: 'Ginger tea settled my stomach within a day.',
        displayName: 'Two Instances',
        email: 'two@example.org',
        location: 'Leeds, UK',
      });
      const id = (
        await second.db
          .selectFrom('reports')
          .select('id')
          .where('display_name', '=', 'Two Instances')
          .executeTakeFirstOrThrow()
      ).id;
      const mod = await signedIn(
        () => apps[0]!,
        () => ({ database: test.database, demo: undefined as never }),
        'moderator',
      );
      await mod.agent.get('/moderate');
      expect(
        (await mod.agent.post(`/moderate/reports/${id}`, { action: 'approve' })).statusCode,
      ).toBe(303);

      // The other instance heard the write (NOTIFY) and renders the page afresh.
      let seen = await page(1, '/remedies/ginger/nausea');
      for (let i = 0; i < 20 && !seen.body.includes('Seen on every instance'); i++) {
        await new Promise((r) => setTimeout(r, 50));
        seen = await page(1, '/remedies/ginger/nausea');
      }
      expect(seen.body).toContain('Seen on every instance');
    });

    it('holds a rate limit reached through one instance on the other', async () => {
      // Sign-in allows 30 attempts a quarter-hour per address (POSTs without a form token count).
      const attempt = (instance: number) =>
        fetch(`${urls[instance]}/signin`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'email=nobody%40example.org&password=wrong',
        }).then((r) => r.status);
      let status = 0;
      let tries = 0;
      while (status !== 429 && tries < 60) {
        status = await attempt(0);
        tries++;
      }
      expect(status).toBe(429);
      expect(tries).toBeLessThanOrEqual(31);
      expect(await attempt(1)).toBe(429);
      // Keys name the limit and the address, nothing undefined.
      const redis = new Redis(REDIS_URL);
      const keys = await redis.keys(`${nameSpace}*`);
      await redis.quit();
      expect(keys).toContain(`${nameSpace}signin:ip:127.0.0.1`);
      expect(keys.filter((k) => k.includes('undefined'))).toEqual([]);
    });

    it('keeps sessions valid on every instance', async () => {
      const member = await signedIn(
        () => apps[0]!,
        () => ({ database: test.database, demo: undefined as never }),
        'member',
      );
      const cookie = member.agent.cookieHeader;
      const res = await fetch(`${urls[1]}/remedies/ginger`, { headers: { cookie } });
      expect(await res.text()).toContain('Sign out');
    });
  },
);
