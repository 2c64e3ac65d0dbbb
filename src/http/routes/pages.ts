import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  getConditionPage,
  getHome,
  getLatestReports,
  listConditionsByCategory,
  listRemedies,
} from '../../domain/listings.js';
import { conditionMovedTo } from '../../domain/editing.js';
import { storeReportCards } from '../../domain/cards.js';
import { type RemedyReports, getRemedyReports } from '../../domain/remedy-page.js';
import { RemedyPages } from '../../domain/remedy-meta.js';
import { CardBytes, cardFormat, keepCards } from '../../views/components/report.js';
import { getProfile } from '../../domain/reports.js';
import {
  conditionPage,
  conditionsPage,
  homePage,
  latestPage,
  remediesPage,
} from '../../views/pages/listings.js';
import { userPage } from '../../views/pages/posts.js';
import { remedyPage } from '../../views/pages/remedy.js';
import { urls } from '../../views/urls.js';
import { type RouteDeps, html, pageContext } from '../context.js';
import { type ListQuery, parseId, parseListQuery, parseSlug } from '../params.js';

type SlugParams = { Params: { slug: string } };
type PairParams = { Params: { slug: string; condition: string } };
type IdParams = { Params: { id: string } };

/** The public reading pages: GET only, readable URLs, complete without JavaScript. */
export function registerPageRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const db = deps.store;
  const remedyPages = new RemedyPages();
  const cardBytes = new CardBytes();
  // A renamed or merged condition's old address lives on as a permanent redirect.
  const movedCondition = (slug: string) => conditionMovedTo(db, slug);
  const listOptions = (q: ListQuery) => ({
    rating: q.rating,
    page: q.page,
    sort: q.sort,
    outcome: q.outcome,
    dose: q.dose,
    minReports: deps.settings.insightMinReports,
    cardFormat,
    keptCards: cardBytes,
  });
  // Cards a page had to render are stored for the next reader; a failed store costs a render later.
  const withCards = async (request: FastifyRequest, v: RemedyReports): Promise<RemedyReports> => {
    const { cards, rendered } = keepCards(v.cards, cardBytes);
    try {
      await storeReportCards(db, rendered);
    } catch (error) {
      request.log.warn({ err: error }, 'could not store rendered report cards');
    }
    return { ...v, cards };
  };

  app.get('/', async (request, reply) =>
    html(reply, homePage(await getHome(db), await pageContext(request, reply))),
  );

  app.get('/remedies', async (request, reply) =>
    html(reply, remediesPage(await listRemedies(db), await pageContext(request, reply))),
  );

  app.get<SlugParams>('/remedies/:slug', async (request, reply) => {
    const slug = parseSlug(request.params.slug, 'REMEDY_NOT_FOUND');
    const q = parseListQuery(request.query);
    // The condition filter is a plain GET form; its choice has a page of its own.
    if (q.condition) {
      const condition = parseSlug(q.condition, 'CONDITION_NOT_FOUND');
      return reply.redirect(
        urls.remedyCondition(slug, condition, {
          rating: q.rating,
          sort: q.sort === 'newest' ? null : q.sort,
        }),
        303,
      );
    }
    return html(
      reply,
      remedyPage(
        await withCards(
          request,
          await getRemedyReports(db, { slug, ...listOptions(q) }, remedyPages),
        ),
        await pageContext(request, reply),
      ),
    );
  });

  app.get<PairParams>('/remedies/:slug/:condition', async (request, reply) => {
    const slug = parseSlug(request.params.slug, 'REMEDY_NOT_FOUND');
    const conditionSlug = parseSlug(request.params.condition, 'CONDITION_NOT_FOUND');
    const q = parseListQuery(request.query);
    const moved = await movedCondition(conditionSlug);
    if (moved)
      return reply.redirect(
        urls.remedyCondition(slug, moved, { rating: q.rating, page: q.page }),
        301,
      );
    return html(
      reply,
      remedyPage(
        await withCards(
          request,
          await getRemedyReports(db, { slug, conditionSlug, ...listOptions(q) }, remedyPages),
        ),
        await pageContext(request, reply),
      ),
    );
  });

  app.get('/conditions', async (request, reply) =>
    html(
      reply,
      conditionsPage(await listConditionsByCategory(db), await pageContext(request, reply)),
    ),
  );

  app.get<SlugParams>('/conditions/:slug', async (request, reply) => {
    const slug = parseSlug(request.params.slug, 'CONDITION_NOT_FOUND');
    const moved = await movedCondition(slug);
    if (moved) return reply.redirect(urls.condition(moved), 301);
    return html(
      reply,
      conditionPage(
        await getConditionPage(db, slug, deps.settings.insightMinReports),
        await pageContext(request, reply),
      ),
    );
  });

  app.get<IdParams>('/users/:id', async (request, reply) => {
    const id = parseId(request.params.id, 'USER_NOT_FOUND');
    const q = parseListQuery(request.query);
    return html(
      reply,
      userPage(await getProfile(db, id, q.page), await pageContext(request, reply)),
    );
  });

  app.get('/latest', async (request, reply) => {
    const q = parseListQuery(request.query);
    return html(
      reply,
      latestPage(await getLatestReports(db, q.page), await pageContext(request, reply)),
    );
  });
}
