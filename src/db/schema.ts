import type { ColumnType, Generated } from 'kysely';

// Table types as Kysely sees them. Rows never leave src/db: repositories map them to domain types.
// Timestamps are timestamptz on PostgreSQL (read back as Date) and ISO-8601 text on SQLite;
// flags are 0/1 integers on both so one query text serves both dialects.
export type Timestamp = ColumnType<Date | string, string, string>;
export type Flag = ColumnType<number, number | undefined, number>;

export interface UsersTable {
  id: Generated<number>;
  display_name: string;
  email: string | null;
  location: string | null;
  role: string;
  created_at: Timestamp;
  post_count: ColumnType<number, number | undefined, number>;
  password_hash: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface SessionsTable {
  id: string;
  user_id: number;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface PasswordResetsTable {
  id: string;
  user_id: number;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface ConditionsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  aliases: string; // JSON array of strings
  category: string;
  created_at: Timestamp;
}

export interface RemediesTable {
  id: Generated<number>;
  slug: string;
  name: string;
  aliases: string; // JSON array of strings
  kind: string;
  summary: string;
  article: string; // JSON document checked by the domain's articleSchema
  editors_choice: Flag;
  status: string;
  created_at: Timestamp;
  modified_at: Timestamp;
}

export interface CitationsTable {
  id: Generated<number>;
  remedy_id: number;
  key: string;
  title: string;
  source: string;
  year: number | null;
  url: string | null;
}

export interface RemedyUsesTable {
  id: Generated<number>;
  remedy_id: number;
  condition_id: number;
  evidence_level: string;
  note: string;
}

export interface RemedyUseCitationsTable {
  remedy_use_id: number;
  citation_id: number;
}

export interface ReportsTable {
  id: Generated<number>;
  remedy_id: number;
  condition_id: number;
  user_id: number | null;
  display_name: string;
  location: string | null;
  posted_at: Timestamp;
  rating: number;
  title: string | null;
  body: string;
  editors_choice: Flag;
  status: string;
  helpful_count: ColumnType<number, number | undefined, number>;
}

export interface RepliesTable {
  id: Generated<number>;
  report_id: number;
  user_id: number | null;
  display_name: string;
  location: string | null;
  posted_at: Timestamp;
  body: string;
  status: string;
}

export interface RemedyRevisionsTable {
  id: Generated<number>;
  remedy_id: number;
  number: number;
  user_id: number | null;
  created_at: Timestamp;
  note: string;
  content: string; // JSON snapshot of the remedy's editable fields
}

/** Counts of approved reports per remedy × condition, kept in step with every report write. */
export interface ReportTalliesTable {
  remedy_id: number;
  condition_id: number;
  report_count: number;
  rating_sum: number;
  rating_1: number;
  rating_2: number;
  rating_3: number;
  rating_4: number;
  rating_5: number;
  last_posted_at: Timestamp | null;
}

export interface DatabaseSchema {
  users: UsersTable;
  conditions: ConditionsTable;
  remedies: RemediesTable;
  citations: CitationsTable;
  remedy_uses: RemedyUsesTable;
  remedy_use_citations: RemedyUseCitationsTable;
  reports: ReportsTable;
  replies: RepliesTable;
  remedy_revisions: RemedyRevisionsTable;
  report_tallies: ReportTalliesTable;
  sessions: SessionsTable;
  password_resets: PasswordResetsTable;
}
