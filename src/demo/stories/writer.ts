// One demo report, written for its remedy × condition pair from the pieces in content/.
import type { Rating, ReportDetails } from '../../model/types.js';
import type { Outcome } from '../../model/vocabulary.js';
import type { Random } from '../generator.js';
import { type Book, COURSES, fill, inWords, pickDays } from './book.js';
import {
  aboutLines,
  closers,
  habitLines,
  openings,
  outcomeLines,
  personas,
  sideEffectLines,
  spans,
  tipLines,
  titles,
  triedLines,
  wayLines,
} from './content/templates.js';
import type {
  ConditionVoice,
  Course,
  PairVoice,
  RemedyVoice,
  SideEffectVoice,
  Way,
} from './types.js';

/** "For as long as I can remember" mid-sentence: the first letter only, "I" stays. */
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export interface Pen {
  random: Random;
  /** Sentences of report bodies. */
  book: Book;
  /** Titles, kept apart so a title may echo a sentence. */
  titleBook: Book;
  /** Outcomes still to deal per remedy × condition (see dealOutcome). */
  decks?: Map<string, Outcome[]>;
}

export interface Pair {
  remedy: RemedyVoice;
  condition: ConditionVoice;
  pair: PairVoice;
}

export interface Written {
  title: string | null;
  body: string;
  rating: Rating;
  outcome: Outcome;
  takenDays: number;
  effectDays: number | null;
  way: Way;
  sideEffect: SideEffectVoice | null;
  /** Three paragraphs or more: a candidate for Editor's Choice. */
  long: boolean;
  /** The slot values, for replies and updates that answer this report. */
  slots: Slots;
  details: ReportDetails | null;
}

export type Slots = (random: Random) => Record<string, string>;

const PAST: Record<Way['verb'], string> = {
  took: 'taken',
  used: 'used',
  drank: 'drunk',
  had: 'had',
};

// Outcomes come from a shuffled deck per pair, so a pair with a couple of dozen reports shows every
// outcome in about the shares a real site would, instead of whatever a run of draws gives.
const DECK = 25;
function dealOutcome(pen: Pen, key: string, positive: number): Outcome {
  pen.decks ??= new Map();
  let deck = pen.decks.get(key);
  if (!deck || deck.length === 0) {
    const helped = Math.round(DECK * positive);
    const rest = DECK - helped;
    const worse = Math.max(1, Math.round(rest * 0.24));
    const onlyEffects = Math.max(1, Math.round(rest * 0.14));
    const temporary = Math.max(1, Math.round(rest * 0.28));
    const none = Math.max(1, rest - worse - onlyEffects - temporary);
    deck = pen.random.shuffle([
      ...Array<Outcome>(helped).fill('helped'),
      ...Array<Outcome>(temporary).fill('helped_temporarily'),
      ...Array<Outcome>(none).fill('no_change'),
      ...Array<Outcome>(worse).fill('worse'),
      ...Array<Outcome>(onlyEffects).fill('side_effects_only'),
    ]);
    pen.decks.set(key, deck);
  }
  return deck.pop() as Outcome;
}

function ratingFor(random: Random, outcome: Outcome): Rating {
  const [min, max] = {
    helped: [4, 5],
    helped_temporarily: [3, 4],
    no_change: [1, 3],
    worse: [1, 2],
    side_effects_only: [1, 2],
  }[outcome];
  return random.int(min as number, max as number) as Rating;
}

interface Timing {
  takenDays: number;
  effectDays: number | null;
  fadeDays: number | null;
}

function timing(random: Random, outcome: Outcome, course: Course): Timing {
  const { taken, effect } = COURSES[course];
  // Who stopped early (worse, or side effects only) stopped within the first few tries.
  const early = outcome === 'worse' || outcome === 'side_effects_only';
  const takenDays = early ? (taken[0] as number) : random.pick(taken);
  if (outcome === 'no_change' || outcome === 'side_effects_only')
    return { takenDays, effectDays: null, fadeDays: null };
  const most = outcome === 'helped_temporarily' ? takenDays - 1 : takenDays;
  const effectDays = pickDays(random, effect, 1, most) ?? 1;
  const fadeDays =
    outcome === 'helped_temporarily'
      ? (pickDays(random, [...effect, ...taken], effectDays + 1, takenDays - 1) ?? effectDays)
      : null;
  return { takenDays, effectDays, fadeDays };
}

