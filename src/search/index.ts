import { PostgresAdapter, type RawBuilder, sql } from 'kysely';
import type { Db } from '../db/database.js';
import { MARK_END, MARK_START, type ParsedQuery, toFts5 } from './query.js';

// Full-text search behind one interface: SQLite FTS5 (bm25) or PostgreSQL tsvector (ts_rank).

export interface ReportFilters {
  remedy: string | null;
  condition: string | null;
  rating: number | null;
  outcome: string | null;
}

export interface ReportHit {
  id: number;
  /** Words around the match in the report's text, matches between MARK_START and MARK_END. */
  snippet: string;
  /** The whole title with its matches marked; null without a title. */
  title: string | null;
}

const isPg = (db: Db) => db.getExecutor().adapter instanceof PostgresAdapter;

function filterSql(f: ReportFilters) {
  return sql.join(
    [
      sql`r.status = 'approved'`,
      sql`m.status = 'published'`,
      ...(f.remedy ? [sql`m.slug = ${f.remedy}`] : []),
      ...(f.condition ? [sql`c.slug = ${f.condition}`] : []),
      ...(f.rating ? [sql`r.rating = ${f.rating}`] : []),
      // The outcome a report states or was read to state (see report_facts).
      ...(f.outcome
        ? [
            sql`exists (select 1 from report_facts rf where rf.report_id = r.id and rf.outcome = ${f.outcome})`,
          ]
        : []),
    ],
    sql` and `,
  );
}

/**
 * Ranking is bounded so a common word costs the same as a rare one: relevance (bm25 or ts_rank) is
 * computed for the newest CANDIDATES matching reports, not all of them (ranking 300,000 matches
 * took 220 ms inside FTS5 alone), and the total is counted up to COUNT_CAP ("1,000+").
 */
export const CANDIDATES = 1000;
export const COUNT_CAP = 1000;

/** Approved reports of published remedies matching the query, most relevant first, with snippets. */
export async function searchReports(
  db: Db,
  q: ParsedQuery,
  f: ReportFilters,
  offset: number,
  limit: number,
  bounds = { candidates: CANDIDATES, countCap: COUNT_CAP },
): Promise<{ total: number; capped: boolean; hits: ReportHit[] }> {
  const { candidates, countCap } = bounds;
  if (isPg(db)) {
    const matching = sql`from reports r join remedies m on m.id = r.remedy_id join conditions c on c.id = r.condition_id, websearch_to_tsquery('english', ${q.text}) q
      where r.search @@ q and ${filterSql(f)}`;
    const count = await sql<{
      n: string;
    }>`select count(*) as n from (select 1 ${matching} limit ${countCap + 1}) x`.execute(db);
    const rows = await sql<ReportHit>`with cand as (select r.id, ts_rank(r.search, q) as score, q
        ${matching} order by r.id desc limit ${candidates})
      select cand.id, ts_headline('english', r.body, cand.q, ${`StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`}) as snippet,
        case when r.title is null then null else ts_headline('english', r.title, cand.q, ${`StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`}) end as title
      from cand join reports r on r.id = cand.id order by cand.score desc, cand.id desc limit ${limit} offset ${offset}`.execute(
      db,
    );
    const n = Number(count.rows[0]?.n ?? 0);
    return { total: Math.min(n, countCap), capped: n > countCap, hits: rows.rows };
  }
  const match = toFts5(q);
  // Conditions are joined only to filter by one: 1,000 lookups fewer per common word.
  const conditions = f.condition ? sql`join conditions c on c.id = r.condition_id` : sql``;
  const matching = sql`from reports_fts join reports r on r.id = reports_fts.rowid join remedies m on m.id = r.remedy_id ${conditions}
    where reports_fts match ${match} and ${filterSql(f)}`;
  // The newest matches (FTS5 walks its doclists backwards and stops), one more than the count's
  // cap: they give the count too, as each MATCH costs a walk of the doclists (5 ms for two common
  // words) that is not repeated to count. The newest `candidates` of them are ranked.
  const newest = await newestMatches(db, matching, Math.max(candidates, countCap + 1));
  const n = newest.length;
  const ids = rankCandidates(newest.slice(0, candidates), [...q.phrases, ...q.words]).slice(
    offset,
    offset + limit,
  );
  const snippets =
    ids.length === 0
      ? []
      : (
          await sql<ReportHit>`select reports_fts.rowid as id, snippet(reports_fts, 1, ${MARK_START}, ${MARK_END}, ' … ', 24) as snippet,
            case when r.title is null then null else highlight(reports_fts, 0, ${MARK_START}, ${MARK_END}) end as title
          from reports_fts join reports r on r.id = reports_fts.rowid where reports_fts match ${match} and reports_fts.rowid in (${sql.join(ids)})`.execute(
            db,
          )
        ).rows;
  const byId = new Map(snippets.map((s) => [s.id, s]));
  return {
    total: Math.min(n, countCap),
    capped: n > countCap,
    hits: ids.map((id) => byId.get(id) ?? { id, snippet: '', title: null }),
  };
}

