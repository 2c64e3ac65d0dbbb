// How long the remedy was taken, and how soon it worked.
import type { Extracted } from './extract.js';
import {
  NUM,
  UNIT,
  toDays,
  TAKING,
  SUFFERING,
  span,
  numberOf,
  UNIT_DAYS,
  SENTENCE,
} from './grammar.js';
import { OTHER_TREATMENT, NOT_A_REPORT } from './outcome.js';
import { OUTCOMES } from './outcome-cues.js';
import { sentenceStart } from './window.js';
import { escapeRegExp } from '../common/index.js';
import { maskMedicines, otherRemediesPattern } from '../reference/index.js';
import { MEDICINE_IN } from './side-effect-cues.js';
import { leavingAt } from './outcome-leaving.js';

// "I plan to continue it for 7 days": a plan, not a time it was taken.
const PLANNED = /\b(?:plan(?:ning)? to|going to|gonna|intend(?:ing)? to|will|i'?ll|want to)\b/i;

/**
 * The ways to say how long the remedy was taken, most explicit first. Compiled once; global, so
 * each is reset before use.
 */
const DURATIONS: RegExp[] = [
  // Forms and headings first, they say it outright: "Duration: 30 days", "Duration/dosage: 6
  // weeks / 500 mg".
  new RegExp(String.raw`\bduration[\w/ ]{0,12}:\s*${NUM}\s*${UNIT}`, 'gi'),
  // "Stopped after 5 days", "gave it 4 days", "I'm 4 months in", "8 weeks into it".
  new RegExp(
    String.raw`(?:(?:(?<=^|[.!?]\s{0,3})|\bi\s+|\bso\s+i\s+|\band\s+)(?:stopped|quit|gave up|gave it up|had to quit|had to stop)(?: it| taking it)?\s+after\s+(?:about\s+)?${NUM}\s*${UNIT}|gave it\s+(?:about\s+)?${NUM}\s*${UNIT}|(?<!(?:twice|once|times|x|per|each)\s+)${NUM}\s*${UNIT}\s+(?:in\b(?!\s+(?:a|the|my|water|juice|milk|tea)\b)|into\b(?!\s+(?:(?:a|the|my|our|his|her)\s+)?(?:water|juice|milk|tea|pregnancy|trip|holiday|vacation|journey|stay|job|course|semester|term)\b)))`,
    'gi',
  ),
  new RegExp(
    String.raw`\b(?:for|since|over)\s+(?!the\s+first\s)(?:(?:about|around|nearly|almost|like|maybe|roughly|approximately|approx\.?|probably|at least|just over|just under|close to|over)\s+|~\s*|(?:the\s+)?(?:last|past|pass)\s+|the\s+(?:next|first)\s+|a\s+good\s+)?${NUM}(?:\s*[-–]\s*\d+)?\s*${UNIT}(?!\s+(?:later|after|before))`,
    'gi',
  ),
  new RegExp(
    String.raw`\b${NUM}\s*${UNIT}\s+(?:now|so far|ago|of (?:use|using|treatment|taking|it|them)|of \d+(?:\.\d+)?\s*(?:mg|g|mcg|ml|iu)|on(?=\s*,)|running|in a row|straight|on (?:it|this|them|the\s+\w+|(?!(?:my|his|her|the|a|an|and|vacation|holiday|holidays|end|top|bed|call|leave|duty|board|average|time)\b)[a-z]+(?:\s+[a-z]+)?))\b`,
    'gi',
  ),
  new RegExp(String.raw`\bwaited\s+(?:about\s+)?${NUM}\s*${UNIT}`, 'gi'),
  // "200mg before bed x 3 weeks", "oregano oil caps 2 weeks."
  new RegExp(
    String.raw`(?:\bx\s*|\b(?:caps|capsules|pills|tablets|tea|oil|daily|nightly|a day|\/day)[,;]?\s+)(?!an?\s+(?:day|night|week)\b)${NUM}\s*${UNIT}\b(?!\s+(?:ago|later|before|after|in\b))`,
    'gi',
  ),
  // "during his first month", "DAY 10 UPDATE: still taking it".
  new RegExp(
    String.raw`\bduring\s+(?:the|his|her|my|their|our)\s+first\s+(day|week|month|year)\b`,
    'gi',
  ),
  // "After 10 days I gave up", "for the past fortnight".
  new RegExp(
    String.raw`\bafter\s+(?:about\s+|around\s+|only\s+|just\s+)?${NUM}\s*${UNIT},?\s+(?:i|we|he|she)\s+(?:just\s+|finally\s+)?(?:gave up|stopped|quit|gave it up|had to stop)`,
    'gi',
  ),
  /\b(?:for|over) the (?:past|last) (day|week|fortnight|month|year)\b/gi,
  // "I have kept it up for eight months", "stuck with it for 6 weeks".
  new RegExp(
    String.raw`\b(?:kept (?:it|this|them|that) up|kept (?:at|on with) it|stuck (?:with|to|at) (?:it|this|them)|continued (?:it|with it|taking it|using it))\s+(?:for\s+)?(?:about\s+|around\s+|nearly\s+|over\s+)?${NUM}\s*${UNIT}\b`,
    'gi',
  ),
  // "Tried it 4 days then gave up", "took them for 10 days".
  new RegExp(
    String.raw`\b(?:tried|took|used|did|done|drank|gave|ran|stuck with) (?:it|them|this|that)\s+(?:for\s+)?(?:about\s+|around\s+|maybe\s+|like\s+|only\s+|just\s+)?${NUM}\s*${UNIT}\b(?!\s+(?:ago|later|after|before)\b)`,
    'gi',
  ),
  // "Been about 5 months.", "I've been on it 3 weeks": not "been 5 days since I stopped".
  new RegExp(
    String.raw`(?:(?<=^|[.!?]\s{0,3})|\bi'?ve\s+|\bi have\s+)been\s+(?:on (?:it|this|them)\s+|(?:taking|using|doing|drinking) (?:it|this|them|that)\s+)?(?:for\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|~\s*)?${NUM}\s*${UNIT}\b(?!\s+(?:since|ago|without|off)\b)`,
    'gi',
  ),
  /\bday\s+(\d{1,3})\b(?=\s*(?:update|:|of (?:taking|using|treatment)|now|and (?:still|so far)))/gi,
  // "This is my 5th week", "I'm on my 3rd month": the count so far.
  /\b(?:this is|it'?s|now (?:in|on)|i'?m (?:in|on))\s+(?:my|the)\s+(\d+)(?:st|nd|rd|th)\s+(day|week|month)\b/gi,
  // "None in the four months since": the time since the remedy began.
  new RegExp(String.raw`\bin the ${NUM}\s*${UNIT} since\b`, 'gi'),
];

// "6 weeks of glutamine": a time of the remedy by name, compiled once per set of names.
const namedDurations = new Map<string, RegExp>();
function namedDuration(remedy: readonly string[]): RegExp | null {
  if (remedy.length === 0) return null;
  const key = remedy.join('|');
  let re = namedDurations.get(key);
  if (!re) {
    re = new RegExp(
      String.raw`\b${NUM}\s*${UNIT}\s+of\s+(?:the\s+|my\s+)?(?:${remedy.map(escapeRegExp).join('|')})\b`,
      'gi',
    );
    // Report pages pass a handful of remedies; a bulk load passes one per remedy.
    if (namedDurations.size > 1000) namedDurations.clear();
    namedDurations.set(key, re);
  }
  return re;
}

export function duration(
  text: string,
  remedyTerms: string[],
  /** The text with medicine names masked. */
  masked: string = maskMedicines(text),
): Extracted['duration'] {
  const remedy = remedyTerms.map((t) => t.toLowerCase()).filter((t) => t.length > 2);
  const others = otherRemediesPattern(remedyTerms);
  const named = namedDuration(remedy);
  for (const re of named ? [named, ...DURATIONS] : DURATIONS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      // Alternatives each capture (amount, unit): take the pair that matched. A lone number is
      // days ("day 10"); a lone unit is one of it ("during the first month").
      const groups = m.slice(1).filter((g): g is string => g !== undefined);
      const [amount = '1', unit = 'day'] =
        groups.length >= 2
          ? groups
          : /^\d/.test(groups[0] ?? '')
            ? [groups[0] ?? '1', 'day']
            : ['1', groups[0] ?? 'day'];
      const days = toDays(amount, unit);
      if (days <= 0) continue;
      // The sentence must be about taking the remedy, not about how long the trouble lasted.
      const start = sentenceStart(text, m.index + 1, '.!?');
      const lead = text.slice(start, m.index);
      const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 50).split(/[.!?]/)[0];
      const goingOn = /\bgoing on\s+$/i.test(lead);
      const explicit =
        goingOn ||
        /^(?:(?:so\s+)?i\s+|and\s+)?(?:duration|been|i'?ve been|i have been|tried|took|used|did|done|drank|this is|it'?s|now|i'?m|in the\b.*\bsince|gave|ran|stuck|after|kept|continued|waited|stopped|quit|gave|had to|during|day|x\b|caps|capsules|pills|tablets|tea|oil|daily|nightly|a day|\/day)|\bof (?:use|using|treatment|taking|it|them)$|\bof \d+(?:\.\d+)?\s*(?:mg|g|mcg|ml|iu)$|\bon$|\b(?:running|in a row|straight)$|\bon \w+(?: \w+)?$|\bin(?:to)?$/i.test(
          m[0],
        ) ||
        remedy.some((r) => `${lead} ${m![0]}`.toLowerCase().includes(r));
      // "For the last 3 years, I have taken ..." names the taking right after the span.
      const takenAfter =
        /^\s*,?\s*(?:now\s+)?(?:i|we|he|she)\s+(?:have\s+|had\s+|'ve\s+)?(?:been\s+)?(?:tak|took|us|do|did|drink|drank|gargl|appl)\w*/i.test(
          rest ?? '',
        );
      if (
        ofSomethingElse(m, lead, masked, remedy, others) ||
        !(explicit || TAKING.test(lead) || takenAfter) ||
        SUFFERING.test(lead) ||
        OTHER_TREATMENT.test(lead) ||
        OTHER_TREATMENT.test(m[0])
      )
        continue;
      return { days, span: span(m) };
    }
  }
  return null;
}

