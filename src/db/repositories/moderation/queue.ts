// What waits for moderators, as they read it: pending posts, waiting edits, open flags, proposed
// conditions.
import { sql } from 'kysely';
import type { SafetyFinding } from '../../../model/safety.js';
import type {
  OpenFlag,
  PendingPost,
  PendingReport,
  ProposedCondition,
} from '../../../model/moderation.js';
import type { Db } from '../../database.js';
import { iso } from '../map.js';

// Everything moderators read and change. Public numbers are recounted by the domain afterwards.

export async function listPendingReports(db: Db, limit: number): Promise<PendingReport[]> {
  const rows = await db
    .selectFrom('reports as r')
    .innerJoin('remedies as m', 'm.id', 'r.remedy_id')
    .innerJoin('conditions as c', 'c.id', 'r.condition_id')
    .leftJoin('users as u', 'u.id', 'r.user_id')
    .select([
      'r.id',
      'm.slug as remedy_slug',
      'm.name as remedy_name',
      'c.slug as condition_slug',
      'c.name as condition_name',
      'c.status as condition_status',
      'r.display_name',
      'r.location',
      'r.location_typed',
      'r.author_email',
      'u.email as user_email',
      'r.user_id',
      'r.posted_at',
      'r.rating',
      'r.title',
      'r.body',
      'r.safety',
    ])
    .where('r.status', '=', 'pending')
    // Safety-flagged first, then oldest first.
    .orderBy(sql`case when r.safety is null then 1 else 0 end`)
    .orderBy('r.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    remedySlug: r.remedy_slug,
    remedyName: r.remedy_name,
    conditionSlug: r.condition_slug,
    conditionName: r.condition_name,
    conditionStatus: r.condition_status,
    displayName: r.display_name,
    location: r.location,
    locationTyped: r.location_typed !== r.location ? r.location_typed : null,
    authorEmail: r.author_email ?? r.user_email,
    userId: r.user_id,
    postedAt: iso(r.posted_at),
    rating: r.rating,
    title: r.title,
    body: r.body,
    safety: r.safety ? (JSON.parse(r.safety) as SafetyFinding[]) : [],
  }));
}

interface PendingPostSource {
  id: number;
  report_id: number;
  title: string | null;
  remedy_name: string;
  display_name: string;
  posted_at: Date | string | null;
  body: string;
  safety: string | null;
}

/** Replies and updates wait in one list, so they share one shape. */
const toPendingPost = (kind: PendingPost['kind'], r: PendingPostSource): PendingPost => ({
  kind,
  id: r.id,
  reportId: r.report_id,
  reportTitle: r.title ?? `a report on ${r.remedy_name}`,
  displayName: r.display_name,
  postedAt: r.posted_at === null ? null : iso(r.posted_at),
  body: r.body,
  safety: r.safety ? (JSON.parse(r.safety) as SafetyFinding[]) : [],
});

export async function listPendingReplies(db: Db, limit: number): Promise<PendingPost[]> {
  const rows = await db
    .selectFrom('replies as p')
    .innerJoin('reports as r', 'r.id', 'p.report_id')
    .innerJoin('remedies as m', 'm.id', 'r.remedy_id')
    .select([
      'p.id',
      'p.report_id',
      'r.title',
      'm.name as remedy_name',
      'p.display_name',
      'p.posted_at',
      'p.body',
      'p.safety',
    ])
    .where('p.status', '=', 'pending')
    .orderBy(sql`case when p.safety is null then 1 else 0 end`)
    .orderBy('p.id')
    .limit(limit)
    .execute();
  return rows.map((r) => toPendingPost('reply', r));
}

