// The read API on both databases: every answer conforms to the OpenAPI document it serves;
// cursors walk a list exactly once; nothing private appears; conditional GETs, CORS, rate limits
// and problem details.
import type { FastifyInstance } from 'fastify';
import type { OpenAPIV3_1 } from 'openapi-types';
import { beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/http/app.js';
import { Agent } from '../helpers/agent.js';
import { signedIn } from '../helpers/accounts.js';
import { useApp } from '../helpers/app.js';
import { describeEachDialect } from '../helpers/db.js';
import { OpenApiChecker } from '../helpers/openapi.js';
import { guestReport } from '../helpers/reports.js';

const ADDRESS = '14 Lime Street, Bristol BS2 8QA, UK';

describeEachDialect('read API', (site) => {
  const app = useApp(site);
  let checker: OpenApiChecker;

  beforeAll(async () => {
    const res = await app().inject({ url: '/api/v1/openapi.json' });
    checker = new OpenApiChecker(res.json<OpenAPIV3_1.Document>());
  });

  /** GETs an address and checks the answer against the document. */
  async function get<T = Record<string, unknown>>(url: string, status = 200) {
    const res = await app().inject({ url });
    expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(status);
    const body = res.json<T>();
    expect(checker.check(url, status, String(res.headers['content-type']), body)).toEqual([]);
    return { res, body };
  }

  it('serves an OpenAPI 3.1 document naming every route, and a reference page', async () => {
    const doc = checker.doc;
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths ?? {}).sort()).toEqual([
      '/api/v1/conditions',
      '/api/v1/conditions/{slug}',
      '/api/v1/remedies',
      '/api/v1/remedies/{slug}',
      '/api/v1/remedies/{slug}/conditions/{condition}/insight',
      '/api/v1/remedies/{slug}/insight',
      '/api/v1/reports',
      '/api/v1/reports/{id}',
      '/api/v1/search',
    ]);
    for (const name of ['Report', 'Remedy', 'Insight', 'Problem'])
      expect(doc.components?.schemas, name).toHaveProperty(name);
    const page = await app().inject({ url: '/api/v1/' });
    expect(page.headers['content-type']).toContain('text/html');
    for (const path of Object.keys(doc.paths ?? {})) expect(page.body).toContain(`GET ${path}`);
    expect(page.body).toContain('href="/api/v1/openapi.json"');
  });

  it('answers every route as the document says, for remedies, conditions, insight and search', async () => {
    const { body: list } = await get<{ remedies: { slug: string; ratings: { count: number } }[] }>(
      '/api/v1/remedies',
    );
    expect(list.remedies.map((r) => r.slug)).toContain('l-glutamine');
    const { body: remedy } = await get<{
      remedy: { article: { disclaimer: string; whenToStop: string } };
      conditions: { condition: { slug: string }; insight: { reports: number } }[];
      insight: { reports: number; improved: { of: number } | null };
    }>('/api/v1/remedies/l-glutamine');
    expect(remedy.remedy.article.disclaimer).not.toBe('');
    expect(remedy.remedy.article.whenToStop).not.toBe('');
    expect(remedy.insight.reports).toBe(
      list.remedies.find((r) => r.slug === 'l-glutamine')!.ratings.count,
    );
    const pair = remedy.conditions[0]!;
    const { body: insight } = await get<{ insight: { reports: number } }>(
      `/api/v1/remedies/l-glutamine/conditions/${pair.condition.slug}/insight`,
    );
    expect(insight.insight.reports).toBe(pair.insight.reports);
    await get('/api/v1/remedies/l-glutamine/insight');
    const { body: conditions } = await get<{ conditions: { slug: string }[] }>(
      '/api/v1/conditions',
    );
    const { body: condition } = await get<{ remedies: { remedy: { slug: string } }[] }>(
      `/api/v1/conditions/${conditions.conditions[0]!.slug}`,
    );
    expect(condition.remedies.length).toBeGreaterThan(0);
    const { body: found } = await get<{ reports: { snippet: string }[]; total: number }>(
      '/api/v1/search?q=cramps',
    );
    expect(found.total).toBeGreaterThan(0);
    for (const r of found.reports) {
      expect(r.snippet).not.toContain('\u0002');
      expect(r.snippet).not.toContain('\u0003');
    }
  });

  it('withholds numbers below the minimum and always says how many reports they rest on', async () => {
    const strict = await buildApp({
      db: site().database.db,
      settings: { insightMinReports: 100000 },
    });
    try {
      const res = await strict.inject({ url: '/api/v1/remedies/l-glutamine/insight' });
      const { insight } = res.json<{
        insight: { reports: number; withheld: boolean; improved: unknown; outcomes: unknown[] };
      }>();
      expect(insight.reports).toBeGreaterThan(0);
      expect(insight).toMatchObject({ withheld: true, improved: null, outcomes: [] });
    } finally {
      await strict.close();
    }
  });

  it('walks every published report of a remedy once, newest first, page by page', async () => {
    const { body: remedy } = await get<{ ratings: { count: number } }>('/api/v1/remedies/ginger');
    const seen: { id: number; postedAt: string }[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/reports?remedy=ginger&limit=7${cursor ? `&cursor=${cursor}` : ''}`;
      const { body } = await get<{
        reports: { id: number; postedAt: string; remedy: { slug: string } }[];
        next: string | null;
      }>(url);
      for (const r of body.reports) expect(r.remedy.slug).toBe('ginger');
      seen.push(...body.reports);
      cursor = body.next;
    } while (cursor !== null);
    expect(seen.length).toBe(remedy.ratings.count);
    expect(new Set(seen.map((r) => r.id)).size).toBe(seen.length);
    const order = seen.map((r) => `${r.postedAt}|${String(r.id).padStart(9, '0')}`);
    expect(order).toEqual([...order].sort().reverse());
  });

  it('filters by a dose band that the numbers name', async () => {
    const { body: numbers } = await get<{ insight: { doses: { band: string; all: number }[] } }>(
      '/api/v1/remedies/l-glutamine/insight',
    );
    const band = numbers.insight.doses.find((d) => d.all > 0)!;
    const { body } = await get<{ reports: { facts: { doseBand: { band: string } } }[] }>(
      `/api/v1/reports?remedy=l-glutamine&dose=${encodeURIComponent(band.band)}&limit=100`,
    );
    expect(body.reports.length).toBe(Math.min(band.all, 100));
    for (const r of body.reports) expect(r.facts.doseBand.band).toBe(band.band);
  });

  it('filters by condition, rating and outcome', async () => {
    const { body } = await get<{
      reports: { rating: number; condition: { slug: string }; facts: { outcome: string } }[];
    }>('/api/v1/reports?remedy=l-glutamine&condition=ibs&rating=5&outcome=helped&limit=50');
    expect(body.reports.length).toBeGreaterThan(0);
    for (const r of body.reports) {
      expect(r).toMatchObject({ rating: 5, condition: { slug: 'ibs' } });
      expect(r.facts.outcome).toBe('helped');
    }
  });

  it('never shows a pending report, an email or a typed address, and masks contacts in bodies', async () => {
    const agent = new Agent(app);
    const marker = 'Marmalade-unique-api-marker';
    const form = {
      ...guestReport,
      title: marker,
      location: ADDRESS,
      placeChecked: ADDRESS,
      body: `${guestReport.body} Write to me at api.private@example.org or ring 0117 496 0001.`,
    };
    await agent.get('/remedies/l-glutamine/reports/new');
    expect((await agent.post('/remedies/l-glutamine/reports', form)).statusCode).toBe(303);
    const { db } = site().database;
    const row = await db
      .selectFrom('reports')
      .select('id')
      .where('title', '=', marker)
      .executeTakeFirstOrThrow();
    // What each list shows (the search's own echo of the query aside).
    const everywhere = async () => {
      const lists = [
        '/api/v1/reports?limit=100',
        `/api/v1/reports?remedy=l-glutamine&condition=ibs&limit=100`,
        `/api/v1/search?q=${marker}`,
      ];
      const answers = await Promise.all(lists.map((url) => app().inject({ url })));
      return answers.map((r) => JSON.stringify(r.json<{ reports: unknown }>().reports));
    };
    for (const body of await everywhere()) expect(body).not.toContain(marker);
    await get(`/api/v1/reports/${row.id}`, 404);

    const { agent: mod } = await signedIn(app, site, 'moderator');
    await mod.post(`/moderate/reports/${row.id}`, { action: 'approve' });
    const { body: report } = await get<{ body: string; author: { place: string } }>(
      `/api/v1/reports/${row.id}`,
    );
    expect(report.author.place).toBe('Bristol, UK');
    for (const body of [JSON.stringify(report), ...(await everywhere())]) {
      expect(body).not.toContain('api.private@example.org');
      expect(body).not.toContain('496 0001');
      expect(body).not.toContain('Lime Street');
      expect(body).not.toContain(guestReport.email);
    }
  });

  it('answers conditional GETs with 304 and says how long an answer may be kept', async () => {
    const first = await app().inject({ url: '/api/v1/remedies/ginger' });
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    const tag = String(first.headers.etag);
    expect(tag).toMatch(/^"/);
    const again = await app().inject({
      url: '/api/v1/remedies/ginger',
      headers: { 'if-none-match': tag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('gives each condition its editorial description', async () => {
    const { body } = await get<{ conditions: { slug: string; description: string }[] }>(
      '/api/v1/conditions',
      200,
    );
    const ibs = body.conditions.find((c) => c.slug === 'ibs');
    expect(ibs?.description).toMatch(/^A long-running disorder of how the gut works/);
  });

  it('lets other sites read it (CORS for GET) and sets no cookie', async () => {
    const res = await app().inject({
      url: '/api/v1/conditions',
      headers: { origin: 'https://research.example' },
    });
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['set-cookie']).toBeUndefined();
    const preflight = await app().inject({
      method: 'OPTIONS',
      url: '/api/v1/conditions',
      headers: { origin: 'https://research.example', 'access-control-request-method': 'GET' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(String(preflight.headers['access-control-allow-methods'])).toContain('GET');
  });

  it('answers every error as problem details, as documented', async () => {
    for (const [url, status] of [
      ['/api/v1/remedies/no-such-remedy', 404],
      ['/api/v1/reports/999999999', 404],
      ['/api/v1/reports?limit=1000', 400],
      ['/api/v1/reports?rating=9', 400],
      ['/api/v1/reports?cursor=not-a-cursor', 400],
      ['/api/v1/reports?remedy=no-such-remedy', 404],
      ['/api/v1/reports/abc', 400],
    ] as const) {
      const { res, body } = await get<{ status: number; detail: string }>(url, status);
      expect(res.headers['content-type'], url).toContain('application/problem+json');
      expect(body.status, url).toBe(status);
      expect(body.detail.length, url).toBeGreaterThan(5);
    }
    const missing = await app().inject({ url: '/api/v1/nothing-here' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ status: 404, title: 'Not Found' });
  });

  it('limits requests per address', async () => {
    let limited: FastifyInstance | null = null;
    try {
      limited = await buildApp({ db: site().database.db, settings: { rateLimitFactor: 0.01 } });
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++)
        statuses.push((await limited.inject({ url: '/api/v1/conditions' })).statusCode);
      expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
      const last = await limited.inject({ url: '/api/v1/conditions' });
      expect(last.statusCode).toBe(429);
      expect(last.headers['content-type']).toContain('application/problem+json');
      expect(last.headers['cache-control']).toBe('no-store');
    } finally {
      await limited?.close();
    }
  });
});
