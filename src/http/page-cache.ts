import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { listQueryNames } from './params.js';

// The anonymous page cache: pages as readers without cookies see them, kept as ready-to-send
// buffers (plain, gzip and brotli) with an ETag. It is emptied by any write this process answers,
// and by `changed()` when another process or instance wrote (SQLite's data_version, PostgreSQL
// LISTEN/NOTIFY). Signed-in readers, forms and anything setting a cookie are never cached.

/** One encoding of a page: its bytes and the whole head of its answer, built once. */
interface Variant {
  body: Buffer;
  /** Header names and values in one flat list, as `writeHead` takes them. */
  head: string[];
}

interface Entry {
  etag: string;
  lastModified: string;
  plain: Variant;
  gzip: Variant;
  br: Variant;
  /** The head of a 304 (Not Modified) answer. */
  notModified: string[];
  bytes: number;
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
    if (entry.bytes > this.maxBytes / 8) return;
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    while (this.bytes > this.maxBytes || this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.delete(oldest);
    }
  }

  private delete(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.bytes -= e.bytes;
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
  changed?: () => boolean;
  /** Told after this process answered a write, so other instances can clear theirs. */
  onLocalWrite?: () => void;
}

const UNCACHED_PATH = (url: string) => {
  const at = url.indexOf('?');
  return UNCACHED.test(at < 0 ? url : url.slice(0, at));
};

const anonymous = (method: string | undefined, headers: IncomingHttpHeaders) =>
  (method === 'GET' || method === 'HEAD') && !headers.cookie && !headers.authorization;

const cacheable = (request: FastifyRequest) =>
  anonymous(request.method, request.headers) && !UNCACHED_PATH(request.url);

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

function encodingFor(headers: IncomingHttpHeaders): 'br' | 'gzip' | null {
  const accept = headers['accept-encoding'];
  if (!accept) return null;
  if (/\bbr\b/.test(accept)) return 'br';
  if (/\bgzip\b/.test(accept)) return 'gzip';
  return null;
}

/** Readers' browsers and proxies may keep the page but must ask (ETag) before reusing it. */
function cacheHeaders(etag: string, lastModified: string): Record<string, string> {
  return {
    etag,
    'last-modified': lastModified,
    'cache-control': 'public, max-age=0, must-revalidate',
    vary: 'Accept-Encoding, Cookie',
  };
}

// Set per request by Fastify, never part of a kept answer.
const PER_REQUEST = new Set(['content-length', 'content-encoding', 'x-request-id', 'x-cache']);

/**
 * Builds a cache entry from the answer Fastify was about to send: the headers every hook set
 * (security headers, content type) are kept with the bytes, so a hit adds nothing per request.
 */
function entryOf(plain: Buffer, headers: Record<string, unknown>): Entry {
  const etag = `"${createHash('sha1').update(plain).digest('base64url')}"`;
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    if (!PER_REQUEST.has(name) && value !== undefined) kept[name] = String(value);
  const lastModified = new Date().toUTCString();
  const common = { ...kept, ...cacheHeaders(etag, lastModified), 'x-cache': 'hit' };
  const variant = (body: Buffer, encoding: string | null): Variant => {
    const head = { ...common, 'content-length': String(body.length) };
    return {
      body,
      head: Object.entries(encoding ? { ...head, 'content-encoding': encoding } : head).flat(),
    };
  };
  const gzip = gzipSync(plain, { level: 6 });
  const br = brotliCompressSync(plain, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
  const notModified = Object.entries(common)
    .filter(([name]) => name !== 'content-type')
    .flat();
  return {
    etag,
    lastModified,
    plain: variant(plain, null),
    gzip: variant(gzip, 'gzip'),
    br: variant(br, 'br'),
    notModified,
    bytes: plain.length + gzip.length + br.length,
  };
}

/** Answers a request from the page cache; false when it cannot (the app answers it then). */
export type CachedAnswers = (req: IncomingMessage, res: ServerResponse) => boolean;

/**
 * Answers a kept page from Node's request and response, before any routing, hook or plugin: a
 * hit only checks that the reader is anonymous, that no other instance wrote, and the ETag. It
 * returns false when the page is not kept; the request then goes through Fastify as usual.
 */
export function cachedAnswers(cache: PageCache, options: PageCacheOptions): CachedAnswers {
  return (req, res) => {
    const url = req.url;
    if (!url || !anonymous(req.method, req.headers) || UNCACHED_PATH(url)) return false;
    if (options.changed?.()) cache.clear();
    const e = cache.get(cacheKey(url));
    if (!e) return false;
    cache.hits++;
    const match = req.headers['if-none-match'];
    if (match && match.split(',').some((m) => m.trim() === e.etag)) {
      res.writeHead(304, e.notModified);
      res.end();
      return true;
    }
    const encoding = encodingFor(req.headers);
    const v = encoding === 'br' ? e.br : encoding === 'gzip' ? e.gzip : e.plain;
    res.writeHead(200, v.head);
    res.end(req.method === 'HEAD' ? undefined : v.body);
    return true;
  };
}

/**
 * Caches anonymous pages and compresses HTML answers. Hits are answered by `answer` (also given
 * to the HTTP server, see buildApp); this hook answers them for requests injected in tests.
 */
export function installPageCache(
  app: FastifyInstance,
  cache: PageCache,
  answer: CachedAnswers,
  options: PageCacheOptions = {},
): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!cacheable(request)) return;
    if (answer(request.raw, reply.raw)) return reply.hijack();
    cache.misses++;
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const type = String(reply.getHeader('content-type') ?? '');
    if (!type.startsWith('text/html') || reply.getHeader('content-encoding')) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const plain = Buffer.from(payload);
    // A page that says it is private (a guest's status page, the queue) is never kept.
    const privatePage = /\b(?:private|no-store)\b/.test(
      String(reply.getHeader('cache-control') ?? ''),
    );
    const encoding = encodingFor(request.headers);
    if (
      cacheable(request) &&
      reply.statusCode === 200 &&
      !reply.getHeader('set-cookie') &&
      !privatePage
    ) {
      const entry = entryOf(plain, reply.getHeaders());
      cache.set(cacheKey(request.url), entry);
      reply.headers(cacheHeaders(entry.etag, entry.lastModified)).header('x-cache', 'miss');
      if (!encoding) return plain;
      reply.header('content-encoding', encoding);
      return encoding === 'br' ? entry.br.body : entry.gzip.body;
    }
    // Pages for signed-in readers are not cached but still compressed.
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
