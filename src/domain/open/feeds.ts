// What the Atom feeds carry: the newest published reports of a scope (the site, a remedy, a
// condition or a pair), and the newest article revisions with what each changed.
import type { Db } from '../../db/database.js';
import { listRecentRevisions } from '../../db/repositories/open/revisions.js';
import { findConditionBySlug } from '../../db/repositories/reading/conditions.js';
import { findPublishedRemedy } from '../../db/repositories/reading/remedies.js';
import { DomainError } from '../../model/errors.js';
import type { Condition, Remedy } from '../../model/types.js';
import { type OpenReport, openReports } from './reports.js';

export const FEED_SIZE = 50;

export interface ReportFeed {
  remedy: Remedy | null;
  condition: Condition | null;
  reports: OpenReport[];
}

export async function reportFeed(
  db: Db,
  scope: { remedy?: string; condition?: string },
): Promise<ReportFeed> {
  const [remedy, condition] = await Promise.all([
    scope.remedy === undefined ? null : findPublishedRemedy(db, scope.remedy),
    scope.condition === undefined ? null : findConditionBySlug(db, scope.condition),
  ]);
  if (scope.remedy !== undefined && !remedy) throw new DomainError('REMEDY_NOT_FOUND');
  if (scope.condition !== undefined && !condition) throw new DomainError('CONDITION_NOT_FOUND');
  const page = await openReports(db, { ...scope, limit: FEED_SIZE });
  return { remedy, condition, reports: page.reports };
}

// The article's sections as editors name them, in page order.
const SECTIONS: Record<string, string> = {
  overview: 'overview',
  whatItIs: 'what it is',
  research: 'research',
  benefits: 'benefits',
  dosage: 'dosage',
  tips: 'tips',
  sideEffects: 'side effects',
  cautions: 'cautions',
  whenToStop: 'when to stop',
  reportHighlights: 'what readers report',
  faq: 'questions',
  closing: 'closing',
  disclaimer: 'disclaimer',
};
const FIELDS: Record<string, string> = {
  name: 'name',
  aliases: 'other names',
  kind: 'kind',
  summary: 'summary',
  citations: 'sources',
  uses: 'uses and evidence',
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const record = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};

/** The parts of a remedy one revision changed, in words ("dosage", "sources"). */
export function changedParts(content: unknown, previous: unknown): string[] {
  if (previous === null) return ['first version'];
  const now = record(content);
  const before = record(previous);
  const parts = Object.entries(FIELDS)
    .filter(([key]) => !same(now[key], before[key]))
    .map(([, label]) => label);
  const article = record(now.article);
  const was = record(before.article);
  for (const [key, label] of Object.entries(SECTIONS))
    if (!same(article[key], was[key])) parts.push(label);
  return parts;
}

export interface RevisionFeedEntry {
  slug: string;
  name: string;
  number: number;
  createdAt: string;
  note: string;
  changed: string[];
}

export async function revisionFeed(db: Db): Promise<RevisionFeedEntry[]> {
  const rows = await listRecentRevisions(db, FEED_SIZE);
  return rows.map((r) => ({
    slug: r.slug,
    name: r.name,
    number: r.number,
    createdAt: r.createdAt,
    note: r.note,
    changed: changedParts(r.content, r.previous),
  }));
}
