import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerHookHandler } from 'fastify';
import {
  addUpdate,
  addReply,
  editReport,
  editState,
  flagPost,
  markHelpful,
  undoHelpful,
  viewerVote,
  getReport,
} from '../../domain/reports/index.js';
import { factsForReport } from '../../domain/insight/index.js';
import { moveTargets } from '../../domain/moderation/index.js';
import { isModerator } from '../../domain/accounts/index.js';
import { transaction, InvalidInput } from '../../domain/common/index.js';
import type { FormState } from '../../views/components/form.js';
import { errorPage } from '../../views/pages/posts.js';
import { type ReportPageExtras, noExtras } from '../../views/pages/report-tools.js';
import { editReportPage, reportPage } from '../../views/pages/report.js';
import { urls } from '../../views/urls.js';
import { type RouteDeps, html, pageContext } from '../context.js';
import { formState, isBot, orFormError } from '../forms.js';
import { changedNothing } from '../page-cache.js';
import { accountKey, limit } from '../limits.js';
import { parseId } from '../params.js';
import { setNotice } from '../session.js';

type IdParams = { Params: { id: string } };

/** A report's page and everything readers do on it: reply, update, edit, vote, flag. */
export function registerConversationRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const posting = [
    limit(app, 'post:ip', 20, 60),
    limit(app, 'post:account', 60, 60 * 24, accountKey),
    app.csrfProtection,
  ];
  const renderReport = reportRenderer(deps);
  app.get<IdParams>('/reports/:id', async (request, reply) =>
    renderReport(request, reply, parseId(request.params.id, 'REPORT_NOT_FOUND')),
  );
  replyRoutes(app, deps, posting, renderReport);
  editRoutes(app, deps, posting, renderReport);
  reactionRoutes(app, deps, renderReport);
}

type RenderReport = ReturnType<typeof reportRenderer>;
type Guards = FastifyInstance['csrfProtection'][];
const state = (request: FastifyRequest, error: InvalidInput): FormState =>
  formState(request, error);

/** Renders a report's page with the forms and tools this viewer sees on it. */
function reportRenderer(deps: RouteDeps) {
  const { store, now, settings } = deps;
  return async function renderReport(
    request: FastifyRequest,
    reply: FastifyReply,
    id: number,
    forms: Partial<ReportPageExtras> = {},
    status = 200,
  ) {
    const report = await getReport(store, id);
    const viewer = request.viewer;
    const isAuthor = viewer !== null && report.author.userId === viewer.id;
    const extras: ReportPageExtras = {
      ...noExtras,
      ...forms,
      isAuthor,
      vote: await viewerVote(store, viewer, id),
      edit: isAuthor ? await editState(store, viewer, id, settings, now()) : null,
      moderation: isModerator(viewer) ? await moveTargets(store, viewer) : null,
      facts: await factsForReport(store, id),
    };
    return html(reply, reportPage(report, await pageContext(request, reply, true), extras), status);
  };
}

/** Replies and the author's updates ("did it last?"). */
function replyRoutes(
  app: FastifyInstance,
  deps: RouteDeps,
  posting: Guards,
  renderReport: RenderReport,
): void {
  const { store, now, settings } = deps;
  app.post<IdParams>('/reports/:id/replies', { preHandler: posting }, async (request, reply) => {
    const id = parseId(request.params.id, 'REPORT_NOT_FOUND');
    if (isBot(request)) {
      changedNothing(request);
      return reply.redirect(urls.report(id), 303);
    }
    const result = await orFormError(() =>
      transaction(store, (trx) => addReply(trx, request.viewer, id, request.body, settings, now())),
    );
    if (result instanceof InvalidInput)
      return renderReport(request, reply, id, { reply: state(request, result) }, 422);
    setNotice(reply, result === 'approved' ? 'reply-published' : 'reply-pending');
    return reply.redirect(urls.report(id), 303);
  });

  // The second address is the form's before updates were named so: pages loaded earlier still post.
  for (const path of ['/reports/:id/updates', '/reports/:id/follow-ups'])
    app.post<IdParams>(path, { preHandler: posting }, async (request, reply) => {
      const id = parseId(request.params.id, 'REPORT_NOT_FOUND');
      const result = await orFormError(() =>
        transaction(store, (trx) =>
          addUpdate(trx, request.viewer, id, request.body, settings, now()),
        ),
      );
      if (result instanceof InvalidInput)
        return renderReport(request, reply, id, { update: state(request, result) }, 422);
      setNotice(reply, result === 'approved' ? 'update-added' : 'reply-pending');
      return reply.redirect(urls.report(id), 303);
    });
}

