// What the sitemap lists, with real modification dates: published remedies, and approved reports
// read a chunk at a time by id range, so a million reports cost constant memory.
import { sql } from 'kysely';
import type { Db } from '../../database.js';
import { iso } from '../map.js';

export interface RemedyDate {
  id: number;
  slug: string;
  modifiedAt: string;
}

export async function listRemedyDates(db: Db): Promise<RemedyDate[]> {
  const rows = await db
    .selectFrom('remedies')
    .select(['id', 'slug', 'modified_at'])
    .where('status', '=', 'published')
    .orderBy('slug')
    .execute();
  return rows.map((r) => ({ id: r.id, slug: r.slug, modifiedAt: iso(r.modified_at) }));
}

/** Each chunk of `size` report ids that holds a published report, with its newest change. */
export async function reportChunkDates(
  db: Db,
  size: number,
): Promise<{ chunk: number; lastmod: string }[]> {
  const chunk = sql<number>`(r.id - 1) / ${sql.lit(size)}`;
  const rows = await db
    .selectFrom('reports as r')
    .innerJoin('remedies as m', 'm.id', 'r.remedy_id')
    .select([
      chunk.as('chunk'),
      sql<Date | string>`max(coalesce(r.updated_at, r.posted_at))`.as('lastmod'),
    ])
    .where('r.status', '=', 'approved')
    .where('m.status', '=', 'published')
    .groupBy(chunk)
    .orderBy(chunk)
    .execute();
  return rows.map((r) => ({ chunk: Number(r.chunk), lastmod: iso(r.lastmod) }));
}

/** Published reports with ids in (after, upTo], in id order, at most `limit`. */
export async function listReportDates(
  db: Db,
  after: number,
  upTo: number,
  limit: number,
): Promise<{ id: number; lastmod: string }[]> {
  const rows = await db
    .selectFrom('reports as r')
    .innerJoin('remedies as m', 'm.id', 'r.remedy_id')
    .select(['r.id', 'r.posted_at', 'r.updated_at'])
    .where('r.id', '>', after)
    .where('r.id', '<=', upTo)
    .where('r.status', '=', 'approved')
    .where('m.status', '=', 'published')
    .orderBy('r.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, lastmod: iso(r.updated_at ?? r.posted_at) }));
}
