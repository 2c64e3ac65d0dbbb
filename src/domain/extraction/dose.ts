// Doses in free text: "2 tbsp twice a day", "500mg 2X day", "3-5 grms daily", each with its span,
// normalised to a daily amount in mg where the unit is a mass and the frequency is stated.
// Volumes and counts ("1/8 teaspoon per liter", "2 capsules") keep their own unit.
import type { Span } from './extract.js';
import { Claimed, sentenceEnd, sentenceStart } from './window.js';
import { MEDICINE_NAMES } from '../reference/index.js';
import { NUMBER_WORDS } from './numbers.js';
import { type DoseUnit, SHOP_FORMS, TO_MG, UNIT_WORDS, unitOf } from './dose-units.js';
import { perDay } from './frequency.js';

export { type DoseUnit, TO_MG, perDay };

export interface Dose {
  substance: string | null;
  amountMin: number;
  amountMax: number;
  unit: DoseUnit;
  /** Times a day, when the text says so ("twice a day" = 2, "every morning" = 1). */
  perDayMin: number | null;
  perDayMax: number | null;
  /** Daily amount in mg, only for masses with a stated frequency. */
  dailyMgMin: number | null;
  dailyMgMax: number | null;
  span: Span;
}

const AMOUNT = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+\s*\/\s*\d+|\d*\.\d+|\d+|half a|(?:a )?(?:quarter|third) of an?|a quarter|a third|a|an|one|two|three|four|five|six|seven|eight|nine|ten|half)`;
const DOSE = new RegExp(
  String.raw`(?<![\w.\/])(${AMOUNT})(?:\s*(?:${UNIT_WORDS})?\s*(?:-|–|to|or)\s*(${AMOUNT}))?(?:\s+a(?=\s))?(?:\s+of\s+an?(?=\s))?\s*(?:\+\s*)?(?:(?:heaping|heaped|level|rounded|scant|generous|small|large|big|full|good|medium)\s+)?(${UNIT_WORDS})\.?(?![\w'])`,
  'gi',
);

// Counted pills with a word between ("two acidophilus pills") or after ("garlic pills 2 a day").
const COUNTED = new RegExp(
  String.raw`(?<![\w.\/])(\d+|two|three|four|five|six)\s+([A-Za-z][\w-]+)\s+(capsules?|caps|pills?|tablets?|softgels?)\b|\b([A-Za-z][\w-]+)\s+(?:capsules?|caps|pills?|tablets?|softgels?)\s*[,(]?\s*(\d+|one|two|three|four)\s+(?:(?:a|per)\s+day|(?:once|twice|three times|four times)\b)`,
  'gi',
);

// "a quarter of a tablet", "a third of a clove".
const FRACTIONS: Record<string, number> = { quarter: 0.25, third: 1 / 3 };

function amount(raw: string): number {
  const t = raw.toLowerCase().replace(/,/g, '').trim();
  const part = /^(?:a )?(quarter|third)(?: of an?)?$/.exec(t)?.[1];
  if (part) return FRACTIONS[part] ?? 1;
  if (t in NUMBER_WORDS) return NUMBER_WORDS[t] ?? 1;
  const fraction = /^(\d+)\s*\/\s*(\d+)$/.exec(t);
  if (fraction) return Number(fraction[1]) / Number(fraction[2]);
  return Number(t);
}

// Drugs named right beside an amount: "zantac 150 mg", "two 200 mg. omeprazole".
const DRUG = new RegExp(`\\b(?:${MEDICINE_NAMES}|prescri\\w*|medications?|meds|doctor|dr)\\b`, 'i');
// What a dose is mixed into is not a dose: "in 8 oz of water", "with 1/2 cup of apple juice".
const VEHICLE_BEFORE = /\b(?:in|into|with|w\/|to|per|plus|and)\s*(?:a\s+|about\s+|approx\.?\s+)?$/i;
const VEHICLE_AFTER =
  /^\s*(?:of\s+)?(?:\w+\s+){0,2}?(?:water|juice|milk|tea|h2o)\b|^\s*(?:glass|bottle|jar|mug|container|cup)\b/i;
const STOP =
  /^(?:in|into|with|w|twice|once|a|an|every|each|daily|per|and|for|to|at|mixed|diluted|about|right|before|after|on|under|directly|the|day|times?|x|\d.*)$/i;
const ALIASES: Record<string, string> = {
  acv: 'apple cider vinegar',
  'b s': 'baking soda',
  bs: 'baking soda',
  h2o2: 'hydrogen peroxide',
  'vit c': 'vitamin C',
  'vitamin c': 'vitamin C',
};

function substanceAfter(after: string): string | null {
  const words =
    /^\s*(?:of\s+)?(?:the\s+)?((?:[A-Za-z][\w-]*\s*){1,4})/.exec(after)?.[1]?.split(/\s+/) ?? [];
  const kept: string[] = [];
  for (const w of words) {
    if (!w || STOP.test(w)) break;
    kept.push(w);
  }
  return kept.length ? kept.join(' ') : null;
}

function substanceBefore(before: string): string | null {
  const m = /([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)\s*$/.exec(before.trim());
  if (!m?.[1] || STOP.test(m[1].split(/\s+/).at(-1) ?? '')) return null;
  if (
    /\b(?:take|took|taking|use|used|using|drink|drank|added|add|mix|mixed|of|about|around|try|tried)$/i.test(
      m[1],
    )
  )
    return null;
  return m[1];
}

const normalise = (s: string | null) => (s ? (ALIASES[s.toLowerCase()] ?? s) : null);

// A recipe's ingredients are the batch, not a dose: under a "Recipe:" or "Ingredients:" heading,
// or in a sentence that lists three amounts and cooks them.
const RECIPE_HEADING = /(?:^|\n)\s*(?:recipe|ingredients|what you need|you will need)\s*:?[^\n]*$/i;
const COOKING =
  /\b(?:simmer\w*|boil\w*|bak(?:e|ed|ing)|blend\w*|combine\w*|whisk\w*|saucepan|pot|batch|makes (?:about )?\d|yields?|jar|bottle it|store in)\b/i;

function inRecipe(text: string, at: number): boolean {
  const back = text.slice(Math.max(0, at - 400), at);
  // The heading covers its list: lines until a blank line.
  const lastBlank = back.lastIndexOf('\n\n');
  if (
    RECIPE_HEADING.test(
      back
        .slice(lastBlank < 0 ? 0 : lastBlank)
        .split('\n')
        .slice(0, -1)
        .join('\n') + '\n',
    ) ||
    /(?:^|\n)\s*(?:recipe|ingredients)\s*:/i.test(back.slice(lastBlank < 0 ? 0 : lastBlank))
  )
    return true;
  const from = sentenceStart(text, at);
  const sentence = text.slice(from, sentenceEnd(text, at, /[.!?\n](?:\s|$)/));
  const amounts =
    sentence.match(
      /\b\d+(?:\/\d+)?\s*(?:cups?|tbsp|tsp|tablespoons?|teaspoons?|oz|ml|g|grams?|cloves?|l|litres?|liters?)\b/gi,
    ) ?? [];
  return amounts.length >= 3 && COOKING.test(sentence);
}

/** A list under a "Per day:" or "Daily:" heading: every item in it is taken once a day. */
function underPerDayHeading(text: string, at: number): [number, number] | null {
  const back = text.slice(Math.max(0, at - 300), at);
  const heading =
    /\b(?:per day|each day|a day|daily|every day|my daily (?:regimen|routine|stack))\s*:/gi;
  let last = -1;
  for (let h = heading.exec(back); h !== null; h = heading.exec(back)) last = h.index + h[0].length;
  if (last < 0) return null;
  // Still the list: no sentence end between the heading and this item.
  return /[.!?](?:\s|$)|\n\s*\n/.test(back.slice(last)) ? null : [1, 1];
}

// "with a dropper", "from a sachet": the thing used, not an amount.
const TOOL = /\b(?:with|using|from|into|in|by|out of)\s+$/i;

// "a tsp", "a gummy", and "took a pill": one of a countable unit after a word for taking it.
const TAKING =
  /\b(?:take|took|taking|takes|swallow\w*|pop(?:ped|ping)?|chew\w*|eat|ate|eating|had|have|use|used|using|crush\w*|peel\w*)\s+$/i;

/** The amount a dose match states, with its span, or null when the match is no amount. */
function amountAt(
  text: string,
  m: RegExpExecArray,
): { unit: DoseUnit; min: number; upper: number; start: number; end: number } | null {
  const unit = unitOf(m[3] ?? '');
  if (!unit) return null;
  // "between 3 and 5 capsules": the range's lower end stands before the match.
  const between = m[2]
    ? null
    : new RegExp(String.raw`\bbetween\s+(${AMOUNT})\s+and\s+$`, 'i').exec(
        text.slice(Math.max(0, m.index - 30), m.index),
      );
  const max = amount(m[1] ?? '');
  const min = between ? amount(between[1] ?? '') : m[2] ? amount(m[1] ?? '') : max;
  const upper = m[2] ? amount(m[2]) : max;
  if (!Number.isFinite(min) || !Number.isFinite(upper) || min <= 0) return null;
  // Bare "a"/"t" units and word amounts need a unit that reads unambiguously.
  const word = /^[a-z]/i.test(m[1] ?? '');
  if (
    /^(?:a|an)$/i.test(m[1] ?? '') &&
    unit !== 'tsp' &&
    // "a gram" spelled out is an amount; "a g" is not written.
    !/^(?:grams?|milligrams?|micrograms?)$/i.test(m[3] ?? '') &&
    unit !== 'tbsp' &&
    !(SHOP_FORMS.includes(unit) && !TOOL.test(text.slice(Math.max(0, m.index - 12), m.index))) &&
    !(
      ['capsules', 'cloves', 'drops', 'shot'].includes(unit) &&
      TAKING.test(text.slice(Math.max(0, m.index - 30), m.index))
    )
  )
    return null;
  if (word && !/^[a-z]+(?: a)?\s/i.test(m[0])) return null;
  if (
    /^t$/i.test(m[3] ?? '') &&
    !/^\s*(?:of\s+)?[A-Za-z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80))
  )
    return null;
  // The range's lower end ("between 3 and") is part of the span.
  return {
    unit,
    min,
    upper,
    start: m.index - (between?.[0].length ?? 0),
    end: m.index + m[0].length,
  };
}

/** Whether an amount is a limit, a concentration, a recipe's, a medicine's or a container's. */
function notTaken(
  text: string,
  unit: DoseUnit,
  start: number,
  end: number,
  remedy: string[],
): boolean {
  // "0.6 mg/ml", "5 mg per kg": a mass per volume or weight is a concentration or a rate, not an amount taken.
  if (
    TO_MG[unit] !== undefined &&
    /^\s*(?:\/|per\s+)(?:ml|l|litre|liter|dl|kg|lb|100|serving|cup|gram)\b/i.test(
      text.slice(end, end + 12),
    )
  )
    return true;
  // "toxic at 2 g", "the lethal dose is 10 g": a limit quoted, not a dose taken.
  if (
    /\b(?:toxic|lethal|fatal|ld50|poisonous|overdose)\b[^.!?]{0,25}$/i.test(
      text.slice(Math.max(0, start - 40), start),
    )
  )
    return true;
  const takenHere = /\b(?:take|took|drink|drank|have|had|swallow|sip)\s+(?:about\s+)?$/i.test(
    text.slice(Math.max(0, start - 20), start),
  );
  if (!takenHere && inRecipe(text, start)) return true;
  const from = sentenceStart(text, start);
  const sentence = text.slice(from, sentenceEnd(text, end, /[.!?\n](?:\s|$)/));
  const before = text.slice(from, start);
  const after = text.slice(end, end + 80);
  // A medicine right beside the amount ("zantac 150 mg"), not across a break ("… and I take 2 g").
  const beside = `${/(?:^|[,;]|\band\b|\b(?:take|took|taking|use|used|drink|drank|plus|with)\b)([^,;]{0,25})$/i.exec(before)?.[1] ?? before.slice(-25)} ${text.slice(end, end + 20).split(/[,;.]|\band\b/)[0]}`;
  if (DRUG.test(beside)) return true;
  const namesRemedy = remedy.some((r) => sentence.toLowerCase().includes(r));
  if (DRUG.test(sentence) && !namesRemedy) return true;
  // "If you try garlic, start with one clove a day", in a post that never tells of the writer's own
  // use: advice to others. Writers who took it often give their dose as advice, and that counts.
  if (ADVICE.test(sentence) && !/\b(?:i|i'?ve|i'?m|i'?d|we|my|me)\b/i.test(text)) return true;
  // "They halved the amount from 400 mg to 200 mg" after a sentence on a medicine is its dose.
  if (!namesRemedy && from > 0) {
    const previous = text.slice(sentenceStart(text, from - 1), from);
    if (DRUG.test(previous) && !remedy.some((r) => previous.toLowerCase().includes(r))) return true;
  }
  // "less than a tablespoon", "more than 2 g": a bound, not an amount taken.
  if (/\b(?:less|more|fewer|no more|not more)\s+than\s+$/i.test(before)) return true;
  // "a 2 liter (2 qt) plastic bottle": a container's size.
  if (
    /^\s*(?:\([^)]{0,20}\)\s*)?(?:plastic|glass|big|large|small|empty)?\s*(?:bottle|jar|jug|container|carton)\b/i.test(
      after,
    )
  )
    return true;
  if (VEHICLE_BEFORE.test(before) && VEHICLE_AFTER.test(after)) return true;
  if (unit !== 'glasses' && /^\s*(?:of\s+)?(?:(?!in\b|into\b|with\b)\w+\s+)?water\b/i.test(after))
    return true;
  if (/^\s*(?:\]|bottle|jar|container|drink)/i.test(after)) return true;
  return (
    /^\s*(?:glass|bottle|jar|mug|container)\b/i.test(after) &&
    !/\b(?:\d+|two|three|four)\s+$/i.test(before)
  );
}

const PER_WEIGHT =
  /^\s*(?:per|\/|a|for (?:every|each))\s*(?:\d+(?:\.\d+)?\s*)?(?:lbs?|pounds?|kgs?|kilos?|kilograms?)\b/i;

const ADVICE =
  /\b(?:if you(?:'re| are)?|you should|you could|you can|you might|you'?ll want|start with|i'?d (?:suggest|recommend|say)|i would (?:suggest|recommend)|my advice|try (?:taking|using))\b/i;

/** How many times a day, counting "2 8oz glasses" and "3 400mcg" pills. */
function timesADay(
  text: string,
  unit: DoseUnit,
  unitText: string,
  start: number,
  before: string,
  after: string,
): [number, number] | null {
  // "2 8oz glasses a day": the count before is how many times.
  // "3 400mcg", "take 2 500mg": a count right before, not a name's number ("omega 3 1000mg").
  const count =
    /(?:^|\b(?:take|took|taking|takes|had|have|use|used|drink|drank|and|plus|with)\s+)(\d+|two|three|four)\s+$/i.exec(
      before,
    );
  const glasses = count && /^\s*glass(?:es)?\b/i.test(after);
  // "2.5 mg per 10 lb": by body weight, so no daily amount without the weight.
  if (PER_WEIGHT.test(after)) return null;
  const listed = underPerDayHeading(text, start);
  // "magnesium 200 mg x2" in a list under "Per day:": twice.
  const times = listed && /^\s*x\s*(\d)\b/i.exec(after);
  let frequency =
    perDay(after.replace(/^\s*glass(?:es)?/i, ''), before) ??
    (times ? [Number(times[1]), Number(times[1])] : listed);
  if (glasses) frequency = [amount(count[1]!), amount(count[1]!)];
  // "3 400mcg of folic acid daily": three pills of 400 mcg each.
  const pills = !glasses && count && unitOf(unitText) && TO_MG[unit] ? amount(count[1]!) : 1;
  if (frequency && pills > 1) frequency = [frequency[0] * pills, frequency[1] * pills];
  return frequency ? [frequency[0], frequency[1]] : null;
}

/** Counted doses with no unit ("2 capsules of it", "one a day") where no amount stands already. */
function countedDoses(text: string, doses: readonly Dose[]): Dose[] {
  const out: Dose[] = [];
  const claimed = new Claimed(text.length);
  for (const d of doses) claimed.claim(d.span.start, d.span.end);
  COUNTED.lastIndex = 0;
  for (let m = COUNTED.exec(text); m !== null; m = COUNTED.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (claimed.overlaps(start, end)) continue;
    const near = text.slice(Math.max(0, start - 25), Math.min(text.length, end + 20));
    const substance = m[2] ?? m[4] ?? null;
    if (DRUG.test(near) || (substance && /^(?:of|the|my|these|those|birth)$/i.test(substance)))
      continue;
    const n = amount(m[1] ?? m[5] ?? '');
    const frequency = m[5] ? ([1, 1] as const) : perDay(text.slice(end, end + 80), '');
    out.push({
      substance: normalise(substance),
      amountMin: n,
      amountMax: n,
      unit: 'capsules',
      perDayMin: frequency?.[0] ?? null,
      perDayMax: frequency?.[1] ?? null,
      dailyMgMin: null,
      dailyMgMax: null,
      span: { start, end, text: m[0] },
    });
  }
  return out;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export function extractDoses(text: string, remedyTerms: string[] = []): Dose[] {
  const doses: Dose[] = [];
  const remedy = remedyTerms.map((t) => t.toLowerCase()).filter((t) => t.length > 1);
  DOSE.lastIndex = 0;
  for (let m = DOSE.exec(text); m !== null; m = DOSE.exec(text)) {
    const found = amountAt(text, m);
    if (!found) continue;
    const { unit, min, upper, start, end } = found;
    if (notTaken(text, unit, start, end, remedy)) continue;
    const before = text.slice(sentenceStart(text, start), start);
    const after = text.slice(end, end + 80);
    const frequency = timesADay(text, unit, m[3] ?? '', start, before, after);
    const toMg = TO_MG[unit];
    doses.push({
      substance: normalise(substanceAfter(after) ?? substanceBefore(before)),
      amountMin: min,
      amountMax: upper,
      unit,
      perDayMin: frequency?.[0] ?? null,
      perDayMax: frequency?.[1] ?? null,
      dailyMgMin: toMg && frequency ? round(min * toMg * frequency[0]) : null,
      dailyMgMax: toMg && frequency ? round(upper * toMg * frequency[1]) : null,
      span: { start, end, text: text.slice(start, end) },
    });
  }
  doses.push(...countedDoses(text, doses));
  return withoutCountsOfAMass(text, doses).sort((a, b) => a.span.start - b.span.start);
}

/** "a scoop (5g)", "2 gummies (5 mg)": the mass in brackets is the dose; the count only holds it. */
function withoutCountsOfAMass(text: string, doses: Dose[]): Dose[] {
  return doses.filter(
    (d) =>
      !(
        SHOP_FORMS.includes(d.unit) &&
        doses.some(
          (m) =>
            TO_MG[m.unit] !== undefined &&
            m.span.start > d.span.end &&
            /^\s*\(\s*(?:about\s+|approx\.?\s+|~\s*)?$/i.test(text.slice(d.span.end, m.span.start)),
        )
      ),
  );
}
