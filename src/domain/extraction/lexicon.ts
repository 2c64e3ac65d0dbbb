// Words people write for bodily and mental effects, read from the PsyTAR consumer lexicon
// (resources/lexicon, CC BY 4.0) and Remedex's own additions, matched as token sequences with a
// trie so that reading a post costs time in proportion to its length, not to the vocabulary.
import { readFileSync } from 'node:fs';

export interface Phrase {
  /** The normalised term stored and counted ("dry mouth"). */
  term: string;
  /** The UMLS concept, where the phrase came from the lexicon. */
  cui: string | null;
}

interface Node {
  next: Map<string, Node>;
  phrase?: Phrase;
}

export interface Token {
  word: string;
  start: number;
  end: number;
}

const WORD = /[a-z0-9]+(?:['’-][a-z0-9]+)*/g;

export function tokens(text: string): Token[] {
  const out: Token[] = [];
  const lower = text.toLowerCase();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m !== null; m = WORD.exec(lower))
    out.push({ word: m[0].replace(/’/g, "'"), start: m.index, end: m.index + m[0].length });
  return out;
}

/** "headaches" → "headache", "aches" → "ache": one plural form, so both spellings share a path. */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us'))
    return word.slice(0, -1);
  return word;
}

// Single words in the lexicon that, alone, are far more often something else ("bigger", "cold",
// "light", "cut") or are names of conditions rather than effects.
const AMBIGUOUS = new Set([
  'bigger',
  'biggest',
  'burning',
  'cold',
  'crazy',
  'cut',
  'edge',
  'er',
  'fat',
  'flaky',
  'light',
  'highs',
  'hyper',
  'lazy',
  'doom',
  'freeze',
  'emotional',
  'internalize',
  'dreams',
  'heavy',
  'high',
  'low',
  'off',
  'weird',
  'sick',
  'bad',
  'worse',
  'tired',
  'hungry',
  'sleep',
  'sleeping',
  'weight',
  'up',
  'down',
  'hot',
  'pain',
  'ache',
  'aches',
  'gas',
  'wind',
  'dry',
  'spots',
  'spot',
  'stress',
  'fog',
  'heat',
  'nervous',
  'empty',
  'numb',
  'flat',
  'dull',
  'zombie',
  'blah',
  'out',
  'slow',
  'angry',
  'anger',
  'mad',
  'sad',
  'cry',
  'crying',
  'fear',
  'fears',
  'afraid',
  'hospitalized',
  'dehydration',
  'negative',
  'stupid',
  'tension',
  'sexual',
  'suicide',
  'rage',
  'terrified',
  'miserable',
  'shake',
  'ulcer',
  'irritated',
]);
// Names of conditions: an effect's name in the lexicon, but on a remedy site the thing treated.
const CONDITIONS = new Set([
  'depression',
  'depressed',
  'anxiety',
  'anxious',
  'bipolar',
  'bi-polar',
  'gad',
  'mdd',
  'ocd',
  'ptsd',
  'fibro',
  'fibromyalgia',
  'cancer',
  'menopause',
  'eds',
  'fms',
  'hypertension',
  'hypothyroidism',
  'glaucoma',
  'anemia',
  'diabetes',
]);

// Of those, the words that stay too vague even as a side-effects field's whole list item.
const VAGUE_ALONE = new Set([
  'up',
  'down',
  'out',
  'off',
  'bad',
  'worse',
  'sleep',
  'sleeping',
  'weight',
  'er',
  'edge',
  'cut',
  'light',
  'high',
  'low',
  'highs',
  'internalize',
  'negative',
  'doom',
  'freeze',
  'hospitalized',
  'heavy',
  'empty',
  'spot',
  'spots',
  'stupid',
]);

class Trie {
  private readonly root: Node = { next: new Map() };
  /**
   * Single words left out above for being vague alone, by stem: a side-effects field's list item
   * of that word and little else ("Side effects: nausea, crying, anger") names an effect.
   */
  readonly alone = new Map<string, Phrase>();

  add(words: string[], phrase: Phrase, replace = false): void {
    let node = this.root;
    for (const w of words) {
      const key = stem(w);
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map() };
        node.next.set(key, child);
      }
      node = child;
    }
    if (replace || !node.phrase) node.phrase = phrase;
  }

  /** The longest phrase starting at token `i`, and how many tokens it spans. */
  longest(list: readonly Token[], i: number): { phrase: Phrase; length: number } | null {
    let node: Node | undefined = this.root;
    let best: { phrase: Phrase; length: number } | null = null;
    for (let j = i; j < list.length && node; j++) {
      node = node.next.get(stem(list[j]!.word));
      if (node?.phrase) best = { phrase: node.phrase, length: j - i + 1 };
    }
    return best;
  }
}

interface Row {
  phrase: string;
  cui: string;
  name: string;
  type: string;
  count: number;
}

function readRows(): Row[] {
  const file = new URL('../../../resources/lexicon/psytar-lexicon.tsv', import.meta.url);
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const [phrase = '', cui = '', name = '', type = '', count = '0'] = l.split('\t');
      return { phrase, cui, name, type, count: Number(count) };
    });
}

const clean = (phrase: string) =>
  tokens(phrase.replace(/["()]/g, ' '))
    .map((t) => t.word)
    .filter(Boolean);

/**
 * Builds the matcher. `own` are Remedex's terms with their written forms; a lexicon concept that one
 * of them names takes that term, so "headaches" and "head ache" count as one "headache".
 */
export function buildLexicon(own: Record<string, string[]>): Trie {
  const trie = new Trie();
  const rows = readRows().filter((r) => r.type === 'ADR' || r.type === 'WD');
  const ownTermOf = new Map<string, string>();
  for (const [term, forms] of Object.entries(own))
    for (const f of [term, ...forms]) ownTermOf.set(clean(f).map(stem).join(' '), term);
  // The term of a concept: Remedex's own name for it, else its most written phrase.
  const byCui = new Map<string, { term: string; count: number; own: boolean }>();
  for (const r of rows) {
    const words = clean(r.phrase);
    const own = ownTermOf.get(words.map(stem).join(' '));
    const current = byCui.get(r.cui);
    if (own && !current?.own) byCui.set(r.cui, { term: own, count: Infinity, own: true });
    else if (!current || (!current.own && r.count > current.count))
      byCui.set(r.cui, { term: words.join(' '), count: r.count, own: false });
  }
  for (const r of rows) {
    const words = clean(r.phrase);
    if (words.length === 0 || words.join(' ').length < 3) continue;
    if (words.length === 1) {
      const w = words[0]!;
      if (
        AMBIGUOUS.has(w) ||
        AMBIGUOUS.has(stem(w)) ||
        CONDITIONS.has(w) ||
        CONDITIONS.has(stem(w))
      ) {
        if (!VAGUE_ALONE.has(w) && !trie.alone.has(stem(w)))
          trie.alone.set(stem(w), { term: byCui.get(r.cui)?.term ?? r.name, cui: r.cui });
        continue;
      }
    }
    // Long phrases are one writer's sentence; they match nobody else and slow nothing, but a
    // phrase of more than six words is dropped as not a way of naming an effect.
    if (words.length > 6) continue;
    trie.add(words, { term: byCui.get(r.cui)?.term ?? r.name, cui: r.cui });
  }
  for (const [term, forms] of Object.entries(own))
    for (const f of [term, ...forms]) trie.add(clean(f), { term, cui: null }, true);
  return trie;
}

export type Lexicon = Trie;
