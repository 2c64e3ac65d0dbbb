import type { Db } from '../db/database.js';
import { findConditionBySlug, findConditionsByIds } from '../db/repositories/conditions.js';
import { findPublishedRemedy, listCitations, listRemedyUses } from '../db/repositories/remedies.js';
import { listRemedyConditionReports } from '../db/repositories/reports.js';
import { talliesForRemedy } from '../db/repositories/tallies.js';
import { DomainError } from './errors.js';
import { type PageInfo, pageInfo, planPage, startPages } from './pagination.js';
import { countOf, summarise } from './ratings.js';
import { withReplies } from './replies.js';
import type {
  Citation,
  Condition,
  RatingSummary,
  Remedy,
  RemedyUse,
  ReportWithReplies,
} from './types.js';

export interface ConditionGroup {
  condition: Condition;
  summary: RatingSummary;
  /** With the star filter applied. */
  shown: number;
  /** The page of the remedy's report list on which this condition's reports begin. */
  startPage: number;
}

export interface RemedyReports {
  remedy: Remedy;
  citations: Citation[];
  uses: RemedyUse[];
  /** Every condition with approved reports, most-reported first. */
  groups: ConditionGroup[];
  /** All approved reports of the remedy (or of the chosen condition). */
  summary: RatingSummary;
  condition: Condition | null;
  rating: number | null;
  page: PageInfo;
  /** This page's reports, in group order, each group newest first. */
  reports: ReportWithReplies[];
}

export interface RemedyReportsQuery {
  slug: string;
  conditionSlug?: string;
  rating: number | null;
  page: number;
}

/** A remedy with one page of its approved reports, grouped by condition. */
export async function getRemedyReports(db: Db, q: RemedyReportsQuery): Promise<RemedyReports> {
  const remedy = await findPublishedRemedy(db, q.slug);
  if (!remedy) throw new DomainError('REMEDY_NOT_FOUND');
  let condition: Condition | null = null;
  if (q.conditionSlug !== undefined) {
    condition = await findConditionBySlug(db, q.conditionSlug);
    if (!condition) throw new DomainError('CONDITION_NOT_FOUND');
  }

  const [tallies, citations, uses] = await Promise.all([
    talliesForRemedy(db, remedy.id),
    listCitations(db, remedy.id),
    listRemedyUses(db, remedy.id),
  ]);
  const conditions = new Map(
    (
      await findConditionsByIds(
        db,
        tallies.map((t) => t.conditionId),
      )
    ).map((c) => [c.id, c]),
  );
  const ordered = tallies
    .filter((t) => t.count > 0 && conditions.has(t.conditionId))
    .sort(
      (a, b) =>
        b.count - a.count ||
        (conditions.get(a.conditionId)?.name ?? '').localeCompare(
          conditions.get(b.conditionId)?.name ?? '',
        ),
    );
  const listed = ordered.filter((t) => condition === null || t.conditionId === condition.id);
  const sizes = listed.map((t) => ({ key: t.conditionId, count: countOf(t, q.rating) }));
  const starts = startPages(sizes);
  const groups: ConditionGroup[] = ordered.map((t) => ({
    condition: conditions.get(t.conditionId) as Condition,
    summary: summarise([t]),
    shown: countOf(t, q.rating),
    startPage: starts.get(t.conditionId) ?? 1,
  }));

  const total = sizes.reduce((n, s) => n + s.count, 0);
  const page = pageInfo(q.page, total);
  if (q.page > page.pageCount) throw new DomainError('PAGE_NOT_FOUND');

  const slices = planPage(sizes, q.page);
  const reports = (
    await Promise.all(
      slices.map((s) =>
        listRemedyConditionReports(db, {
          remedyId: remedy.id,
          conditionId: s.key,
          rating: q.rating,
          offset: s.offset,
          limit: s.limit,
        }),
      ),
    )
  ).flat();

  return {
    remedy,
    citations,
    uses,
    groups,
    summary: summarise(listed),
    condition,
    rating: q.rating,
    page,
    reports: await withReplies(db, reports),
  };
}
