// sitemap.xml on both databases: an index of sitemaps of at most 50,000 addresses, chunked by
// report id, listing every published page and report once with its real modification date.
import { expect, it } from 'vitest';
import type { Insertable } from 'kysely';
import type { ReportsTable } from '../../src/db/schema.js';
import { useApp } from '../helpers/app.js';
import { describeEachDialect } from '../helpers/db.js';
import { childrenNamed, parseXml, textOfChild } from '../helpers/xml.js';

const SITEMAPS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const FAR_ID = 120_001; // in the third chunk of 50,000 ids

describeEachDialect('sitemap', (site) => {
  const app = useApp(site);

  async function xmlAt(url: string) {
    const res = await app().inject({ url });
    expect(res.statusCode, url).toBe(200);
    expect(res.headers['content-type'], url).toBe('application/xml; charset=utf-8');
    return parseXml(res.body);
  }
  const local = (loc: string) => new URL(loc).pathname;

  async function everyUrl() {
    const index = await xmlAt('/sitemap.xml');
    expect(index.name).toBe('sitemapindex');
    expect(index.uri).toBe(SITEMAPS);
    const urls = new Map<string, string | null>();
    const sitemaps: string[] = [];
    for (const s of childrenNamed(index, 'sitemap')) {
      const loc = local(textOfChild(s, 'loc')!);
      sitemaps.push(loc);
      const set = await xmlAt(loc);
      expect(set.name).toBe('urlset');
      const entries = childrenNamed(set, 'url');
      expect(entries.length, loc).toBeLessThanOrEqual(50_000);
      for (const u of entries) {
        const path = local(textOfChild(u, 'loc')!);
        expect(urls.has(path), path).toBe(false);
        urls.set(path, textOfChild(u, 'lastmod'));
      }
    }
    return { sitemaps, urls };
  }

  it('lists every reading page and every published report once, with its date', async () => {
    const { urls } = await everyUrl();
    const { db } = site().database;
    const published = await db
      .selectFrom('reports as r')
      .innerJoin('remedies as m', 'm.id', 'r.remedy_id')
      .select(['r.id', 'r.posted_at', 'r.updated_at'])
      .where('r.status', '=', 'approved')
      .where('m.status', '=', 'published')
      .execute();
    const reportUrls = [...urls.keys()].filter((u) => u.startsWith('/reports/'));
    expect(reportUrls.length).toBe(published.length);
    for (const r of published.slice(0, 50)) {
      const when = new Date(r.updated_at ?? r.posted_at).toISOString();
      expect(urls.get(`/reports/${r.id}`)).toBe(when);
    }
    for (const path of [
      '/',
      '/remedies',
      '/conditions',
      '/remedies/ginger',
      '/remedies/ginger/nausea',
      '/conditions/nausea',
    ])
      expect(urls.has(path), path).toBe(true);
    const pending = await db
      .selectFrom('reports')
      .select('id')
      .where('status', '!=', 'approved')
      .execute();
    for (const r of pending) expect(urls.has(`/reports/${r.id}`)).toBe(false);
    // A remedy page changed when its article or its newest report did.
    const ginger = await db
      .selectFrom('remedies')
      .select('modified_at')
      .where('slug', '=', 'ginger')
      .executeTakeFirstOrThrow();
    expect(urls.get('/remedies/ginger')! >= new Date(ginger.modified_at).toISOString()).toBe(true);
  });

  it('puts reports in one sitemap per 50,000 ids, and has none for an empty range', async () => {
    const { db } = site().database;
    const row = await db
      .selectFrom('reports')
      .selectAll()
      .where('status', '=', 'approved')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    // A copy of it, far along the ids (Kysely's types take timestamps as text: PostgreSQL's come
    // back as Date and go in as such).
    const { id: _id, search: _search, ...rest } = row as typeof row & { search?: unknown };
    await db
      .insertInto('reports')
      .values({ ...(rest as unknown as Insertable<ReportsTable>), id: FAR_ID })
      .execute();
    try {
      const { sitemaps, urls } = await everyUrl();
      expect(sitemaps).toEqual([
        '/sitemaps/pages.xml',
        '/sitemaps/reports-0.xml',
        '/sitemaps/reports-2.xml',
      ]);
      expect(urls.has(`/reports/${FAR_ID}`)).toBe(true);
      expect((await app().inject({ url: '/sitemaps/reports-1.xml' })).statusCode).toBe(404);
    } finally {
      await db.deleteFrom('reports').where('id', '=', FAR_ID).execute();
    }
  });

  it('is named in robots.txt', async () => {
    const robots = (await app().inject({ url: '/robots.txt' })).body;
    expect(robots).toContain('\nSitemap: http://localhost:3000/sitemap.xml\n');
  });
});
