import type { Compilable } from 'kysely';
import type { Db } from '../../database.js';
import { prepared } from '../../prepared.js';
import { num } from '../map.js';
import {
  type ReportQuery,
  guestPosts,
  postCountOf,
  reportSelect,
  toReport,
} from '../reports/report-rows.js';
import { type ReportSlice, filtered, sliceParams, sorted } from '../reports/reports.js';

// Stored report cards (write-time fragments, see the report_cards migration). A list reads each
// card with the version it must have; a card missing or behind is read in full and rendered again.

export interface CardRow {
  reportId: number;
  /** The report's card_version now: a card rendered at any other version is out of date. */
  version: number;
  /** The author's approved-post count now (null for a guest without email). */
  postCount: number | null;
}

// The list reads no card text: most cards are already kept by the app at their version, and the
// rest are read by id (storedCards), which halved this query on the largest remedy's page.
const cardsQuery = prepared(
  (db: Db, p: ReportSlice) =>
    sorted(
      filtered(
        db
          .selectFrom('reports as r')
          .leftJoin('users as u', 'u.id', 'r.user_id')
          .select(['r.id', 'r.card_version', 'r.user_id', 'u.post_count', 'r.author_email'])
          .select((eb) =>
            guestPosts(eb.ref('r.author_email')).as('guest_posts'),
          ) as unknown as ReportQuery,
        p,
      ),
      p.sort ?? 'newest',
    )
      .limit(p.limit)
      .offset(p.offset) as unknown as Compilable<{
      id: number;
      card_version: number;
      user_id: number | null;
      post_count: number | null;
      author_email: string | null;
      guest_posts: number | null;
    }>,
  { shapeBy: ['sort'] },
);

/** One slice of a pair's approved reports, as cards to show: the same filters and order as the list. */
export async function listReportCards(db: Db, s: ReportSlice): Promise<CardRow[]> {
  const rows = await cardsQuery(db, sliceParams(s));
  return rows.map((row) => ({
    reportId: row.id,
    version: num(row.card_version),
    postCount: postCountOf(row),
  }));
}

const storedQuery = prepared((db: Db, p: { reportIds: readonly number[]; format: string }) =>
  db
    .selectFrom('report_cards')
    .select(['report_id', 'version', 'html'])
    .where('report_id', 'in', p.reportIds)
    .where('format', '=', p.format),
);

/** The stored cards of these reports in this format, by report id, each with its version. */
export async function storedCards(
  db: Db,
  reportIds: readonly number[],
  format: string,
): Promise<Map<number, { version: number; html: string }>> {
  const cards = new Map<number, { version: number; html: string }>();
  if (reportIds.length === 0) return cards;
  for (const row of await storedQuery(db, { reportIds, format }))
    cards.set(row.report_id, { version: num(row.version), html: row.html });
  return cards;
}

/** Reports read in full for their cards, each with the card version its data belongs to. */
export async function listReportsForCards(
  db: Db,
  ids: readonly number[],
): Promise<{ report: ReturnType<typeof toReport>; version: number }[]> {
  if (ids.length === 0) return [];
  const rows = await reportSelect(db).select('r.card_version').where('r.id', 'in', ids).execute();
  return rows.map((row) => ({ report: toReport(row), version: num(row.card_version) }));
}

const replyCountsQuery = prepared((db: Db, p: { reportIds: readonly number[] }) =>
  db
    .selectFrom('replies as p')
    .leftJoin('users as u', 'u.id', 'p.user_id')
    .select(['p.id', 'p.user_id', 'u.post_count', 'p.author_email'])
    .select((eb) => guestPosts(eb.ref('p.author_email')).as('guest_posts'))
    .where('p.report_id', 'in', p.reportIds)
    .where('p.status', '=', 'approved'),
);

/** The current post counts of the authors of the approved replies to these reports, by reply id. */
export async function replyPostCounts(
  db: Db,
  reportIds: readonly number[],
): Promise<Map<number, number | null>> {
  const counts = new Map<number, number | null>();
  if (reportIds.length === 0) return counts;
  const rows = await replyCountsQuery(db, { reportIds });
  for (const row of rows) counts.set(row.id, postCountOf(row));
  return counts;
}

export interface RenderedCard {
  reportId: number;
  version: number;
  format: string;
  html: string;
}

/** Stores rendered cards; a card never replaces a newer one of its format (readers render at once). */
export async function saveReportCards(db: Db, cards: readonly RenderedCard[]): Promise<void> {
  if (cards.length === 0) return;
  await db
    .insertInto('report_cards')
    .values(
      cards.map((c) => ({
        report_id: c.reportId,
        version: c.version,
        format: c.format,
        html: c.html,
      })),
    )
    .onConflict((oc) =>
      oc
        .column('report_id')
        .doUpdateSet((eb) => ({
          version: eb.ref('excluded.version'),
          format: eb.ref('excluded.format'),
          html: eb.ref('excluded.html'),
        }))
        .where((eb) =>
          eb.or([
            eb('report_cards.version', '<', eb.ref('excluded.version')),
            eb('report_cards.format', '<>', eb.ref('excluded.format')),
          ]),
        ),
    )
    .execute();
}
