import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { listQueryNames } from './params.js';

// The anonymous page cache: pages as readers without cookies see them, kept as ready-to-send
// buffers (plain, gzip and brotli) with an ETag. It is emptied by any write this process answers,
// and by `changed()` when another process or instance wrote (SQLite's data_version, PostgreSQL
// LISTEN/NOTIFY). Signed-in readers, forms and anything setting a cookie are never cached.

interface Entry {
  etag: string;
  lastModified: string;
  type: string;
  plain: Buffer;
  gzip: Buffer;
  br: Buffer;
}

const UNCACHED =
  /^\/(?:static|api|moderate|moderation-log|admin|healthz|readyz|metrics|signin|signup|signout|password|search|mail|account)\b|\/(?:reports\/new|edit|status|lasted)\b/;

export class PageCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  hits = 0;
  misses = 0;
  clears = 0;

  constructor(
    // Each page is kept three times (plain, gzip, brotli): 32 MB holds about 600 remedy pages.
    private readonly maxBytes = 32 * 1024 * 1024,
    private readonly maxEntries = 2000,
  ) {}

  get(key: string): Entry | undefined {
    const e = this.entries.get(key);
    if (e) {
      // Least recently used goes first: move this one to the end.
      this.entries.delete(key);
      this.entries.set(key, e);
    }
    return e;
  }

  set(key: string, entry: Entry): void {
    const size = entry.plain.length + entry.gzip.length + entry.br.length;
    if (size > this.maxBytes / 8) return;
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += size;
    while (this.bytes > this.maxBytes || this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.delete(oldest);
    }
  }

  private delete(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.bytes -= e.plain.length + e.gzip.length + e.br.length;
    this.entries.delete(key);
  }

  clear(): void {
    if (this.entries.size > 0) this.clears++;
    this.entries.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    /** A write request that changed nothing a page shows: the cache is kept. */
    changedNothing: boolean;
  }
}

/**
 * Marks a POST that writes nothing a page shows (sign-in, sign-out, a dropped bot post), so that
 * no one can empty the cache just by sending it.
 */
export function changedNothing(request: FastifyRequest): void {
  request.changedNothing = true;
}

export interface PageCacheOptions {
  /** True when another process or instance changed the database since the last call. */
  changed?: () => Promise<boolean>;
  /** Told after this process answered a write, so other instances can clear theirs. */
  onLocalWrite?: () => void;
}

const anonymous = (request: FastifyRequest) =>
  (request.method === 'GET' || request.method === 'HEAD') &&
  !request.headers.cookie &&
  !request.headers.authorization;

const cacheable = (request: FastifyRequest) =>
  anonymous(request) && !UNCACHED.test(request.url.split('?')[0] ?? '');

/**
 * The key a page is kept under: its path and the query values pages read, in one order. Other
 * values (tracking tags, cache-busters) change nothing on the page, so they must not each fill the
 * cache with a copy of it: that was a fifth of resident memory under varied addresses.
 */
export function cacheKey(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const params = new URLSearchParams(url.slice(at + 1));
  const kept = new URLSearchParams();
  for (const name of listQueryNames) {
    const value = params.get(name);
    if (value !== null) kept.set(name, value);
  }
  const query = kept.toString();
  return query ? `${url.slice(0, at)}?${query}` : url.slice(0, at);
}

function encodingFor(request: FastifyRequest): 'br' | 'gzip' | null {
  const accept = String(request.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accept)) return 'br';
  if (/\bgzip\b/.test(accept)) return 'gzip';
  return null;
}

/** Readers' browsers and proxies may keep the page but must ask (ETag) before reusing it. */
function cacheHeaders(reply: FastifyReply, e: Entry, state: 'hit' | 'miss'): void {
  reply
    .header('etag', e.etag)
    .header('last-modified', e.lastModified)
    .header('cache-control', 'public, max-age=0, must-revalidate')
    .header('vary', 'Accept-Encoding, Cookie')
    .header('x-cache', state);
}

function sendEntry(request: FastifyRequest, reply: FastifyReply, e: Entry): FastifyReply {
  cacheHeaders(reply, e, 'hit');
  const match = request.headers['if-none-match'];
  if (match && match.split(',').some((m) => m.trim() === e.etag)) return reply.code(304).send();
  const encoding = encodingFor(request);
  const body = encoding === 'br' ? e.br : encoding === 'gzip' ? e.gzip : e.plain;
  if (encoding) reply.header('content-encoding', encoding);
  return reply.type(e.type).send(body);
}

/** Caches anonymous pages and compresses HTML answers. */
export function installPageCache(
  app: FastifyInstance,
  cache: PageCache,
  options: PageCacheOptions = {},
): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!cacheable(request)) return;
    if (options.changed && (await options.changed())) cache.clear();
    const hit = cache.get(cacheKey(request.url));
    if (!hit) {
      cache.misses++;
      return;
    }
    cache.hits++;
    return sendEntry(request, reply, hit);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.getHeader('x-cache') === 'hit') return payload;
    const type = String(reply.getHeader('content-type') ?? '');
    if (!type.startsWith('text/html') || reply.getHeader('content-encoding')) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const plain = Buffer.from(payload);
    // A page that says it is private (a guest's status page, the queue) is never kept.
    const privatePage = /\b(?:private|no-store)\b/.test(
      String(reply.getHeader('cache-control') ?? ''),
    );
    if (
      cacheable(request) &&
      reply.statusCode === 200 &&
      !reply.getHeader('set-cookie') &&
      !privatePage
    ) {
      const entry: Entry = {
        etag: `"${createHash('sha1').update(plain).digest('base64url')}"`,
        lastModified: new Date().toUTCString(),
        type,
        plain,
        gzip: gzipSync(plain, { level: 6 }),
        br: brotliCompressSync(plain, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
      };
      cache.set(cacheKey(request.url), entry);
      cacheHeaders(reply, entry, 'miss');
      const encoding = encodingFor(request);
      if (!encoding) return plain;
      reply.header('content-encoding', encoding);
      return encoding === 'br' ? entry.br : entry.gzip;
    }
    // Pages for signed-in readers are not cached but still compressed.
    const encoding = encodingFor(request);
    if (!encoding || plain.length < 1024) return payload;
    reply.header('content-encoding', encoding).header('vary', 'Accept-Encoding, Cookie');
    return encoding === 'br'
      ? brotliCompressSync(plain, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } })
      : gzipSync(plain, { level: 6 });
  });

  // Any write this process answered may change any page: start afresh.
  app.addHook('onResponse', async (request, reply) => {
    // Refused or failed writes change nothing (and must not let anyone empty the cache at will).
    if (
      request.method === 'GET' ||
      request.method === 'HEAD' ||
      reply.statusCode >= 400 ||
      request.changedNothing
    )
      return;
    cache.clear();
    options.onLocalWrite?.();
  });
}
