import type { Db } from '../../db/database.js';
import { listConditions } from '../../db/repositories/reading/conditions.js';
import { findRemedyAnyStatus, listAllRemedies } from '../../db/repositories/editorial/editing.js';
import { findReportsByIds } from '../../db/repositories/reports/contributions.js';
import { listPublishedRemedies } from '../../db/repositories/reading/remedies.js';
import {
  type ReportFilters,
  indexRemedy,
  rebuildReportIndex,
  searchRemedies,
  CANDIDATES,
  searchReports,
} from '../../search/index.js';
import { type ParsedQuery, isEmptyQuery, parseQuery } from '../../search/query.js';
import type { Article } from '../../model/article.js';
import { type PageInfo, pageInfo } from '../common/index.js';
import type { Condition, RemedySummary, Report } from '../../model/types.js';

/** Every word of an article, for the search index. */
export function articleText(a: Article): string {
  const points = (ps: { label: string; text: string }[]) => ps.map((p) => `${p.label} ${p.text}`);
  return [
    ...a.overview.paragraphs,
    ...points(a.overview.highlights),
    a.whatItIs.title,
    ...a.whatItIs.paragraphs,
    ...points(a.whatItIs.points),
    a.research.intro,
    ...a.research.findings.map((f) => `${f.area} ${f.claim}`),
    ...a.benefits.flatMap((b) => [b.title, b.intro, ...points(b.points)]),
    ...a.dosage.rows.map((r) => `${r.purpose} ${r.note}`),
    ...points(a.tips),
    ...points(a.sideEffects.common),
    ...points(a.sideEffects.occasional),
    ...a.cautions,
    a.whenToStop,
    ...a.faq.flatMap((f) => [f.question, f.answer]),
  ].join('\n');
}

export async function indexRemedyDocument(
  db: Db,
  remedyId: number,
  r: { name: string; aliases: string[]; summary: string; article: Article },
): Promise<void> {
  await indexRemedy(db, remedyId, {
    name: r.name,
    aliases: r.aliases,
    summary: r.summary,
    body: articleText(r.article),
  });
}

/** Rebuilds every search index; `onProgress` hears how many remedies are done. */
export async function reindexAll(
  db: Db,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<void> {
  const remedies = await listAllRemedies(db);
  let done = 0;
  for (const r of remedies) {
    const remedy = await findRemedyAnyStatus(db, r.slug);
    if (remedy) await indexRemedyDocument(db, remedy.id, remedy);
    onProgress(++done, remedies.length + 1);
  }
  await rebuildReportIndex(db);
  onProgress(remedies.length + 1, remedies.length + 1);
}

/** Edit distance, for "did you mean" on remedy and condition names. */
export function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0] as number;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j] as number;
      prev[j] = Math.min(
        above + 1,
        (prev[j - 1] as number) + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return prev[b.length] as number;
}

/**
 * The closest remedy or condition name to a misspelled query, if one is close enough. A name is
 * also matched by each of its words, so "glutamene" finds "L-Glutamine" through "glutamine".
 */
export function suggest(query: string, names: string[]): string | null {
  const q = query.toLowerCase().trim();
  let best: { name: string; d: number } | null = null;
  for (const name of names) {
    const lower = name.toLowerCase();
    const words = lower.split(/[\s-]+/).filter((w) => w.length >= 4 && w !== lower);
    for (const form of [lower, ...words]) {
      // The difference in length is the least the distance can be: most names are skipped.
      const allowed = Math.max(1, Math.floor(form.length / 4));
      if (Math.abs(form.length - q.length) > Math.min(allowed, best ? best.d - 1 : allowed))
        continue;
      const d = distance(q, form);
      if (d > 0 && d <= Math.max(1, Math.floor(form.length / 4)) && (!best || d < best.d))
        best = { name, d };
    }
  }
  return best?.name ?? null;
}

export interface SearchInput {
  q: string;
  page: number;
  filters: ReportFilters;
}

