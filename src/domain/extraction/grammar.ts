// The small grammar the readers share: numbers as people write them, units of time, sentences.
import type { Span } from './extract.js';
import { NUMBER_WORDS } from './numbers.js';

// A negator as people type one, apostrophe or not ("didn't", "didnt", "isnt", "cant").
export const NEGATOR = String.raw`(?:\b(?:not|never|no)\b|n't\b|\b(?:is|was|are|were|do|does|did|has|have|had|could|would|should|ca|wo|ai)nt\b)`;

export const UNIT_DAYS: Record<string, number> = {
  minute: 0,
  min: 0,
  mins: 0,
  hour: 0,
  hr: 0,
  hrs: 0,
  day: 1,
  night: 1,
  week: 7,
  wk: 7,
  wks: 7,
  month: 30,
  fortnight: 14,
  year: 365,
  yr: 365,
  yrs: 365,
};
// A number as people write one: digits, words up to the nineties ("twenty one"), "a couple of",
// "two and a half"; a range ("2 to 3", "4 or 5", "3-4") keeps its lower end, as the labels do.
const NUM_WORD = String.raw`(?:\d+(?:\.\d+)?|half an?|(?:a )?(?:good|full|whole|solid)|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|few|couple|several|half)`;
export const NUM = String.raw`(?:a\s+)?(${NUM_WORD}(?:\s+and\s+a\s+half)?)(?:\s*(?:-|–|to|or)\s*${NUM_WORD}(?:\s+and\s+a\s+half)?)?(?:\s+of)?`;
export const UNIT = String.raw`(minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|wks?|fortnights?|months?|years?|yrs?)`;

const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const TEENS: Record<string, number> = {
  thirteen: 13,
  fourteen: 14,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

/** The value of a number phrase: "2.5", "twenty one", "two and a half", "a couple". */
export function numberOf(phrase: string): number {
  // "a good month", "a full week": one of it.
  const p = phrase
    .toLowerCase()
    .trim()
    .replace(/^(?:a )?(?:good|full|whole|solid)$/, 'one');
  const half = /\s+and\s+a\s+half$/.test(p) ? 0.5 : 0;
  const core = p.replace(/\s+and\s+a\s+half$/, '');
  const [tens, ones] = core.split(/[- ]/);
  const value =
    tens !== undefined && tens in TENS
      ? (TENS[tens] ?? 0) + (ones ? (NUMBER_WORDS[ones] ?? 0) : 0)
      : (TEENS[core] ?? NUMBER_WORDS[core] ?? Number(core));
  return value + half;
}

export function toDays(amount: string, unit: string): number {
  const n = numberOf(amount);
  const u = unit.toLowerCase().replace(/s$/, '');
  // Under a day is 0; "48 hours" is two days.
  if (/^(?:hour|hr)$/.test(u)) return Math.floor(n / 24);
  const per = UNIT_DAYS[u] ?? UNIT_DAYS[`${u}s`] ?? 1;
  return per === 0 ? 0 : Math.round(n * per * 10) / 10;
}

// A sentence: up to . ! ? or a line end, but not the point in "2.5".
export const SENTENCE =
  /(?:[^.!?\n]|\.(?=\d)|(?<=\b(?:min|approx|oz|tbsp|tsp|vit|mg|Dr))\.)+[.!?\n]*/;

export const span = (m: RegExpExecArray, text = m[0]): Span => ({
  start: m.index,
  end: m.index + text.length,
  text,
});

export const TAKING =
  /\b(?:take|took|taking|taken|use|used|using|drink|drank|drinking|doing|did|been on|tried|trying|appl(?:y|ied|ying)|gargl\w*|continued|on it|treatment|dose|dosage|started|regimen|chew\w*|ate|eat\w*|rub\w*|rins\w*|swallow\w*|soak\w*|massag\w*|sipp?\w*|every (?:day|morning|night|evening)|twice|capsules?|tablets?|pills?|tea|oil|baths?|packs?|\d+\s*(?:oz|tbsp|tsp|tablespoons?|teaspoons?|mg|g|ml|drops?|capsules?)|per day|a day|daily)\b/i;
export const SUFFERING =
  /\b(?:suffer\w*|struggl\w*|dealt|dealing|battl\w*|plagued|had (?:it|this|them)|have had|'ve had|i had an?|diagnosed|sick)\b/i;

/** How long it was taken: "for 3 weeks", "for the last 15 days", "2 months now". */
