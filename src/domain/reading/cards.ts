import type { Db } from '../../db/database.js';
import {
  type CardRow,
  type RenderedCard,
  listReportsForCards,
  replyPostCounts,
  saveReportCards,
  storedCards,
} from '../../db/repositories/reading/cards.js';
import { withReplies } from '../reports/index.js';
import { type Store, transaction } from '../common/index.js';
import type { ReportWithReplies } from '../../model/types.js';

// Report cards on remedy pages are rendered once and stored, then reused until the report, its
// replies, updates or side effects change (the database raises the report's card version). The
// one thing a stored card leaves open is every post count, which changes with the author's other
// posts: cards carry a slot per count, filled in from the counts read with the list.

/** A card an app holds at one version; what form it holds it in is the app's business. */
export interface KeptCard {
  readonly version: number;
}

/** The cards an app holds, by report: a card held at the version asked for is not read again. */
export interface KeptCards {
  get(reportId: number, version: number): KeptCard | undefined;
}

/**
 * A card on a list, at the version it must have to be current: one the app holds ('kept'), the
 * stored card (post-count slots open), or its report read in full, to be rendered and stored.
 */
export type CardRef = {
  reportId: number;
  condition: { slug: string; name: string };
  version: number;
} & (
  | { source: 'kept'; card: KeptCard }
  | { source: 'stored'; html: string }
  | { source: 'report'; report: ReportWithReplies }
);

/** The authors' post counts now, by report id and by reply id. */
export interface PostCounts {
  reports: Map<number, number | null>;
  replies: Map<number, number | null>;
}

/** Completes listed card rows: stored cards the app lacks, missing cards' reports, post counts. */
export async function readCards(
  db: Db,
  rows: readonly (CardRow & { condition: { slug: string; name: string } })[],
  format: string,
  kept: KeptCards | null,
): Promise<{ cards: CardRef[]; postCounts: PostCounts }> {
  // Taken once, here, in the list's order: a card the app drops from its keeping later is still
  // this list's.
  const held = rows.map((r) => (kept === null ? undefined : kept.get(r.reportId, r.version)));
  const stored = await storedCards(
    db,
    rows.filter((_, i) => held[i] === undefined).map((r) => r.reportId),
    format,
  );
  const stale: number[] = [];
  const fresh: number[] = [];
  rows.forEach((r, i) => {
    const current = held[i] !== undefined || stored.get(r.reportId)?.version === r.version;
    (current ? fresh : stale).push(r.reportId);
  });
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
  // Literal objects, not spreads: this runs for every card of every page.
  const cards: CardRef[] = [];
  for (const [i, { reportId, condition, version }] of rows.entries()) {
    const card = held[i];
    const saved = stored.get(reportId);
    const report = reports.get(reportId);
    if (card) cards.push({ reportId, condition, version, source: 'kept', card });
    else if (saved?.version === version)
      cards.push({ reportId, condition, version, source: 'stored', html: saved.html });
    // Rendered now, so stored under the version its data was read with. A report gone since the
    // list was read (deleted in between) is left out rather than shown half.
    else if (report)
      cards.push({
        reportId,
        condition,
        version: versions.get(reportId) ?? version,
        source: 'report',
        report,
      });
  }
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
