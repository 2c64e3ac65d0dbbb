import type { FastifyInstance } from 'fastify';
import { reportForAuthor, reportFormData, submitReport } from '../../domain/reports/index.js';
import { transaction, InvalidInput } from '../../domain/common/index.js';
import type { FormState } from '../../views/components/form.js';
import { reportFormPage, reportStatusPage } from '../../views/pages/contribute.js';
import { urls } from '../../views/urls.js';
import { setNotice } from '../session.js';
import { type RouteDeps, html, pageContext } from '../context.js';
import { formState, isBot, orFormError } from '../forms.js';
import { changedNothing } from '../page-cache.js';
import { accountKey, limit } from '../limits.js';
import { parseId, parseSlug } from '../params.js';

type SlugParams = { Params: { slug: string }; Querystring: { condition?: string } };
type StatusParams = { Params: { id: string }; Querystring: { token?: string } };

export function registerContributionRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { store, now } = deps;

  async function renderForm(
    request: Parameters<typeof pageContext>[0],
    reply: Parameters<typeof pageContext>[1],
    slug: string,
    state: FormState,
    status = 200,
  ) {
    const data = await reportFormData(store, slug);
    return html(
      reply,
      reportFormPage(
        { remedy: data.remedy, conditions: data.conditions, state },
        await pageContext(request, reply, true),
      ),
      status,
    );
  }

  app.get<SlugParams>('/remedies/:slug/reports/new', async (request, reply) => {
    const slug = parseSlug(request.params.slug, 'REMEDY_NOT_FOUND');
    const condition = typeof request.query.condition === 'string' ? request.query.condition : '';
    return renderForm(request, reply, slug, { values: { condition }, errors: {} });
  });

  app.post<SlugParams>(
    '/remedies/:slug/reports',
    {
      preHandler: [
        limit(app, 'report:ip', 10, 60),
        limit(app, 'report:account', 20, 60 * 24, accountKey),
        app.csrfProtection,
      ],
    },
    async (request, reply) => {
      const slug = parseSlug(request.params.slug, 'REMEDY_NOT_FOUND');
      if (isBot(request)) {
        changedNothing(request);
        return reply.redirect(urls.remedy(slug), 303);
      }
      const result = await orFormError(() =>
        transaction(store, (trx) =>
          submitReport(trx, request.viewer, slug, request.body, deps.settings, now()),
        ),
      );
      if (result instanceof InvalidInput)
        return renderForm(request, reply, slug, formState(request, result), 422);
      if (result.askedForMail) setNotice(reply, 'mail-confirm-sent');
      return reply.redirect(
        `/reports/${result.id}/status?token=${encodeURIComponent(result.statusToken)}`,
        303,
      );
    },
  );

  app.get<StatusParams>('/reports/:id/status', async (request, reply) => {
    const id = parseId(request.params.id, 'REPORT_NOT_FOUND');
    const token = typeof request.query.token === 'string' ? request.query.token : undefined;
    const report = await reportForAuthor(store, id, token, request.viewer);
    const statusUrl = `${deps.settings.publicUrl}/reports/${id}/status${token ? `?token=${encodeURIComponent(token)}` : ''}`;
    reply.header('cache-control', 'private, no-store');
    return html(reply, reportStatusPage(report, statusUrl, await pageContext(request, reply)));
  });
}
