import type { Db } from '../../db/database.js';
import { findConditionBySlug } from '../../db/repositories/reading/conditions.js';
import { type RemedyMeta, type RemedyPages, readRemedyMeta } from './remedy-meta.js';
import { createHash } from 'node:crypto';
import type { StoredInsightRecord } from '../../db/repositories/insight/insight.js';
import { type ReportSort, reportSorts } from '../../model/vocabulary.js';
import {
  countRemedyConditionReports,
  listReportHighlights,
} from '../../db/repositories/reports/reports.js';
import { type CardRow, listReportCards } from '../../db/repositories/reading/cards.js';
import { type CardRef, type KeptCards, type PostCounts, readCards } from './cards.js';
import { DomainError } from '../../model/errors.js';
import {
  type EvidenceComparison,
  type Statement,
  compareWithEvidence,
  statementsFor,
  type Insight,
  toInsight,
} from '../insight/index.js';
import { type PageInfo, pageInfo, planPage, startPages } from '../common/index.js';
import { countOf, summarise } from './ratings.js';
import type {
  Citation,
  Condition,
  RatingSummary,
  Remedy,
  RemedyUse,
  ReportHighlights,
} from '../../model/types.js';

export interface ConditionGroup {
  condition: Condition;
  summary: RatingSummary;
  /** With the star filter applied. */
  shown: number;
  /** The page of the remedy's report list on which this condition's reports begin. */
  startPage: number;
}

/** The default of INSIGHT_MIN_REPORTS. */
export const DEFAULT_MIN_REPORTS = 5;

export { reportSorts };

/** An editorial use (evidence and citations) beside what reports on that condition say. */
export interface ResearchBeside {
  use: RemedyUse;
  insight: Insight;
  comparison: EvidenceComparison;
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
  /** This page's report cards, in group order, each group in the chosen order. */
  cards: CardRef[];
  postCounts: PostCounts;
  sort: ReportSort;
  outcome: string | null;
  dose: string | null;
  /** Of the remedy, or of the chosen condition. */
  insight: Insight;
  /**
   * Names the numbers shown (insight and research): the same key, the same numbers, so views may
   * keep what they render from them under it.
   */
  insightKey: string;
  /**
   * Names everything the page shows above its report cards, for the remedy's current page version
   * (null when the version is unknown: nothing may be kept then).
   */
  pageKey: string | null;
  research: ResearchBeside[];
  /** "What people are saying" (for a chosen condition). */
  statements: Statement[];
  /** The most helpful reports that improved, and cautionary ones (for a chosen condition). */
  highlights: ReportHighlights;
}

export interface RemedyReportsQuery {
  slug: string;
  conditionSlug?: string;
  rating: number | null;
  page: number;
  sort?: ReportSort;
  outcome?: string | undefined;
  dose?: string | undefined;
  /** Fewer approved reports than this show "too few reports" (INSIGHT_MIN_REPORTS). */
  minReports?: number;
  /** The markup stored report cards must have been rendered with (none: every card is read in full). */
  cardFormat?: string;
  /** Cards the caller already holds: their text is not read again. */
  keptCards?: KeptCards;
}

// The rows' digest is taken once per list read: a remedy's kept page version reuses its list.
function digestOf(records: readonly StoredInsightRecord[], pages: RemedyPages | undefined): string {
  let digest = pages?.digests.get(records);
  if (digest === undefined) {
    const hash = createHash('sha1');
    for (const r of records) hash.update(`|${r.conditionId}:${r.count}:${r.stamp}`);
    digest = hash.digest('base64url');
    pages?.digests.set(records, digest);
  }
  return digest;
}

function numbersFor(
  remedyId: number,
  condition: Condition | null,
  uses: RemedyUse[],
  records: StoredInsightRecord[],
  minReports: number,
  pages: RemedyPages | undefined,
): { insight: Insight; research: ResearchBeside[]; key: string } {
  const key = `${remedyId}|${condition?.id ?? ''}|${minReports}|${digestOf(records, pages)}|${uses.map((u) => u.condition.id).join(',')}`;
  let numbers = pages?.numbers.get(key);
  if (!numbers) {
    const forCondition = (id: number) =>
      toInsight(
        records.filter((r) => r.conditionId === id),
        minReports,
      );
    numbers = {
      insight: condition ? forCondition(condition.id) : toInsight(records, minReports),
      pairs: uses.map((use) => forCondition(use.condition.id)),
    };
    pages?.keepNumbers(key, numbers);
  }
  const { insight, pairs } = numbers;
  const research = uses.map((use, i) => {
    const pair = pairs[i] as Insight;
    return { use, insight: pair, comparison: compareWithEvidence(use.evidenceLevel, pair) };
  });
  return { insight, research, key };
}

/** A pair's most helpful reports that it helped, and of the mixed or negative ones. */
async function readHighlights(
  db: Db,
  remedyId: number,
  conditionId: number,
): Promise<ReportHighlights> {
  const top = (outcome: string, limit: number) =>
    listReportHighlights(db, {
      remedyId,
      conditionId,
      rating: null,
      outcome,
      sort: 'helpful',
      offset: 0,
      limit,
    });
  const [helpful, worse, temporary, none] = await Promise.all([
    top('helped', 2),
    top('worse', 1),
    top('helped_temporarily', 1),
    top('no_change', 1),
  ]);
  return { helpful, cautionary: [...worse, ...temporary, ...none].slice(0, 2) };
}

