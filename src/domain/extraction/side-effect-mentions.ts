// The effects a text mentions, by vocabulary, before any rule asks whether they are side effects.
import { type Token, stem } from './lexicon.js';
import { OWN_RES, vocabulary } from './side-effect-forms.js';
import { type fields, fieldAt } from './side-effect-fields.js';

export interface Mention {
  term: string;
  start: number;
  end: number;
}

/**
 * Every effect mentioned, longest first where two overlap. `alone` tells whether a token is the
 * whole of a side-effects field's list item, where a vague single word names an effect.
 */
export function mentions(
  text: string,
  words: readonly Token[],
  alone: (i: number) => boolean = () => false,
): Mention[] {
  const found: Mention[] = [];
  for (const [term, re] of OWN_RES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text))
      found.push({ term, start: m.index, end: m.index + m[0].length });
  }
  const lex = vocabulary();
  for (let i = 0; i < words.length; i++) {
    const single = lex.alone.get(stem(words[i]!.word));
    const hit =
      lex.longest(words, i) ?? (single && alone(i) ? { phrase: single, length: 1 } : null);
    if (!hit) continue;
    found.push({
      term: hit.phrase.term,
      start: words[i]!.start,
      end: words[i + hit.length - 1]!.end,
    });
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Mention[] = [];
  for (const m of found) {
    const last = kept.at(-1);
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) kept[kept.length - 1] = m;
      continue;
    }
    kept.push(m);
  }
  return kept;
}

const ITEM_EDGE = /[,;.!?\n/()]|\b(?:and|or|but|then|with)\b/i;

/** Whether token `i` stands in a side-effects field's list item of at most three words. */
export function wholeItem(
  text: string,
  words: readonly Token[],
  i: number,
  breaks: ReturnType<typeof fields>,
): boolean {
  const [fieldStart, field] = fieldAt(breaks, words[i]!.start);
  if (field !== 'side_effects') return false;
  let first = i;
  while (
    first > 0 &&
    words[first - 1]!.start >= fieldStart &&
    !ITEM_EDGE.test(text.slice(words[first - 1]!.start, words[first]!.start))
  )
    first--;
  let last = i;
  while (
    last < words.length - 1 &&
    !ITEM_EDGE.test(text.slice(words[last]!.end, words[last + 1]!.end))
  )
    last++;
  return last - first < 3;
}

export function listItem(text: string, m: Mention, from: number, to: number): string {
  const before = text.slice(from, m.start);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
  const after = text.slice(m.end, to);
  const end = after.search(/[,;]/);
  return text.slice(from + cut + 1, end < 0 ? to : m.end + end);
}

/**
 * Which sentences are a bare list of effects ("Dizziness, ringing in the ears, irritable."): two
 * mentions or more, and most of the sentence's letters theirs.
 */
export function bareLists(
  text: string,
  found: readonly Mention[],
  sentences: readonly { start: number; end: number }[],
): boolean[] {
  const letters = (from: number, to: number) => text.slice(from, to).replace(/[^a-z]/gi, '').length;
  return sentences.map((s) => {
    const inside = found.filter((m) => m.start >= s.start && m.end <= s.end);
    if (inside.length < 2) return false;
    const covered = inside.reduce((n, m) => n + letters(m.start, m.end), 0);
    return covered >= 0.6 * letters(s.start, s.end);
  });
}
