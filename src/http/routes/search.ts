import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { DomainError } from '../../model/errors.js';
import { autocomplete, searchSite } from '../../domain/search/index.js';
import { outcomes } from '../../model/vocabulary.js';
import { searchPage } from '../../views/pages/search.js';
import { type RouteDeps, html, pageContext } from '../context.js';
import { parseListQuery } from '../params.js';

const single = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const blank = (v: unknown) => (v === '' ? undefined : single(v));
const searchQuery = z.object({
  q: z.preprocess(
    single,
    z.string().max(200, 'Searches can be at most 200 characters.').optional(),
  ),
  remedy: z.preprocess(
    blank,
    z
      .string()
      .regex(/^[a-z0-9-]+$/, 'Choose a remedy from the list.')
      .optional(),
  ),
  condition: z.preprocess(
    blank,
    z
      .string()
      .regex(/^[a-z0-9-]+$/, 'Choose a condition from the list.')
      .optional(),
  ),
  outcome: z.preprocess(
    blank,
    z
      .enum(Object.keys(outcomes) as [string, ...string[]], {
        message: 'Choose an outcome from the list.',
      })
      .optional(),
  ),
});

export function registerSearchRoutes(app: FastifyInstance, deps: RouteDeps): void {
  app.get('/search', async (request, reply) => {
    const list = parseListQuery(request.query);
    const parsed = searchQuery.safeParse(request.query ?? {});
    if (!parsed.success)
      throw new DomainError(
        'INVALID_QUERY',
        `${parsed.error.issues[0]?.message ?? 'Check the search.'}`,
      );
    const filters = {
      remedy: parsed.data.remedy ?? null,
      condition: parsed.data.condition ?? null,
      rating: list.rating,
      outcome: parsed.data.outcome ?? null,
    };
    const q = parsed.data.q ?? '';
    const results = await searchSite(deps.store, { q, page: list.page, filters });
    if (list.page > results.page.pageCount) throw new DomainError('PAGE_NOT_FOUND');
    return html(reply, searchPage({ q, filters, results }, await pageContext(request, reply)));
  });

  // JSON for the autocomplete enhancement; readers without JavaScript never need it.
  app.get('/api/autocomplete', async (request, reply) => {
    const q = z
      .object({ q: z.preprocess(single, z.string().max(100).optional()) })
      .safeParse(request.query ?? {});
    reply.header('cache-control', 'public, max-age=60');
    return { suggestions: q.success ? await autocomplete(deps.store, q.data.q ?? '') : [] };
  });
}
