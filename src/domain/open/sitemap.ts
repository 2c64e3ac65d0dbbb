// The sitemap's entries: the reading pages with the date each last changed (its article, or its
// newest report), and the reports in chunks of at most 50,000, read in batches as they are sent.
import type { Db } from '../../db/database.js';
import {
  listRemedyDates,
  listReportDates,
  reportChunkDates,
} from '../../db/repositories/open/sitemap.js';
import { listConditions } from '../../db/repositories/reading/conditions.js';
import { allPublishedTallies } from '../../db/repositories/reading/tallies.js';

/** The sitemap protocol's limit of URLs per file. */
export const SITEMAP_CHUNK = 50_000;
const BATCH = 2_000;

export type SitemapPath =
  | { page: 'home' | 'remedies' | 'conditions' | 'latest' }
  | { page: 'remedy'; slug: string }
  | { page: 'pair'; slug: string; condition: string }
  | { page: 'condition'; slug: string }
  | { page: 'report'; id: number };

export interface SitemapEntry {
  path: SitemapPath;
  lastmod: string | null;
}

const later = (a: string | null, b: string | null) =>
  a === null ? b : b === null || a > b ? a : b;

/** Every reading page but the reports: a few thousand at most. */
export async function sitemapPages(db: Db): Promise<SitemapEntry[]> {
  const [remedies, tallies, conditions] = await Promise.all([
    listRemedyDates(db),
    allPublishedTallies(db),
    listConditions(db),
  ]);
  const bySlug = new Map(conditions.map((c) => [c.id, c.slug]));
  const newestOf = (pick: (t: (typeof tallies)[number]) => boolean) =>
    tallies.filter(pick).reduce<string | null>((d, t) => later(d, t.lastPostedAt), null);
  const everything = remedies.reduce<string | null>(
    (d, r) => later(d, r.modifiedAt),
    newestOf(() => true),
  );
  const out: SitemapEntry[] = [
    { path: { page: 'home' }, lastmod: everything },
    { path: { page: 'remedies' }, lastmod: everything },
    { path: { page: 'conditions' }, lastmod: everything },
    { path: { page: 'latest' }, lastmod: newestOf(() => true) },
  ];
  for (const r of remedies) {
    out.push({
      path: { page: 'remedy', slug: r.slug },
      lastmod: later(
        r.modifiedAt,
        newestOf((t) => t.remedyId === r.id),
      ),
    });
    for (const t of tallies)
      if (t.remedyId === r.id && t.count > 0 && bySlug.has(t.conditionId))
        out.push({
          path: { page: 'pair', slug: r.slug, condition: bySlug.get(t.conditionId)! },
          lastmod: later(r.modifiedAt, t.lastPostedAt),
        });
  }
  for (const c of conditions)
    out.push({
      path: { page: 'condition', slug: c.slug },
      lastmod: newestOf((t) => t.conditionId === c.id && t.count > 0),
    });
  return out;
}

/** The report chunks that hold a published report, with the newest change in each. */
export const sitemapReportChunks = (db: Db) => reportChunkDates(db, SITEMAP_CHUNK);

/** One chunk's reports, read a batch at a time as the caller consumes them. */
export async function* sitemapReports(db: Db, chunk: number): AsyncGenerator<SitemapEntry> {
  const upTo = (chunk + 1) * SITEMAP_CHUNK;
  let after = chunk * SITEMAP_CHUNK;
  for (;;) {
    const rows = await listReportDates(db, after, upTo, BATCH);
    for (const r of rows) yield { path: { page: 'report', id: r.id }, lastmod: r.lastmod };
    if (rows.length < BATCH) return;
    after = rows.at(-1)!.id;
  }
}
