import type { Selectable } from 'kysely';
import type { Article, EvidenceLevel } from '../../../model/article.js';
import type {
  Citation,
  Remedy,
  RemedyStatus,
  RemedySummary,
  RemedyUse,
} from '../../../model/types.js';
import { prepared } from '../../prepared.js';
import type { Db } from '../../database.js';
import type { RemediesTable } from '../../schema.js';
import { toCondition } from './conditions.js';
import { flag, fromFlag, iso, stringList } from '../map.js';

const summaryColumns = ['id', 'slug', 'name', 'kind', 'summary', 'editors_choice'] as const;

function toSummary(
  row: Pick<Selectable<RemediesTable>, (typeof summaryColumns)[number]>,
): RemedySummary {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    summary: row.summary,
    editorsChoice: flag(row.editors_choice),
  };
}

// Parsing a flagship article took a tenth of a remedy page; the parsed document is kept under its
// own text, so a changed article can never be served from here. Nothing may mutate it.
const parsed = new Map<string, Article>();
function parseArticle(json: string): Article {
  let article = parsed.get(json);
  if (!article) {
    // Written only through the domain, which validates the article first.
    article = JSON.parse(json) as Article;
    if (parsed.size >= 100) parsed.delete(parsed.keys().next().value as string);
    parsed.set(json, article);
  }
  return article;
}

export function toRemedy(row: Selectable<RemediesTable>): Remedy {
  return {
    ...toSummary(row),
    aliases: stringList(row.aliases),
    article: parseArticle(row.article),
    status: row.status as RemedyStatus,
    createdAt: iso(row.created_at),
    modifiedAt: iso(row.modified_at),
  };
}

export interface NewRemedy {
  slug: string;
  name: string;
  aliases: string[];
  kind: string;
  summary: string;
  article: Article;
  editorsChoice: boolean;
  status: RemedyStatus;
  createdAt: string;
  modifiedAt: string;
}

export async function insertRemedy(db: Db, r: NewRemedy): Promise<number> {
  const row = await db
    .insertInto('remedies')
    .values({
      slug: r.slug,
      name: r.name,
      aliases: JSON.stringify(r.aliases),
      kind: r.kind,
      summary: r.summary,
      article: JSON.stringify(r.article),
      editors_choice: fromFlag(r.editorsChoice),
      status: r.status,
      created_at: r.createdAt,
      modified_at: r.modifiedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const publishedRemedy = prepared((db: Db, p: { slug: string }) =>
  db
    .selectFrom('remedies')
    .selectAll()
    .where('slug', '=', p.slug)
    .where('status', '=', 'published'),
);

const pageVersion = prepared((db: Db, p: { slug: string }) =>
  db
    .selectFrom('remedies as m')
    .leftJoin('page_versions as v', 'v.remedy_id', 'm.id')
    .select(['m.id', 'v.version'])
    .where('m.slug', '=', p.slug)
    .where('m.status', '=', 'published'),
);

/** A published remedy's id and page version (null if its version row is missing). */
export async function findRemedyPageVersion(
  db: Db,
  slug: string,
): Promise<{ id: number; version: number | null } | null> {
  const [row] = await pageVersion(db, { slug });
  return row ? { id: row.id, version: row.version === null ? null : Number(row.version) } : null;
}

export async function findPublishedRemedy(db: Db, slug: string): Promise<Remedy | null> {
  const [row] = await publishedRemedy(db, { slug });
  return row ? toRemedy(row) : null;
}

/** Names and aliases of remedies by id (any status): what extraction needs to know a remedy by. */
export async function findRemedyNamesByIds(
  db: Db,
  ids: readonly number[],
): Promise<{ id: number; name: string; aliases: string[] }[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('remedies')
    .select(['id', 'name', 'aliases'])
    .where('id', 'in', [...ids])
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, aliases: stringList(r.aliases) }));
}

export async function listPublishedRemedies(db: Db): Promise<RemedySummary[]> {
  const rows = await db
    .selectFrom('remedies')
    .select(summaryColumns)
    .where('status', '=', 'published')
    .orderBy('name')
    .execute();
  return rows.map(toSummary);
}

