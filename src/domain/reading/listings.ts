import type { Db } from '../../db/database.js';
import { findConditionBySlug, listConditions } from '../../db/repositories/reading/conditions.js';
import {
  listPublishedRemedies,
  listUsesForCondition,
} from '../../db/repositories/reading/remedies.js';
import { listConditionReports, listLatestReports } from '../../db/repositories/reports/reports.js';
import { allPublishedTallies, talliesForCondition } from '../../db/repositories/reading/tallies.js';
import type { EvidenceLevel } from '../../model/article.js';
import { insightRecords } from '../../db/repositories/insight/insight.js';
import { DomainError } from '../../model/errors.js';
import {
  type EvidenceComparison,
  compareWithEvidence,
  type Insight,
  toInsight,
} from '../insight/index.js';
import { type PageInfo, pageInfo, type Share, wilson } from '../common/index.js';
import { summarise } from './ratings.js';
import { withReplies } from '../reports/index.js';
import type {
  Condition,
  RatingSummary,
  RemedySummary,
  Report,
  ReportWithReplies,
  Tally,
} from '../../model/types.js';

export interface RemedyListing {
  remedy: RemedySummary;
  summary: RatingSummary;
}

function byRemedy(tallies: readonly Tally[]): Map<number, Tally[]> {
  const map = new Map<number, Tally[]>();
  for (const t of tallies) map.set(t.remedyId, [...(map.get(t.remedyId) ?? []), t]);
  return map;
}

/** Published remedies A–Z with their report counts and average ratings. */
export async function listRemedies(db: Db): Promise<RemedyListing[]> {
  const [remedies, tallies] = await Promise.all([
    listPublishedRemedies(db),
    allPublishedTallies(db),
  ]);
  const grouped = byRemedy(tallies);
  return remedies.map((remedy) => ({ remedy, summary: summarise(grouped.get(remedy.id) ?? []) }));
}

export interface ConditionListing {
  condition: Condition;
  reportCount: number;
  remedyCount: number;
}

export interface ConditionCategory {
  category: string;
  conditions: ConditionListing[];
}

/** Conditions grouped by category (categories and names alphabetical), with their counts. */
export async function listConditionsByCategory(db: Db): Promise<ConditionCategory[]> {
  const [conditions, tallies] = await Promise.all([listConditions(db), allPublishedTallies(db)]);
  const categories = new Map<string, ConditionListing[]>();
  for (const condition of conditions) {
    const mine = tallies.filter((t) => t.conditionId === condition.id && t.count > 0);
    const listing = {
      condition,
      reportCount: mine.reduce((n, t) => n + t.count, 0),
      remedyCount: mine.length,
    };
    categories.set(condition.category, [...(categories.get(condition.category) ?? []), listing]);
  }
  return [...categories].map(([category, list]) => ({ category, conditions: list }));
}

export interface RankedRemedy {
  remedy: RemedySummary;
  summary: RatingSummary;
  /** Reports rating it 4 or 5 stars, with the 95% Wilson interval of that share. */
  positive: Share;
  /** Fewer reports than a share needs to mean anything: show words, not a number. */
  tooFew: boolean;
  evidence: EvidenceLevel | null;
  /** What the reports say happened (outcomes, with the improved share), and the evidence beside it. */
  insight: Insight;
  comparison: EvidenceComparison | null;
}

/** Below this many reports a share is not shown as a number ("too few reports"). */
export const MIN_REPORTS_FOR_SHARE = 5;

const positiveShare = (summary: RatingSummary): Share =>
  wilson(summary.histogram[3] + summary.histogram[4], summary.rated);

export interface ConditionPage {
  condition: Condition;
  remedies: RankedRemedy[];
  latest: ReportWithReplies[];
  reportCount: number;
}

export const CONDITION_LATEST = 10;

/**
 * A condition with the remedies reported for it, ranked by the lower bound of the 95% interval of
 * their share of 4–5 star reports (many consistent reports beat a few glowing ones), and its
 * latest reports.
 */
export async function getConditionPage(
  db: Db,
  slug: string,
  minReports = MIN_REPORTS_FOR_SHARE,
): Promise<ConditionPage> {
  const condition = await findConditionBySlug(db, slug);
  if (!condition) throw new DomainError('CONDITION_NOT_FOUND');
  const [tallies, remedies, evidence, latest, records] = await Promise.all([
    talliesForCondition(db, condition.id),
    listPublishedRemedies(db),
    listUsesForCondition(db, condition.id),
    listConditionReports(db, condition.id, 0, CONDITION_LATEST),
    insightRecords(db, { conditionId: condition.id }),
  ]);
  const insightOf = (remedyId: number) =>
    toInsight(
      records.filter((r) => r.remedyId === remedyId),
      minReports,
    );
  const compared = (remedyId: number, insight: Insight) => {
    const level = evidence.get(remedyId);
    return level ? compareWithEvidence(level, insight) : null;
  };
  const byId = new Map(remedies.map((r) => [r.id, r]));
  const ranked = tallies
    .filter((t) => t.count > 0 && byId.has(t.remedyId))
    .map((t) => {
      const summary = summarise([t]);
      const insight = insightOf(t.remedyId);
      return {
        remedy: byId.get(t.remedyId) as RemedySummary,
        summary,
        positive: positiveShare(summary),
        // The share of 4–5 stars rests on rated reports only.
        tooFew: summary.rated < minReports,
        evidence: evidence.get(t.remedyId) ?? null,
        insight,
        comparison: compared(t.remedyId, insight),
      };
    })
    .sort(
      (a, b) =>
        b.positive.low - a.positive.low ||
        b.summary.count - a.summary.count ||
        a.remedy.name.localeCompare(b.remedy.name),
    );
  // Remedies the editors list for this condition but nobody has reported on yet still belong here.
  for (const [remedyId, level] of evidence) {
    const remedy = byId.get(remedyId);
    if (remedy && !ranked.some((r) => r.remedy.id === remedyId)) {
      ranked.push({
        remedy,
        summary: summarise([]),
        positive: wilson(0, 0),
        tooFew: true,
        evidence: level,
        insight: insightOf(remedyId),
        comparison: null,
      });
    }
  }
  return {
    condition,
    remedies: ranked,
    latest: await withReplies(db, latest),
    reportCount: tallies.reduce((n, t) => n + t.count, 0),
  };
}

export interface LatestReports {
  reports: ReportWithReplies[];
  page: PageInfo;
}

/** The newest approved reports site-wide. */
export async function getLatestReports(db: Db, page: number): Promise<LatestReports> {
  const total = (await allPublishedTallies(db)).reduce((n, t) => n + t.count, 0);
  const info = pageInfo(page, total);
  if (page > info.pageCount) throw new DomainError('PAGE_NOT_FOUND');
  const reports = await listLatestReports(db, (page - 1) * info.perPage, info.perPage);
  return { reports: await withReplies(db, reports), page: info };
}

export interface Home {
  featured: RemedyListing[];
  latest: Report[];
  categories: ConditionCategory[];
  remedyCount: number;
  reportCount: number;
}

export const HOME_LATEST = 8;

export async function getHome(db: Db): Promise<Home> {
  const [remedies, latest, categories] = await Promise.all([
    listRemedies(db),
    listLatestReports(db, 0, HOME_LATEST),
    listConditionsByCategory(db),
  ]);
  return {
    featured: remedies.filter((r) => r.remedy.editorsChoice),
    latest,
    categories,
    remedyCount: remedies.length,
    reportCount: remedies.reduce((n, r) => n + r.summary.count, 0),
  };
}