/** The pairs a page lists, largest first, each with how many of its reports pass the filters. */
async function listedSizes(
  db: Db,
  q: RemedyReportsQuery,
  meta: RemedyMeta,
  condition: Condition | null,
) {
  const { remedy, tallies, conditions } = meta;
  const factFilter = q.outcome !== undefined || q.dose !== undefined;
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
  // Star counts are kept per pair; filters on facts are counted when asked for.
  const sizes = await Promise.all(
    listed.map(async (t) => ({
      key: t.conditionId,
      count: factFilter
        ? await countRemedyConditionReports(db, {
            remedyId: remedy.id,
            conditionId: t.conditionId,
            rating: q.rating,
            outcome: q.outcome,
            doseBand: q.dose,
          })
        : countOf(t, q.rating),
    })),
  );
  const starts = startPages(sizes);
  const groups: ConditionGroup[] = ordered.map((t) => ({
    condition: conditions.get(t.conditionId) as Condition,
    summary: summarise([t]),
    shown: sizes.find((s) => s.key === t.conditionId)?.count ?? countOf(t, q.rating),
    startPage: starts.get(t.conditionId) ?? 1,
  }));
  return { listed, sizes, groups };
}

/** The card rows of one page, across the condition groups it spans. */
async function pageCardRows(
  db: Db,
  q: RemedyReportsQuery,
  meta: RemedyMeta,
  sizes: { key: number; count: number }[],
) {
  // Loops and literal objects rather than spreads and flat(): this runs for every page.
  const slicesRead = await Promise.all(
    planPage(sizes, q.page).map(async (s) => {
      const c = meta.conditions.get(s.key) as Condition;
      return {
        condition: { slug: c.slug, name: c.name },
        rows: await listReportCards(db, {
          remedyId: meta.remedy.id,
          conditionId: s.key,
          rating: q.rating,
          outcome: q.outcome,
          doseBand: q.dose,
          sort: q.sort ?? 'newest',
          offset: s.offset,
          limit: s.limit,
        }),
      };
    }),
  );
  const rows: (CardRow & { condition: { slug: string; name: string } })[] = [];
  for (const slice of slicesRead)
    for (const { reportId, version, postCount } of slice.rows)
      rows.push({ reportId, version, postCount, condition: slice.condition });
  return rows;
}

/** A pair's example reports, kept with the page's rows while its version stands. */
async function highlightsFor(
  db: Db,
  meta: RemedyMeta,
  condition: Condition | null,
  insight: Insight,
): Promise<ReportHighlights> {
  if (!condition || insight.tooFew) return { helpful: [], cautionary: [] };
  const kept = meta.examples?.get(condition.id);
  const highlights = kept ?? (await readHighlights(db, meta.remedy.id, condition.id));
  // Read after the version, as the rest of the kept rows: see RemedyPages.read.
  if (!kept) meta.examples?.set(condition.id, highlights);
  return highlights;
}

/**
 * A remedy with one page of its approved reports, grouped by condition. With `pages`, the rows
 * above the report list are kept between requests while the remedy's page version stands.
 */
export async function getRemedyReports(
  db: Db,
  q: RemedyReportsQuery,
  pages?: RemedyPages,
): Promise<RemedyReports> {
  // Both at once: on PostgreSQL that is one round trip fewer (two pool connections).
  const [meta, condition] = await Promise.all([
    pages ? pages.read(db, q.slug) : readRemedyMeta(db, q.slug),
    q.conditionSlug === undefined ? null : findConditionBySlug(db, q.conditionSlug),
  ]);
  if (!meta) throw new DomainError('REMEDY_NOT_FOUND');
  const { remedy, citations, uses, records } = meta;
  if (q.conditionSlug !== undefined && !condition) throw new DomainError('CONDITION_NOT_FOUND');
  const { listed, sizes, groups } = await listedSizes(db, q, meta, condition);
  const page = pageInfo(
    q.page,
    sizes.reduce((n, s) => n + s.count, 0),
  );
  if (q.page > page.pageCount) throw new DomainError('PAGE_NOT_FOUND');
  const rows = await pageCardRows(db, q, meta, sizes);
  const { cards, postCounts } = await readCards(db, rows, q.cardFormat ?? '', q.keptCards ?? null);
  const {
    insight,
    research,
    key: insightKey,
  } = numbersFor(remedy.id, condition, uses, records, q.minReports ?? DEFAULT_MIN_REPORTS, pages);
  return {
    remedy,
    citations,
    uses,
    groups,
    summary: summarise(listed),
    condition,
    rating: q.rating,
    page,
    cards,
    postCounts,
    sort: q.sort ?? 'newest',
    outcome: q.outcome ?? null,
    dose: q.dose ?? null,
    insight,
    insightKey,
    pageKey: meta.version,
    research,
    statements: condition ? statementsFor(insight) : [],
    highlights: await highlightsFor(db, meta, condition, insight),
  };
}