export interface SearchResults {
  query: ParsedQuery;
  remedies: RemedySummary[];
  conditions: Condition[];
  /** Each report with its snippet and its title, matches marked (see ReportHit). */
  reports: { report: Report; snippet: string; title: string | null }[];
  page: PageInfo;
  /** More reports match than are counted or paged through (COUNT_CAP): shown as "1,000+". */
  capped: boolean;
  /** How many of the newest matches are ranked when the count is capped. */
  candidates: number;
  suggestion: string | null;
  facets: { remedies: RemedySummary[]; conditions: Condition[] };
}

const PER_PAGE = 20;

/** Names and aliases first, then reports by full-text relevance; a suggestion when nothing matches by name. */
export async function searchSite(db: Db, input: SearchInput): Promise<SearchResults> {
  const query = parseQuery(input.q);
  const [remedies, conditions] = await Promise.all([listPublishedRemedies(db), listConditions(db)]);
  const facets = { remedies, conditions };
  if (isEmptyQuery(query))
    return {
      query,
      remedies: [],
      conditions: [],
      reports: [],
      page: pageInfo(1, 0, PER_PAGE),
      capped: false,
      candidates: CANDIDATES,
      suggestion: null,
      facets,
    };

  const wanted = [...query.phrases, ...query.words].join(' ').toLowerCase();
  // From the start of a word: "glutam" finds L-Glutamine, but "bloating", which holds the letters
  // of the alias "OA", does not find osteoarthritis.
  const wordsOf = (s: string) =>
    ` ${s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()} `;
  const nameMatch = (names: string[]) =>
    names.some(
      (n) => wordsOf(n).includes(wordsOf(wanted).trimEnd()) || wordsOf(wanted).includes(wordsOf(n)),
    );
  const byName = new Map(remedies.map((r) => [r.id, r]));
  const textMatches = (await searchRemedies(db, query, 10))
    .map((id) => byName.get(id))
    .filter((r): r is RemedySummary => r !== undefined);
  const remedyHits = [
    ...remedies.filter((r) => nameMatch([r.name, r.slug.replace(/-/g, ' ')])),
    ...textMatches,
  ].filter((r, i, all) => all.findIndex((x) => x.id === r.id) === i);
  const conditionHits = conditions.filter((c) => nameMatch([c.name, ...c.aliases]));

  const { total, capped, hits } = await searchReports(
    db,
    query,
    input.filters,
    (input.page - 1) * PER_PAGE,
    PER_PAGE,
  );
  const marked = new Map(hits.map((h) => [h.id, h]));
  const reports = (
    await findReportsByIds(
      db,
      hits.map((h) => h.id),
    )
  ).map((report) => ({
    report,
    snippet: marked.get(report.id)?.snippet ?? '',
    title: marked.get(report.id)?.title ?? null,
  }));
  const exactName = remedyHits.length > 0 || conditionHits.length > 0;
  const suggestion = exactName
    ? null
    : suggest(wanted, [
        ...remedies.map((r) => r.name),
        ...conditions.flatMap((c) => [c.name, ...c.aliases]),
      ]);
  return {
    query,
    remedies: remedyHits,
    conditions: conditionHits,
    reports,
    page: pageInfo(input.page, total, PER_PAGE),
    capped,
    candidates: CANDIDATES,
    suggestion,
    facets,
  };
}

/** Remedy and condition names starting with (or containing) what has been typed, for autocomplete. */
export async function autocomplete(
  db: Db,
  q: string,
): Promise<{ type: 'remedy' | 'condition'; name: string; slug: string }[]> {
  const text = q.trim().toLowerCase();
  if (text.length < 2) return [];
  const [remedies, conditions] = await Promise.all([listPublishedRemedies(db), listConditions(db)]);
  const score = (name: string) =>
    name.toLowerCase().startsWith(text) ? 0 : name.toLowerCase().includes(text) ? 1 : 2;
  return [
    ...remedies.map((r) => ({
      type: 'remedy' as const,
      name: r.name,
      slug: r.slug,
      s: score(r.name),
    })),
    ...conditions.map((c) => ({
      type: 'condition' as const,
      name: c.name,
      slug: c.slug,
      s: Math.min(score(c.name), ...c.aliases.map(score)),
    })),
  ]
    .filter((x) => x.s < 2)
    .sort((a, b) => a.s - b.s || a.name.localeCompare(b.name))
    .slice(0, 10)
    .map(({ s: _s, ...x }) => x);
}
