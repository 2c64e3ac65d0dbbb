// Deterministic extraction of structured facts from a report's free text, each with the exact
// span it came from. No model, no network: patterns and vocabularies, reviewable and testable.
import type { ForWhom, Outcome } from '../vocabulary.js';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Extracted {
  duration: { days: number; span: Span } | null;
  timeToEffect: { days: number; span: Span } | null;
  outcome: Outcome | 'unclear';
  outcomeSpan: Span | null;
  sideEffects: { term: string; negated: boolean; span: Span }[];
  forWhom: ForWhom | 'unclear';
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  few: 3,
  couple: 2,
  several: 3,
  half: 0.5,
};
const UNIT_DAYS: Record<string, number> = {
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
  year: 365,
  yr: 365,
  yrs: 365,
};
const NUM = String.raw`(?:a\s+)?(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|few|couple|several|half)(?:\s+of)?`;
const UNIT = String.raw`(minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|wks?|months?|years?|yrs?)`;

function toDays(amount: string, unit: string): number {
  const n = NUMBER_WORDS[amount.toLowerCase()] ?? Number(amount);
  const u = unit.toLowerCase().replace(/s$/, '');
  const per = UNIT_DAYS[u] ?? UNIT_DAYS[`${u}s`] ?? 1;
  return per === 0 ? 0 : Math.round(n * per * 10) / 10;
}

const span = (m: RegExpExecArray, text = m[0]): Span => ({
  start: m.index,
  end: m.index + text.length,
  text,
});

const TAKING =
  /\b(?:take|took|taking|taken|use|used|using|drink|drank|drinking|doing|did|been on|tried|trying|appl(?:y|ied|ying)|gargl\w*|continued|on it|treatment|dose|dosage|started|regimen)\b/i;
const SUFFERING =
  /\b(?:suffer\w*|struggl\w*|dealt|dealing|battl\w*|plagued|had (?:it|this|them)|have had|diagnosed|sick)\b/i;

/** How long it was taken: "for 3 weeks", "for the last 15 days", "2 months now". */
function duration(text: string): Extracted['duration'] {
  const patterns = [
    new RegExp(
      String.raw`\b(?:for|since|over)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|the\s+(?:last|past|pass)\s+|a\s+good\s+)?${NUM}(?:\s*[-–]\s*\d+)?\s*${UNIT}(?!\s+(?:later|after|before))`,
      'gi',
    ),
    new RegExp(
      String.raw`\b${NUM}\s*${UNIT}\s+(?:now|so far|of (?:use|using|treatment|taking))\b`,
      'gi',
    ),
  ];
  for (const re of patterns) {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const days = toDays(m[1] ?? '1', m[2] ?? 'day');
      if (days <= 0) continue;
      // The sentence must be about taking the remedy, not about how long the trouble lasted.
      const start =
        Math.max(
          text.lastIndexOf('.', m.index),
          text.lastIndexOf('!', m.index),
          text.lastIndexOf('?', m.index),
        ) + 1;
      const lead = text.slice(start, m.index);
      if (
        !(TAKING.test(lead) || /^(?:started|began|waited)/i.test(m[0])) ||
        SUFFERING.test(lead) ||
        OTHER_TREATMENT.test(lead)
      )
        continue;
      return { days, span: span(m) };
    }
  }
  return null;
}

const SUCCESS =
  /(help|work|gone|better|relie|stopp?ed|eas|clear|improv|subsid|went away|disappear|result|notic|differen|calm|fixed|cured)/i;
const ORDINAL = String.raw`(\d+)(?:st|nd|rd|th)`;

/** How soon it worked: "within a week", "after 3 days", "immediately", "the next morning". */
function timeToEffect(text: string): Extracted['timeToEffect'] {
  const patterns: [RegExp, (m: RegExpExecArray) => number][] = [
    [
      new RegExp(
        String.raw`\b(?:within|in|after|took|take|takes|taking)\s+(?:about\s+|around\s+|only\s+|just\s+|less than\s+)?${NUM}(?:\s*[-–]\s*\d+)?\s*${UNIT}`,
        'gi',
      ),
      (m) => toDays(m[1] ?? '1', m[2] ?? 'day'),
    ],
    [
      new RegExp(
        String.raw`\b${NUM}(?:\s*[-–]\s*\d+)?\s*${UNIT}(?:\s*(?:&|and)\s*\d+\s*min\.?)?\s+(?:later|after)\b`,
        'gi',
      ),
      (m) => toDays(m[1] ?? '1', m[2] ?? 'day'),
    ],
    [
      new RegExp(String.raw`\bby\s+(?:the\s+)?${ORDINAL}\s+(day|week|month)`, 'gi'),
      (m) => Number(m[1]) * (UNIT_DAYS[m[2] ?? 'day'] ?? 1),
    ],
    [
      /\b(?:immediately|immediatly|immedietly|immediatley|instantly|right away|straight away|within minutes|in minutes|first sip|first dose|first time|before (?:i|he|she|we) (?:had )?finished|this (?:afternoon|evening|morning)|already (?:helped|worked))\b/gi,
      () => 0,
    ],
    [/\b(?:by|the)\s+next\s+(?:day|morning)\b|\bovernight\b|\bnext morning\b/gi, () => 1],
  ];
  let best: (NonNullable<Extracted['timeToEffect']> & { distance: number }) | null = null;
  const sentenceRe = /[^.!?\n]+[.!?\n]*/g;
  for (let s = sentenceRe.exec(text); s !== null; s = sentenceRe.exec(text)) {
    const sentence = s[0];
    if (!SUCCESS.test(sentence) || OTHER_TREATMENT.test(sentence)) continue;
    const cue = sentence.search(SUCCESS);
    for (const [re, days] of patterns) {
      re.lastIndex = 0;
      for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
        const distance = Math.abs(m.index - cue);
        const found = {
          days: days(m),
          span: { start: s.index + m.index, end: s.index + m.index + m[0].length, text: m[0] },
          distance,
        };
        if (!best || found.span.start < best.span.start) best = found;
      }
    }
    if (best) break;
  }
  return best ? { days: best.days, span: best.span } : null;
}

