import type { Db } from '../../db/database.js';
import { insertCondition } from '../../db/repositories/reading/conditions.js';
import {
  insertCitation,
  insertRemedy,
  insertRemedyUse,
  insertRevision,
} from '../../db/repositories/reading/remedies.js';
import { type Article, type EvidenceLevel, articleSchema } from '../../model/article.js';
import { indexRemedyDocument } from '../search/index.js';
import type { RemedyStatus } from '../../model/types.js';

export interface RemedyDraft {
  slug: string;
  name: string;
  aliases: string[];
  kind: string;
  summary: string;
  editorsChoice: boolean;
  status: RemedyStatus;
  article: Article;
  citations: {
    key: string;
    title: string;
    source: string;
    year: number | null;
    url: string | null;
  }[];
  /** Editorial uses by condition slug, citing this remedy's citation keys. */
  uses: { condition: string; evidenceLevel: EvidenceLevel; note: string; citations: string[] }[];
}

export class ArticleError extends Error {}

/** What a revision keeps: everything an editor can change. */
export const remedySnapshot = (d: RemedyDraft) => ({
  name: d.name,
  aliases: d.aliases,
  kind: d.kind,
  summary: d.summary,
  status: d.status,
  editorsChoice: d.editorsChoice,
  article: d.article,
  citations: d.citations,
  uses: d.uses,
});

/**
 * Creates a remedy with its citations, editorial uses and first revision.
 * Invariant: the stored article is valid, every citation key it names exists, and the remedy's
 * "modified" date is its latest revision's date. Run inside a transaction.
 */
export async function createRemedy(
  db: Db,
  draft: RemedyDraft,
  conditionIds: ReadonlyMap<string, number>,
  at: { createdAt: string; modifiedAt: string; userId: number | null; note: string },
): Promise<number> {
  const article = articleSchema.parse(draft.article);
  const keys = new Set(draft.citations.map((c) => c.key));
  const cited = [
    ...article.research.findings.flatMap((f) => f.citations),
    ...draft.uses.flatMap((u) => u.citations),
  ];
  const missing = cited.filter((k) => !keys.has(k));
  if (missing.length > 0)
    throw new ArticleError(`${draft.slug}: unknown citation ${missing.join(', ')}`);

  const remedyId = await insertRemedy(db, { ...draft, article, ...at });
  const citationIds = new Map<string, number>();
  for (const c of draft.citations)
    citationIds.set(c.key, await insertCitation(db, { remedyId, ...c }));
  for (const use of draft.uses) {
    const conditionId = conditionIds.get(use.condition);
    if (conditionId === undefined)
      throw new ArticleError(`${draft.slug}: unknown condition ${use.condition}`);
    await insertRemedyUse(db, {
      remedyId,
      conditionId,
      evidenceLevel: use.evidenceLevel,
      note: use.note,
      citationIds: use.citations.map((k) => citationIds.get(k) as number),
    });
  }
  await insertRevision(db, {
    remedyId,
    number: 1,
    userId: at.userId,
    createdAt: at.modifiedAt,
    note: at.note,
    content: remedySnapshot({ ...draft, article }),
  });
  await indexRemedyDocument(db, remedyId, { ...draft, article });
  return remedyId;
}

export interface ConditionDraft {
  slug: string;
  name: string;
  aliases: string[];
  category: string;
  /** The editors' short description; '' or absent for none. */
  description?: string;
}

export async function createConditions(
  db: Db,
  drafts: readonly ConditionDraft[],
  createdAt: string,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const c of drafts) ids.set(c.slug, await insertCondition(db, { ...c, createdAt }));
  return ids;
}