export async function countRemedies(db: Db): Promise<number> {
  const row = await db
    .selectFrom('remedies')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface NewRevision {
  remedyId: number;
  number: number;
  userId: number | null;
  createdAt: string;
  note: string;
  content: unknown;
}

export async function insertRevision(db: Db, r: NewRevision): Promise<void> {
  await db
    .insertInto('remedy_revisions')
    .values({
      remedy_id: r.remedyId,
      number: r.number,
      user_id: r.userId,
      created_at: r.createdAt,
      note: r.note,
      content: JSON.stringify(r.content),
    })
    .execute();
}

export interface NewCitation {
  remedyId: number;
  key: string;
  title: string;
  source: string;
  year: number | null;
  url: string | null;
}

export async function insertCitation(db: Db, c: NewCitation): Promise<number> {
  const row = await db
    .insertInto('citations')
    .values({
      remedy_id: c.remedyId,
      key: c.key,
      title: c.title,
      source: c.source,
      year: c.year,
      url: c.url,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const citationsOf = prepared((db: Db, p: { remedyId: number }) =>
  db
    .selectFrom('citations')
    .select(['id', 'key', 'title', 'source', 'year', 'url'])
    .where('remedy_id', '=', p.remedyId)
    .orderBy('id'),
);

export async function listCitations(db: Db, remedyId: number): Promise<Citation[]> {
  return citationsOf(db, { remedyId });
}

export interface NewRemedyUse {
  remedyId: number;
  conditionId: number;
  evidenceLevel: EvidenceLevel;
  note: string;
  citationIds: number[];
}

export async function insertRemedyUse(db: Db, u: NewRemedyUse): Promise<void> {
  const row = await db
    .insertInto('remedy_uses')
    .values({
      remedy_id: u.remedyId,
      condition_id: u.conditionId,
      evidence_level: u.evidenceLevel,
      note: u.note,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (u.citationIds.length > 0) {
    await db
      .insertInto('remedy_use_citations')
      .values(
        u.citationIds.map((citationId) => ({ remedy_use_id: row.id, citation_id: citationId })),
      )
      .execute();
  }
}

const usesOf = prepared((db: Db, p: { remedyId: number }) =>
  db
    .selectFrom('remedy_uses as u')
    .innerJoin('conditions as c', 'c.id', 'u.condition_id')
    .select(['u.id as use_id', 'u.evidence_level', 'u.note'])
    .select([
      'c.id',
      'c.slug',
      'c.name',
      'c.aliases',
      'c.category',
      'c.description',
      'c.created_at',
    ])
    .where('u.remedy_id', '=', p.remedyId)
    .orderBy('c.name'),
);
const useCitations = prepared((db: Db, p: { useIds: readonly number[] }) =>
  db
    .selectFrom('remedy_use_citations as l')
    .innerJoin('citations as ci', 'ci.id', 'l.citation_id')
    .select(['l.remedy_use_id', 'ci.id', 'ci.key', 'ci.title', 'ci.source', 'ci.year', 'ci.url'])
    .where('l.remedy_use_id', 'in', p.useIds)
    .orderBy('ci.id'),
);

/** Editorial uses of one remedy, with their conditions and citations. */
export async function listRemedyUses(db: Db, remedyId: number): Promise<RemedyUse[]> {
  const rows = await usesOf(db, { remedyId });
  if (rows.length === 0) return [];
  const links = await useCitations(db, { useIds: rows.map((r) => r.use_id) });
  return rows.map((r) => ({
    condition: toCondition(r),
    evidenceLevel: r.evidence_level as EvidenceLevel,
    note: r.note,
    citations: links
      .filter((l) => l.remedy_use_id === r.use_id)
      .map(({ remedy_use_id: _ignored, ...citation }) => citation),
  }));
}

/** Editorial evidence levels recorded for remedies used for one condition, by remedy id. */
export async function listUsesForCondition(
  db: Db,
  conditionId: number,
): Promise<Map<number, EvidenceLevel>> {
  const rows = await db
    .selectFrom('remedy_uses')
    .select(['remedy_id', 'evidence_level'])
    .where('condition_id', '=', conditionId)
    .execute();
  return new Map(rows.map((r) => [r.remedy_id, r.evidence_level as EvidenceLevel]));
}
