import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { Redis } from 'ioredis';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { TrustProxy } from '../config.js';
import { cleanInput, type Store } from '../domain/common/index.js';
import { type Mailer, createMailer } from '../mail/mailer.js';
import { registerMailRoutes } from './routes/mail.js';
import { registerSiteFiles } from './routes/site-files.js';
import { registerApi } from './api/plugin.js';
import { registerFeedRoutes } from './routes/feeds.js';
import { registerSitemap } from './routes/sitemap.js';
import { registerDataRoutes } from './routes/data.js';
import { registerSitePages } from './routes/site-pages.js';
import type { RouteDeps, Settings } from './context.js';
import { installErrorHandlers } from './errors.js';
import { redisRateStore } from './limits.js';
import { registerMyAccountRoutes } from './routes/my-account.js';
import { registerAccountRoutes } from './routes/accounts.js';
import { registerAdminRoutes } from './routes/admin.js';
import { registerContributionRoutes } from './routes/contribute.js';
import { registerConversationRoutes } from './routes/conversation.js';
import { registerModerationRoutes } from './routes/moderate.js';
import type { PoolStats } from '../model/operations.js';
import { Metrics, installMetrics } from './metrics.js';
import {
  type CachedAnswers,
  type PageCache,
  cachedAnswers,
  installPageCache,
} from './page-cache.js';
import { registerOperationsRoutes } from './routes/operations.js';
import { Renderer } from './render/renderer.js';
import { registerPageRoutes } from './routes/pages.js';
import { registerSearchRoutes } from './routes/search.js';
import { installSecurityHeaders } from './security-headers.js';
import { installSessions } from './session.js';

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: { method: string; url: string }[];
    rateLimitFactor: number;
    /** Cookies carry Secure when the site is served over https (PUBLIC_URL). */
    secureCookies: boolean;
    /** The site's address as readers reach it (PUBLIC_URL). */
    publicUrl: string;
  }
}

export interface AppDeps {
  db: Store;
  logger?: FastifyServerOptions['logger'];
  settings?: Partial<Settings>;
  /** Sends mail; default: SMTP from `mail`, or the log when there is no SMTP_URL. */
  mailer?: Mailer;
  mail?: { smtpUrl: string | null; from: string };
  /** The clock; tests move it to expire tokens and edit windows. */
  now?: () => Date;
  /** The database's connection counts, for /metrics. */
  pool?: () => PoolStats;
  /** Rate limits shared by every instance (REDIS_URL); in memory when absent. */
  redis?: Redis;
  redisNameSpace?: string;
  /** The anonymous page cache (off unless given: tests read fresh pages). */
  pageCache?: { cache: PageCache; changed?: () => boolean; onLocalWrite?: () => void };
  metrics?: Metrics;
  /** Proxies whose X-Forwarded-For names the reader (TRUST_PROXY); none by default. */
  trustProxy?: TrustProxy;
  /** When cards rendered for pages are stored: after each answer (default), or on flush only (tests). */
  cardWrites?: 'after-answer' | 'on-flush';
}

const defaults: Settings = {
  publicUrl: 'http://localhost:3000',
  trustedPostCount: 3,
  editWindowMinutes: 1440,
  insightMinReports: 5,
  rateLimitFactor: 1,
  metricsToken: null,
  openDataLicense: 'CC-BY-4.0',
  contactEmail: null,
};
const publicDir = fileURLToPath(new URL('../../public/', import.meta.url));

/**
 * Fastify trusts nothing for a bare hop count (a client that reaches the app directly could forge
 * the header), so a count is given as a function trusting the socket and the next n-1 hops: the
 * operator chose it knowing that only the proxies can reach the port.
 */
const proxyTrust = (trust: TrustProxy) =>
  typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust;

/** Security headers, cookies, forms, CSRF, rate limits and static files. */
async function installPlugins(app: FastifyInstance, deps: AppDeps, https: boolean): Promise<void> {
  installSecurityHeaders(app, https);
  await app.register(cookie);
  await app.register(formbody);
  await app.register(csrf, {
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'lax', secure: https },
  });
  // Limits are declared per route (sign-up, sign-in, reset, submissions), none globally.
  await app.register(rateLimit, {
    global: false,
    ...(deps.redis
      ? { store: redisRateStore(deps.redis, deps.redisNameSpace ?? 'remedex-rate:') }
      : {}),
  });
  await app.register(fastifyStatic, { root: publicDir, prefix: '/static/', maxAge: '1h' });
}

/** What every answer carries and every request goes through: ids, headers, clean text. */
function installEdges(app: FastifyInstance): void {
  // Hooks in callback style: each async hook cost a promise on every request.
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });
  // The edge for text: no control character, bidi override or lone surrogate reaches a handler,
  // whichever form, query or JSON body it came in.
  app.addHook('preValidation', (request, _reply, done) => {
    request.query = cleanInput(request.query);
    if (request.body !== undefined) request.body = cleanInput(request.body);
    done();
  });
}

