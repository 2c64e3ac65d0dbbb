import { expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.js';
import { openDatabase } from '../../src/db/database.js';
import { useApp } from '../helpers/app.js';
import { describeEachDialect } from '../helpers/db.js';

describeEachDialect('operations endpoints', (site) => {
  const app = useApp(site);

  it('answers /healthz and /readyz, never cached', async () => {
    const health = await app().inject({ url: '/healthz' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ok' });
    expect(health.headers['cache-control']).toBe('no-store');
    const ready = await app().inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready' });
  });

  it('exposes request latency by route, the pool and memory for Prometheus', async () => {
    await app().inject({ url: '/remedies/l-glutamine' });
    await app().inject({ url: '/reports/1' });
    await app().inject({ url: '/reports/2' });
    const res = await app().inject({ url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toMatch(
      /remedex_http_request_duration_seconds_count\{method="GET",route="\/reports\/:id",status="200"\} [2-9]/,
    );
    expect(res.body).toContain('# TYPE remedex_http_request_duration_seconds histogram');
    expect(res.body).toMatch(/remedex_db_pool_size \d+/);
    expect(res.body).toMatch(/remedex_process_resident_memory_bytes \d+/);
  });

  it('answers /metrics on this machine only, unless a token is set, then to the token only', async () => {
    const far = await app().inject({ url: '/metrics', remoteAddress: '203.0.113.9' });
    expect(far.statusCode).toBe(403);
    expect(far.headers['content-type']).toMatch(/^application\/problem\+json/);
    const guarded = await buildApp({
      db: site().database.db,
      settings: { metricsToken: 'a-metrics-token-of-length' },
    });
    try {
      expect((await guarded.inject({ url: '/metrics' })).statusCode).toBe(401);
      const wrong = await guarded.inject({
        url: '/metrics',
        headers: { authorization: 'Bearer a-metrics-token-of-lengtX' },
      });
      expect(wrong.statusCode).toBe(401);
      const right = await guarded.inject({
        url: '/metrics',
        remoteAddress: '203.0.113.9',
        headers: { authorization: 'Bearer a-metrics-token-of-length' },
      });
      expect(right.statusCode).toBe(200);
      expect(right.body).toMatch(/remedex_db_pool_size \d+/);
    } finally {
      await guarded.close();
    }
  });

  it("gives every answer a request id, keeping a proxy's own", async () => {
    const own = await app().inject({ url: '/healthz', headers: { 'x-request-id': 'lb-1234' } });
    expect(own.headers['x-request-id']).toBe('lb-1234');
    const made = await app().inject({
      url: '/healthz',
      headers: { 'x-request-id': 'bad id <script>' },
    });
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

it('says not ready, as problem details, when the database is gone', async () => {
  // Nothing listens on port 1: every query fails at once, as with a database that went away.
  const database = await openDatabase('postgres://127.0.0.1:1/remedex');
  const app = await buildApp({ db: database.db });
  const res = await app.inject({ url: '/readyz' });
  expect(res.statusCode).toBe(503);
  expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  expect(res.json()).toMatchObject({ status: 503, title: 'Not ready' });
  await app.close();
  await database.close();
});
