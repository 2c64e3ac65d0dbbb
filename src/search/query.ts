// Web-search syntax: words, "quoted phrases" and -excluded words. Both engines get the same meaning.
export interface ParsedQuery {
  words: string[];
  phrases: string[];
  excluded: string[];
  /** The query as typed, cleaned, for PostgreSQL's websearch_to_tsquery. */
  text: string;
}

const token = (s: string) => s.replace(/["*^:(){}[\]\\]/g, ' ').trim();

export function parseQuery(input: string): ParsedQuery {
  const text = input.replace(/\s+/g, ' ').trim().slice(0, 200);
  const phrases: string[] = [];
  const rest = text.replace(/"([^"]*)"/g, (_m, phrase: string) => {
    const p = token(phrase).replace(/\s+/g, ' ');
    if (p) phrases.push(p);
    return ' ';
  });
  const words: string[] = [];
  const excluded: string[] = [];
  for (const raw of rest.split(/\s+/)) {
    if (!raw) continue;
    if (raw.startsWith('-') && raw.length > 1) {
      const w = token(raw.slice(1));
      if (w) excluded.push(...w.split(/\s+/));
    } else {
      const w = token(raw);
      if (w) words.push(...w.split(/\s+/));
    }
  }
  return { words, phrases, excluded, text };
}

export const isEmptyQuery = (q: ParsedQuery): boolean =>
  q.words.length === 0 && q.phrases.length === 0;

/** An FTS5 MATCH expression: every word and phrase quoted, so no input can break its syntax. */
export function toFts5(q: ParsedQuery): string {
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const positive = [...q.phrases, ...q.words].map(quote).join(' AND ');
  return q.excluded.length === 0
    ? positive
    : `(${positive}) NOT (${q.excluded.map(quote).join(' OR ')})`;
}

/**
 * The marks both engines put around matched words in snippets; views turn them into <mark>.
 * Control characters, which every text input has removed (domain/common/text.ts), so a reader's own
 * text can never pass for a mark.
 */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';
