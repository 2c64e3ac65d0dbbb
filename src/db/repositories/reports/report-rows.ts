// How a report is read: the columns, its remedy's and condition's names, the author's post count,
// and the row turned into the domain's Report.
import {
  type ExpressionBuilder,
  type ExpressionWrapper,
  type RawBuilder,
  type SelectQueryBuilder,
  sql,
} from 'kysely';
import type { SafetyFinding } from '../../../model/safety.js';
import type { PostStatus, Rating, Report } from '../../../model/types.js';
import type { ForWhom, Outcome } from '../../../model/vocabulary.js';
import type { Db } from '../../database.js';
import type { DatabaseSchema } from '../../schema.js';
import { flag, iso, num } from '../map.js';

export type ReportQuery = SelectQueryBuilder<
  DatabaseSchema & { r: DatabaseSchema['reports'] },
  'r',
  object
>;

// Reports are always read with the names of their remedy and condition and the author's count.
export function reportSelect(db: Db) {
  return db
    .selectFrom('reports as r')
    .innerJoin('remedies as m', 'm.id', 'r.remedy_id')
    .innerJoin('conditions as c', 'c.id', 'r.condition_id')
    .leftJoin('users as u', 'u.id', 'r.user_id')
    .select([
      'r.id',
      'r.user_id',
      'r.display_name',
      'r.location',
      'r.posted_at',
      'r.rating',
      'r.title',
      'r.body',
      'r.editors_choice',
      'r.helpful_count',
      'r.status',
      'r.dose_min',
      'r.dose_max',
      'r.dose_unit',
      'r.dose_frequency',
      'r.form',
      'r.brand',
      'r.taken_days',
      'r.effect_days',
      'r.outcome',
      'r.for_whom',
      'r.commercial_tie',
      'r.safety',
      'r.editor_note',
      'r.choice_reason',
      'r.tags',
      'r.moderation_reason',
      'r.updated_at',
      'm.slug as remedy_slug',
      'm.name as remedy_name',
      'c.slug as condition_slug',
      'c.name as condition_name',
      'u.post_count',
      'r.author_email',
    ])
    .select((eb) => guestPosts(eb.ref('r.author_email')).as('guest_posts'));
}

/** Approved reports and replies written under one guest email: a guest's post count. */
export function guestPosts(
  email: RawBuilder<string | null> | ExpressionWrapper<never, never, string | null>,
) {
  // Members (no guest email) skip both lookups: most rows on a page.
  return sql<number>`case when ${email} is null then null else
    (select count(*) from reports g where g.author_email = ${email} and g.status = 'approved')
    + (select count(*) from replies gp where gp.author_email = ${email} and gp.status = 'approved') end`;
}

/** A post's author's approved-post count: a member's kept count, a guest's by email, or none. */
export function postCountOf(row: {
  user_id: number | null;
  post_count: unknown;
  author_email: string | null;
  guest_posts: unknown;
}): number | null {
  return row.user_id !== null
    ? num(row.post_count)
    : row.author_email !== null
      ? num(row.guest_posts)
      : null;
}

type ReportRow = Awaited<ReturnType<ReturnType<typeof reportSelect>['executeTakeFirstOrThrow']>>;

export function toReport(row: ReportRow): Report {
  return {
    id: row.id,
    remedy: { slug: row.remedy_slug, name: row.remedy_name },
    condition: { slug: row.condition_slug, name: row.condition_name },
    author: {
      userId: row.user_id,
      displayName: row.display_name,
      location: row.location,
      postCount: postCountOf(row),
    },
    postedAt: iso(row.posted_at),
    rating: row.rating as Rating | null,
    tags: row.tags ? (JSON.parse(row.tags) as string[]) : [],
    title: row.title,
    body: row.body,
    editorsChoice: flag(row.editors_choice),
    helpfulCount: num(row.helpful_count),
    status: row.status as PostStatus,
    details: {
      dose:
        row.dose_min !== null && row.dose_unit !== null
          ? {
              min: Number(row.dose_min),
              max: Number(row.dose_max ?? row.dose_min),
              unit: row.dose_unit,
              frequency: row.dose_frequency,
            }
          : null,
      form: row.form,
      brand: row.brand,
      takenDays: row.taken_days,
      effectDays: row.effect_days,
      outcome: row.outcome as Outcome | null,
      forWhom: row.for_whom as ForWhom | null,
      commercialTie: row.commercial_tie,
      sideEffects: [],
    },
    safety: row.safety ? (JSON.parse(row.safety) as SafetyFinding[]) : [],
    editorNote: row.editor_note,
    choiceReason: row.choice_reason,
    moderationReason: row.moderation_reason,
    updatedAt: row.updated_at === null ? null : iso(row.updated_at),
  };
}

export const newestFirst = <Q extends ReportQuery>(q: Q): Q =>
  q.orderBy('r.posted_at', 'desc').orderBy('r.id', 'desc') as Q;

/** Reports whose stored facts have this outcome and dose band (either may be left out). */
export const factsMatch =
  (f: { outcome?: string | undefined; doseBand?: string | undefined }) =>
  (eb: ExpressionBuilder<DatabaseSchema & { r: DatabaseSchema['reports'] }, 'r'>) =>
    eb.exists(
      eb
        .selectFrom('report_facts as f')
        .select('f.report_id')
        .whereRef('f.report_id', '=', 'r.id')
        .$if(f.outcome !== undefined, (s) => s.where('f.outcome', '=', f.outcome as string))
        .$if(f.doseBand !== undefined, (s) => s.where('f.dose_band', '=', f.doseBand as string)),
    );
