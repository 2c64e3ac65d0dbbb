import type { AddressInfo } from 'node:net';
import { brotliDecompressSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { changeWatcher } from '../../src/domain/operations/index.js';
import { buildApp } from '../../src/http/app.js';
import { PageCache } from '../../src/http/page-cache.js';
import { describeEachDialect } from '../helpers/db.js';

// Over a real socket a kept page is answered before Fastify routes the request (the server asks
// the cache first); what it sends must be what the rendered answer said, head and bytes.
describeEachDialect('the page cache over HTTP', (site) => {
  let app: FastifyInstance;
  let base: string;
  const cache = new PageCache();
  beforeAll(async () => {
    app = await buildApp({
      db: site().database.db,
      pageCache: { cache, changed: changeWatcher(site().database) },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => app.close());

  const PER_ANSWER = ['date', 'x-cache', 'x-request-id', 'keep-alive', 'connection'];
  const head = (res: Response) =>
    Object.fromEntries([...res.headers].filter(([name]) => !PER_ANSWER.includes(name)));

  it('answers a hit with the rendered answer’s headers and bytes, 304 to its ETag, HEAD without a body', async () => {
    const miss = await fetch(`${base}/remedies/ginger`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(miss.headers.get('x-cache')).toBe('miss');
    const html = await miss.text();
    const hit = await fetch(`${base}/remedies/ginger`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(hit.headers.get('x-cache')).toBe('hit');
    expect(await hit.text()).toBe(html);
    expect(head(hit)).toEqual(head(miss));
    expect(hit.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(hit.headers.get('permissions-policy')).toContain('camera=()');
    expect(hit.headers.get('content-length')).toBe(String(Buffer.byteLength(html)));
    // A hit is neither routed nor logged, so it has no request id of its own.
    expect(miss.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(hit.headers.get('x-request-id')).toBeNull();

    const etag = String(hit.headers.get('etag'));
    const notModified = await fetch(`${base}/remedies/ginger`, {
      headers: { 'if-none-match': etag },
    });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('etag')).toBe(etag);
    const onlyHead = await fetch(`${base}/remedies/ginger`, { method: 'HEAD' });
    expect(onlyHead.status).toBe(200);
    expect(onlyHead.headers.get('x-cache')).toBe('hit');
    expect(await onlyHead.text()).toBe('');
  });

  it('sends the kept brotli bytes to a reader that asks for them', async () => {
    const { request } = await import('node:http');
    await fetch(`${base}/remedies/turmeric`);
    const raw = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>(
      (resolve, reject) => {
        request(`${base}/remedies/turmeric`, { headers: { 'accept-encoding': 'br' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        })
          .on('error', reject)
          .end();
      },
    );
    expect(raw.headers['x-cache']).toBe('hit');
    expect(raw.headers['content-encoding']).toBe('br');
    expect(raw.headers['content-length']).toBe(String(raw.body.length));
    const plain = await (
      await fetch(`${base}/remedies/turmeric`, { headers: { 'accept-encoding': 'identity' } })
    ).text();
    expect(brotliDecompressSync(raw.body).toString()).toBe(plain);
  });

  it('routes readers with a cookie, other methods and uncached addresses through the app', async () => {
    await fetch(`${base}/remedies/ginger`);
    const withCookie = await fetch(`${base}/remedies/ginger`, { headers: { cookie: 'a=b' } });
    expect(withCookie.headers.get('x-cache')).toBeNull();
    expect(withCookie.headers.get('x-request-id')).not.toBeNull();
    await fetch(`${base}/search?q=ginger`);
    expect((await fetch(`${base}/search?q=ginger`)).headers.get('x-cache')).toBeNull();
    const post = await fetch(`${base}/remedies/ginger`, { method: 'POST' });
    expect(post.headers.get('x-cache')).toBeNull();
  });
});
