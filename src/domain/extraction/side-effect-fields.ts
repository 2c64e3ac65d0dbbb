// Where a mention stands: a form's fields and headings, and the edges of its clause.
import type { SideEffect } from './side-effects.js';

// Where a mention stands

type Field = 'side_effects' | 'withdrawal' | 'condition' | 'other' | null;

// A heading or form field at a line start: "Side effects: …", "Reason: …", "Cons - …".
// At a line start, or after a sentence's end on the same line ("Side effects: none. Result: …").
const HEADING = /(?:^|(?<=[.!?])[ \t]+)[ \t]*([A-Za-z][A-Za-z /&-]{1,30}?)[ \t]*[:\-–][ \t]*/gm;

function fieldOf(name: string): Field {
  const n = name.toLowerCase();
  if (/withdraw|discontinu/.test(n)) return 'withdrawal';
  if (/side[- ]?(?:effects?|affects?)|adverse|\bcons\b|downsides?|negatives?|reactions?/.test(n))
    return 'side_effects';
  if (
    /\b(?:reason|condition|symptoms?|diagnos\w*|treating|problem|complaint|ailment|for)\b/.test(n)
  )
    return 'condition';
  return 'other';
}

/** The field each character belongs to, as [start, field] breakpoints. */
export function fields(text: string): [number, Field][] {
  const out: [number, Field][] = [[0, null]];
  HEADING.lastIndex = 0;
  for (let m = HEADING.exec(text); m !== null; m = HEADING.exec(text)) {
    const name = m[1] ?? '';
    // "For Anxiety: …" (drug-review sites): the heading names the condition, and the review follows.
    const titled =
      /^for\s+(?!(?:me|my|him|her|us|them|it|this|that|the|a|an|about|over|some|years?|months?|weeks?|days?|\d)\b)(?=\S)/i.exec(
        name,
      );
    if (titled && m[0].includes(':')) {
      const at = m.index + m[0].indexOf(name);
      out.push(
        [at + titled[0].length, 'condition'],
        [at + name.length, 'other'],
        [m.index + m[0].length, 'other'],
      );
      continue;
    }
    const f = fieldOf(name);
    // Only words that name a field: "I tried - nothing" is not a heading.
    if (
      f === 'other' &&
      !/^(?:comments?|review|results?|pros|benefits|duration|dosage|dose|notes?|update|experience|outcome)\b/i.test(
        name,
      )
    )
      continue;
    const at = m.index + m[0].length;
    out.push([at, f]);
    // "Used for: hair loss. Rosemary oil nightly…": a condition is named in a phrase; the
    // sentences after it on the same line are the report.
    if (f === 'condition') {
      const end = /[.!?](?=\s+\S)|\n/.exec(text.slice(at));
      if (end && text[at + end.index] !== '\n') out.push([at + end.index + 1, 'other']);
    }
  }
  return out;
}

/** The condition named by a form's own "Reason:" or "Condition:" field. */
export function formConditions(text: string, breaks: [number, Field][]): string[] {
  const out: string[] = [];
  for (let i = 0; i < breaks.length; i++) {
    const [start, field] = breaks[i]!;
    if (field !== 'condition') continue;
    const end = breaks[i + 1]?.[0] ?? text.length;
    for (const part of text.slice(start, end).split(/[,;/&\n]|\band\b/))
      if (part.trim().length > 2)
        out.push(
          part
            .trim()
            .toLowerCase()
            .replace(/[.!]+$/, ''),
        );
  }
  return out;
}

/** Whether `at` lies in a form's side-effects field ("Side effects: …"). */
export function inSideEffectsField(text: string): (at: number) => boolean {
  const breaks = fields(text);
  return (at) => fieldAt(breaks, at)[1] === 'side_effects';
}

export const fieldAt = (breaks: [number, Field][], at: number): [number, Field] => {
  let cur = breaks[0]!;
  for (const b of breaks) if (b[0] <= at) cur = b;
  return cur;
};

// Clause edges: sentence ends, and words that turn to a new statement.
const CLAUSE_EDGE =
  /[.!?;\n]|\s[-–—]+\s|\b(?:but|however|although|though|except|yet|whereas|apart from|other than|besides|until|unless)\b|,\s*(?:and|so|then|which|while)\b|\band then\b|\bnow\b|\band (?=(?:it|this|they|these|the stuff)\b)/gi;

/** The clause before a mention: from the last edge to the mention. */
export function clauseBefore(text: string, at: number, from: number): string {
  const window = text.slice(Math.max(from, at - 160), at);
  let cut = 0;
  CLAUSE_EDGE.lastIndex = 0;
  for (let m = CLAUSE_EDGE.exec(window); m !== null; m = CLAUSE_EDGE.exec(window))
    cut = m.index + m[0].length;
  return window.slice(cut);
}

export function clauseAfter(text: string, at: number): string {
  const window = text.slice(at, at + 80);
  CLAUSE_EDGE.lastIndex = 0;
  const m = CLAUSE_EDGE.exec(window);
  return m ? window.slice(0, m.index) : window;
}

const GENERAL_NONE =
  /\b(?:no|zero|without any|not any|never had any|didn'?t (?:have|get|notice|experience) any|haven'?t (?:had|noticed) any|free of|none of the)\s+(?:bad\s+|negative\s+|noticeable\s+|real\s+|significant\s+|ill\s+)?(?:side[- ]?(?:effects?|affects?)|reactions?|problems)\b|\bside[- ]?(?:effects?|affects?)\s*[:\-–]\s*(?:none|no|nothing|n\/a|nil|zero)\b/gi;

/** "No side effects", "Side effects: none": a negated "any". */
export function noneAtAll(text: string): SideEffect[] {
  const out: SideEffect[] = [];
  GENERAL_NONE.lastIndex = 0;
  for (let m = GENERAL_NONE.exec(text); m !== null; m = GENERAL_NONE.exec(text))
    out.push({
      term: 'any',
      negated: true,
      span: { start: m.index, end: m.index + m[0].length, text: m[0] },
      confidence: 0.95,
    });
  return out;
}
