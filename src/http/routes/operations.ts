import type { FastifyInstance } from 'fastify';
import type { PoolStats } from '../../model/operations.js';
import { checkDatabase } from '../../domain/operations/index.js';
import type { Metrics } from '../metrics.js';
import type { RouteDeps } from '../context.js';

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

  app.get('/metrics', async (_request, reply) => {
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
