// The export line format: the site's tables (snake_case columns), in an order where every row comes
// after the rows it refers to, each column checked with zod, so a file from an older or another
// Remedex, or one written by hand, gets a line number and a reason for every problem.
import { z } from 'zod';
import { articleSchema } from '../../model/article.js';
import { REPORT_MAX_CHARS } from '../reports/index.js';
import { isWebLink } from '../common/index.js';

export const FORMAT = 'remedex-export';
export const FORMAT_VERSION = 1;

const id = z.number().int().positive();
const idNull = id.nullable();
const int = z.number().int();
const intNull = int.nullable();
const real = z.number();
const realNull = real.nullable();
const text = z.string();
const textNull = text.nullable();
const nonEmpty = z.string().min(1, 'must not be empty');
export const ts = z
  .string()
  .datetime({ offset: true, message: 'must be an ISO-8601 date and time' });
const tsNull = ts.nullable();
const flag = z.union([z.literal(0), z.literal(1)], { message: 'must be 0 or 1' });
const jsonList = z.string().refine((s) => {
  try {
    const v: unknown = JSON.parse(s);
    return Array.isArray(v) && v.every((x) => typeof x === 'string');
  } catch {
    return false;
  }
}, 'must be a JSON list of strings');
const jsonText = z.string().refine((s) => {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
}, 'must be JSON');
const article = z.string().superRefine((s, ctx) => {
  let value: unknown;
  try {
    value = JSON.parse(s);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'must be a JSON article' });
    return;
  }
  const parsed = articleSchema.safeParse(value);
  if (!parsed.success)
    ctx.addIssue({
      code: 'custom',
      message: `is not a valid article: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`,
    });
});
const status = z.enum(['pending', 'approved', 'rejected', 'spam'], {
  message: 'must be pending, approved, rejected or spam',
});

export interface TableSpec {
  name: string;
  /** The primary key: rows already in the site with this key are left as they are. */
  key: string[];
  columns: z.ZodRawShape;
  /** Columns that must name a row of another table (checked before writing). */
  refs: Record<string, string>;
  /** The table's integer id is generated (PostgreSQL identities are moved past imported ids). */
  identity: boolean;
  /** Other columns no two rows may share (checked in the file and against the site). */
  unique?: string[];
  /** What is never shown (emails, the place as typed): exported only with `includePrivate`. */
  private?: string[];
  /** A table that is all about addresses (unsubscribes): exported only with `includePrivate`. */
  privateTable?: boolean;
}

const addressTable = (name: string, at: string): TableSpec => ({
  name,
  key: ['email'],
  identity: false,
  privateTable: true,
  refs: {},
  columns: { email: z.email({ message: 'must be an email address' }), [at]: ts },
});

