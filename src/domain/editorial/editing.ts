import { diffArrays } from 'diff';
import { z } from 'zod';
import { isWebLink, asText, slugify } from '../common/text.js';
import type { Db } from '../../db/database.js';
import {
  findConditionBySlug,
  insertConditionIfFree,
  listConditions,
  slugTaken,
} from '../../db/repositories/conditions.js';
import {
  type RevisionRow,
  clearCitationsAndUses,
  conditionRedirect,
  findRemedyAnyStatus,
  insertConditionAlias,
  latestRevisionNumber,
  listAllConditions,
  listAllRemedies,
  listEditorialUses,
  listRevisions,
  markConditionMerged,
  moveRemedyUses,
  renameConditionRow,
  updateRemedyRow,
} from '../../db/repositories/editing.js';
import {
  findConditionById,
  insertAction,
  moveConditionReports,
} from '../../db/repositories/moderation.js';
import {
  insertCitation,
  insertRemedyUse,
  insertRevision,
  listCitations,
} from '../../db/repositories/remedies.js';
import type { Viewer } from '../accounts/accounts.js';
import {
  type Article,
  type EvidenceLevel,
  articleSchema,
  emptyArticle,
  evidenceLevels,
} from '../../model/article.js';
import {
  articleToFields,
  textToBenefits,
  textToFaq,
  textToList,
  textToParagraphs,
  textToPoints,
  textToProse,
} from './article-text.js';
import { type RemedyDraft, createRemedy, remedySnapshot } from './editorial.js';
import { DomainError } from '../../model/errors.js';
import { requireEditor } from '../accounts/policies.js';
import { indexRemedyDocument } from '../search/search.js';
import type { Condition, RemedyStatus } from '../../model/types.js';
import { settleReports } from '../insight/insight.js';
import { remedyKinds } from '../../model/vocabulary.js';
import { InvalidInput, blankToUndefined, validate } from '../common/validation.js';

const MAX_ROWS = 200;

/**
 * Repeated form fields come as a string (one) or an array (several); anything else (a JSON
 * object, a number) is no text. More rows than any article needs are refused before any work.
 */
const rows = (value: unknown): string[] => {
  const list = Array.isArray(value)
    ? value.map(asText)
    : value === undefined
      ? []
      : [asText(value)];
  if (list.length > MAX_ROWS)
    throw new InvalidInput({ form: `A remedy can have at most ${MAX_ROWS} rows of one kind.` });
  return list;
};
const keys = (value: string) =>
  value
    .split(/[,\s]+/)
    .map((k) => k.trim())
    .filter(Boolean);

const text = z.preprocess(
  (v) => (typeof v === 'string' ? v : ''),
  z.string().max(20_000, 'Keep each section under 20,000 characters.'),
);

const remedyForm = z.object({
  name: z
    .string({ message: 'Give the remedy a name.' })
    .trim()
    .min(2, 'Give the remedy a name.')
    .max(80),
  slug: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(
        /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
        'Use lowercase letters, digits and dashes, such as l-glutamine.',
      )
      .max(80)
      .optional(),
  ),
  aliases: text,
  kind: z.enum(remedyKinds, { message: 'Choose a kind.' }),
  summary: z
    .string({ message: 'Write a one-sentence summary.' })
    .trim()
    .min(10, 'Write a one-sentence summary.')
    .max(400),
  status: z.enum(['draft', 'published'], { message: 'Choose draft or published.' }),
  editorsChoice: z.preprocess((v) => v === 'on' || v === 'true', z.boolean()),
  note: z
    .string({ message: 'Say what you changed: it is kept in the history.' })
    .trim()
    .min(3, 'Say what you changed: it is kept in the history.')
    .max(300),
  overview: text,
  whatItIsTitle: text,
  whatItIs: text,
  whatItIsSources: text,
  researchIntro: text,
  researchContext: text,
  benefits: text,
  dosageIntro: text,
  tips: text,
  sideEffectsIntro: text,
  sideEffectsCommon: text,
  sideEffectsOccasional: text,
  cautions: text,
  whenToStop: text,
  highlightsHelpful: text,
  highlightsCautionary: text,
  faq: text,
  closing: text,
  disclaimer: text,
});

export type RemedyForm = z.infer<typeof remedyForm>;

