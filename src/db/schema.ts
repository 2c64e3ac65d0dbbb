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
  /** The coarse place that is published (src/model/privacy.ts). */
  location: string | null;
  /** What the person typed as their place: private, never shown. */
  location_typed: ColumnType<string | null, string | null | undefined, string | null>;
  role: string;
  created_at: Timestamp;
  post_count: ColumnType<number, number | undefined, number>;
  password_hash: ColumnType<string | null, string | null | undefined, string | null>;
  legacy_post_count: ColumnType<number | null, number | null | undefined, number | null>;
  /** When the person proved the address is theirs; mail goes only to confirmed addresses. */
  email_confirmed_at: ColumnType<Date | string | null, string | null | undefined, string | null>;
  notify_moderation: Flag;
  notify_replies: Flag;
  notify_follow_ups: Flag;
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

/** An emailed single-use link: a new email to confirm, or guest reports to claim. */
export interface AccountLinksTable {
  id: string;
  kind: string;
  user_id: number;
  email: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface SignupsTable {
  id: string;
  display_name: string;
  email: string;
  /** The coarse place that is published (src/model/privacy.ts). */
  location: string | null;
  /** What the person typed as their place: private, never shown. */
  location_typed: ColumnType<string | null, string | null | undefined, string | null>;
  password_hash: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface ConditionsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  aliases: string; // JSON array of strings
  category: string;
  created_at: Timestamp;
  status: ColumnType<string, string | undefined, string>;
  redirect_to: ColumnType<number | null, number | null | undefined, number | null>;
  description: ColumnType<string, string | undefined, string>; // editorial; '' for none
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

/** Raised by triggers whenever what a remedy's pages show above the report list changes. */
export interface PageVersionsTable {
  remedy_id: number;
  version: number;
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
  /** The coarse place that is published (src/model/privacy.ts). */
  location: string | null;
  /** What the person typed as their place: private, never shown. */
  location_typed: ColumnType<string | null, string | null | undefined, string | null>;
  posted_at: Timestamp;
  rating: number | null;
  /** Topic headings of an imported page (JSON list), or null. */
  tags: string | null;
  title: string | null;
  body: string;
  editors_choice: Flag;
  status: string;
  helpful_count: ColumnType<number, number | undefined, number>;
  author_email: ColumnType<string | null, string | null | undefined, string | null>;
  dose_min: ColumnType<number | null, number | null | undefined, number | null>;
  dose_max: ColumnType<number | null, number | null | undefined, number | null>;
  dose_unit: ColumnType<string | null, string | null | undefined, string | null>;
  dose_frequency: ColumnType<string | null, string | null | undefined, string | null>;
  form: ColumnType<string | null, string | null | undefined, string | null>;
  brand: ColumnType<string | null, string | null | undefined, string | null>;
  taken_days: ColumnType<number | null, number | null | undefined, number | null>;
  effect_days: ColumnType<number | null, number | null | undefined, number | null>;
  outcome: ColumnType<string | null, string | null | undefined, string | null>;
  for_whom: ColumnType<string | null, string | null | undefined, string | null>;
  commercial_tie: ColumnType<string | null, string | null | undefined, string | null>;
  safety: ColumnType<string | null, string | null | undefined, string | null>;
  editor_note: ColumnType<string | null, string | null | undefined, string | null>;
  choice_reason: ColumnType<string | null, string | null | undefined, string | null>;
  status_token: ColumnType<string | null, string | null | undefined, string | null>;
  moderation_reason: ColumnType<string | null, string | null | undefined, string | null>;
  updated_at: ColumnType<Date | string | null, string | null | undefined, string | null>;
  unhelpful_count: ColumnType<number, number | undefined, number>;
  helpful_score: ColumnType<number, number | undefined, number>;
  /** Raised by triggers whenever what the report's card shows changes. */
  card_version: ColumnType<number, number | undefined, number>;
  /** A guest asked for mail about this report (decision, replies, "did it last?"). */
  follow_up_mail: Flag;
  /** When it was first published (digests of new reports read this). */
  published_at: ColumnType<Date | string | null, string | null | undefined, string | null>;
}

/** A report's card rendered once and stored; valid while `version` is the report's card_version. */
export interface ReportCardsTable {
  report_id: number;
  version: number;
  format: string;
  html: string;
}

export interface ReportSideEffectsTable {
  id: Generated<number>;
  report_id: number;
  term: string;
  severity: string | null;
  note: string | null;
}

export interface UpdatesTable {
  id: Generated<number>;
  report_id: number;
  posted_at: Timestamp;
  body: string;
  outcome: string | null;
  status: string;
  safety: string | null;
}

export interface ReportRevisionsTable {
  id: Generated<number>;
  report_id: number;
  user_id: number | null;
  created_at: Timestamp;
  content: string;
}

export interface ReportEditsTable {
  report_id: number;
  user_id: number | null;
  rating: number;
  title: string | null;
  body: string;
  safety: string | null;
  created_at: Timestamp;
}

export interface HelpfulVotesTable {
  report_id: number;
  user_id: number;
  created_at: Timestamp;
  helpful: ColumnType<number, number | undefined, number>;
}

export interface ReportFactsTable {
  report_id: number;
  outcome: string | null;
  dose_band: string | null;
  daily_mg_min: number | null;
  daily_mg_max: number | null;
  taken_days: number | null;
  effect_days: number | null;
  for_whom: string | null;
  sources: string;
  extracted_at: Timestamp;
}

export interface ReportFactSideEffectsTable {
  report_id: number;
  term: string;
  severity: string | null;
}

/** The open data downloads (gzipped), rebuilt by the job queue. */
export interface OpenDataFilesTable {
  name: string;
  content: Buffer;
  rows: number;
  /** Uncompressed. */
  bytes: number;
  built_at: Timestamp;
}

export interface InsightStatsTable {
  remedy_id: number;
  condition_id: number;
  report_count: number;
  data: string;
}

export interface FlagsTable {
  id: Generated<number>;
  target_type: string;
  target_id: number;
  reason: string;
  note: string | null;
  user_id: number | null;
  created_at: Timestamp;
  resolved_at: Timestamp | null;
}

export interface ModerationActionsTable {
  id: Generated<number>;
  actor_id: number | null;
  action: string;
  target_type: string;
  target_id: number;
  reason: ColumnType<string, string | undefined, string>;
  summary: string;
  created_at: Timestamp;
}

export interface RepliesTable {
  id: Generated<number>;
  report_id: number;
  user_id: number | null;
  display_name: string;
  /** The coarse place that is published (src/model/privacy.ts). */
  location: string | null;
  /** What the person typed as their place: private, never shown. */
  location_typed: ColumnType<string | null, string | null | undefined, string | null>;
  posted_at: Timestamp | null;
  body: string;
  status: string;
  author_email: ColumnType<string | null, string | null | undefined, string | null>;
  safety: ColumnType<string | null, string | null | undefined, string | null>;
  moderation_reason: ColumnType<string | null, string | null | undefined, string | null>;
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

export interface JobsTable {
  id: Generated<number>;
  kind: string;
  payload: string; // JSON
  dedupe_key: string | null;
  run_at: Timestamp;
  status: string;
  attempts: ColumnType<number, number | undefined, number>;
  max_attempts: number;
  locked_by: string | null;
  locked_until: Timestamp | null;
  last_error: string | null;
  created_at: Timestamp;
  finished_at: Timestamp | null;
}

export interface GuestAddressesTable {
  email: string;
  confirmed_at: Timestamp;
}

export interface UnsubscribesTable {
  email: string;
  created_at: Timestamp;
}

export interface FollowsTable {
  id: Generated<number>;
  user_id: number;
  remedy_id: number | null;
  condition_id: number | null;
  frequency: string;
  created_at: Timestamp;
  digested_until: Timestamp;
}

export interface SpentLinksTable {
  nonce: string;
  used_at: Timestamp;
}

export interface SiteSecretsTable {
  name: string;
  value: string;
}

export interface DatabaseSchema {
  jobs: JobsTable;
  guest_addresses: GuestAddressesTable;
  unsubscribes: UnsubscribesTable;
  follows: FollowsTable;
  spent_links: SpentLinksTable;
  site_secrets: SiteSecretsTable;
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
  report_side_effects: ReportSideEffectsTable;
  updates: UpdatesTable;
  report_revisions: ReportRevisionsTable;
  report_edits: ReportEditsTable;
  signups: SignupsTable;
  account_links: AccountLinksTable;
  helpful_votes: HelpfulVotesTable;
  flags: FlagsTable;
  moderation_actions: ModerationActionsTable;
  report_facts: ReportFactsTable;
  report_fact_side_effects: ReportFactSideEffectsTable;
  insight_stats: InsightStatsTable;
  open_data_files: OpenDataFilesTable;
  report_cards: ReportCardsTable;
  page_versions: PageVersionsTable;
}
