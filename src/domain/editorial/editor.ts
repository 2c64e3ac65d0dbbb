// The remedy editor: what it shows, saving a draft as a new revision, the history and the diff
// between two revisions.
import { type DiffSection, diffContents } from './revision-diff.js';
import { draftFromForm } from './remedy-form.js';
import type { Db } from '../../db/database.js';
import { findConditionBySlug, listConditions } from '../../db/repositories/reading/conditions.js';
import {
  type RevisionRow,
  clearCitationsAndUses,
  findRemedyAnyStatus,
  latestRevisionNumber,
  listAllRemedies,
  listEditorialUses,
  listRevisions,
  updateRemedyRow,
} from '../../db/repositories/editorial/editing.js';
import {
  insertCitation,
  insertRemedyUse,
  insertRevision,
  listCitations,
} from '../../db/repositories/reading/remedies.js';
import { type Viewer, requireEditor } from '../accounts/index.js';
import { emptyArticle } from '../../model/article.js';
import { articleToFields } from './article-text.js';
import { type RemedyDraft, createRemedy, remedySnapshot } from './editorial.js';
import { DomainError } from '../../model/errors.js';
import { indexRemedyDocument } from '../search/index.js';
import type { Condition, RemedyStatus } from '../../model/types.js';
import { InvalidInput } from '../common/index.js';

export interface EditorData {
  remedy: RemedyDraft & { id: number | null; modifiedAt: string | null };
  fields: Record<string, string>;
  conditions: Condition[];
}

/** What the editor form starts from: the remedy as it is (or a blank one). */
export async function editorData(
  db: Db,
  viewer: Viewer | null,
  slug: string | null,
): Promise<EditorData> {
  requireEditor(viewer);
  const conditions = await listConditions(db);
  if (slug === null) {
    const blank: RemedyDraft = {
      slug: '',
      name: '',
      aliases: [],
      kind: 'supplement',
      summary: '',
      editorsChoice: false,
      status: 'draft',
      article: emptyArticle(),
      citations: [],
      uses: [],
    };
    return {
      remedy: { ...blank, id: null, modifiedAt: null },
      fields: articleToFields(blank.article),
      conditions,
    };
  }
  const remedy = await findRemedyAnyStatus(db, slug);
  if (!remedy) throw new DomainError('REMEDY_NOT_FOUND');
  const citations = (await listCitations(db, remedy.id)).map(({ id: _id, ...c }) => c);
  const uses = await listEditorialUses(db, remedy.id);
  return {
    remedy: { ...remedy, citations, uses },
    fields: articleToFields(remedy.article),
    conditions,
  };
}

async function writeCitationsAndUses(db: Db, remedyId: number, draft: RemedyDraft): Promise<void> {
  await clearCitationsAndUses(db, remedyId);
  const ids = new Map<string, number>();
  for (const c of draft.citations) ids.set(c.key, await insertCitation(db, { remedyId, ...c }));
  for (const use of draft.uses) {
    const condition = await findConditionBySlug(db, use.condition);
    if (!condition) continue;
    await insertRemedyUse(db, {
      remedyId,
      conditionId: condition.id,
      evidenceLevel: use.evidenceLevel,
      note: use.note,
      citationIds: use.citations.map((k) => ids.get(k)).filter((x): x is number => x !== undefined),
    });
  }
}

/**
 * Saves an editor's version of a remedy. Invariants: only editors save; every save is a numbered
 * revision with its author and change note; "Modified on" is the latest revision's date; the
 * stored article is always valid.
 */
export async function saveRemedy(
  db: Db,
  viewer: Viewer | null,
  slug: string | null,
  body: Record<string, unknown>,
  now: Date,
): Promise<string> {
  const editor = requireEditor(viewer);
  const conditions = await listConditions(db);
  const { draft, note } = draftFromForm(body, conditions);
  if (slug === null) {
    if (!draft.slug)
      throw new InvalidInput({ slug: 'Give the remedy an address, such as l-glutamine.' });
    if (await findRemedyAnyStatus(db, draft.slug))
      throw new InvalidInput({ slug: 'Another remedy already uses this address.' });
    const ids = new Map(conditions.map((c) => [c.slug, c.id]));
    await createRemedy(db, draft, ids, {
      createdAt: now.toISOString(),
      modifiedAt: now.toISOString(),
      userId: editor.id,
      note,
    });
    return draft.slug;
  }
  const remedy = await findRemedyAnyStatus(db, slug);
  if (!remedy) throw new DomainError('REMEDY_NOT_FOUND');
  await updateRemedyRow(db, remedy.id, { ...draft, modifiedAt: now.toISOString() });
  await writeCitationsAndUses(db, remedy.id, draft);
  await indexRemedyDocument(db, remedy.id, draft);
  await insertRevision(db, {
    remedyId: remedy.id,
    number: (await latestRevisionNumber(db, remedy.id)) + 1,
    userId: editor.id,
    createdAt: now.toISOString(),
    note,
    content: remedySnapshot(draft),
  });
  return remedy.slug;
}

export interface History {
  remedy: { slug: string; name: string; status: RemedyStatus };
  revisions: Omit<RevisionRow, 'content'>[];
}

export async function remedyHistory(db: Db, viewer: Viewer | null, slug: string): Promise<History> {
  requireEditor(viewer);
  const remedy = await findRemedyAnyStatus(db, slug);
  if (!remedy) throw new DomainError('REMEDY_NOT_FOUND');
  const revisions = (await listRevisions(db, remedy.id)).map(({ content: _c, ...r }) => r);
  return { remedy: { slug: remedy.slug, name: remedy.name, status: remedy.status }, revisions };
}

export interface RevisionDiff {
  remedy: { slug: string; name: string };
  from: number;
  to: number;
  sections: DiffSection[];
}

export async function diffRevisions(
  db: Db,
  viewer: Viewer | null,
  slug: string,
  from: number,
  to: number,
): Promise<RevisionDiff> {
  requireEditor(viewer);
  const remedy = await findRemedyAnyStatus(db, slug);
  if (!remedy) throw new DomainError('REMEDY_NOT_FOUND');
  const revisions = await listRevisions(db, remedy.id);
  const a = revisions.find((r) => r.number === from);
  const b = revisions.find((r) => r.number === to);
  if (!a || !b) throw new DomainError('PAGE_NOT_FOUND', 'There is no revision with that number.');
  const sections = diffContents(a.content, b.content);
  return { remedy: { slug: remedy.slug, name: remedy.name }, from, to, sections };
}

export async function listRemediesForEditors(db: Db, viewer: Viewer | null) {
  requireEditor(viewer);
  return listAllRemedies(db);
}
