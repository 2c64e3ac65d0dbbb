// The read API's routes under /api/v1: each declares its query and answer schemas, which both
// check what goes in and out and describe it in the OpenAPI document.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { conditionMovedTo } from '../../domain/editorial/index.js';
import {
  openCondition,
  openConditions,
  openPairInsight,
  openRemedies,
  openRemedy,
  openReport,
  openReports,
} from '../../domain/open/index.js';
import { searchSite } from '../../domain/search/index.js';
import { urls } from '../../views/urls.js';
import type { RouteDeps } from '../context.js';
import * as p from './present.js';
import * as s from './schemas.js';

const failures = { 400: s.problem, 404: s.problem, 429: s.problem };

type Api = ReturnType<typeof withZod>;
const withZod = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();
interface Ctx {
  db: RouteDeps['store'];
  /** INSIGHT_MIN_REPORTS */
  min: number;
  abs: p.Absolute;
}

export function registerApiRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const api = withZod(app);
  const ctx: Ctx = {
    db: deps.store,
    min: deps.settings.insightMinReports,
    abs: (path) => new URL(path, deps.settings.publicUrl).toString(),
  };
  remedyRoutes(api, ctx);
  conditionRoutes(api, ctx);
  reportRoutes(api, ctx);
}

function remedyRoutes(api: Api, { db, min, abs }: Ctx): void {
  api.get(
    '/remedies',
    {
      schema: {
        summary: 'Published remedies, A–Z',
        tags: ['remedies'],
        response: { 200: s.remedyListing, 429: s.problem },
      },
    },
    async () => p.remedyListOf(await openRemedies(db), abs),
  );

  api.get(
    '/remedies/:slug',
    {
      schema: {
        summary: 'One remedy: its article, uses with evidence and citations, and its numbers',
        tags: ['remedies'],
        params: s.slugParams,
        response: { 200: s.remedy, ...failures },
      },
    },
    async (request) => p.remedyOf(await openRemedy(db, request.params.slug, min), abs),
  );

  api.get(
    '/remedies/:slug/insight',
    {
      schema: {
        summary: 'What readers report about a remedy, counted',
        tags: ['insight'],
        params: s.slugParams,
        response: { 200: s.pairInsight, ...failures },
      },
    },
    async (request) => {
      const i = await openPairInsight(db, request.params.slug, undefined, min);
      return { ...i, url: abs(urls.remedy(i.remedy.slug)) };
    },
  );

  api.get(
    '/remedies/:slug/conditions/:condition/insight',
    {
      schema: {
        summary: 'What readers report about a remedy for one condition, counted',
        tags: ['insight'],
        params: s.pairParams,
        response: { 200: s.pairInsight, ...failures },
      },
    },
    async (request) => {
      const { slug, condition } = request.params;
      const i = await openPairInsight(db, slug, condition, min);
      return { ...i, url: abs(urls.remedyCondition(slug, condition)) };
    },
  );
}

function conditionRoutes(api: Api, { db, min, abs }: Ctx): void {
  api.get(
    '/conditions',
    {
      schema: {
        summary: 'Conditions with their report and remedy counts',
        tags: ['conditions'],
        response: { 200: s.conditionListing, 429: s.problem },
      },
    },
    async () => ({
      conditions: (await openConditions(db)).map((c) => ({
        ...p.conditionOf(c.condition, abs),
        reports: c.reports,
        remedies: c.remedies,
      })),
    }),
  );

  api.get(
    '/conditions/:slug',
    {
      schema: {
        summary: 'One condition with the remedies reported for it, ranked, and their numbers',
        tags: ['conditions'],
        params: s.slugParams,
        response: { 200: s.conditionDetail, 301: s.problem, ...failures },
      },
    },
    async (request, reply) => {
      const moved = await conditionMovedTo(db, request.params.slug);
      if (moved) return reply.redirect(`/api/v1/conditions/${moved}`, 301);
      return p.conditionDetailOf(await openCondition(db, request.params.slug, min), abs);
    },
  );
}

function reportRoutes(api: Api, { db, abs }: Ctx): void {
  api.get(
    '/reports',
    {
      schema: {
        summary: 'Published reports, newest first, a page at a time',
        description:
          'Filters combine. Pages follow `next`: pass it back as `cursor` with the same filters.',
        tags: ['reports'],
        querystring: s.reportQuery,
        response: { 200: s.reportPage, ...failures },
      },
    },
    async (request) => {
      const page = await openReports(db, request.query);
      return { reports: page.reports.map((r) => p.reportOf(r, abs)), next: page.next };
    },
  );

  api.get(
    '/reports/:id',
    {
      schema: {
        summary: 'One published report with its facts and where each came from',
        tags: ['reports'],
        params: s.idParams,
        response: { 200: s.report, ...failures },
      },
    },
    async (request) => p.reportOf(await openReport(db, request.params.id), abs),
  );

  api.get(
    '/search',
    {
      schema: {
        summary: 'Remedies and conditions by name, and reports by their words',
        description:
          'Words are all required; "quoted words" are a phrase; -word leaves a word out. Twenty reports a page.',
        tags: ['search'],
        querystring: s.searchQuery,
        response: { 200: s.searchResults, ...failures },
      },
    },
    async (request) => {
      const { q, page, ...f } = request.query;
      const filters = {
        remedy: f.remedy ?? null,
        condition: f.condition ?? null,
        rating: null,
        outcome: f.outcome ?? null,
      };
      return p.searchOf(q, await searchSite(db, { q, page, filters }), abs);
    },
  );
}
