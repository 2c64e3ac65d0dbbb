import type { Random } from '../generator.js';

/** No sentence of the demo is in more than this many posts, so no two posts read as one template. */
export const SENTENCE_CAP = 3;

/** Counts the sentences already written, so each is used at most SENTENCE_CAP times. */
export class Book {
  private readonly used = new Map<string, number>();

  /** A sentence from `make` that is still under the cap, or null after `tries` misses. */
  write(make: () => string, tries = 16): string | null {
    for (let i = 0; i < tries; i++) {
      const sentence = make();
      const n = this.used.get(sentence) ?? 0;
      if (n < SENTENCE_CAP) {
        this.used.set(sentence, n + 1);
        return sentence;
      }
    }
    return null;
  }
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Fills {slot}s; {Slot} is the same value starting with a capital. */
export function fill(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key.charAt(0).toLowerCase() + key.slice(1)] ?? '';
    return key.charAt(0) === key.charAt(0).toUpperCase() ? capital(value) : value;
  });
}

/** Days in words, as readers write them. */
const DAYS: [number, string, string][] = [
  [1, 'a day', 'the next morning'],
  [3, 'three days', 'the third day'],
  [5, 'five days', 'the fifth day'],
  [7, 'a week', 'the end of the first week'],
  [10, 'ten days', 'the tenth day'],
  [14, 'two weeks', 'the end of the second week'],
  [21, 'three weeks', 'the third week'],
  [30, 'a month', 'the end of the first month'],
  [42, 'six weeks', 'the sixth week'],
  [60, 'two months', 'the second month'],
  [90, 'three months', 'the third month'],
  [120, 'four months', 'the fourth month'],
  [180, 'six months', 'the sixth month'],
];
/** How long people took a remedy, and how soon it showed, by the course of the trouble. */
export const COURSES = {
  acute: { taken: [3, 5, 7, 10, 14], effect: [1, 3] },
  chronic: { taken: [14, 21, 30, 42, 60, 90, 120, 180], effect: [1, 3, 5, 7, 10, 14, 21, 30, 42] },
  slow: { taken: [42, 60, 90, 120, 180], effect: [14, 21, 30, 42, 60] },
  cyclic: { taken: [60, 90, 120, 180], effect: [30, 60] },
} as const;

export function inWords(days: number): { span: string; when: string } {
  const row = DAYS.find(([d]) => d === days) ?? DAYS[0];
  return { span: row?.[1] ?? '', when: row?.[2] ?? '' };
}

/** One of the day counts from `options` in [min, max], or null when none is. */
export function pickDays(
  random: Random,
  options: readonly number[],
  min: number,
  max: number,
): number | null {
  const fit = options.filter((d) => d >= min && d <= max);
  return fit.length > 0 ? random.pick(fit) : null;
}