/**
 * Every candidate holds every word and phrase (they are joined with AND), so for the usual single
 * occurrence of each, bm25's order reduces to how many of them are in the title (bm25 weighs
 * titles twice) and how long the report is (shorter ranks higher). Computed here, because FTS5's
 * bm25() first counts every matching document of each term for its IDF: 9 ms for a common word,
 * 25 ms for a phrase, 13–20 ms for two common words at 1M reports. What is lost is a word said
 * several times in one report, which bm25 would rank a little higher.
 */
function rankCandidates(cand: Candidate[], terms: string[]): number[] {
  // A title "holds" a word when it holds its stem (its first five letters), or the phrase.
  const needles = terms
    .map((t) => t.toLowerCase())
    .map((t) => (t.includes(' ') ? t : t.slice(0, 5)));
  const inTitle = (c: Candidate) => {
    const title = c.title?.toLowerCase() ?? '';
    return title ? needles.filter((n) => title.includes(n)).length : 0;
  };
  return cand
    .map((c) => ({ ...c, titled: inTitle(c) }))
    .sort((a, b) => b.titled - a.titled || a.len - b.len || b.id - a.id)
    .map((c) => c.id);
}

interface Candidate {
  id: number;
  len: number;
  title: string | null;
}

async function newestMatches(
  db: Db,
  matching: RawBuilder<unknown>,
  limit: number,
): Promise<Candidate[]> {
  return (
    await sql<Candidate>`select reports_fts.rowid as id, length(r.body) as len, r.title
      ${matching} order by reports_fts.rowid desc limit ${limit}`.execute(db)
  ).rows;
}

/** Published remedies whose name, aliases, summary or article match, best first. */
export async function searchRemedies(db: Db, q: ParsedQuery, limit: number): Promise<number[]> {
  if (isPg(db)) {
    const rows = await sql<{
      id: number;
    }>`select m.id from remedies m, websearch_to_tsquery('english', ${q.text}) q
      where m.search @@ q and m.status = 'published' order by ts_rank(m.search, q) desc limit ${limit}`.execute(
      db,
    );
    return rows.rows.map((r) => r.id);
  }
  const rows = await sql<{
    id: number;
  }>`select m.id from remedies_fts join remedies m on m.id = remedies_fts.rowid
    where remedies_fts match ${toFts5(q)} and m.status = 'published' order by bm25(remedies_fts, 5.0, 2.0, 1.0) limit ${limit}`.execute(
    db,
  );
  return rows.rows.map((r) => r.id);
}

export interface RemedyDocument {
  name: string;
  aliases: string[];
  summary: string;
  body: string;
}

/** Puts a remedy's text in the index (same transaction as the save that changed it). */
export async function indexRemedy(db: Db, remedyId: number, doc: RemedyDocument): Promise<void> {
  await sql`update remedies set search_text = ${doc.body} where id = ${remedyId}`.execute(db);
  if (isPg(db)) return; // the generated tsvector follows the row
  await sql`delete from remedies_fts where rowid = ${remedyId}`.execute(db);
  await sql`insert into remedies_fts(rowid, name, summary, body) values (${remedyId}, ${`${doc.name} ${doc.aliases.join(' ')}`}, ${doc.summary}, ${doc.body})`.execute(
    db,
  );
}

/** Rebuilds the report index from the reports table (SQLite; PostgreSQL's columns never drift). */
export async function rebuildReportIndex(db: Db): Promise<void> {
  if (isPg(db)) {
    await sql`reindex index reports_search`.execute(db);
    return;
  }
  await sql`insert into reports_fts(reports_fts) values ('rebuild')`.execute(db);
}

const TRIGGERS = ['reports_fts_insert', 'reports_fts_delete', 'reports_fts_update'] as const;

/**
 * For bulk loads on SQLite: stop keeping the report index current row by row (the caller rebuilds
 * it once at the end with rebuildReportIndex). Inside the caller's transaction, so a failed load
 * leaves the triggers as they were. PostgreSQL's generated columns need nothing.
 */
export async function suspendReportIndex(db: Db): Promise<void> {
  if (isPg(db)) return;
  for (const t of TRIGGERS) await sql`drop trigger if exists ${sql.raw(t)}`.execute(db);
}

export async function resumeReportIndex(db: Db): Promise<void> {
  if (isPg(db)) return;
  await sql`create trigger if not exists reports_fts_insert after insert on reports begin
      insert into reports_fts(rowid, title, body) values (new.id, coalesce(new.title, ''), new.body); end`.execute(
    db,
  );
  await sql`create trigger if not exists reports_fts_delete after delete on reports begin
      insert into reports_fts(reports_fts, rowid, title, body) values ('delete', old.id, coalesce(old.title, ''), old.body); end`.execute(
    db,
  );
  await sql`create trigger if not exists reports_fts_update after update of title, body on reports begin
      insert into reports_fts(reports_fts, rowid, title, body) values ('delete', old.id, coalesce(old.title, ''), old.body);
      insert into reports_fts(rowid, title, body) values (new.id, coalesce(new.title, ''), new.body); end`.execute(
    db,
  );
}