// In dependency order. Not exported: sessions and password resets (secrets), password hashes,
// guests' status-link hashes, and everything derived (tallies, insight, helpful scores, search).
export const TABLES: TableSpec[] = [
  {
    name: 'users',
    key: ['id'],
    identity: true,
    unique: ['email'],
    private: ['email', 'location_typed', 'email_confirmed_at'],
    refs: {},
    columns: {
      id,
      display_name: nonEmpty,
      email: textNull,
      email_confirmed_at: tsNull.optional(),
      notify_moderation: flag.default(1),
      notify_replies: flag.default(1),
      notify_follow_ups: flag.default(1),
      location: textNull,
      location_typed: textNull.optional(),
      role: z.enum(['member', 'moderator', 'editor', 'admin']),
      created_at: ts,
      post_count: int.min(0),
      legacy_post_count: intNull.optional(),
    },
  },
  {
    name: 'conditions',
    key: ['id'],
    identity: true,
    unique: ['slug'],
    refs: {},
    columns: {
      id,
      slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug such as leaky-gut'),
      name: nonEmpty,
      aliases: jsonList,
      category: nonEmpty,
      created_at: ts,
      status: z.enum(['active', 'proposed', 'merged']),
      redirect_to: idNull,
      description: text.default(''),
    },
  },
  {
    name: 'remedies',
    key: ['id'],
    identity: true,
    unique: ['slug'],
    refs: {},
    columns: {
      id,
      slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug such as l-glutamine'),
      name: nonEmpty,
      aliases: jsonList,
      kind: nonEmpty,
      summary: text,
      article,
      editors_choice: flag,
      status: z.enum(['draft', 'published']),
      created_at: ts,
      modified_at: ts,
    },
  },
  {
    name: 'remedy_revisions',
    key: ['id'],
    identity: true,
    refs: { remedy_id: 'remedies', user_id: 'users' },
    columns: {
      id,
      remedy_id: id,
      number: int.min(1),
      user_id: idNull,
      created_at: ts,
      note: text,
      content: jsonText,
    },
  },
  {
    name: 'citations',
    key: ['id'],
    identity: true,
    refs: { remedy_id: 'remedies' },
    columns: {
      id,
      remedy_id: id,
      key: nonEmpty,
      title: nonEmpty,
      source: text,
      year: intNull,
      url: textNull.refine((u) => u === null || isWebLink(u), 'must be an http(s) link'),
    },
  },
  {
    name: 'remedy_uses',
    key: ['id'],
    identity: true,
    refs: { remedy_id: 'remedies', condition_id: 'conditions' },
    columns: {
      id,
      remedy_id: id,
      condition_id: id,
      evidence_level: z.enum(['strong', 'moderate', 'limited', 'anecdotal']),
      note: text,
    },
  },
  {
    name: 'remedy_use_citations',
    key: ['remedy_use_id', 'citation_id'],
    identity: false,
    refs: { remedy_use_id: 'remedy_uses', citation_id: 'citations' },
    columns: { remedy_use_id: id, citation_id: id },
  },
  {
    name: 'reports',
    key: ['id'],
    identity: true,
    private: ['author_email', 'location_typed'],
    refs: { remedy_id: 'remedies', condition_id: 'conditions', user_id: 'users' },
    columns: {
      id,
      remedy_id: id,
      condition_id: id,
      user_id: idNull,
      display_name: nonEmpty,
      location: textNull,
      location_typed: textNull.optional(),
      posted_at: ts,
      rating: int.min(1, 'must be 1 to 5 stars').max(5, 'must be 1 to 5 stars').nullable(),
      tags: textNull,
      title: textNull,
      body: nonEmpty.max(
        REPORT_MAX_CHARS,
        `is longer than ${REPORT_MAX_CHARS.toLocaleString('en-US')} characters`,
      ),
      editors_choice: flag,
      status,
      helpful_count: int.min(0),
      unhelpful_count: int.min(0),
      author_email: textNull,
      dose_min: realNull,
      dose_max: realNull,
      dose_unit: textNull,
      dose_frequency: textNull,
      form: textNull,
      brand: textNull,
      taken_days: intNull,
      effect_days: intNull,
      outcome: textNull,
      for_whom: textNull,
      commercial_tie: textNull,
      safety: textNull,
      editor_note: textNull,
      choice_reason: textNull,
      moderation_reason: textNull,
      updated_at: tsNull,
      published_at: tsNull.optional(),
      follow_up_mail: flag.default(0),
    },
  },
  {
    name: 'report_side_effects',
    key: ['id'],
    identity: true,
    refs: { report_id: 'reports' },
    columns: { id, report_id: id, term: nonEmpty, severity: textNull, note: textNull },
  },
  {
    name: 'report_facts',
    key: ['report_id'],
    identity: false,
    refs: { report_id: 'reports' },
    columns: {
      report_id: id,
      outcome: textNull,
      dose_band: textNull,
      daily_mg_min: realNull,
      daily_mg_max: realNull,
      taken_days: realNull,
      effect_days: realNull,
      for_whom: textNull,
      sources: jsonText,
      extracted_at: ts,
    },
  },
  {
    name: 'report_fact_side_effects',
    key: ['report_id', 'term'],
    identity: false,
    refs: { report_id: 'reports' },
    columns: { report_id: id, term: nonEmpty, severity: textNull },
  },
  {
    name: 'replies',
    key: ['id'],
    identity: true,
    private: ['author_email', 'location_typed'],
    refs: { report_id: 'reports', user_id: 'users' },
    columns: {
      id,
      report_id: id,
      user_id: idNull,
      display_name: nonEmpty,
      location: textNull,
      location_typed: textNull.optional(),
      posted_at: tsNull,
      body: nonEmpty,
      status,
      author_email: textNull,
      safety: textNull,
      moderation_reason: textNull,
    },
  },
  {
    name: 'updates',
    key: ['id'],
    identity: true,
    refs: { report_id: 'reports' },
    columns: {
      id,
      report_id: id,
      posted_at: ts,
      body: nonEmpty,
      outcome: textNull,
      status,
      safety: textNull,
    },
  },
  {
    name: 'report_revisions',
    key: ['id'],
    identity: true,
    refs: { report_id: 'reports', user_id: 'users' },
    columns: { id, report_id: id, user_id: idNull, created_at: ts, content: text },
  },
  {
    name: 'report_edits',
    key: ['report_id'],
    identity: false,
    refs: { report_id: 'reports', user_id: 'users' },
    columns: {
      report_id: id,
      user_id: idNull,
      rating: int.min(1, 'must be 1 to 5 stars').max(5, 'must be 1 to 5 stars'),
      title: textNull,
      body: nonEmpty.max(REPORT_MAX_CHARS, `is longer than ${REPORT_MAX_CHARS} characters`),
      safety: textNull,
      created_at: ts,
    },
  },
  {
    name: 'helpful_votes',
    key: ['report_id', 'user_id'],
    identity: false,
    refs: { report_id: 'reports', user_id: 'users' },
    columns: { report_id: id, user_id: id, created_at: ts, helpful: flag },
  },
  {
    name: 'flags',
    key: ['id'],
    identity: true,
    refs: { user_id: 'users' },
    columns: {
      id,
      target_type: z.enum(['report', 'reply']),
      target_id: id,
      reason: nonEmpty,
      note: textNull,
      user_id: idNull,
      created_at: ts,
      resolved_at: tsNull,
    },
  },
  {
    name: 'moderation_actions',
    key: ['id'],
    identity: true,
    refs: { actor_id: 'users' },
    columns: {
      id,
      actor_id: idNull,
      action: nonEmpty,
      target_type: nonEmpty,
      target_id: int,
      reason: text,
      summary: text,
      created_at: ts,
    },
  },
  {
    // What members follow, so their digests carry on after a move.
    name: 'follows',
    key: ['id'],
    identity: true,
    refs: { user_id: 'users', remedy_id: 'remedies', condition_id: 'conditions' },
    columns: {
      id,
      user_id: id,
      remedy_id: idNull,
      condition_id: idNull,
      frequency: z.enum(['daily', 'weekly']),
      created_at: ts,
      digested_until: ts,
    },
  },
  // Addresses that asked for no more mail (a moved site must go on sending them nothing), and
  // guests' confirmed addresses.
  addressTable('unsubscribes', 'created_at'),
  addressTable('guest_addresses', 'confirmed_at'),
];

export const byName = new Map(TABLES.map((t) => [t.name, t]));
export const schemas = new Map(TABLES.map((t) => [t.name, z.object(t.columns).strict()]));