/** The author's edits of their report. */
function editRoutes(
  app: FastifyInstance,
  deps: RouteDeps,
  posting: Guards,
  renderReport: RenderReport,
): void {
  const { store, now, settings } = deps;
  app.get<IdParams>('/reports/:id/edit', async (request, reply) => {
    const id = parseId(request.params.id, 'REPORT_NOT_FOUND');
    const edit = await editState(store, request.viewer, id, settings, now());
    if (!request.viewer)
      return reply.redirect(`/signin?next=${encodeURIComponent(request.url)}`, 303);
    if (!edit.canEdit) return renderReport(request, reply, id, {}, 403);
    const report = await getReport(store, id).catch(() => null);
    if (!report) return reply.redirect(`/reports/${id}/status`, 303);
    return html(
      reply,
      editReportPage(
        report,
        { values: {}, errors: {} },
        edit,
        await pageContext(request, reply, true),
      ),
    );
  });

  app.post<IdParams>('/reports/:id/edit', { preHandler: posting }, async (request, reply) => {
    const id = parseId(request.params.id, 'REPORT_NOT_FOUND');
    const result = await orFormError(() =>
      transaction(store, (trx) =>
        editReport(trx, request.viewer, id, request.body, settings, now()),
      ),
    );
    if (result instanceof InvalidInput) {
      const report = await getReport(store, id);
      const edit = await editState(store, request.viewer, id, settings, now());
      return html(
        reply,
        editReportPage(
          report,
          state(request, result),
          edit,
          await pageContext(request, reply, true),
        ),
        422,
      );
    }
    setNotice(reply, result === 'waiting' ? 'edit-waiting' : 'report-updated');
    return reply.redirect(result === 'pending' ? `/reports/${id}/status` : urls.report(id), 303);
  });
}

/** Helpful votes and flags. */
function reactionRoutes(app: FastifyInstance, deps: RouteDeps, renderReport: RenderReport): void {
  const { store, now } = deps;
  // Anonymous readers see the buttons too: a vote from them asks them to sign in first and brings
  // them back to the report (nothing is recorded, so no token is needed for that).
  const signInFirst: preHandlerHookHandler = async (request, reply) => {
    if (request.viewer) return;
    const id = parseId((request.params as { id: string }).id, 'REPORT_NOT_FOUND');
    setNotice(reply, 'sign-in-to-vote');
    return reply.redirect(`/signin?next=${encodeURIComponent(`${urls.report(id)}#vote`)}`, 303);
  };
  app.post<IdParams>(
    '/reports/:id/helpful',
    {
      preHandler: [
        limit(app, 'vote:account', 200, 60, accountKey),
        signInFirst,
        app.csrfProtection,
      ],
    },
    async (request, reply) => {
      const id = parseId(request.params.id, 'REPORT_NOT_FOUND');
      // The buttons send vote=yes, vote=no or vote=undo; anything else counts as helpful.
      const vote = (request.body as { vote?: unknown } | undefined)?.vote;
      if (vote === 'undo') {
        await transaction(store, (trx) => undoHelpful(trx, request.viewer, id));
        setNotice(reply, 'vote-undone');
      } else {
        const helpful = vote !== 'no';
        await transaction(store, (trx) => markHelpful(trx, request.viewer, id, now(), helpful));
        setNotice(reply, helpful ? 'marked-helpful' : 'marked-unhelpful');
      }
      return reply.redirect(`${urls.report(id)}#vote`, 303);
    },
  );

  for (const type of ['report', 'reply'] as const) {
    app.post<IdParams>(
      `/${type === 'report' ? 'reports' : 'replies'}/:id/flag`,
      { preHandler: [limit(app, 'flag:ip', 20, 60), app.csrfProtection] },
      async (request, reply) => {
        const id = parseId(
          request.params.id,
          type === 'reply' ? 'REPLY_NOT_FOUND' : 'REPORT_NOT_FOUND',
        );
        const result = await orFormError(() =>
          transaction(store, (trx) => flagPost(trx, request.viewer, type, id, request.body, now())),
        );
        if (result instanceof InvalidInput) {
          if (type === 'report')
            return renderReport(request, reply, id, { flag: state(request, result) }, 422);
          const message = `${Object.values(result.fields).join(' ')} Go back and try again.`;
          return html(
            reply,
            errorPage(
              { status: 422, title: 'The flag was not sent', message },
              await pageContext(request, reply),
            ),
            422,
          );
        }
        setNotice(reply, 'flagged');
        return reply.redirect(urls.report(result), 303);
      },
    );
  }
}
