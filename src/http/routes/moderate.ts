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
import { type NoticeKey, notices, setCountNotice, setNotice, setReportNotice } from '../session.js';

type IdParams = { Params: { id: string } };
const body = (request: FastifyRequest) => (request.body ?? {}) as Record<string, unknown>;

/** Every /moderate route is registered inside this scope, behind its one guard. */
export function registerModerationRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get('/moderation-log', async (request, reply) => {
    const q = parseListQuery(request.query);
    return html(
      reply,
      moderationLogPage(await moderationLog(deps.store, q.page), await pageContext(request, reply)),
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
      scope.get('/', async (request, reply) => {
        reply.header('cache-control', 'private, no-store');
        return html(
          reply,
          moderationPage(
            await moderationQueue(deps.store, request.viewer),
            await pageContext(request, reply),
          ),
        );
      });
      decisionRoutes(scope, deps);
    },
    { prefix: '/moderate' },
  );
}

type Act = <T>(
  request: FastifyRequest,
  reply: FastifyReply,
  work: () => Promise<T>,
  confirm?: (done: T) => void,
) => Promise<FastifyReply>;

/** Runs a decision; bad input re-renders the queue with the errors, success goes back. */
function actor(deps: RouteDeps): Act {
  return async (request, reply, work, confirm) => {
    const result = await orFormError(() => work());
    if (result instanceof InvalidInput) {
      const queue = await moderationQueue(deps.store, request.viewer);
      return html(
        reply,
        moderationPage(queue, await pageContext(request, reply), result.fields),
        422,
      );
    }
    if (confirm) confirm(result);
    else setNotice(reply, 'moderated');
    // Tools on a report's own page send the moderator back there.
    const back = safeNext(body(request).back);
    return reply.redirect(back === '/' ? '/moderate' : back, 303);
  };
}

/** The moderators' decisions: on reports, the posts under them, conditions and flags. */
function decisionRoutes(scope: FastifyInstance, deps: RouteDeps): void {
  const { store, now } = deps;
  const act = actor(deps);
  const guarded = { preHandler: [scope.csrfProtection] };

  scope.post<IdParams>('/reports/:id', guarded, (request, reply) => {
    const id = parseId(request.params.id, 'REPORT_NOT_FOUND');
    return act(
      request,
      reply,
      () =>
        transaction(store, (trx) => moderateReport(trx, request.viewer, id, body(request), now())),
      (decision) => setReportNotice(reply, decision, id),
    );
  });

  scope.post('/bulk-approve', guarded, (request, reply) => {
    const raw = body(request).ids;
    const ids = (Array.isArray(raw) ? raw : [raw])
      .filter((v): v is string => typeof v === 'string' && /^\d+$/.test(v))
      .map(Number);
    return act(
      request,
      reply,
      () => transaction(store, (trx) => bulkApprove(trx, request.viewer, ids, now())),
      (n) => setCountNotice(reply, 'bulk-approved', n),
    );
  });

  postDecisionRoutes(scope, deps);
}

/** Decisions on the posts under reports, on proposed conditions and on flags. */
function postDecisionRoutes(scope: FastifyInstance, deps: RouteDeps): void {
  const { store, now } = deps;
  const act = actor(deps);
  const guarded = { preHandler: [scope.csrfProtection] };

  for (const [path, kind, missing] of [
    ['replies', 'reply', 'REPLY_NOT_FOUND'],
    ['updates', 'update', 'UPDATE_NOT_FOUND'],
    ['edits', 'edit', 'REPORT_NOT_FOUND'],
  ] as const)
    scope.post<IdParams>(`/${path}/:id`, guarded, (request, reply) =>
      act(
        request,
        reply,
        () =>
          transaction(store, (trx) =>
            moderatePost(
              trx,
              request.viewer,
              kind,
              parseId(request.params.id, missing),
              body(request),
              now(),
            ),
          ),
        () => setNotice(reply, postNotice(kind, body(request).action)),
      ),
    );

  scope.post<IdParams>('/conditions/:id', guarded, (request, reply) =>
    act(
      request,
      reply,
      () =>
        transaction(store, (trx) =>
          moderateCondition(
            trx,
            request.viewer,
            parseId(request.params.id, 'CONDITION_NOT_FOUND'),
            body(request),
            now(),
          ),
        ),
      () =>
        setNotice(
          reply,
          body(request).action === 'accept' ? 'condition-accept' : 'condition-reject',
        ),
    ),
  );

  scope.post<{ Params: { type: string; id: string } }>(
    '/flags/:type/:id',
    guarded,
    (request, reply) => {
      const type = request.params.type === 'reply' ? 'reply' : 'report';
      return act(
        request,
        reply,
        () =>
          transaction(store, (trx) =>
            dismissFlags(
              trx,
              request.viewer,
              type,
              parseId(request.params.id, type === 'reply' ? 'REPLY_NOT_FOUND' : 'REPORT_NOT_FOUND'),
              now(),
            ),
          ),
        () => setNotice(reply, 'flags-dismissed'),
      );
    },
  );
}

/** The confirmation of a decision on a reply, an update or an edit (the domain checked the action). */
function postNotice(kind: 'reply' | 'update' | 'edit', action: unknown): NoticeKey {
  const key = `${kind}-${String(action)}`;
  return Object.hasOwn(notices, key) ? (key as NoticeKey) : 'moderated';
}