/** Where an article's zod path points in the form, so errors appear beside the right field. */
function fieldOf(path: PropertyKey[]): string {
  const [section, sub] = path.map(String);
  const map: Record<string, string> = {
    overview: 'overview',
    whatItIs: sub === 'title' ? 'whatItIsTitle' : 'whatItIs',
    research: 'findings',
    benefits: 'benefits',
    dosage: 'dosage',
    tips: 'tips',
    sideEffects: 'sideEffectsCommon',
    cautions: 'cautions',
    whenToStop: 'whenToStop',
    reportHighlights: 'highlightsHelpful',
    faq: 'faq',
    closing: 'closing',
    disclaimer: 'disclaimer',
  };
  return map[section ?? ''] ?? 'form';
}

const sectionMessages: Record<string, string> = {
  overview: 'Write at least one paragraph of overview.',
  whatItIsTitle: 'Give the “what it is” section a heading.',
  whenToStop: 'Every remedy page needs “when to stop and call your doctor”.',
  disclaimer: 'Every remedy page needs its disclaimer.',
};

/** Builds the draft from the submitted form: validated as a whole, errors keyed by field. */
export function draftFromForm(
  body: Record<string, unknown>,
  conditions: Condition[],
): { draft: RemedyDraft; note: string } {
  // Every problem at once: the form's own fields and the article built from its texts.
  const errors: Record<string, string> = {};
  const parsedForm = remedyForm.safeParse(body);
  if (!parsedForm.success) {
    for (const issue of parsedForm.error.issues)
      errors[String(issue.path[0] ?? 'form')] ??= issue.message;
  }
  const str = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : '');
  const f = {
    ...Object.fromEntries(Object.keys(remedyForm.shape).map((k) => [k, str(k)])),
    ...(parsedForm.success ? parsedForm.data : {}),
  } as RemedyForm;
  const overview = textToProse(f.overview);
  const whatItIs = textToProse(f.whatItIs);

  const findings: Article['research']['findings'] = [];
  const [areas, claims, evidence, fcites] = [
    rows(body.findingArea),
    rows(body.findingClaim),
    rows(body.findingEvidence),
    rows(body.findingCitations),
  ];
  areas.forEach((area, i) => {
    const claim = (claims[i] ?? '').trim();
    if (area.trim() === '' && claim === '') return;
    const level = evidence[i] as EvidenceLevel;
    if (!area.trim() || !claim || !evidenceLevels.includes(level))
      errors.findings = `Finding ${i + 1}: give its area, claim and evidence level.`;
    else
      findings.push({
        area: area.trim(),
        claim,
        evidence: level,
        citations: keys(fcites[i] ?? ''),
      });
  });

  const dosageRows: Article['dosage']['rows'] = [];
  const [purposes, mins, maxes, units, freqs, dnotes] = [
    rows(body.dosePurpose),
    rows(body.doseMin),
    rows(body.doseMax),
    rows(body.doseUnit),
    rows(body.doseFrequency),
    rows(body.doseNote),
  ];
  purposes.forEach((purpose, i) => {
    if (purpose.trim() === '') return;
    const min = Number(mins[i]);
    const max = Number((maxes[i] ?? '').trim() === '' ? mins[i] : maxes[i]);
    const unit = (units[i] ?? '').trim();
    if (
      !Number.isFinite(min) ||
      !Number.isFinite(max) ||
      min < 0 ||
      max < min ||
      !unit ||
      !(freqs[i] ?? '').trim()
    ) {
      errors.dosage = `Dosage row ${i + 1}: give amounts (from ≤ to), a unit and how often.`;
    } else
      dosageRows.push({
        purpose: purpose.trim(),
        amountMin: min,
        amountMax: max,
        unit,
        frequency: (freqs[i] ?? '').trim(),
        note: (dnotes[i] ?? '').trim(),
      });
  });

  const citations: RemedyDraft['citations'] = [];
  const [ckeys, ctitles, csources, cyears, curls] = [
    rows(body.citationKey),
    rows(body.citationTitle),
    rows(body.citationSource),
    rows(body.citationYear),
    rows(body.citationUrl),
  ];
  ckeys.forEach((key, i) => {
    if (key.trim() === '' && (ctitles[i] ?? '').trim() === '') return;
    const year = (cyears[i] ?? '').trim();
    const url = (curls[i] ?? '').trim();
    if (
      !/^[a-z0-9-]+$/.test(key.trim()) ||
      !(ctitles[i] ?? '').trim() ||
      !(csources[i] ?? '').trim() ||
      (year && !/^\d{4}$/.test(year)) ||
      (url && !isWebLink(url))
    ) {
      errors.citations = `Source ${i + 1}: give a key (lowercase, e.g. smith-2020), a title, where it was published, and optionally a year and an http(s) link.`;
    } else
      citations.push({
        key: key.trim(),
        title: (ctitles[i] ?? '').trim(),
        source: (csources[i] ?? '').trim(),
        year: year ? Number(year) : null,
        url: url || null,
      });
  });

  const uses: RemedyDraft['uses'] = [];
  const [uconditions, uevidence, unotes, ucites] = [
    rows(body.useCondition),
    rows(body.useEvidence),
    rows(body.useNote),
    rows(body.useCitations),
  ];
  uconditions.forEach((slug, i) => {
    if (slug.trim() === '') return;
    const level = uevidence[i] as EvidenceLevel;
    if (!conditions.some((c) => c.slug === slug) || !evidenceLevels.includes(level))
      errors.uses = `Use ${i + 1}: choose a condition and an evidence level.`;
    else if (uses.some((u) => u.condition === slug))
      errors.uses = `Use ${i + 1}: each condition can be listed once.`;
    else
      uses.push({
        condition: slug,
        evidenceLevel: level,
        note: (unotes[i] ?? '').trim(),
        citations: keys(ucites[i] ?? ''),
      });
  });

  const candidate = {
    overview: { paragraphs: overview.paragraphs, highlights: overview.points },
    whatItIs: {
      title: f.whatItIsTitle.trim(),
      paragraphs: whatItIs.paragraphs,
      points: whatItIs.points,
      sources: f.whatItIsSources.trim(),
    },
    research: { intro: f.researchIntro.trim(), findings, context: f.researchContext.trim() },
    benefits: textToBenefits(f.benefits),
    dosage: { intro: f.dosageIntro.trim(), rows: dosageRows },
    tips: textToPoints(f.tips),
    sideEffects: {
      intro: f.sideEffectsIntro.trim(),
      common: textToPoints(f.sideEffectsCommon),
      occasional: textToPoints(f.sideEffectsOccasional),
    },
    cautions: textToList(f.cautions),
    whenToStop: f.whenToStop.trim(),
    reportHighlights: {
      helpful: textToPoints(f.highlightsHelpful),
      cautionary: textToPoints(f.highlightsCautionary),
    },
    faq: textToFaq(f.faq),
    closing: textToParagraphs(f.closing),
    disclaimer: f.disclaimer.trim(),
  };
  const parsed = articleSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldOf(issue.path);
      errors[field] ??= sectionMessages[field] ?? `Check this section: ${issue.message}`;
    }
  }
  const known = new Set(citations.map((c) => c.key));
  const unknown = [
    ...findings.flatMap((x) => x.citations),
    ...uses.flatMap((u) => u.citations),
  ].filter((k) => !known.has(k));
  if (unknown.length > 0)
    errors.citations ??= `Add these sources below, or remove them from findings and uses: ${[...new Set(unknown)].join(', ')}.`;
  if (Object.keys(errors).length > 0 || !parsed.success || !parsedForm.success)
    throw new InvalidInput(errors);

  const draft: RemedyDraft = {
    slug: f.slug ?? '',
    name: f.name,
    aliases: f.aliases
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean),
    kind: f.kind,
    summary: f.summary,
    editorsChoice: f.editorsChoice,
    status: f.status as RemedyStatus,
    article: parsed.data,
    citations,
    uses,
  };
  return { draft, note: f.note };
}

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

