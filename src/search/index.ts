import { PostgresAdapter, sql } from 'kysely';
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
  snippet: string;
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
      ...(f.outcome ? [sql`r.outcome = ${f.outcome}`] : []),
    ],
    sql` and `,
  );
}

/** Approved reports of published remedies matching the query, most relevant first, with snippets. */
export async function searchReports(
  db: Db,
  q: ParsedQuery,
  f: ReportFilters,
  offset: number,
  limit: number,
): Promise<{ total: number; hits: ReportHit[] }> {
  if (isPg(db)) {
    const from = sql`from reports r join remedies m on m.id = r.remedy_id join conditions c on c.id = r.condition_id, websearch_to_tsquery('english', ${q.text}) q
      where r.search @@ q and ${filterSql(f)}`;
    const total = await sql<{ n: string }>`select count(*) as n ${from}`.execute(db);
    const rows =
      await sql<ReportHit>`select r.id, ts_headline('english', r.body, q, ${`StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`}) as snippet
      ${from} order by ts_rank(r.search, q) desc, r.id desc limit ${limit} offset ${offset}`.execute(
        db,
      );
    return { total: Number(total.rows[0]?.n ?? 0), hits: rows.rows };
  }
  const match = toFts5(q);
  const from = sql`from reports_fts join reports r on r.id = reports_fts.rowid join remedies m on m.id = r.remedy_id join conditions c on c.id = r.condition_id
    where reports_fts match ${match} and ${filterSql(f)}`;
  const total = await sql<{ n: number }>`select count(*) as n ${from}`.execute(db);
  const rows =
    await sql<ReportHit>`select r.id, snippet(reports_fts, 1, ${MARK_START}, ${MARK_END}, ' … ', 24) as snippet
    ${from} order by bm25(reports_fts, 2.0, 1.0), r.id desc limit ${limit} offset ${offset}`.execute(
      db,
    );
  return { total: Number(total.rows[0]?.n ?? 0), hits: rows.rows };
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