// Outcome cues, strongest first: worse, temporary, no change, helped.
const OUTCOMES: [Outcome, RegExp][] = [
  [
    'worse',
    /\b(?:made (?:it|things|me|my \w+) (?:much |even )?worse|got worse|worse than before|aggravat\w+|more pain|flared? up)\b/i,
  ],
  [
    'helped_temporarily',
    /\b(?:came back|returned|stopped working|wore off|only temporar\w*|temporary relief|for a while|helped at first|short[- ]lived)\b/i,
  ],
  [
    'no_change',
    /\b(?:no change|no difference|did(?:n'?t| not) (?:help|work|do (?:anything|a thing))|not (?:help|work)\w*|nothing happened|no (?:results?|relief|improvement|effect)|did nothing|doesn'?t (?:help|work))\b/i,
  ],
  [
    'helped',
    /\b(?:worked|works|helped|helps|cured|gone|relief|relieved|better|amazing|miracle|wonders|great|improved|cleared|disappeared|went away|subsided|no more|free of|fixed|success)\b/i,
  ],
];

// Sentences about other treatments ("the Nexium didn't work") say nothing about the remedy.
const OTHER_TREATMENT =
  /\b(?:doctors?|dr\.?|prescri\w*|medications?|meds|pills|antibiotics?|drugs?|antacids?|tums|nexium|prilosec|prevacid|protonix|zantac|omeprazole|ranitidine|surgery|otc)\b/i;

function outcome(text: string): { outcome: Extracted['outcome']; span: Span | null } {
  const tally = new Map<Outcome, { n: number; span: Span }>();
  const sentenceRe = /[^.!?\n]+[.!?\n]*/g;
  for (let s = sentenceRe.exec(text); s !== null; s = sentenceRe.exec(text)) {
    const sentence = s[0];
    const aboutOthers = OTHER_TREATMENT.test(sentence);
    for (const [name, re] of OUTCOMES) {
      if (aboutOthers && name !== 'helped' && name !== 'helped_temporarily') continue;
      const global = new RegExp(re.source, 'gi');
      for (let m = global.exec(sentence); m !== null; m = global.exec(sentence)) {
        const entry = tally.get(name) ?? {
          n: 0,
          span: { start: s.index + m.index, end: s.index + m.index + m[0].length, text: m[0] },
        };
        entry.n++;
        tally.set(name, entry);
      }
    }
  }
  const n = (o: Outcome) => tally.get(o)?.n ?? 0;
  const pick = (o: Outcome) => ({ outcome: o, span: tally.get(o)?.span ?? null });
  if (n('helped_temporarily') > 0 && n('helped') > 0) return pick('helped_temporarily');
  if (n('worse') > 0 && n('worse') >= n('helped')) return pick('worse');
  if (n('no_change') > 0 && n('no_change') >= n('helped')) return pick('no_change');
  if (n('helped') > 0) return pick('helped');
  return { outcome: 'unclear', span: null };
}

// Side-effect vocabulary: the term stored, and the ways readers write it (misspellings included).
export const SIDE_EFFECTS: [term: string, pattern: string][] = [
  ['nausea', 'nause\\w*|queas\\w*|sick to (?:my|the) stomach|felt sick'],
  ['vomiting', 'vomit\\w*|threw up|throwing up|puk\\w*'],
  ['bloating', 'bloat\\w*'],
  ['gas', 'gas(?:sy)?|flatulen\\w*|wind'],
  ['diarrhea', 'diarr?h?o?ea|diarh\\w*|the runs'],
  ['loose stools', 'loose (?:stools?|bowels?)'],
  ['constipation', 'constipat\\w*'],
  ['stomach pain', 'stomach (?:pain|ache)|stomachache|tummy ache|abdominal pain'],
  ['stomach cramps', 'stomach cramps?|abdominal cramps?|cramping'],
  ['stomach upset', '(?:upset|sour) stomach|stomach upset'],
  ['heartburn', 'heartburn|acid reflux'],
  ['headache', 'headaches?|migraines?'],
  ['dizziness', 'dizz\\w*|light[- ]?headed\\w*'],
  [
    'insomnia',
    "insomnia|(?:couldn'?t|could not|can'?t|cannot) sleep|trouble sleeping|sleepless\\w*",
  ],
  ['wired', 'wired|jittery|jitters|overstimulated'],
  ['anxiety', 'anxi\\w*|panic'],
  ['drowsiness', 'drows\\w*|sleepy|groggy|sluggish\\w*'],
  ['muscle cramps', '(?:leg|calf|muscle|foot) cramps?|charley horse'],
  ['muscle spasms', 'spasms?'],
  ['rash', 'rash\\w*|hives'],
  ['itching', 'itch\\w*'],
  ['burning', 'burn(?:s|ed|ing)?(?: sensation)?'],
  ['tingling', 'tingl\\w*'],
  ['flushing', 'flush\\w*'],
  ['fatigue', 'fatigue|exhausted|tired'],
  ['back pain', 'back pain|pain in my back'],
  ['loss of appetite', 'loss of appetite|no appetite'],
  ['weight gain', 'weight gain|gained weight'],
];

const NEGATORS = /\b(?:no|not|never|without|zero|nor|free of|none)\b|n't\b/i;

/** Words for the condition being treated: its own symptoms are not side effects of the remedy. */
export interface ExtractContext {
  conditionTerms: string[];
}

function sideEffects(text: string, context: ExtractContext): Extracted['sideEffects'] {
  const condition = context.conditionTerms.map((t) => t.toLowerCase());
  const found: Extracted['sideEffects'] = [];
  const general =
    /\b(?:no|zero|without any|not any|never had any|didn'?t have any)\s+(?:bad\s+|negative\s+)?side[- ]?effects?\b/gi;
  for (let m = general.exec(text); m !== null; m = general.exec(text))
    found.push({ term: 'any', negated: true, span: span(m) });
  for (const [term, pattern] of SIDE_EFFECTS) {
    const re = new RegExp(`\\b(?:${pattern})\\b`, 'gi');
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      const clause = before.split(/[.!?;,]/).at(-1) ?? '';
      // Symptoms of the condition itself ("my heartburn is gone") are not side effects.
      const after =
        text.slice(m.index + m[0].length, m.index + m[0].length + 40).split(/[,.;!?]/)[0] ?? '';
      if (/\b(?:gone|went away|stopped|relieved|cured|better|disappeared|improved)\b/i.test(after))
        continue;
      if (
        /\b(?:for|from|with|cure|treat\w*|relieve|my)\s*$/i.test(clause.trim()) &&
        !/\b(?:gave|caused|got|had|made)\b/i.test(clause)
      )
        continue;
      if (found.some((f) => f.term === term)) continue;
      if (
        condition.some(
          (c) =>
            c.includes(term) || c.includes(m[0].toLowerCase()) || m[0].toLowerCase().includes(c),
        )
      )
        continue;
      found.push({
        term,
        negated: NEGATORS.test(clause.split(/\s+/).slice(-5).join(' ')),
        span: span(m),
      });
    }
  }
  return found;
}

/** Whom it was for: the writer unless the text is about a child, a pet or someone else. */
function forWhom(text: string): ForWhom | 'unclear' {
  const t = text.toLowerCase();
  if (/\bmy (?:dog|cat|puppy|kitten|pup|horse|bird|parrot|rabbit|pet)s?\b/.test(t)) return 'pet';
  if (
    /\bmy (?:\d{1,2}[ -](?:year|yr|month|week)s?[ -]old|son|daughter|baby|toddler|kids?|child|children|little (?:one|boy|girl)|boy|girl)\b/.test(
      t,
    )
  ) {
    const age = /\b(\d{1,2})[ -](?:year|yr)s?[ -]old\b/.exec(t);
    if (!age || Number(age[1]) < 18) return 'child';
  }
  if (
    /\bmy (?:wife|husband|mother|father|mom|mum|dad|mum|partner|friend|sister|brother|grandmother|grandfather|grandma|grandpa|aunt|uncle|boyfriend|girlfriend)\b/.test(
      t,
    ) &&
    !/\b(?:i took|i take|i have been taking|i started|i tried|i used|i use)\b/.test(t)
  ) {
    return 'other';
  }
  return 'self';
}

export function extract(text: string, context: ExtractContext = { conditionTerms: [] }): Extracted {
  const o = outcome(text);
  return {
    duration: duration(text),
    timeToEffect: timeToEffect(text),
    outcome: o.outcome,
    outcomeSpan: o.span,
    sideEffects: sideEffects(text, context),
    forWhom: forWhom(text),
  };
}