export type DiffLine = { op: 'same' | 'add' | 'del'; text: string };

/** A line diff of two texts (jsdiff's array diff over their lines). */
export function diffLines(before: string, after: string): DiffLine[] {
  return diffArrays(before.split('\n'), after.split('\n')).flatMap((change) =>
    change.value.map((text) => ({
      op: change.added ? ('add' as const) : change.removed ? ('del' as const) : ('same' as const),
      text,
    })),
  );
}

/** A revision as the editor form's texts, so a diff reads like the form. */
function revisionTexts(content: unknown): Record<string, string> {
  const c = content as Partial<ReturnType<typeof remedySnapshot>>;
  const article = articleSchema.safeParse(c.article);
  const fields = article.success ? articleToFields(article.data) : {};
  const rowsText = (rows: unknown[] | undefined) =>
    (rows ?? []).map((r) => JSON.stringify(r)).join('\n');
  return {
    Name: c.name ?? '',
    Summary: c.summary ?? '',
    Status: c.status ?? '',
    ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v])),
    Findings: rowsText(article.success ? article.data.research.findings : []),
    Dosage: rowsText(article.success ? article.data.dosage.rows : []),
    Sources: rowsText(c.citations),
    Uses: rowsText(c.uses),
  };
}

export interface RevisionDiff {
  remedy: { slug: string; name: string };
  from: number;
  to: number;
  sections: { name: string; lines: DiffLine[] }[];
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
  const before = revisionTexts(a.content);
  const after = revisionTexts(b.content);
  const sections = Object.keys({ ...before, ...after })
    .filter((k) => (before[k] ?? '') !== (after[k] ?? ''))
    .map((name) => ({ name, lines: diffLines(before[name] ?? '', after[name] ?? '') }));
  return { remedy: { slug: remedy.slug, name: remedy.name }, from, to, sections };
}

