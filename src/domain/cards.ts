import type { Db } from '../db/database.js';
import {
  type CardRow,
  type RenderedCard,
  listReportsForCards,
  replyPostCounts,
  saveReportCards,
} from '../db/repositories/cards.js';
import { withReplies } from './replies.js';
import { type Store, transaction } from './transaction.js';
import type { ReportWithReplies } from './types.js';

// Report cards on remedy pages are rendered once and stored, then reused until the report, its
// replies, updates or side effects change (the database raises the report's card version). The
// one thing a stored card leaves open is every post count, which changes with the author's other
// posts: cards carry a slot per count, filled in from the counts read with the list.

/** A card on a list: the stored card (post-count slots open), or its report read in full. */
export type CardRef = {
  reportId: number;
  condition: { slug: string; name: string };
  /** The version the card must have to be current. */
  version: number;
} & ({ html: string; report: null } | { html: null; report: ReportWithReplies });

/** The authors' post counts now, by report id and by reply id. */
export interface PostCounts {
  reports: Map<number, number | null>;
  replies: Map<number, number | null>;
}

/** Completes listed card rows: missing cards' reports read in full, and every post count now. */
export async function readCards(
  db: Db,
  rows: readonly (CardRow & { condition: { slug: string; name: string } })[],
): Promise<{ cards: CardRef[]; postCounts: PostCounts }> {
  const stale = rows.filter((r) => r.html === null).map((r) => r.reportId);
  const fresh = rows.filter((r) => r.html !== null).map((r) => r.reportId);
  const [full, replyCounts] = await Promise.all([
    listReportsForCards(db, stale),
    replyPostCounts(db, fresh),
  ]);
  const reports = new Map(
    (
      await withReplies(
        db,
        full.map((f) => f.report),
      )
    ).map((r) => [r.id, r]),
  );
  const versions = new Map(full.map((f) => [f.report.id, f.version]));
  const postCounts: PostCounts = {
    reports: new Map(rows.map((r) => [r.reportId, r.postCount])),
    replies: replyCounts,
  };
  for (const report of reports.values())
    for (const reply of report.replies) postCounts.replies.set(reply.id, reply.author.postCount);
  const cards = rows.flatMap((r): CardRef[] => {
    const base = { reportId: r.reportId, condition: r.condition };
    if (r.html !== null) return [{ ...base, version: r.version, html: r.html, report: null }];
    const report = reports.get(r.reportId);
    // Gone since the list was read (deleted in between): left out rather than shown half.
    if (!report) return [];
    // Rendered now, so stored under the version its data was read with.
    const version = versions.get(r.reportId) ?? r.version;
    return [{ ...base, version, html: null, report }];
  });
  return { cards, postCounts };
}

/**
 * Stores cards rendered for a page. A card stored under a version that has moved on is never read,
 * so losing this write (a busy database) costs a render later, never a wrong page.
 */
export async function storeReportCards(
  store: Store,
  cards: readonly RenderedCard[],
): Promise<void> {
  if (cards.length === 0) return;
  await transaction(store, (trx) => saveReportCards(trx, cards));
}

export type { RenderedCard };