function slotsFor(p: Pair, way: Way, t: Timing, se: SideEffectVoice | null): Slots {
  return (random) => {
    const [tried, tried2] = [random.pick(p.condition.tried), random.pick(p.condition.tried)];
    return {
      span: random.pick(spans),
      span2: lowerFirst(random.pick(spans)),
      persona: random.pick(personas),
      symptom: random.pick(p.condition.symptoms),
      short: random.pick(p.condition.short),
      remedy: random.pick(p.remedy.called),
      tried,
      tried2: tried2 === tried ? (p.condition.tried.find((x) => x !== tried) ?? tried) : tried2,
      verb: way.verb,
      verbed: PAST[way.verb],
      way: way.text,
      taken: inWords(t.takenDays).span,
      effect: t.effectDays ? inWords(t.effectDays).span : 'a few weeks',
      effectWhen: t.effectDays ? inWords(t.effectDays).when : 'the third week',
      fade: t.fadeDays ? inWords(t.fadeDays).span : 'a few weeks',
      se: se?.text ?? '',
      tip: random.pick(p.remedy.tips),
    };
  };
}

type Part = string | null;

/** Writes one report; null sentences (their patterns used up) are left out. */
export function writeReport(pen: Pen, p: Pair): Written {
  const { random, book } = pen;
  const outcome = dealOutcome(pen, `${p.pair.remedy}/${p.pair.condition}`, p.remedy.positive);
  const t = timing(random, outcome, p.condition.course);
  const way = random.pick(p.pair.ways);
  const withEffect =
    outcome === 'side_effects_only' || random.chance(outcome === 'helped' ? 0.25 : 0.45);
  const se = withEffect ? random.pick(p.remedy.sideEffects) : null;
  const slots = slotsFor(p, way, t, se);
  const say = (patterns: readonly string[]): Part =>
    book.write(() => fill(random.pick(patterns), slots(random)));
  const length = random.next();
  const long = length < 0.3;
  const medium = !long && length < 0.65;

  const opening = say([...openings, ...p.condition.openings]);
  const intro: Part[] = [opening];
  if (long || (medium && random.chance(0.5))) intro.push(say(aboutLines));
  if (long || (medium && random.chance(0.4))) intro.push(say(triedLines));
  const middle: Part[] = [say(wayLines)];
  if (long || (medium && random.chance(0.4)))
    middle.push(say(random.chance(0.5) ? p.remedy.remarks : habitLines));
  middle.push(say(outcomeLines[outcome]));
  const end: Part[] = [se ? say(sideEffectLines) : null];
  if (long || random.chance(0.15)) end.push(say(tipLines));
  if (long || (medium && random.chance(0.4))) end.push(say(closers));

  const paragraphs = (
    long
      ? [intro, middle, end]
      : medium
        ? [intro, [...middle, ...end]]
        : [[...intro, ...middle, ...end]]
  )
    .map((ps) => ps.filter((s): s is string => s !== null).join(' '))
    .filter((s) => s !== '');
  const title = random.chance(0.82)
    ? pen.titleBook.write(() => fill(random.pick(titles[outcome]), slots(random)))
    : null;
  const structured = random.chance(0.4);
  return {
    title,
    body: paragraphs.join('\n\n'),
    rating: ratingFor(random, outcome),
    outcome,
    takenDays: t.takenDays,
    effectDays: t.effectDays,
    way,
    sideEffect: se,
    long,
    slots,
    details: structured ? detailsOf(way, t, outcome, se) : null,
  };
}

function detailsOf(
  way: Way,
  t: Timing,
  outcome: Outcome,
  se: SideEffectVoice | null,
): ReportDetails {
  return {
    dose: way.dose,
    form: way.form,
    brand: null,
    takenDays: t.takenDays,
    effectDays: t.effectDays,
    outcome,
    forWhom: null,
    commercialTie: null,
    sideEffects: se ? [{ term: se.term, severity: se.severity, note: null }] : [],
  };
}
