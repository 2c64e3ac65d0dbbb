import type { Article, EvidenceLevel } from '../../../model/article.js';
import type { Condition, Remedy, RemedyStatus } from '../../../model/types.js';
import { prepared } from '../../prepared.js';
import type { Db } from '../../database.js';
import { toCondition } from '../reading/conditions.js';
import { toRemedy } from '../reading/remedies.js';
import { fromFlag, iso } from '../map.js';

// Editors' reads and writes: remedies in any status, their revisions, and condition upkeep.

/** A remedy in any status, as editors see it. */
export type EditableRemedy = Remedy;

export async function findRemedyAnyStatus(db: Db, slug: string): Promise<Remedy | null> {
  const row = await db
    .selectFrom('remedies')
    .selectAll()
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row ? toRemedy(row) : null;
}

export async function listAllRemedies(
  db: Db,
): Promise<{ slug: string; name: string; status: RemedyStatus; modifiedAt: string }[]> {
  const rows = await db
    .selectFrom('remedies')
    .select(['slug', 'name', 'status', 'modified_at'])
    .orderBy('name')
    .execute();
  return rows.map((r) => ({
    slug: r.slug,
    name: r.name,
    status: r.status as RemedyStatus,
    modifiedAt: iso(r.modified_at),
  }));
}

export async function updateRemedyRow(
  db: Db,
  id: number,
  r: {
    name: string;
    aliases: string[];
    kind: string;
    summary: string;
    article: Article;
    editorsChoice: boolean;
    status: RemedyStatus;
    modifiedAt: string;
  },
): Promise<void> {
  await db
    .updateTable('remedies')
    .set({
      name: r.name,
      aliases: JSON.stringify(r.aliases),
      kind: r.kind,
      summary: r.summary,
      article: JSON.stringify(r.article),
      editors_choice: fromFlag(r.editorsChoice),
      status: r.status,
      modified_at: r.modifiedAt,
    })
    .where('id', '=', id)
    .execute();
}

/** Removes a remedy's citations and editorial uses before they are written anew. */
export async function clearCitationsAndUses(db: Db, remedyId: number): Promise<void> {
  await db.deleteFrom('remedy_uses').where('remedy_id', '=', remedyId).execute();
  await db.deleteFrom('citations').where('remedy_id', '=', remedyId).execute();
}

export async function latestRevisionNumber(db: Db, remedyId: number): Promise<number> {
  const r = await db
    .selectFrom('remedy_revisions')
    .select((eb) => eb.fn.max('number').as('n'))
    .where('remedy_id', '=', remedyId)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

export interface RevisionRow {
  number: number;
  createdAt: string;
  note: string;
  author: string | null;
  content: unknown;
}

export async function listRevisions(db: Db, remedyId: number): Promise<RevisionRow[]> {
  const rows = await db
    .selectFrom('remedy_revisions as v')
    .leftJoin('users as u', 'u.id', 'v.user_id')
    .select(['v.number', 'v.created_at', 'v.note', 'v.content', 'u.display_name'])
    .where('v.remedy_id', '=', remedyId)
    .orderBy('v.number', 'desc')
    .execute();
  return rows.map((r) => ({
    number: r.number,
    createdAt: iso(r.created_at),
    note: r.note,
    author: r.display_name,
    content: JSON.parse(r.content) as unknown,
  }));
}

export async function listEditorialUses(
  db: Db,
  remedyId: number,
): Promise<
  { condition: string; evidenceLevel: EvidenceLevel; note: string; citations: string[] }[]
> {
  const uses = await db
    .selectFrom('remedy_uses as u')
    .innerJoin('conditions as c', 'c.id', 'u.condition_id')
    .select(['u.id', 'c.slug', 'u.evidence_level', 'u.note'])
    .where('u.remedy_id', '=', remedyId)
    .orderBy('c.name')
    .execute();
  const links = uses.length
    ? await db
        .selectFrom('remedy_use_citations as l')
        .innerJoin('citations as ci', 'ci.id', 'l.citation_id')
        .select(['l.remedy_use_id', 'ci.key'])
        .where(
          'l.remedy_use_id',
          'in',
          uses.map((u) => u.id),
        )
        .execute()
    : [];
  return uses.map((u) => ({
    condition: u.slug,
    evidenceLevel: u.evidence_level as EvidenceLevel,
    note: u.note,
    citations: links.filter((l) => l.remedy_use_id === u.id).map((l) => l.key),
  }));
}

// Conditions

export async function listAllConditions(
  db: Db,
): Promise<(Condition & { status: string; reports: number })[]> {
  const rows = await db
    .selectFrom('conditions as c')
    .select([
      'c.id',
      'c.slug',
      'c.name',
      'c.aliases',
      'c.category',
      'c.description',
      'c.status',
      (eb) =>
        eb
          .selectFrom('reports')
          .select(eb.fn.countAll().as('n'))
          .whereRef('reports.condition_id', '=', 'c.id')
          .as('reports'),
    ])
    .where('c.status', '!=', 'merged')
    .orderBy('c.category')
    .orderBy('c.name')
    .execute();
  return rows.map((r) => ({
    ...toCondition(r),
    status: r.status,
    reports: Number(r.reports ?? 0),
  }));
}

export async function renameConditionRow(
  db: Db,
  id: number,
  c: { name: string; slug: string; category: string; aliases: string[]; description: string },
): Promise<void> {
  await db
    .updateTable('conditions')
    .set({
      name: c.name,
      slug: c.slug,
      category: c.category,
      aliases: JSON.stringify(c.aliases),
      description: c.description,
    })
    .where('id', '=', id)
    .execute();
}

/** Marks a condition merged into another: its old address redirects there. */
export async function markConditionMerged(db: Db, id: number, intoId: number): Promise<void> {
  await db
    .updateTable('conditions')
    .set({ status: 'merged', redirect_to: intoId })
    .where('id', '=', id)
    .execute();
  await db
    .updateTable('conditions')
    .set({ redirect_to: intoId })
    .where('redirect_to', '=', id)
    .execute();
  await db.deleteFrom('report_tallies').where('condition_id', '=', id).execute();
}

export async function moveRemedyUses(db: Db, fromId: number, intoId: number): Promise<void> {
  const clashing = await db
    .selectFrom('remedy_uses')
    .select('remedy_id')
    .where('condition_id', '=', intoId)
    .execute();
  const taken = clashing.map((c) => c.remedy_id);
  let update = db
    .updateTable('remedy_uses')
    .set({ condition_id: intoId })
    .where('condition_id', '=', fromId);
  if (taken.length) update = update.where('remedy_id', 'not in', taken);
  await update.execute();
  await db.deleteFrom('remedy_uses').where('condition_id', '=', fromId).execute();
}

/** Where an old condition address now lives (after a rename or merge), if anywhere. */
const redirectOf = prepared((db: Db, p: { slug: string }) =>
  db
    .selectFrom('conditions as old')
    .innerJoin('conditions as target', 'target.id', 'old.redirect_to')
    .select('target.slug')
    .where('old.slug', '=', p.slug),
);

export async function conditionRedirect(db: Db, slug: string): Promise<string | null> {
  const [row] = await redirectOf(db, { slug });
  return row?.slug ?? null;
}

export async function insertConditionAlias(
  db: Db,
  oldSlug: string,
  name: string,
  targetId: number,
  createdAt: string,
): Promise<void> {
  await db
    .insertInto('conditions')
    .values({
      slug: oldSlug,
      name,
      aliases: '[]',
      category: '',
      created_at: createdAt,
      status: 'merged',
      redirect_to: targetId,
    })
    .execute();
}
