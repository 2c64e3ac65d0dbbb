// Sentence edges found within a bounded window around a match, so that reading a text costs time
// in proportion to its length: searching back to the text's start for a "!" that is not there,
// once per match, made extraction quadratic. A "sentence" longer than the window is cut at it.
export const WINDOW = 1000;

/** Where the sentence holding `index` starts: after the last . ! ? or line break before it. */
export function sentenceStart(text: string, index: number, marks = '.!?\n'): number {
  const from = Math.max(0, index - WINDOW);
  for (let i = index - 1; i >= from; i--) if (marks.includes(text[i]!)) return i + 1;
  return from;
}

/** Where the sentence holding `index` ends: at the first match of `end` after it, within the window. */
export function sentenceEnd(text: string, index: number, end: RegExp): number {
  const found = text.slice(index, index + WINDOW).search(end);
  return found < 0 ? Math.min(text.length, index + WINDOW) : index + found;
}

/** Character ranges already claimed by an earlier match, checked in time of the range's length. */
export class Claimed {
  private readonly mask: Uint8Array;
  constructor(length: number) {
    this.mask = new Uint8Array(length);
  }
  overlaps(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.mask[i]) return true;
    return false;
  }
  claim(start: number, end: number): void {
    this.mask.fill(1, start, end);
  }
}
