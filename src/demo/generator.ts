import type { ReportWithThread } from '../domain/transfer/index.js';
import type { Rating } from '../model/types.js';
import {
  closers,
  doseLines,
  durations,
  firstNames,
  openers,
  outcomes,
  places,
  replyLines,
  sideEffectLines,
  titles,
} from './scenarios.js';

/** mulberry32: small, fast and deterministic, so the same seed always yields the same site. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** Fisher–Yates, in place. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j] as T, items[i] as T];
    }
    return items;
  }
}

/** Picks indexes with given weights in O(log n). */
export class Weighted {
  private readonly cumulative: number[] = [];
  constructor(weights: readonly number[]) {
    let sum = 0;
    for (const w of weights) this.cumulative.push((sum += w));
  }
  pick(random: Random): number {
    const target = random.next() * (this.cumulative.at(-1) ?? 0);
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] as number) > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

export interface GeneratorRemedy {
  id: number;
  name: string;
  conditions: { id: number; name: string; weight: number }[];
  doses: string[];
  sideEffects: string[];
  positive: number;
  /** Share of all reports this remedy gets, relative to the others. */
  weight: number;
}

export interface GeneratorAuthor {
  id: number;
  displayName: string;
  location: string | null;
  createdAt: number; // epoch ms
}

export const DEMO_START = Date.UTC(2008, 0, 1);
export const DEMO_END = Date.UTC(2026, 10, 1);
const DAY = 86_400_000;

const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

/** Deterministic authors: a few prolific posters and a long tail, as on real community sites. */
export function generateAuthors(random: Random, count: number): Omit<GeneratorAuthor, 'id'>[] {
  const authors: Omit<GeneratorAuthor, 'id'>[] = [];
  for (let i = 0; i < count; i++) {
    const first = firstNames[i % firstNames.length] as string;
    const round = Math.floor(i / firstNames.length);
    authors.push({
      displayName:
        round === 0
          ? first
          : `${first} ${String.fromCharCode(65 + (round % 26))}.${round >= 26 ? round : ''}`,
      location: random.chance(0.9) ? random.pick(places) : null,
      createdAt: DEMO_START - 200 * DAY + Math.floor(random.next() * (DEMO_END - DEMO_START) * 0.7),
    });
  }
  return authors;
}

/** Author weights follow a Zipf-like curve: the first authors write most of the posts. */
export const authorWeights = (count: number): number[] =>
  Array.from({ length: count }, (_, i) => 1 / Math.pow(i + 1, 0.95));

export interface GenerateOptions {
  random: Random;
  remedies: GeneratorRemedy[];
  authors: GeneratorAuthor[];
  /** Share of reports posted by guests without an account. */
  guestShare?: number;
}

/** An endless, deterministic stream of approved reports with their replies. */
export function* generateReports(o: GenerateOptions): Generator<ReportWithThread> {
  const { random, remedies, authors } = o;
  const remedyPick = new Weighted(remedies.map((r) => r.weight));
  const conditionPicks = remedies.map((r) => new Weighted(r.conditions.map((c) => c.weight)));
  const authorPick = new Weighted(authorWeights(authors.length));
  const guestShare = o.guestShare ?? 0.08;

  for (;;) {
    const r = remedyPick.pick(random);
    const remedy = remedies[r] as GeneratorRemedy;
    const condition = remedy.conditions[
      (conditionPicks[r] as Weighted).pick(random)
    ] as GeneratorRemedy['conditions'][number];
    const guest = random.chance(guestShare);
    const author = guest ? null : (authors[authorPick.pick(random)] as GeneratorAuthor);
    const from = author ? Math.max(author.createdAt, DEMO_START) : DEMO_START;
    const postedAt = from + Math.floor(random.next() * (DEMO_END - from));

    const roll = random.next();
    const kind =
      roll < remedy.positive
        ? 'positive'
        : roll < remedy.positive + (1 - remedy.positive) / 2
          ? 'mixed'
          : 'negative';
    const rating = (
      kind === 'positive'
        ? random.int(4, 5)
        : kind === 'mixed'
          ? random.int(2, 4)
          : random.int(1, 2)
    ) as Rating;
    const values = {
      remedy: remedy.name,
      condition: condition.name.toLowerCase(),
      dose: random.pick(remedy.doses),
      duration: random.pick(durations),
      duration2: random.pick(durations.slice(0, 5)),
      effect: random.pick(remedy.sideEffects),
    };
    const sentences = [
      fill(random.pick(openers), values),
      fill(random.pick(doseLines), values),
      fill(random.pick(outcomes[kind]), values),
      random.chance(kind === 'positive' ? 0.25 : 0.5)
        ? fill(random.pick(sideEffectLines), values)
        : '',
      random.pick(closers),
    ].filter((s) => s !== '');
    const paragraphs = random.chance(0.4)
      ? [sentences.slice(0, 2).join(' '), sentences.slice(2).join(' ')]
      : [sentences.join(' ')];
    const body = paragraphs.filter((s) => s !== '').join('\n\n');
    // Sentences start with a capital even where a template begins with the condition's name.
    const capitalised = body.charAt(0).toUpperCase() + body.slice(1);

    const replies: ReportWithThread['replies'] = [];
    const replyCount = random.chance(0.22) ? random.int(1, 3) : 0;
    for (let i = 0; i < replyCount; i++) {
      const replier = authors[authorPick.pick(random)] as GeneratorAuthor;
      replies.push({
        userId: replier.id,
        displayName: replier.displayName,
        location: replier.location,
        postedAt: new Date(Math.min(DEMO_END, postedAt + random.int(1, 90) * DAY)).toISOString(),
        body: random.pick(replyLines),
        status: 'approved',
      });
    }

    yield {
      report: {
        remedyId: remedy.id,
        conditionId: condition.id,
        userId: author?.id ?? null,
        displayName: author?.displayName ?? `${random.pick(firstNames)} (guest)`,
        location: author ? author.location : random.pick(places),
        postedAt: new Date(postedAt).toISOString(),
        rating,
        title: random.chance(0.3) ? random.pick(titles[kind]) : null,
        body: capitalised,
        editorsChoice: rating >= 4 && random.chance(0.06),
        status: 'approved',
        helpfulCount: random.int(0, 40),
      },
      replies,
    };
  }
}

/** The next `count` items of a stream. */
export function take<T>(stream: Iterator<T>, count: number): T[] {
  const items: T[] = [];
  for (let i = 0; i < count; i++) {
    const next = stream.next();
    if (next.done) break;
    items.push(next.value);
  }
  return items;
}
