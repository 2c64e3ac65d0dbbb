// Published reports for open reading, page by page from a cursor, each with the facts the public
// numbers took from it and where each came from.
import type { Db } from '../../db/database.js';
import {
  type OpenFacts,
  type OpenReportRow,
  findOpenFacts,
  findOpenReport,
  listOpenReports,
} from '../../db/repositories/open/reports.js';
import { findConditionBySlug } from '../../db/repositories/reading/conditions.js';
import { findPublishedRemedy } from '../../db/repositories/reading/remedies.js';
import { DomainError } from '../../model/errors.js';
import { maskContacts } from '../../model/privacy.js';
import { doseBandLabel, sideEffectLabel } from '../insight/index.js';

export interface OpenReportQuery {
  remedy?: string | undefined;
  condition?: string | undefined;
  rating?: number | undefined;
  outcome?: string | undefined;
  dose?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

/** Where a fact came from: the author's own field, or the words of the text it was read from. */
export type FactSource =
  { field: string; from: 'author' } | { field: string; from: 'text'; text: string };

export interface OpenReport extends Omit<OpenReportRow, 'cursor'> {
  /** What the public numbers took from it (null: not read yet). */
  facts: {
    outcome: string | null;
    doseBand: { band: string; label: string } | null;
    dailyMg: { min: number; max: number } | null;
    takenDays: number | null;
    effectDays: number | null;
    forWhom: string | null;
    sideEffects: { term: string; label: string; severity: string | null }[];
    sources: FactSource[];
  } | null;
}

export interface OpenReportPage {
  reports: OpenReport[];
  /** The cursor of the next page, or null on the last. */
  next: string | null;
}

const encode = (c: { at: string; id: number }) =>
  Buffer.from(JSON.stringify([c.at, c.id])).toString('base64url');

function decode(cursor: string): { at: string; id: number } {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(v) &&
      v.length === 2 &&
      typeof v[0] === 'string' &&
      v[0].length <= 40 &&
      Number.isSafeInteger(v[1])
    )
      return { at: v[0], id: v[1] as number };
  } catch {
    // falls through to the error below
  }
  throw new DomainError('INVALID_QUERY', 'The cursor is not one this site gave out.');
}

function sourcesOf(json: string): FactSource[] {
  const parsed = JSON.parse(json) as Record<string, unknown>;
  const out: FactSource[] = [];
  // Besides the fields, the record names the extractor version that read it.
  for (const [field, s] of Object.entries(parsed))
    if (s === 'author') out.push({ field, from: 'author' });
    else if (typeof s === 'string')
      out.push({
        field,
        from: 'text',
        text: maskContacts(s.replace(/^text: “?/, '').replace(/”$/, '')),
      });
  return out;
}

function factsOf(f: OpenFacts | undefined): OpenReport['facts'] {
  if (!f) return null;
  return {
    outcome: f.outcome,
    doseBand: f.doseBand ? { band: f.doseBand, label: doseBandLabel(f.doseBand) } : null,
    dailyMg:
      f.dailyMgMin !== null && f.dailyMgMax !== null
        ? { min: f.dailyMgMin, max: f.dailyMgMax }
        : null,
    takenDays: f.takenDays,
    effectDays: f.effectDays,
    forWhom: f.forWhom,
    sideEffects: f.sideEffects.map((e) => ({ ...e, label: sideEffectLabel(e.term) })),
    sources: sourcesOf(f.sources),
  };
}

/** A report as the public sees it: contact details masked, with its facts. */
function present(row: OpenReportRow, facts: OpenFacts | undefined): OpenReport {
  // The cursor is the list's business, not the report's.
  const { cursor, ...rest } = row;
  return {
    ...rest,
    title: row.title === null ? null : maskContacts(row.title),
    body: maskContacts(row.body),
    facts: factsOf(facts),
  };
}

/** Published reports, newest first, filtered, one page from the cursor. */
export async function openReports(db: Db, q: OpenReportQuery): Promise<OpenReportPage> {
  const [remedy, condition] = await Promise.all([
    q.remedy === undefined ? null : findPublishedRemedy(db, q.remedy),
    q.condition === undefined ? null : findConditionBySlug(db, q.condition),
  ]);
  if (q.remedy !== undefined && !remedy) throw new DomainError('REMEDY_NOT_FOUND');
  if (q.condition !== undefined && !condition) throw new DomainError('CONDITION_NOT_FOUND');
  const after = q.cursor === undefined ? null : decode(q.cursor);
  // One more than asked says whether there is a next page.
  const rows = await listOpenReports(
    db,
    {
      remedyId: remedy?.id,
      conditionId: condition?.id,
      rating: q.rating,
      outcome: q.outcome,
      doseBand: q.dose,
    },
    after,
    q.limit + 1,
  );
  const page = rows.slice(0, q.limit);
  const facts = await findOpenFacts(
    db,
    page.map((r) => r.id),
  );
  const last = page.at(-1);
  return {
    reports: page.map((r) => present(r, facts.get(r.id))),
    next: rows.length > q.limit && last ? encode(last.cursor) : null,
  };
}

export async function openReport(db: Db, id: number): Promise<OpenReport> {
  const row = await findOpenReport(db, id);
  if (!row) throw new DomainError('REPORT_NOT_FOUND');
  const facts = await findOpenFacts(db, [id]);
  return present(row, facts.get(id));
}
