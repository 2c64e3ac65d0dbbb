// The diff between two revisions of a remedy, as an editor reads it: sections by the names the
// form gives them, paragraphs compared word by word, and rows (findings, dosage, sources, uses)
// compared as rows, each told in words rather than as stored data.
import { diffArrays, diffWordsWithSpace } from 'diff';
import { type Article, articleSchema } from '../../model/article.js';
import { articleToFields } from './article-text.js';
import { type RemedyDraft, remedySnapshot } from './editorial.js';

/** The editor form's name for each part of a remedy (also its labels: src/views/pages/remedy-editor.tsx). */
export const sectionLabels: Record<string, string> = {
  name: 'Name',
  summary: 'Summary',
  status: 'Status',
  kind: 'Kind',
  aliases: 'Also known as',
  overview: 'Overview',
  whatItIsTitle: '“What it is” heading',
  whatItIs: 'What it is and why it matters',
  whatItIsSources: 'Where it comes from',
  researchIntro: 'Research: introduction',
  findings: 'Research: findings',
  researchContext: 'Research: context',
  benefits: 'Benefits',
  dosageIntro: 'Forms and dosage: introduction',
  dosage: 'Forms and dosage: table',
  tips: 'Timing and practical tips',
  sideEffectsIntro: 'Side effects: introduction',
  sideEffectsCommon: 'Commonly reported side effects',
  sideEffectsOccasional: 'Occasionally reported side effects',
  cautions: 'Who should be extra cautious',
  whenToStop: 'When to stop and call your doctor',
  highlightsHelpful: 'Reader reports: most helpful experiences',
  highlightsCautionary: 'Reader reports: mixed or cautionary',
  faq: 'Frequently asked questions',
  closing: 'The bottom line',
  disclaimer: 'Disclaimer',
  citations: 'Sources',
  uses: 'Uses by condition',
};

export type DiffPiece = { op: 'same' | 'add' | 'del'; text: string };
/** A line kept, added or removed; or changed in place, with its words marked. */
export type DiffLine =
  | { op: 'same' | 'add' | 'del'; text: string }
  | { op: 'change'; text: string; pieces: DiffPiece[] };

/**
 * A line diff of two texts (jsdiff's array diff over their lines); a run of removed lines met by a
 * run of added ones is paired line by line and compared word by word (jsdiff's word diff).
 */
export function diffLines(before: string, after: string): DiffLine[] {
  const lines = (s: string) => (s === '' ? [] : s.split('\n'));
  const out: DiffLine[] = [];
  const changes = diffArrays(lines(before), lines(after));
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i];
    if (!c) continue;
    const next = changes[i + 1];
    if (c.removed && next?.added) {
      const n = Math.max(c.value.length, next.value.length);
      for (let j = 0; j < n; j++) {
        const was = c.value[j];
        const now = next.value[j];
        if (was !== undefined && now !== undefined) out.push(changed(was, now));
        else if (was !== undefined) out.push({ op: 'del', text: was });
        else if (now !== undefined) out.push({ op: 'add', text: now });
      }
      i++;
      continue;
    }
    const op = c.added ? 'add' : c.removed ? 'del' : 'same';
    for (const text of c.value) out.push({ op, text });
  }
  return out;
}

function changed(was: string, now: string): DiffLine {
  const pieces = diffWordsWithSpace(was, now).map((p): DiffPiece => ({
    op: p.added ? 'add' : p.removed ? 'del' : 'same',
    text: p.value,
  }));
  return { op: 'change', text: now, pieces };
}

const number = (n: number) => String(Number(n.toFixed(2)));

type Snapshot = Partial<ReturnType<typeof remedySnapshot>>;

/** Each row told in words, one line a row, so rows compare as rows. */
function rowLines(c: Snapshot, article: Article | null): Record<string, string> {
  const findings = (article?.research.findings ?? []).map(
    (f) =>
      `${f.area}: ${f.claim} (evidence: ${f.evidence}${f.citations.length ? `; sources: ${f.citations.join(', ')}` : ''})`,
  );
  const dosage = (article?.dosage.rows ?? []).map(
    (r) =>
      `${r.purpose}: ${r.amountMin === r.amountMax ? number(r.amountMax) : `${number(r.amountMin)}–${number(r.amountMax)}`} ${r.unit}, ${r.frequency}${r.note ? ` (${r.note})` : ''}`,
  );
  // Sources and uses are sets (the page orders them itself): compared in one order, so a form
  // that lists them differently from how they were first saved changes nothing.
  const citations = [...(c.citations ?? [])]
    .sort((x, y) => x.key.localeCompare(y.key))
    .map(
      (s) =>
        `[${s.key}] ${s.title}, ${s.source}${s.year ? `, ${s.year}` : ''}${s.url ? ` <${s.url}>` : ''}`,
    );
  const uses = [...(c.uses ?? [])]
    .sort((x, y) => x.condition.localeCompare(y.condition))
    .map(
      (u) =>
        `${u.condition}: ${u.evidenceLevel} evidence${u.note ? `, “${u.note}”` : ''}${u.citations.length ? `; sources: ${u.citations.join(', ')}` : ''}`,
    );
  return {
    findings: findings.join('\n'),
    dosage: dosage.join('\n'),
    citations: citations.join('\n'),
    uses: uses.join('\n'),
  };
}

/** A revision as the editor form's texts, in the form's order, so a diff reads like the form. */
export function revisionTexts(content: unknown): Record<string, string> {
  const c = content as Snapshot;
  const parsed = articleSchema.safeParse(c.article);
  const article = parsed.success ? parsed.data : null;
  const fields = article ? articleToFields(article) : {};
  const rows = rowLines(c, article);
  return {
    name: c.name ?? '',
    summary: c.summary ?? '',
    status: c.status ?? '',
    kind: c.kind ?? '',
    aliases: (c.aliases ?? []).join(', '),
    ...fields,
    findings: rows.findings ?? '',
    dosage: rows.dosage ?? '',
    citations: rows.citations ?? '',
    uses: rows.uses ?? '',
  };
}

export interface DiffSection {
  key: string;
  name: string;
  lines: DiffLine[];
}

/** The sections that differ between two revisions' contents, in the form's order. */
export function diffContents(before: unknown, after: unknown): DiffSection[] {
  const a = revisionTexts(before);
  const b = revisionTexts(after);
  return Object.keys({ ...a, ...b })
    .filter((k) => (a[k] ?? '') !== (b[k] ?? ''))
    .map((key) => ({
      key,
      name: sectionLabels[key] ?? key,
      lines: diffLines(a[key] ?? '', b[key] ?? ''),
    }));
}

/** What a draft in the editor would change in the remedy as saved, section by section. */
export function draftChanges(saved: RemedyDraft, draft: RemedyDraft): DiffSection[] {
  return diffContents(remedySnapshot(saved), remedySnapshot(draft));
}
