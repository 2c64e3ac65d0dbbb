import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  bulkApprove,
  moderateReport,
  dismissFlags,
  moderateCondition,
  moderatePost,
  moderationLog,
  moderationQueue,
} from '../../domain/moderation/index.js';
import { requireModerator } from '../../domain/accounts/index.js';
import { transaction, InvalidInput } from '../../domain/common/index.js';
import { moderationLogPage, moderationPage } from '../../views/pages/moderation.js';
import { type RouteDeps, html, pageContext, safeNext } from '../context.js';
import { orFormError } from '../forms.js';
import { parseId, parseListQuery } from '../params.js';
import { setNotice } from '../session.js';

type IdParams = { Params: { id: string } };
const body = (request: FastifyRequest) => (request.body ?? {}) as Record<string, unknown>;

/** Every /moderate route is registered inside this scope, behind its one guard. */
export function registerModerationRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { store, now } = deps;

  app.get('/moderation-log', async (request, reply) => {
    const q = parseListQuery(request.query);
    return html(
      reply,
      moderationLogPage(await moderationLog(store, q.page), await pageContext(request, reply)),
    );
  });

  app.register(
    async (scope) => {
      scope.addHook('onRequest', async (request, reply) => {
        if (!request.viewer && request.method === 'GET') {
          return reply.redirect(`/signin?next=${encodeURIComponent(request.url)}`, 303);
        }
        requireModerator(request.viewer);
      });

      async function act(
        request: FastifyRequest,
        reply: FastifyReply,
        work: () => Promise<unknown>,
      ) {
        const result = await orFormError(() => work());
        if (result instanceof InvalidInput) {
          const queue = await moderationQueue(store, request.viewer);
          return html(
            reply,
            moderationPage(queue, await pageContext(request, reply), result.fields),
            422,
          );
        }
        setNotice(reply, 'moderated');
        // Tools on a report's own page send the moderator back there.
        const back = safeNext(body(request).back);
        return reply.redirect(back === '/' ? '/moderate' : back, 303);
      }
      const guarded = { preHandler: [scope.csrfProtection] };

      scope.get('/', async (request, reply) => {
        reply.header('cache-control', 'private, no-store');
        return html(
          reply,
          moderationPage(
            await moderationQueue(store, request.viewer),
            await pageContext(request, reply),
          ),
        );
      });

      scope.post<IdParams>('/reports/:id', guarded, (request, reply) =>
        act(request, reply, () =>
          transaction(store, (trx) =>
            moderateReport(
              trx,
              request.viewer,
              parseId(request.params.id, 'REPORT_NOT_FOUND'),
              body(request),
              now(),
            ),
          ),
        ),
      );

      scope.post('/bulk-approve', guarded, (request, reply) => {
        const raw = body(request).ids;
        const ids = (Array.isArray(raw) ? raw : [raw])
          .filter((v): v is string => typeof v === 'string' && /^\d+$/.test(v))
          .map(Number);
        return act(request, reply, () =>
          transaction(store, (trx) => bulkApprove(trx, request.viewer, ids, now())),
        );
      });

      for (const [path, kind] of [
        ['replies', 'reply'],
        ['follow-ups', 'follow_up'],
        ['edits', 'edit'],
      ] as const)
        scope.post<IdParams>(`/${path}/:id`, guarded, (request, reply) =>
          act(request, reply, () =>
            transaction(store, (trx) =>
              moderatePost(
                trx,
                request.viewer,
                kind,
                parseId(request.params.id, 'REPORT_NOT_FOUND'),
                body(request),
                now(),
              ),
            ),
          ),
        );

      scope.post<IdParams>('/conditions/:id', guarded, (request, reply) =>
        act(request, reply, () =>
          transaction(store, (trx) =>
            moderateCondition(
              trx,
              request.viewer,
              parseId(request.params.id, 'REPORT_NOT_FOUND'),
              body(request),
              now(),
            ),
          ),
        ),
      );

      scope.post<{ Params: { type: string; id: string } }>(
        '/flags/:type/:id',
        guarded,
        (request, reply) => {
          const type = request.params.type === 'reply' ? 'reply' : 'report';
          return act(request, reply, () =>
            transaction(store, (trx) =>
              dismissFlags(
                trx,
                request.viewer,
                type,
                parseId(request.params.id, 'REPORT_NOT_FOUND'),
                now(),
              ),
            ),
          );
        },
      );
    },
    { prefix: '/moderate' },
  );
}