/**
 * Whether a time in running text is not the remedy's: a point in time, a plan, a conditional, or
 * another medicine's or remedy's time. A form's field says it outright.
 */
function ofSomethingElse(
  m: RegExpExecArray,
  lead: string,
  masked: string,
  remedy: readonly string[],
  others: RegExp | null,
): boolean {
  if (/^duration/i.test(m[0])) return false;
  // Running text is read within its own line.
  const own = lead.slice(lead.lastIndexOf('\n') + 1);
  // "I stopped it 3 days ago" is when, not how long; "started it 3 weeks ago" is both.
  const when = /\bago$/i.test(m[0]) && !/\b(?:start|began|begin)\w*\b/i.test(own);
  // "I had been taking Lexapro for 5 years": another medicine's time, unless the remedy is named.
  const namesRemedy = remedy.some((r) => `${own} ${m[0]}`.toLowerCase().includes(r));
  const otherMedicine =
    !namesRemedy && MEDICINE_IN.test(masked.slice(m.index - own.length, m.index + m[0].length));
  // "I tried acidophilus for a couple of weeks": another remedy's time.
  const otherRemedy = !namesRemedy && others !== null && others.test(own);
  return when || otherMedicine || otherRemedy || NOT_A_REPORT.test(own) || PLANNED.test(own);
}

