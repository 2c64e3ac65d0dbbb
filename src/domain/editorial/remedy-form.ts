// The remedy editor's form: its fields parsed and checked into a draft of the remedy, each problem
// named by the field it belongs to.

import { z } from 'zod';
import { isWebLink, asText, InvalidInput, blankToUndefined } from '../common/index.js';
import {
  type Article,
  type EvidenceLevel,
  articleSchema,
  evidenceLevels,
} from '../../model/article.js';
import {
  textToBenefits,
  textToFaq,
  textToList,
  textToParagraphs,
  textToPoints,
  textToProse,
} from './article-text.js';
import type { RemedyDraft } from './editorial.js';
import type { Condition, RemedyStatus } from '../../model/types.js';
import { remedyKinds } from '../../model/vocabulary.js';

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

export const text = z.preprocess(
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

/** The research findings typed in the form's rows, each complete or reported in `errors`. */
function findingsFrom(
  body: Record<string, unknown>,
  errors: Record<string, string>,
): Article['research']['findings'] {
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
  return findings;
}

/** The dosage table's rows. */
function dosageRowsFrom(
  body: Record<string, unknown>,
  errors: Record<string, string>,
): Article['dosage']['rows'] {
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
  return dosageRows;
}

/** The sources cited. */
function citationsFrom(
  body: Record<string, unknown>,
  errors: Record<string, string>,
): RemedyDraft['citations'] {
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
  return citations;
}

/** The conditions the remedy is used for, each a known condition listed once. */
function usesFrom(
  body: Record<string, unknown>,
  conditions: Condition[],
  errors: Record<string, string>,
): RemedyDraft['uses'] {
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
  return uses;
}

/** The article as the form's texts describe it, before the article schema checks it. */
function articleFrom(
  f: RemedyForm,
  findings: Article['research']['findings'],
  dosageRows: Article['dosage']['rows'],
) {
  const overview = textToProse(f.overview);
  const whatItIs = textToProse(f.whatItIs);
  return {
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
}

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
  const findings = findingsFrom(body, errors);
  const dosageRows = dosageRowsFrom(body, errors);
  const citations = citationsFrom(body, errors);
  const uses = usesFrom(body, conditions, errors);
  const candidate = articleFrom(f, findings, dosageRows);
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
