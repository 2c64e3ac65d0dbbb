import type { Db } from '../../db/database.js';
import { type NewReply, insertReplies } from '../../db/repositories/reports/report-children.js';
import {
  type NewReport,
  insertReports,
  insertSideEffects,
} from '../../db/repositories/reports/reports.js';
import type { Outcome } from '../../model/vocabulary.js';
import { insertUpdate, rebuildHelpfulScores } from '../../db/repositories/reports/conversation.js';
import { rebuildInsight } from '../../db/repositories/insight/insight.js';
import { rebuildTallies } from '../../db/repositories/reading/tallies.js';
import { reextractAll } from '../insight/index.js';
import { countRemedies } from '../../db/repositories/reading/remedies.js';
import { insertUser, recountPostCounts } from '../../db/repositories/accounts/users.js';

export interface ReportWithThread {
  report: NewReport;
  replies: Omit<NewReply, 'reportId'>[];
  /** The author's follow-ups, published. */
  updates?: { postedAt: string; body: string; outcome: Outcome | null }[];
}

/** Rows a bulk insert sends at once: well under both dialects' bound-parameter limits. */
const BATCH = 500;

/** Inserts reports with their replies in batches; counts are settled afterwards by `settleCounts`. */
export async function insertReportBatch(db: Db, batch: readonly ReportWithThread[]): Promise<void> {
  for (let start = 0; start < batch.length; start += BATCH) {
    const chunk = batch.slice(start, start + BATCH);
    const ids = await insertReports(
      db,
      chunk.map((c) => c.report),
    );
    const replies = chunk.flatMap((c, i) =>
      c.replies.map((r) => ({ ...r, reportId: ids[i] as number })),
    );
    for (let r = 0; r < replies.length; r += BATCH)
      await insertReplies(db, replies.slice(r, r + BATCH));
    await insertSideEffects(
      db,
      chunk.map((c, i) => ({
        reportId: ids[i] as number,
        sideEffects: c.report.details?.sideEffects ?? [],
      })),
    );
    for (const [i, c] of chunk.entries())
      for (const u of c.updates ?? [])
        await insertUpdate(db, {
          ...u,
          reportId: ids[i] as number,
          status: 'approved',
          safety: [],
        });
  }
}

/**
 * After a bulk load: every tally and every author's post count recomputed from the posts.
 * Invariant: public numbers equal what the approved posts say.
 */
export async function settleCounts(db: Db, options: { extract?: boolean } = {}): Promise<void> {
  await rebuildTallies(db);
  await recountPostCounts(db);
  await rebuildHelpfulScores(db);
  // Extraction reads every report (about 0.4 ms each); the 1M-report benchmark corpus skips it.
  if (options.extract ?? true) await reextractAll(db);
  else await rebuildInsight(db);
}

export interface AuthorDraft {
  displayName: string;
  location: string | null;
  createdAt: string;
}

/** Creates member accounts for authors (demo and benchmark volumes); returns their ids in order. */
export async function createAuthors(db: Db, authors: readonly AuthorDraft[]): Promise<number[]> {
  const ids: number[] = [];
  for (const a of authors) {
    ids.push(await insertUser(db, { ...a, email: null, role: 'member' }));
  }
  return ids;
}

/** A site with no remedy yet is new: the demo content may be loaded into it. */
export async function isEmptySite(db: Db): Promise<boolean> {
  return (await countRemedies(db)) === 0;
}
