// Remedies, conditions and their numbers for open reading: what the pages show, as data.
import type { Db } from '../../db/database.js';
import type { Article, EvidenceLevel } from '../../model/article.js';
import { DomainError } from '../../model/errors.js';
import type { Citation, Condition, RatingSummary, RemedySummary } from '../../model/types.js';
import { type Insight, toInsight } from '../insight/index.js';
import {
  getConditionPage,
  listConditionsByCategory,
  listRemedies,
  readRemedyMeta,
  summarise,
} from '../reading/index.js';
import { findConditionBySlug } from '../../db/repositories/reading/conditions.js';

/**
 * A remedy's or a pair's numbers, always with how many reports they rest on. Below the site's
 * minimum (INSIGHT_MIN_REPORTS) they are withheld: a number from three reports reads as more
 * than it is.
 */
export interface OpenInsight {
  reports: number;
  minReports: number;
  withheld: boolean;
  /** Reports that say how it went. */
  known: number;
  /** Improved (for good or for a while) of those that say, with its 95% Wilson interval. */
  improved: { count: number; of: number; share: number | null; low: number; high: number } | null;
  outcomes: Insight['outcomes'];
  doesNotSay: number;
  doses: Insight['doses'];
  sideEffects: Insight['sideEffects'];
  timeToEffect: Insight['effects'];
}

export function openInsightOf(i: Insight): OpenInsight {
  const base = {
    reports: i.count,
    minReports: i.minCount,
    withheld: i.tooFew,
    known: i.known,
    doesNotSay: i.count - i.known,
  };
  if (i.tooFew)
    return { ...base, improved: null, outcomes: [], doses: [], sideEffects: [], timeToEffect: [] };
  return {
    ...base,
    improved: {
      count: i.improved.successes,
      of: i.improved.n,
      share: i.improved.share,
      low: i.improved.low,
      high: i.improved.high,
    },
    outcomes: i.outcomes.filter((o) => o.outcome !== 'unknown'),
    doses: i.doses,
    sideEffects: i.sideEffects,
    timeToEffect: i.effects,
  };
}

export interface OpenRemedyListing {
  remedy: RemedySummary;
  ratings: RatingSummary;
}

export const openRemedies = async (db: Db): Promise<OpenRemedyListing[]> =>
  (await listRemedies(db)).map((l) => ({ remedy: l.remedy, ratings: l.summary }));

export interface OpenRemedy {
  remedy: RemedySummary & { aliases: string[]; article: Article; modifiedAt: string };
  citations: Citation[];
  uses: { condition: Condition; evidence: EvidenceLevel; note: string; citations: string[] }[];
  conditions: { condition: Condition; ratings: RatingSummary; insight: OpenInsight }[];
  ratings: RatingSummary;
  insight: OpenInsight;
}

export async function openRemedy(db: Db, slug: string, minReports: number): Promise<OpenRemedy> {
  const meta = await readRemedyMeta(db, slug);
  if (!meta) throw new DomainError('REMEDY_NOT_FOUND');
  const { remedy, citations, uses, tallies, conditions, records } = meta;
  const byCount = [...tallies].sort((a, b) => b.count - a.count);
  return {
    remedy: {
      id: remedy.id,
      slug: remedy.slug,
      name: remedy.name,
      kind: remedy.kind,
      summary: remedy.summary,
      editorsChoice: remedy.editorsChoice,
      aliases: remedy.aliases,
      article: remedy.article,
      modifiedAt: remedy.modifiedAt,
    },
    citations,
    uses: uses.map((u) => ({
      condition: u.condition,
      evidence: u.evidenceLevel,
      note: u.note,
      citations: u.citations.map((c) => c.key),
    })),
    conditions: byCount
      .filter((t) => t.count > 0 && conditions.has(t.conditionId))
      .map((t) => ({
        condition: conditions.get(t.conditionId) as Condition,
        ratings: summarise([t]),
        insight: openInsightOf(
          toInsight(
            records.filter((r) => r.conditionId === t.conditionId),
            minReports,
          ),
        ),
      })),
    ratings: summarise(tallies),
    insight: openInsightOf(toInsight(records, minReports)),
  };
}

export interface OpenConditionListing {
  condition: Condition;
  reports: number;
  remedies: number;
}

export const openConditions = async (db: Db): Promise<OpenConditionListing[]> =>
  (await listConditionsByCategory(db)).flatMap((c) =>
    c.conditions.map((l) => ({
      condition: l.condition,
      reports: l.reportCount,
      remedies: l.remedyCount,
    })),
  );

export interface OpenCondition {
  condition: Condition;
  reports: number;
  remedies: {
    remedy: RemedySummary;
    ratings: RatingSummary;
    /** Share of rated reports with 4 or 5 stars, with its interval; null below the minimum. */
    positive: { count: number; of: number; share: number | null; low: number; high: number } | null;
    evidence: EvidenceLevel | null;
    insight: OpenInsight;
  }[];
}

export async function openCondition(
  db: Db,
  slug: string,
  minReports: number,
): Promise<OpenCondition> {
  const page = await getConditionPage(db, slug, minReports);
  return {
    condition: page.condition,
    reports: page.reportCount,
    remedies: page.remedies.map((r) => ({
      remedy: r.remedy,
      ratings: r.summary,
      positive: r.tooFew
        ? null
        : {
            count: r.positive.successes,
            of: r.positive.n,
            share: r.positive.share,
            low: r.positive.low,
            high: r.positive.high,
          },
      evidence: r.evidence,
      insight: openInsightOf(r.insight),
    })),
  };
}

/** The numbers of a remedy, or of a remedy for one condition. */
export async function openPairInsight(
  db: Db,
  remedySlug: string,
  conditionSlug: string | undefined,
  minReports: number,
): Promise<{ remedy: RemedySummary; condition: Condition | null; insight: OpenInsight }> {
  const meta = await readRemedyMeta(db, remedySlug);
  if (!meta) throw new DomainError('REMEDY_NOT_FOUND');
  let condition: Condition | null = null;
  if (conditionSlug !== undefined) {
    condition = await findConditionBySlug(db, conditionSlug);
    if (!condition) throw new DomainError('CONDITION_NOT_FOUND');
  }
  const records = condition
    ? meta.records.filter((r) => r.conditionId === condition.id)
    : meta.records;
  return {
    remedy: meta.remedy,
    condition,
    insight: openInsightOf(toInsight(records, minReports)),
  };
}