export async function listRemediesForEditors(db: Db, viewer: Viewer | null) {
  requireEditor(viewer);
  return listAllRemedies(db);
}

// Conditions

const conditionInput = z.object({
  name: z.string({ message: 'Name the condition.' }).trim().min(2, 'Name the condition.').max(80),
  category: z
    .string({ message: 'Choose or type a category.' })
    .trim()
    .min(2, 'Choose or type a category.')
    .max(60),
  aliases: text,
});

export async function listConditionsForEditors(db: Db, viewer: Viewer | null) {
  requireEditor(viewer);
  return listAllConditions(db);
}

export async function createConditionAsEditor(
  db: Db,
  viewer: Viewer | null,
  body: unknown,
  now: Date,
): Promise<string> {
  requireEditor(viewer);
  const c = validate(conditionInput, body);
  const slug = slugify(c.name);
  const taken = () => new InvalidInput({ name: 'A condition with this name already exists.' });
  if (!slug || (await slugTaken(db, slug))) throw taken();
  const id = await insertConditionIfFree(db, {
    slug,
    name: c.name,
    category: c.category,
    aliases: c.aliases
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean),
    createdAt: now.toISOString(),
  });
  if (id === null) throw taken();
  await recordEdit(
    db,
    viewer,
    'create-condition',
    0,
    `The condition “${c.name}” was added under ${c.category}.`,
    now,
  );
  return slug;
}

/** Renames a condition; its old address keeps working by redirecting to the new one. */
export async function renameCondition(
  db: Db,
  viewer: Viewer | null,
  id: number,
  body: unknown,
  now: Date,
): Promise<string> {
  requireEditor(viewer);
  const current = await findConditionById(db, id);
  if (!current || current.status !== 'active') throw new DomainError('CONDITION_NOT_FOUND');
  const c = validate(conditionInput, body);
  const slug = slugify(c.name);
  if (slug !== current.slug && (await slugTaken(db, slug)))
    throw new InvalidInput({ name: 'A condition with this name already exists.' });
  await renameConditionRow(db, id, {
    name: c.name,
    slug,
    category: c.category,
    aliases: c.aliases
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean),
  });
  if (slug !== current.slug)
    await insertConditionAlias(db, current.slug, current.name, id, now.toISOString());
  await recordEdit(
    db,
    viewer,
    'rename-condition',
    id,
    `The condition “${current.name}” was renamed “${c.name}”.`,
    now,
  );
  return slug;
}

/**
 * Merges one condition into another. Invariants: every report and editorial use moves to the
 * target, the numbers of every affected remedy are recounted, and the old address redirects.
 */
export async function mergeConditions(
  db: Db,
  viewer: Viewer | null,
  id: number,
  body: unknown,
  now: Date,
): Promise<string> {
  requireEditor(viewer);
  const from = await findConditionById(db, id);
  if (!from || from.status !== 'active') throw new DomainError('CONDITION_NOT_FOUND');
  const { into } = validate(
    z.object({ into: z.string().min(1, 'Choose the condition to merge into.') }),
    body,
  );
  const target = await findConditionBySlug(db, into);
  if (!target || target.id === id)
    throw new InvalidInput({ into: 'Choose another existing condition.' });
  const moved = await moveConditionReports(db, id, target.id);
  await moveRemedyUses(db, id, target.id);
  await markConditionMerged(db, id, target.id);
  await settleReports(
    db,
    [],
    moved.map((m) => ({ remedyId: m.remedyId, conditionId: target.id })),
  );
  await recordEdit(
    db,
    viewer,
    'merge-condition',
    id,
    `The condition “${from.name}” was merged into “${target.name}”.`,
    now,
  );
  return target.slug;
}

export async function conditionMovedTo(db: Db, slug: string): Promise<string | null> {
  return conditionRedirect(db, slug);
}

async function recordEdit(
  db: Db,
  viewer: Viewer | null,
  action: string,
  targetId: number,
  summary: string,
  now: Date,
): Promise<void> {
  await insertAction(db, {
    actorId: viewer?.id ?? null,
    action,
    targetType: 'condition',
    targetId,
    reason: '',
    summary,
    createdAt: now.toISOString(),
  });
}