/** The anonymous page cache and its gauges. */
function installCache(
  app: FastifyInstance,
  deps: AppDeps,
  metrics: Metrics,
  answer: CachedAnswers | null,
): void {
  if (!deps.pageCache || !answer) return;
  const { cache, ...options } = deps.pageCache;
  installPageCache(app, cache, answer, options);
  metrics.gauge('remedex_page_cache_hits_total', 'Pages served from the cache.', () => cache.hits);
  metrics.gauge('remedex_page_cache_misses_total', 'Cacheable pages rendered.', () => cache.misses);
  metrics.gauge('remedex_page_cache_entries', 'Pages in the cache.', () => cache.size);
}

/**
 * Rendered output kept between requests has one owner per app; cards it rendered for a page are
 * stored after the answer has gone, and whatever is left when the app closes.
 */
function installRenderer(app: FastifyInstance, deps: AppDeps, store: Store): Renderer {
  const renderer = new Renderer(store, app.log);
  app.decorate('renderer', renderer);
  if (deps.cardWrites !== 'on-flush')
    app.addHook('onResponse', (_request, _reply, done) => {
      void renderer.flush();
      done();
    });
  app.addHook('onClose', async () => renderer.flush());
  return renderer;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** The HTTP server, asking the page cache before Fastify; with Fastify's own keep-alive default. */
function cacheFirstServer(answer: CachedAnswers, handler: Handler): Server {
  const server = createServer((req, res) => {
    if (!answer(req, res)) handler(req, res);
  });
  server.keepAliveTimeout = 72_000;
  return server;
}

/** Builds the app without listening: main.ts listens, tests use app.inject(). */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const answer = deps.pageCache ? cachedAnswers(deps.pageCache.cache, deps.pageCache) : null;
  const app = Fastify({
    // A kept page is answered before Fastify routes the request: no hook, plugin or header is
    // built per hit (measured: the hooks cost most of a hit; docs/PERFORMANCE.md).
    ...(answer ? { serverFactory: (handler: Handler) => cacheFirstServer(answer, handler) } : {}),
    logger: deps.logger ?? false,
    // Every request has an id in the logs and in the X-Request-Id answer header; a proxy's own id
    // is kept when it looks like one.
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    },
    // Trailing slashes and doubled slashes reach the same page rather than a 404.
    routerOptions: { ignoreTrailingSlash: true, ignoreDuplicateSlashes: true },
    bodyLimit: 256 * 1024,
    // request.ip (and so every rate limit) is the socket's address unless the operator names the
    // proxies in front; then it is the first address in X-Forwarded-For that they did not add.
    trustProxy: proxyTrust(deps.trustProxy ?? false),
  });
  const settings = { ...defaults, ...deps.settings };
  const routeDeps: RouteDeps = {
    store: deps.db,
    settings,
    mailer:
      deps.mailer ??
      createMailer(deps.mail?.smtpUrl ?? null, deps.mail?.from ?? 'Remedex', app.log),
    now: deps.now ?? (() => new Date()),
  };
  const https = settings.publicUrl.startsWith('https:');
  await installPlugins(app, deps, https);
  // The route table, so a test can prove every /moderate and /admin route sits behind its guard.
  const routeTable: { method: string; url: string }[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routeTable.push({ method, url: route.url });
  });
  app.decorate('routeTable', routeTable);
  app.decorate('rateLimitFactor', settings.rateLimitFactor);
  app.decorate('secureCookies', https);
  app.decorate('publicUrl', settings.publicUrl);
  const metrics = deps.metrics ?? new Metrics();
  installMetrics(app, metrics);
  installEdges(app);
  registerOperationsRoutes(
    app,
    routeDeps,
    metrics,
    deps.pool ?? (() => ({ size: 1, idle: 1, waiting: 0 })),
  );
  app.decorateRequest('changedNothing', false);
  installCache(app, deps, metrics, answer);
  installSessions(app, routeDeps.store, routeDeps.now);
  installErrorHandlers(app);
  registerPageRoutes(app, routeDeps, installRenderer(app, deps, routeDeps.store));
  registerAccountRoutes(app, routeDeps);
  registerMyAccountRoutes(app, routeDeps);
  registerContributionRoutes(app, routeDeps);
  registerModerationRoutes(app, routeDeps);
  registerConversationRoutes(app, routeDeps);
  registerAdminRoutes(app, routeDeps);
  registerSearchRoutes(app, routeDeps);
  registerMailRoutes(app, routeDeps);
  registerSiteFiles(app, settings.publicUrl);
  registerSitemap(app, routeDeps);
  registerDataRoutes(app, routeDeps);
  registerSitePages(app, routeDeps);
  await registerApi(app, routeDeps);
  await registerFeedRoutes(app, routeDeps);
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's rendered-output owner (tests flush its card writes). */
    renderer: Renderer;
  }
}
