// Article revisions of published remedies, newest first, each with the one before it (for what
// changed), for the revisions feed.
import type { Db } from '../../database.js';
import { iso } from '../map.js';

export interface RevisionEntry {
  slug: string;
  name: string;
  number: number;
  createdAt: string;
  note: string;
  content: unknown;
  /** The revision before it (null for the first). */
  previous: unknown;
}

export async function listRecentRevisions(db: Db, limit: number): Promise<RevisionEntry[]> {
  const rows = await db
    .selectFrom('remedy_revisions as v')
    .innerJoin('remedies as m', 'm.id', 'v.remedy_id')
    .leftJoin('remedy_revisions as p', (join) =>
      join
        .onRef('p.remedy_id', '=', 'v.remedy_id')
        .on((eb) => eb('p.number', '=', eb('v.number', '-', 1))),
    )
    .select([
      'm.slug',
      'm.name',
      'v.number',
      'v.created_at',
      'v.note',
      'v.content',
      'p.content as previous',
    ])
    .where('m.status', '=', 'published')
    .orderBy('v.created_at', 'desc')
    .orderBy('v.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    slug: r.slug,
    name: r.name,
    number: r.number,
    createdAt: iso(r.created_at),
    note: r.note,
    content: JSON.parse(r.content) as unknown,
    previous: r.previous === null ? null : (JSON.parse(r.previous) as unknown),
  }));
}