export async function listPendingUpdates(db: Db, limit: number): Promise<PendingPost[]> {
  const rows = await db
    .selectFrom('updates as f')
    .innerJoin('reports as r', 'r.id', 'f.report_id')
    .innerJoin('remedies as m', 'm.id', 'r.remedy_id')
    .select([
      'f.id',
      'f.report_id',
      'r.title',
      'm.name as remedy_name',
      'r.display_name',
      'f.posted_at',
      'f.body',
      'f.safety',
    ])
    .where('f.status', '=', 'pending')
    .orderBy(sql`case when f.safety is null then 1 else 0 end`)
    .orderBy('f.id')
    .limit(limit)
    .execute();
  return rows.map((r) => toPendingPost('update', r));
}

/** Edits of published reports waiting for a moderator, safety flags first. */
export async function listWaitingEdits(db: Db, limit: number): Promise<PendingPost[]> {
  const rows = await db
    .selectFrom('report_edits as e')
    .innerJoin('reports as r', 'r.id', 'e.report_id')
    .innerJoin('remedies as m', 'm.id', 'r.remedy_id')
    .select([
      'e.report_id as id',
      'e.report_id',
      'r.title',
      'm.name as remedy_name',
      'r.display_name',
      'e.created_at as posted_at',
      'e.body',
      'e.safety',
    ])
    .orderBy(sql`case when e.safety is null then 1 else 0 end`)
    .orderBy('e.created_at')
    .limit(limit)
    .execute();
  return rows.map((r) => toPendingPost('edit', r));
}

export async function listOpenFlags(db: Db, limit: number): Promise<OpenFlag[]> {
  const rows = await db
    .selectFrom('flags as f')
    .leftJoin('reports as r', (j) =>
      j.onRef('r.id', '=', 'f.target_id').on('f.target_type', '=', 'report'),
    )
    .leftJoin('replies as p', (j) =>
      j.onRef('p.id', '=', 'f.target_id').on('f.target_type', '=', 'reply'),
    )
    .select([
      'f.target_type',
      'f.target_id',
      'f.reason',
      'f.note',
      'f.created_at',
      'r.title',
      (eb) => eb.fn.coalesce('r.body', 'p.body').as('body'),
    ])
    .where('f.resolved_at', 'is', null)
    .orderBy('f.id')
    .limit(limit * 10)
    .execute();
  const grouped = new Map<string, OpenFlag>();
  for (const r of rows) {
    const key = `${r.target_type}:${r.target_id}`;
    const g = grouped.get(key) ?? {
      targetType: r.target_type as 'report' | 'reply',
      targetId: r.target_id,
      reasons: [],
      notes: [],
      excerpt: excerptOf(r.title, r.body),
      count: 0,
      firstAt: iso(r.created_at),
      unsafe: false,
    };
    g.count++;
    if (!g.reasons.includes(r.reason)) g.reasons.push(r.reason);
    if (r.note) g.notes.push(r.note);
    g.unsafe ||= r.reason === 'unsafe';
    grouped.set(key, g);
  }
  return [...grouped.values()]
    .sort((a, b) => Number(b.unsafe) - Number(a.unsafe) || a.firstAt.localeCompare(b.firstAt))
    .slice(0, limit);
}

// Enough to see what the flags are about; the whole post is a click away.
function excerptOf(title: string | null, body: string | null): string {
  const text = [title, body].filter(Boolean).join(' — ').replace(/\s+/g, ' ').trim();
  return text.length > 400 ? `${text.slice(0, 400).replace(/\s\S*$/, '')} …` : text;
}

export async function listProposedConditions(db: Db): Promise<ProposedCondition[]> {
  const rows = await db
    .selectFrom('conditions as c')
    .select([
      'c.id',
      'c.name',
      'c.slug',
      (eb) =>
        eb
          .selectFrom('reports')
          .select(eb.fn.countAll().as('n'))
          .whereRef('reports.condition_id', '=', 'c.id')
          .as('reports'),
    ])
    .where('c.status', '=', 'proposed')
    .orderBy('c.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    slug: r.slug,
    reports: Number(r.reports ?? 0),
  }));
}

/** Sets the status; false when it already had it (a second moderator's click changes nothing). */
