import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { PoolStats } from '../../model/operations.js';
import { checkDatabase } from '../../domain/operations/index.js';
import type { Metrics } from '../metrics.js';
import type { RouteDeps } from '../context.js';

const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/**
 * Why /metrics is refused, or null: with METRICS_TOKEN set, every request needs it as a bearer
 * token; without it, only requests from this machine are answered (the socket's address, so a
 * proxy on the same machine must set the token).
 */
function metricsRefused(
  request: FastifyRequest,
  token: string | null,
): { status: number; title: string; detail: string } | null {
  if (token) {
    const given = Buffer.from(
      /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? '',
    );
    const wanted = Buffer.from(token);
    if (given.length === wanted.length && timingSafeEqual(given, wanted)) return null;
    return {
      status: 401,
      title: 'Unauthorized',
      detail: 'Send the metrics token as a bearer token.',
    };
  }
  if (LOOPBACK.test(request.socket.remoteAddress ?? '')) return null;
  return {
    status: 403,
    title: 'Forbidden',
    detail: 'Metrics are answered on this machine only, unless METRICS_TOKEN is set.',
  };
}

/**
 * For load balancers and monitoring: /healthz (the process answers), /readyz (and its database
 * does), /metrics (Prometheus). No session, no HTML, never cached.
 */
export function registerOperationsRoutes(
  app: FastifyInstance,
  deps: RouteDeps,
  metrics: Metrics,
  pool: () => PoolStats,
): void {
  const noStore = { 'cache-control': 'no-store' };
  app.get('/healthz', async (_request, reply) => reply.headers(noStore).send({ status: 'ok' }));

  app.get('/readyz', async (_request, reply) => {
    const started = performance.now();
    const problem = await checkDatabase(deps.store);
    if (problem) {
      return reply
        .code(503)
        .headers(noStore)
        .type('application/problem+json')
        .send({
          type: 'about:blank',
          title: 'Not ready',
          status: 503,
          detail: `The database does not answer: ${problem}`,
        });
    }
    return reply
      .headers(noStore)
      .send({ status: 'ready', database_ms: Math.round((performance.now() - started) * 10) / 10 });
  });

  app.get('/metrics', async (request, reply) => {
    const problem = metricsRefused(request, deps.settings.metricsToken);
    if (problem)
      return reply
        .code(problem.status)
        .headers({
          ...noStore,
          ...(problem.status === 401 ? { 'www-authenticate': 'Bearer' } : {}),
        })
        .type('application/problem+json')
        .send({ type: 'about:blank', ...problem });
    const p = pool();
    const memory = process.memoryUsage();
    return reply
      .headers(noStore)
      .type('text/plain; version=0.0.4')
      .send(
        metrics.render({
          remedex_db_pool_size: { help: 'Database connections open.', value: p.size },
          remedex_db_pool_idle: { help: 'Database connections idle.', value: p.idle },
          remedex_db_pool_waiting: { help: 'Queries waiting for a connection.', value: p.waiting },
          remedex_process_resident_memory_bytes: { help: 'Resident memory.', value: memory.rss },
          remedex_process_heap_used_bytes: { help: 'V8 heap in use.', value: memory.heapUsed },
          remedex_process_external_bytes: {
            help: 'Memory outside the V8 heap held by JS objects (Buffers).',
            value: memory.external,
          },
        }),
      );
  });
}