const SUCCESS =
  /(help|went from|firm|work|gone|kick\w* in|(?:saw|see|seen|noticed?) (?:a |any |some )?(?:real |big )?change|\bless\b|fewer|reduc|better|relie|stopp?ed|eas|clear|improv|subsid|away|disappear|result|notic|differen|calm|fixed|cured|worse|threw up|no more|free|passed|asleep|no \w+ since|c[ao]m(?:e|ing) (?:right )?out)/i;
const ORDINAL = String.raw`(\d+)(?:st|nd|rd|th)`;

/** How soon it worked: "within a week", "after 3 days", "immediately", "the next morning". */
const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};
const ordinal = (w: string) => ORDINALS[w.toLowerCase()] ?? (parseInt(w, 10) || 1);
// Ways to say how soon it worked, each with the days it says (compiled once; reset before use).
const EFFECT_TIMES: [RegExp, (m: RegExpExecArray) => number][] = [
  // "After using it daily for three months my skin cleared": the effect came at the end of it.
  [
    new RegExp(
      String.raw`\bafter\s+(?:using|taking|drinking|applying|doing|eating|having)\s+(?:it|this|them|these|the\s+\w+(?:\s+\w+)?)?\s*(?:(?:daily|every\s+\w+|regularly|twice a day|once a day)\s+)?(?:for\s+)?(?:about\s+|around\s+)?${NUM}\s*${UNIT}`,
      'gi',
    ),
    (m) => toDays(m[1] ?? '1', m[2] ?? 'day'),
  ],
  // "after the 2nd day", "on the third night", "by the 5th dose".
  [
    /\b(?:after|by|on|from|during|in) the (\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (day|night|dose|week|month)\b/gi,
    (m) =>
      ordinal(m[1] ?? '1') *
      (m[2]?.toLowerCase() === 'week' ? 7 : m[2]?.toLowerCase() === 'month' ? 30 : 1),
  ],
  // "At my 3-month bloods", "by the 6-week check-up": the effect seen at a check.
  [
    new RegExp(
      String.raw`\b(?:at|by|after) (?:my|the|his|her|our) ${NUM}[- ]${UNIT} (?:check-?ups?|bloods|blood (?:tests?|work)|appointments?|reviews?|follow-?ups?|visits?|scans?|tests?|labs?)\b`,
      'gi',
    ),
    (m) => toDays(m[1] ?? '1', m[2] ?? 'day'),
  ],
  // "Week 2 on ginger I was sleeping better": a sentence that opens with the week.
  [
    /^\s*week (\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b(?! (?:ago|before|later)\b)/gi,
    (m) => 7 * numberOf(m[1] ?? '1'),
  ],
  // "by week three", "in week 2".
  [
    /\b(?:by|in|during|around) week (\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b/gi,
    (m) => 7 * numberOf(m[1] ?? '1'),
  ],
  [/\b(?:by|since|from) (?:day|night) (\d+)\b/gi, (m) => Number(m[1])],
  [
    new RegExp(String.raw`\b(?:lasted|gone in|over in)\s+(?:about\s+|~\s*)?${NUM}\s*${UNIT}`, 'gi'),
    (m) => toDays(m[1] ?? '1', m[2] ?? 'day'),
  ],
  // "It was maybe 3 weeks before I felt", "it took probably two weeks until".
  [
    new RegExp(
      String.raw`\b(?:it was|it took|took|it'?s been)\s+(?:maybe\s+|probably\s+|about\s+|around\s+|roughly\s+|almost\s+|nearly\s+|at least\s+|a good\s+)?${NUM}\s*${UNIT}(?:\s+or\s+(?:so|more))?\s+(?:before|until|till|for)\b`,
      'gi',
    ),
    (m) => toDays(m[1] ?? '1', m[2] ?? 'day'),
  ],
  [
    /\b(?:within|in|during|by the end of) the first (day|night|week|fortnight|month)\b/gi,
    (m) => UNIT_DAYS[m[1]?.toLowerCase() ?? 'day'] ?? 1,
  ],
  [/\bnext day\b/gi, () => 1],
  [/\b(?:the|that) same (?:day|night|evening|afternoon)\b|\bsame day\b/gi, () => 0],
  [
    /\bon (?:day|night) (\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\b/gi,
    (m) => numberOf(m[1] ?? '1'),
  ],
  [/\bwithin (?:the|an|the first) hour\b/gi, () => 0],
  [
    /\b(?:after|by) the (first|second|third|fourth|fifth) (?:night|day|dose)\b/gi,
    (m) => ORDINALS[(m[1] ?? 'first').toLowerCase()] ?? 1,
  ],
  [/\bby (?:the )?(?:evening|afternoon|bedtime|lunchtime)\b/gi, () => 0],
  [/\bby (?:the )?morning\b|\bby (?:tmrw|tmr|tomorrow|2moro)(?: morning)?\b/gi, () => 1],
  [
    new RegExp(
      String.raw`\b(?:within|in|after|by|took|take|takes|taking)\s+(?:about\s+|around\s+|roughly\s+|maybe\s+|probably\s+|almost\s+|nearly\s+|at least\s+|like\s+|~\s*|approx\.?\s+|only\s+|just\s+|less than\s+|under\s+)?${NUM}(?:\s*[-–]\s*\d+)?\s*${UNIT}\b(?!\s+(?:of\s+(?:treatment|use|using|taking|doing)|on\b))`,
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
    /\b(?:immediately|immediatly|immedietly|immediatley|instantly|right away|straight away|instant\w*|within minutes|in minutes|first sip|first dose|(?<!for the )first time(?! ever\b| in (?:years|months|ages|decades|forever|a long|\d+|my life))|before (?:i|he|she|we) (?:had )?finished|this (?:afternoon|evening|morning)|already (?:helped|worked))\b/gi,
    () => 0,
  ],
  [/\b(?:by|the)\s+next\s+(?:day|morning)\b|\bovernight\b|\bnext morning\b/gi, () => 1],
];

export function timeToEffect(
  text: string,
  remedyTerms: readonly string[] = [],
): Extracted['timeToEffect'] {
  const remedy = remedyTerms.map((t) => t.toLowerCase()).filter((t) => t.length > 1);
  let best: (NonNullable<Extracted['timeToEffect']> & { distance: number }) | null = null;
  const sentenceRe = new RegExp(SENTENCE.source, 'g');
  for (let s = sentenceRe.exec(text); s !== null; s = sentenceRe.exec(text)) {
    const sentence = s[0];
    // "No change after 2 weeks" is how long it was tried, not how soon anything happened.
    const nothing =
      OUTCOMES[2]![1].test(sentence) &&
      !OUTCOMES.some(([o, re]) => o !== 'no_change' && re.test(sentence));
    const effect =
      !nothing && (SUCCESS.test(sentence) || OUTCOMES.some(([, re]) => re.test(sentence)));
    if (!effect || OTHER_TREATMENT.test(sentence) || NOT_A_REPORT.test(sentence)) continue;
    const cue = sentence.search(SUCCESS);
    // "Stopped and felt normal again in 3 days": what came after leaving the remedy is not its effect.
    const left = leavingAt(sentence, remedy);
    for (const [re, days] of EFFECT_TIMES) {
      re.lastIndex = 0;
      for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
        // "Stopped after 5 days" is how long it was taken, not how soon it worked.
        if (
          /(?:^\s*|\bi\s+|\band\s+|\bso\s+|\bbut\s+|\bthen\s+|,\s*)(?:stopped|quit|gave up|had to quit)(?: it| taking it| working)?\s*$|(?<!\b(?:start(?:ed|s)?|began|begins?)\s)\bworking\s*$/i.test(
            sentence.slice(0, m.index),
          )
        )
          continue;
        if (left >= 0 && m.index > left) continue;
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
