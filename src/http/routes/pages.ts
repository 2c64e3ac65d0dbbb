import type { FastifyInstance } from 'fastify';
import type { Renderer } from '../render/renderer.js';
import {
  getConditionPage,
  getHome,
  getLatestReports,
  listConditionsByCategory,
  listRemedies,
  type RemedyReports,
  getRemedyReports,
  RemedyPages,
} from '../../domain/reading/index.js';
import { conditionMovedTo } from '../../domain/editorial/index.js';
import { getProfile } from '../../domain/reports/index.js';
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
import { DomainError } from '../../model/errors.js';
import type { PageContext } from '../../views/context.js';
import { type RouteDeps, html, pageContext } from '../context.js';
import { type ListQuery, parseId, parseListQuery, parseSlug } from '../params.js';

type SlugParams = { Params: { slug: string } };
type PairParams = { Params: { slug: string; condition: string } };
type IdParams = { Params: { id: string } };

/** The public reading pages: GET only, readable URLs, complete without JavaScript. */
export function registerPageRoutes(
  app: FastifyInstance,
  deps: RouteDeps,
  renderer: Renderer,
): void {
  const db = deps.store;
  // A renamed or merged condition's old address lives on as a permanent redirect.
  const movedCondition = (slug: string) => conditionMovedTo(db, slug);
  app.get('/', async (request, reply) =>
    html(reply, homePage(await getHome(db), await pageContext(request, reply))),
  );

  app.get('/remedies', async (request, reply) =>
    html(reply, remediesPage(await listRemedies(db), await pageContext(request, reply))),
  );

  remedyPageRoutes(app, deps, renderer);

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

/** A remedy's page and its remedy × condition pages, served through the render owner. */
function remedyPageRoutes(app: FastifyInstance, deps: RouteDeps, renderer: Renderer): void {
  const db = deps.store;
  const remedyPages = new RemedyPages();
  const movedCondition = (slug: string) => conditionMovedTo(db, slug);
  const listOptions = (q: ListQuery) => ({
    rating: q.rating,
    page: q.page,
    sort: q.sort,
    outcome: q.outcome,
    dose: q.dose,
    minReports: deps.settings.insightMinReports,
    cardFormat: renderer.cardFormat,
    keptCards: renderer.cards,
  });
  const remedyHtml = (v: RemedyReports, ctx: PageContext) => {
    const page = renderer.remedyPage(v);
    return remedyPage(page.v, ctx, page.parts);
  };

  app.get<SlugParams>('/remedies/:slug', async (request, reply) => {
    const slug = parseSlug(request.params.slug, 'REMEDY_NOT_FOUND');
    const q = parseListQuery(request.query);
    // The list's form is a plain GET form; a chosen condition has a page of its own, and the
    // other choices go with it.
    if (q.condition) {
      const condition = parseSlug(q.condition, 'CONDITION_NOT_FOUND');
      return reply.redirect(
        urls.remedyCondition(slug, condition, {
          rating: q.rating,
          sort: q.sort === 'newest' ? null : q.sort,
          outcome: q.outcome ?? null,
          dose: q.dose ?? null,
        }),
        303,
      );
    }
    return html(
      reply,
      remedyHtml(
        await getRemedyReports(db, { slug, ...listOptions(q) }, remedyPages),
        await pageContext(request, reply),
      ),
    );
  });

  app.get<PairParams>('/remedies/:slug/:condition', async (request, reply) => {
    const slug = parseSlug(request.params.slug, 'REMEDY_NOT_FOUND');
    const conditionSlug = parseSlug(request.params.condition, 'CONDITION_NOT_FOUND');
    const q = parseListQuery(request.query);
    let v: RemedyReports;
    try {
      v = await getRemedyReports(db, { slug, conditionSlug, ...listOptions(q) }, remedyPages);
    } catch (error) {
      // Only an address that names no condition is looked up as a renamed or merged one: a
      // query fewer on every page that exists.
      const moved =
        error instanceof DomainError && error.code === 'CONDITION_NOT_FOUND'
          ? await movedCondition(conditionSlug)
          : null;
      if (!moved) throw error;
      return reply.redirect(
        urls.remedyCondition(slug, moved, { rating: q.rating, page: q.page }),
        301,
      );
    }
    return html(reply, remedyHtml(v, await pageContext(request, reply)));
  });
}
