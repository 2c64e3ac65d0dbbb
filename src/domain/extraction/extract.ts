// Deterministic extraction of structured facts from a report's free text, each with the exact
// span it came from. No model, no network: patterns and vocabularies, reviewable and testable.
import type { ForWhom, Outcome } from '../../model/vocabulary.js';
import { extractDoses, type Dose } from './dose.js';
import { MEDICINE_MASK, maskMedicines } from '../reference/medicines.js';
import { NUMBER_WORDS } from './numbers.js';
import { type SideEffect, inSideEffectsField, sideEffects } from './side-effects.js';
import { sentenceStart } from './window.js';

export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * Facts read from text count in public numbers only at or above this confidence: a wrong number is
 * worse than a missing one. Chosen on the real labelled sets (docs/EXTRACTION.md).
 */
export const PUBLIC_CONFIDENCE = 0.75;

export interface Extracted {
  doses: Dose[];
  duration: { days: number; span: Span } | null;
  timeToEffect: { days: number; span: Span } | null;
  outcome: Outcome | 'unclear';
  outcomeSpan: Span | null;
  /** How sure the outcome is, 0–1 (0 when unclear). */
  outcomeConfidence: number;
  sideEffects: SideEffect[];
  forWhom: ForWhom | 'unclear';
}

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
  fortnight: 14,
  year: 365,
  yr: 365,
  yrs: 365,
};
// A number as people write one: digits, words up to the nineties ("twenty one"), "a couple of",
// "two and a half"; a range ("2 to 3", "4 or 5", "3-4") keeps its lower end, as the labels do.
const NUM_WORD = String.raw`(?:\d+(?:\.\d+)?|half an?|(?:a )?(?:good|full|whole|solid)|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|few|couple|several|half)`;
const NUM = String.raw`(?:a\s+)?(${NUM_WORD}(?:\s+and\s+a\s+half)?)(?:\s*(?:-|–|to|or)\s*${NUM_WORD}(?:\s+and\s+a\s+half)?)?(?:\s+of)?`;
const UNIT = String.raw`(minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|wks?|fortnights?|months?|years?|yrs?)`;

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

function toDays(amount: string, unit: string): number {
  const n = numberOf(amount);
  const u = unit.toLowerCase().replace(/s$/, '');
  const per = UNIT_DAYS[u] ?? UNIT_DAYS[`${u}s`] ?? 1;
  return per === 0 ? 0 : Math.round(n * per * 10) / 10;
}

// A sentence: up to . ! ? or a line end, but not the point in "2.5".
const SENTENCE = /(?:[^.!?\n]|\.(?=\d)|(?<=\b(?:min|approx|oz|tbsp|tsp|vit|mg|Dr))\.)+[.!?\n]*/;

const span = (m: RegExpExecArray, text = m[0]): Span => ({
  start: m.index,
  end: m.index + text.length,
  text,
});

const TAKING =
  /\b(?:take|took|taking|taken|use|used|using|drink|drank|drinking|doing|did|been on|tried|trying|appl(?:y|ied|ying)|gargl\w*|continued|on it|treatment|dose|dosage|started|regimen|chew\w*|ate|eat\w*|rub\w*|rins\w*|swallow\w*|soak\w*|massag\w*|sipp?\w*|every (?:day|morning|night|evening)|twice|capsules?|tablets?|pills?|tea|oil|baths?|packs?|\d+\s*(?:oz|tbsp|tsp|tablespoons?|teaspoons?|mg|g|ml|drops?|capsules?)|per day|a day|daily)\b/i;
const SUFFERING =
  /\b(?:suffer\w*|struggl\w*|dealt|dealing|battl\w*|plagued|had (?:it|this|them)|have had|'ve had|i had an?|diagnosed|sick)\b/i;

/** How long it was taken: "for 3 weeks", "for the last 15 days", "2 months now". */
function duration(text: string, remedyTerms: string[]): Extracted['duration'] {
  const remedy = remedyTerms.map((t) => t.toLowerCase()).filter((t) => t.length > 2);
  const patterns = [
    // "Stopped after 5 days", "gave it 4 days", "I'm 4 months in", "8 weeks into it".
    new RegExp(
      String.raw`(?:(?:(?<=^|[.!?]\s{0,3})|\bi\s+|\bso\s+i\s+|\band\s+)(?:stopped|quit|gave up|gave it up|had to quit|had to stop)(?: it| taking it)?\s+after\s+(?:about\s+)?${NUM}\s*${UNIT}|gave it\s+(?:about\s+)?${NUM}\s*${UNIT}|(?<!(?:twice|once|times|x|per|each)\s+)${NUM}\s*${UNIT}\s+in(?:to)?\b(?!\s+(?:a|the|my|water|juice|milk|tea)\b))`,
      'gi',
    ),
    new RegExp(
      String.raw`\b(?:for|since|over)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|the\s+(?:last|past|pass|next|first)\s+|a\s+good\s+)?${NUM}(?:\s*[-–]\s*\d+)?\s*${UNIT}(?!\s+(?:later|after|before))`,
      'gi',
    ),
    new RegExp(
      String.raw`\b${NUM}\s*${UNIT}\s+(?:now|so far|ago|of (?:use|using|treatment|taking)|running|in a row|straight|on (?:it|this|them|the\s+\w+|(?!(?:my|his|her|the|a)\b)[a-z]+\s+[a-z]+))\b`,
      'gi',
    ),
    // Forms and headings: "Duration: 30 days", "Duration/dosage: 6 weeks / 500 mg".
    new RegExp(String.raw`\bduration[\w/ ]{0,12}:\s*${NUM}\s*${UNIT}`, 'gi'),
    new RegExp(String.raw`\bwaited\s+(?:about\s+)?${NUM}\s*${UNIT}`, 'gi'),
    // "200mg before bed x 3 weeks", "oregano oil caps 2 weeks."
    new RegExp(
      String.raw`(?:\bx\s*|\b(?:caps|capsules|pills|tablets|tea|oil|daily|nightly|a day|\/day)[,;]?\s+)${NUM}\s*${UNIT}\b(?!\s+(?:ago|later|before|after|in\b))`,
      'gi',
    ),
    // "during his first month", "DAY 10 UPDATE: still taking it".
    new RegExp(
      String.raw`\bduring\s+(?:the|his|her|my|their|our)\s+first\s+(day|week|month|year)\b`,
      'gi',
    ),
    /\bday\s+(\d{1,3})\b(?=\s*(?:update|:|of (?:taking|using|treatment)|now|and (?:still|so far)))/gi,
  ];
  for (const re of patterns) {
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
      const explicit =
        /^(?:(?:so\s+)?i\s+|and\s+)?(?:duration|waited|stopped|quit|gave|had to|during|day|x\b|caps|capsules|pills|tablets|tea|oil|daily|nightly|a day|\/day)|\bof (?:use|using|treatment|taking)$|\b(?:running|in a row|straight)$|\bon \w+(?: \w+)?$|\bin(?:to)?$/i.test(
          m[0],
        ) || remedy.some((r) => lead.toLowerCase().includes(r));
      // "For the last 3 years, I have taken ..." names the taking right after the span.
      const takenAfter =
        /^\s*,?\s*(?:now\s+)?(?:i|we|he|she)\s+(?:have\s+|had\s+|'ve\s+)?(?:been\s+)?(?:tak|took|us|do|did|drink|drank|gargl|appl)\w*/i.test(
          rest ?? '',
        );
      if (
        !(explicit || TAKING.test(lead) || takenAfter) ||
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
  /(help|work|gone|kick\w* in|(?:saw|see|seen|noticed?) (?:a |any |some )?(?:real |big )?change|\bless\b|fewer|reduc|better|relie|stopp?ed|eas|clear|improv|subsid|away|disappear|result|notic|differen|calm|fixed|cured|worse|threw up|no more|free|passed|asleep|no \w+ since|c[ao]m(?:e|ing) (?:right )?out)/i;
const ORDINAL = String.raw`(\d+)(?:st|nd|rd|th)`;

/** How soon it worked: "within a week", "after 3 days", "immediately", "the next morning". */
function timeToEffect(text: string): Extracted['timeToEffect'] {
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
  const patterns: [RegExp, (m: RegExpExecArray) => number][] = [
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
    // "by week three", "in week 2".
    [
      /\b(?:by|in|during|around) week (\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b/gi,
      (m) => 7 * numberOf(m[1] ?? '1'),
    ],
    [/\b(?:by|since|from) (?:day|night) (\d+)\b/gi, (m) => Number(m[1])],
    [
      new RegExp(
        String.raw`\b(?:lasted|gone in|over in)\s+(?:about\s+|~\s*)?${NUM}\s*${UNIT}`,
        'gi',
      ),
      (m) => toDays(m[1] ?? '1', m[2] ?? 'day'),
    ],
    [/\bnext day\b/gi, () => 1],
    [/\bwithin (?:the|an|the first) hour\b/gi, () => 0],
    [
      /\b(?:after|by) the (first|second|third|fourth|fifth) (?:night|day|dose)\b/gi,
      (m) => ORDINALS[(m[1] ?? 'first').toLowerCase()] ?? 1,
    ],
    [/\bby (?:the )?(?:evening|afternoon|bedtime|lunchtime)\b/gi, () => 0],
    [/\bby (?:the )?morning\b/gi, () => 1],
    [
      new RegExp(
        String.raw`\b(?:within|in|after|by|took|take|takes|taking)\s+(?:about\s+|around\s+|~\s*|approx\.?\s+|only\s+|just\s+|less than\s+)?${NUM}(?:\s*[-–]\s*\d+)?\s*${UNIT}\b(?!\s+(?:of\s+(?:treatment|use|using|taking|doing)|on\b))`,
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
      /\b(?:immediately|immediatly|immedietly|immediatley|instantly|right away|straight away|instant\w*|within minutes|in minutes|first sip|first dose|(?<!for the )first time|before (?:i|he|she|we) (?:had )?finished|this (?:afternoon|evening|morning)|already (?:helped|worked))\b/gi,
      () => 0,
    ],
    [/\b(?:by|the)\s+next\s+(?:day|morning)\b|\bovernight\b|\bnext morning\b/gi, () => 1],
  ];
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
    for (const [re, days] of patterns) {
      re.lastIndex = 0;
      for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
        // "Stopped after 5 days" is how long it was taken, not how soon it worked.
        if (
          /(?:^\s*|\bi\s+|\band\s+|\bso\s+)(?:stopped|quit|gave up|had to quit)(?: it| taking it)?\s*$|\bworking\s*$/i.test(
            sentence.slice(0, m.index),
          )
        )
          continue;
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
    /\b(?:made (?:it|things|me|my \w+) (?:much |even |a lot |way |\d+x |\d+ times )?worse|(?:got|gotten|getting|became|even|much|was|is) worse|worse than (?:before|ever)|anywhere but worse|aggravat\w+|more pain|flared? up(?! again)|threw (?:it )?(?:all )?up|throw (?:it )?(?:all )?up|vomit\w*|upset my stomach|bad idea|never had such|haven'?t had the great results|more nause\w+|(?:was|is|tastes?) awful|not trying (?:that|it) again|worst thing|worsening|dangerous|never again|would not (?:recommend|repeat)|wouldn'?t recommend|(?:be|please be) careful|allergic reaction|broke (?:me )?out|made me (?:more|feel) \w+|queasier|opposite of what|took me off|(?:spent|on) the (?:night|day) on the toilet|blistered|awful|gave me (?:the )?(?:\w+est|horrible|terrible|awful|such bad|bad|severe)|doubled over|sick to my stomach|made (?:it|me) \w+ like crazy|made me lose|please don'?t|burned my|zombie|made me (?:sick|ill|feel sick|feel ill|feel awful|feel terrible)|never (?:take|use|try|buy|touch) (?:it|this|that|them) again|will never (?:take|use|try|buy))\b|\b(?:stopping|quit)(?=\.?\s*$)/i,
  ],
  [
    'helped_temporarily',
    /\b(?:(?:came|come|comes|coming) back|(?:is|was) back(?! to normal)|returned|stopped working|no longer work\w*|wore off|wears off|only temporar\w*|temporary relief|help\w* temporarily|for a while|at first but|short[- ]lived|only (?:\w+ )?(?:for|lasts?|lasted) (?:a |an )?(?:couple|few|maybe)?\s?(?:of )?(?:hours?|days?|minutes?)|(?:takes|took) the pain away for|doesn'?t seem to be working as well|then (?:it )?(?:stops|stopped|comes|came) \w+|(?:crept|creeping|comes right) back|(?:is|was) back(?! to normal)|flared up again|for (?:about |maybe )?(?:an? |ten |\d+ )?(?:hour|minutes?)\b|then (?:it'?s|it is) \w+ again)\b/i,
  ],
  [
    'no_change',
    /\b(?:no change|no difference|did(?:n'?t| not) (?:help|work|do (?:anything|a thing)|get it out|see any change)|not (?:help|work)\w*|nothing happened|no (?:results?|relief|improvement|effect|luck)|did nothing|doesn'?t (?:help|work)|to no avail|not a drop in|no diminishment|(?:and|but) nothing|(?:is|was|are|were|stayed) (?:still |exactly )?the same|(?:hurts|felt|feel|same) (?:the|exactly the) same|no (?:better|shorter|noticeable (?:change|difference))|can'?t tell any difference|hasn'?t changed|no change|not sure it makes any|still (?:caught|got|turned)|did not (?:kill|stop|touch|do much)|didn'?t (?:kill|stop|touch|do much)|nothing\.|lost nothing|(?:total |a )?waste(?: of (?:money|time))?|(?:felt|feel) no different|no different|still rubbish|about the same|zero (?:change|difference)|unchanged|(?:expensive )?placebo|useless|no (?:re)?growth|still got \d+|did jack|whatever\.?$|(?:headache|pain|symptoms?|cough|skin) (?:is |are |was |were )?(?:still |about )?the same|(?:didn'?t|did not|haven'?t|have not|couldn'?t|could not|can'?t) (?:notice|see|feel|tell) (?:any|a|much)(?: \w+)? (?:difference|change|improvement|effect|benefit)|not worth (?:it|the (?:money|price|cost|effort))|nothing at all|zero (?:improvement|effect|benefit|results?)|no (?:improvement|benefit)s?)\b/i,
  ],
  [
    'helped',
    /\b(?:worked|works|working|helped|helps|did help|cured?|gone|relief|relieved|better|amazing|miracle|wonders|great|improved|cleared|disappeared|went away|subsided|no more|free of|fixed|success|lessen\w*|eased|have(?:n'?t| not) had (?:the|any|a)|without (?:acid reflux|\w+ for)|sleep like a baby|pain free|\w+ free ever since|happy to say|take care of|kept the|big change|thank you|swears? by|recommend\w*|benefit\w*|kills?|settled|stopp?(?:ed|s) (?:it|the|my)|(?:much|a lot|far|noticeably) (?:less|fewer|better|milder|calmer|rarer|thicker)|less (?:red|sore|stiff|gritty|on edge|often)|fewer \w+|milder|calmer|(?:went|go|gone|come) down|dried up|firmed up|cleared up|shrunk|healed|kept \w+ away|felt fine|more (?:energy|focused)|game changer|normal|(?:much|far|way) better|came (?:right )?out|fell off|came off|bleed less|adjusted|recovered|drift off|fall asleep faster|sleeping through|slept through|eased off|eases|easier|straight away|right away|stops the|fell asleep|no (?:smell|odou?r|itch\w*)|(?:have|has)(?:n'?t| not) (?:come|came) back|without (?:feeling|getting) \w+|stopped (?:after|within|in|\w+ing)|(?:ache|aches|hurt|hurts|itch|itches|bleed|sweat|cough|wake) less|deeper|dropped|down from|takes the edge off|didn'?t get the usual|(?:climbing|trotting|walking|running|sleeping|eating|playing) (?:\w+ )?(?:\w+ )?again|kept (?:\w+ ){1,2}away|shorter|over in|(?:are|were|was|is) over|10\/10|worked great|basically gone|instead of (?:a|the usual|my usual)|(?:\d+% )?less (?:achy|painful|sore|stiff|itchy|bloated|anxious|frequent|severe|intense|red)|way (?:softer|better|milder|calmer)|healthier|much less \w+|no (?:nausea|vomiting|pain(?! relief)|symptoms|heartburn|reflux|cramps|headaches?|cravings|flare-?ups?)\b(?! (?:before|yet|at all before))|(?:will|would|i'?ll) (?:use|buy|take|try|make) (?:it |this |them )?again|(?:slowly |gradually )?(?:clearing|shrinking|healing|improving|fading)|never (?:really )?(?:kicked in|developed|took hold)|(?:fall|falls|fell|falling) asleep (?:faster|quicker|sooner)|love (?:it|this|them|this stuff|the stuff)|(?:breathe|breathing|sleep|sleeping|walk|walking|move|moving|swallow|swallowing|eat|eating|think|thinking) (?:is |was )?(?:much |so much |a lot |far |way )?(?:easier|easily|better|clearer)|(?:energy|mood|sleep|focus|stamina|appetite) (?:is |was |has been )?(?:way |much |a lot |so much |noticeably )?(?:up|better|improved|higher|back)|(?:way|much|a lot|far|so much) less\b|less \w+ing\b|(?:skin|coat|hair|nails|scalp|gums) (?:is |are |was |were |looks? |feels? )?(?:\w+ )?(?:clearer|shinier|softer|smoother|thicker|stronger|healthier)|did(?:n'?t| not) (?:fully |really |even )?(?:develop|take hold|kick in|turn into)|half as (?:bad|severe|painful|long)|(?:less|not as) (?:bad|severe|painful|intense|frequent) as (?:usual|before|normal|it was)|life ?saver|godsend|did the trick|(?:huge|big|real|great|noticeable|massive|significant|major) difference|back to normal|can'?t (?:live|do) without|would (?:buy|order|use|take) (?:it |this |them )?again|(?:five|5) stars|sleep(?:ing)? through the night|so far so good|(?:seems|seemed) to (?:be )?(?:help|work)\w*|helping)\b/i,
  ],
];

// Sentences about other treatments ("the Nexium didn't work") say nothing about the remedy.
const OTHER_TREATMENT =
  /\b(?:doctors?|dr\.?|prescri\w*|medications?|meds|medicines?|antibiotics?|drugs?|antacids?|tums|nexium|prilosec|prevacid|protonix|zantac|omeprazole|ranitidine|surgery|otc|insurance|amoxicillin|ibupro\w*|tylenol|advil|aspirin|antihistamines?|steroids?)\b/i;
// Words that say the writer began the remedy (stricter than TAKING: "started noticing" is not it).
const BEGAN =
  /\b(?:took|take|taking|tried|trying|used|using|use|drank|drink|drinking|gargl\w*|appl(?:y|ied|ying)|started (?:taking|using|on|with)|\d+\s*(?:mg|g|ml|tsp|tbsp|oz|drops?|capsules?|tablespoons?|teaspoons?))\b/i;
const UNSURE =
  /\b(?:not sure (?:it|if it|if that'?s|if thats|if this|whether it|that it|yet)|i'?m not sure\.|hard to (?:say|know|tell)|no idea (?:if|whether) it|too (?:early|soon) to (?:say|tell)|will (?:report|update) back|sometimes it [^.]*sometimes not|some days great)\b/i;
// Questions, wishes and conditionals are not reports of what happened.
const NOT_A_REPORT =
  /\?\s*$|\b(?:if|hoping|hope|wish|wondering|wondered|(?:maybe|perhaps|hopefully) (?:it|this|that|they|the \w+) (?:will|might|may|should|could)|(?:might|may) (?:help|work)|would(?! not (?:recommend|suggest)|n'?t (?:recommend|suggest))|could (?:it|this|that|you|be|have)\b|whether|does anyone|has anyone|anyone know|the only time|read (?:that|about|online)|heard (?:that|about))\b/i;

// Leaving the remedy ("stopped taking it", "came off the drops", "went cold turkey"): what gets
// better after it speaks against the remedy, not for it. "Stopped it once the rash cleared" is not
// that, nor is "it stopped stinging".
const LEFT_IT =
  /\b(?:(?:since|after) (?:i )?)?(?:stopp(?:ed|ing)|quit(?:ting)?|c(?:a|o)m(?:e|ing) off|g(?:o|e)tt?(?:ing)? off|(?:went|going) off|wean(?:ed|ing) (?:myself )?off|(?:gone|went|going) cold turkey)(?: (?:on |from )?(?:taking |using |drinking |applying )?(?:it|them|this|that|(?:(?:the|my|those|these) )?([a-z][\w-]*(?: [a-z][\w-]*)?)))?/gi;
const LEAVABLE =
  /^(?:meds?|drugs?|medications?|medicines?|pills?|tablets?|capsules?|caps|drops|supplements?|tea|oil|stuff|treatment|remedy|tincture|powder)\b/;
function leftAt(sentence: string, remedy: readonly string[]): number {
  LEFT_IT.lastIndex = 0;
  for (let m = LEFT_IT.exec(sentence); m !== null; m = LEFT_IT.exec(sentence)) {
    const said = m[0].toLowerCase();
    const object = m[1]?.toLowerCase();
    const ofRemedy =
      /cold turkey|\b(?:it|them|this|that)$/.test(said) ||
      (object !== undefined && (LEAVABLE.test(object) || remedy.some((r) => object.startsWith(r))));
    if (!ofRemedy) continue;
    // "Ginger stopped it in its tracks" is help: the writer must be the one who stopped.
    if (
      /^(?:stopped|quit) (?:it|them|this|that)$/.test(said) &&
      !/\b(?:i|we|he|she|they)\s+(?:\w+\s+)?$/i.test(
        sentence.slice(Math.max(0, m.index - 20), m.index),
      ) &&
      m.index > 0
    )
      continue;
    if (/\b(?:once|when|after|because|as soon as)\b/i.test(sentence.slice(m.index + m[0].length)))
      continue;
    return m.index;
  }
  return -1;
}
// Moving to something else ("switched to Lexapro", "now taking Zoloft"): the words after it name what.
const MOVED_TO =
  /\b(?:switched|changed) (?:over |back )?to |\bnow (?:on|taking|using) (?!(?:day|week|month|night|the (?:\w+ )?(?:day|week|month))s?\b|\d|it\b|this\b)/i;
const MEDICINE_IN = new RegExp(`(?<![\\w-])${MEDICINE_MASK}(?![\\w-])`);

function outcome(
  text: string,
  remedyTerms: string[],
  effects: readonly SideEffect[] = [],
): { outcome: Extracted['outcome']; span: Span | null; confidence: number } {
  const tally = new Map<Outcome, { n: number; span: Span }>();
  const remedy = remedyTerms.map((t) => t.toLowerCase()).filter((t) => t.length > 1);
  let started = false;
  // A form's side-effects field tells what else happened, not how the trouble went.
  const listed = inSideEffectsField(text);
  const masked = maskMedicines(text);
  // Set by a sentence that leaves the remedy: help from there on, and in the next sentence when it
  // goes on from there ("Now I feel great"), is not the remedy's.
  let leftFrom = -1;
  let carry = false;
  const sentenceRe = new RegExp(SENTENCE.source, 'g');
  for (let s = sentenceRe.exec(text); s !== null; s = sentenceRe.exec(text)) {
    if (listed(s.index + s[0].length - 1)) continue;
    const lowerAll = s[0].toLowerCase();
    const carried =
      carry && /^\s*(?:now|since then|since|and now|huge|much|big|instantly|within)\b/i.test(s[0]);
    carry = false;
    leftFrom = carried ? 0 : -1;
    const left = leftAt(s[0], remedy);
    const moved = MOVED_TO.exec(s[0]);
    const movedToRemedy =
      moved !== null &&
      remedy.some((r) => lowerAll.slice(moved.index + moved[0].length).startsWith(r));
    if (left >= 0 || (moved && !movedToRemedy)) {
      leftFrom = Math.min(
        left >= 0 ? left : Infinity,
        moved && !movedToRemedy ? moved.index : Infinity,
      );
      carry = true;
    }
    // Another named medicine, and not the remedy, is another treatment's sentence.
    const otherMedicine =
      MEDICINE_IN.test(masked.slice(s.index, s.index + s[0].length)) &&
      !remedy.some((r) => lowerAll.includes(r));
    // With a contrast ("it did not cure it entirely, but it did lessen the pain") the last clause
    // carries the verdict.
    const parts = s[0].split(/\b(?=but\b|however\b|though\b|although\b)/i);
    const last = parts.at(-1) ?? '';
    const clause =
      parts.length > 1 && last.length > 12 && OUTCOMES.some(([, re]) => re.test(last))
        ? last
        : s[0];
    const offset = s.index + s[0].length - clause.length;
    const lower = s[0].toLowerCase();
    const namesRemedy = remedy.some((r) => lower.includes(r));
    if ((OTHER_TREATMENT.test(s[0]) || otherMedicine) && !namesRemedy) continue;
    if (NOT_A_REPORT.test(clause)) continue;
    // Until the writer says they took something, "getting worse" is the trouble's own course.
    started ||= namesRemedy || BEGAN.test(s[0]);
    for (const [name, re] of OUTCOMES) {
      const global = new RegExp(re.source, 'gi');
      for (let m = global.exec(clause); m !== null; m = global.exec(clause)) {
        if (name === 'worse' && !started && /^(?:got|gotten|getting|became|was|is)\b/i.test(m[0]))
          continue;
        const before = clause.slice(Math.max(0, m.index - 12), m.index);
        if (name === 'helped_temporarily' && /\b(?:not|never|n't)\s+$/i.test(before)) continue;
        // "Nausea at first, then it went away": the time course of a side effect, not of the help.
        if (
          name === 'helped_temporarily' &&
          !/back|return|again|stopped working|no longer|wore off|wears off/i.test(m[0]) &&
          effects.some(
            (e) => !e.negated && e.span.start >= s.index && e.span.end <= s.index + s[0].length,
          )
        )
          continue;
        const near = clause.slice(Math.max(0, m.index - 30), m.index);
        if (
          (name === 'helped' || name === 'worse') &&
          /\b(?:not|never|n't|no)\s+(?:\w+\s+){0,2}$/i.test(near) &&
          !/\bnot only\b/i.test(near)
        )
          continue;
        if (name === 'helped' && leftFrom >= 0 && offset - s.index + m.index >= leftFrom) continue;
        if (name === 'helped') {
          const lead = clause.slice(Math.max(0, m.index - 30), m.index);
          // A goal ("trying to cure it"), a little relief, or what others say is no verdict.
          if (
            /\b(?:to|attempts? to|trying to|tried to|want(?:ed)? to|hop(?:e|ed|ing) to|in order to|way to|how to|meant to|supposed to)\s+(?:\w+\s+)?$/i.test(
              lead,
            ) ||
            /\b(?:limited|little|minimal|slight|hardly any|not much|no real|only (?:a )?(?:little|slight|minor|partial))\s+$/i.test(
              lead,
            ) ||
            /\b(?:those (?:of you )?who|some people|other people|others|so many|everyone|many people|a lot of people|people who)\b/i.test(
              clause.slice(0, m.index),
            )
          )
            continue;
        }
        const entry = tally.get(name) ?? {
          n: 0,
          span: { start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] },
        };
        entry.n++;
        tally.set(name, entry);
      }
    }
    // "It helped at first, but by week three it was back": the help before the contrast counts too.
    if (clause !== s[0] && OUTCOMES[1]![1].test(clause)) {
      const earlier = s[0].slice(0, s[0].length - clause.length);
      const helped = new RegExp(OUTCOMES[3]![1].source, 'i').exec(earlier);
      if (helped) {
        const entry = tally.get('helped') ?? {
          n: 0,
          span: {
            start: s.index + helped.index,
            end: s.index + helped.index + helped[0].length,
            text: helped[0],
          },
        };
        entry.n++;
        tally.set('helped', entry);
      }
    }
  }
  // "Went from 6 UTIs a year to 1", "BP went from 145/92 to 132/85": a count of the trouble fell.
  const fell =
    /\b(?:went|dropped|fell|came|come|gone|going|is|are) (?:down )?from (?:~|about |around )?(\d+(?:\.\d+)?)(?:\/\d+)?\b[^.!?\d]{0,25}?\bto (?:~|about |around )?(\d+(?:\.\d+)?)\b/gi;
  for (let m = fell.exec(text); m !== null; m = fell.exec(text)) {
    if (Number(m[1]) <= Number(m[2])) continue;
    const entry = tally.get('helped') ?? {
      n: 0,
      span: { start: m.index, end: m.index + m[0].length, text: m[0] },
    };
    entry.n++;
    tally.set('helped', entry);
  }
  const n = (o: Outcome) => tally.get(o)?.n ?? 0;
  const total = n('worse') + n('helped_temporarily') + n('no_change') + n('helped');
  // How sure: the share of the cues that agree, and how many there are. One cue alone is a guess;
  // cues pulling both ways are a mixed post.
  const pick = (o: Outcome, agreeing = n(o)) => {
    const share = agreeing / total;
    const confidence =
      share >= 0.99 && agreeing >= 2 ? 0.9 : share >= 0.99 ? 0.8 : share >= 0.66 ? 0.7 : 0.5;
    return { outcome: o, span: tally.get(o)?.span ?? null, confidence };
  };
  const none = { outcome: 'unclear' as const, span: null, confidence: 0 };
  // Writers who say they cannot tell are not counted either way, unless the text says more.
  if (UNSURE.test(text) && total <= 2) return none;
  // A post that asks more than it tells is a question, whatever words it uses.
  const questions = (text.match(/\?(?=\s|$)/g) ?? []).length;
  if (questions > 0 && questions >= total) return none;
  if (n('worse') > 0 && n('worse') >= n('helped')) return pick('worse');
  if (n('helped_temporarily') > 0 && n('helped') > 0)
    return pick('helped_temporarily', n('helped_temporarily') + n('helped'));
  if (n('no_change') > 0 && n('no_change') >= n('helped')) return pick('no_change');
  if (n('helped') > 0) return pick('helped');
  return none;
}

/** Words for the condition being treated: its own symptoms are not side effects of the remedy. */
export interface ExtractContext {
  conditionTerms: string[];
  /** The remedy's name and aliases: a sentence naming it is about it even if it names a drug. */
  remedyTerms?: string[];
}

// Animals by kind and by breed: "our dog Riley", "the rescue kittens", "my old lab".
const ANIMAL = String.raw`(?:dogs?|cats?|pupp(?:y|ies)|pups?|kitt(?:en|ens|ies|y)|horses?|ponies|pony|mares?|geldings?|foals?|birds?|parrots?|budgies?|cockatiels?|rabbits?|bunn(?:y|ies)|ferrets?|guinea pigs?|hamsters?|goats?|chickens?|hens?|ducks?|sheep|lambs?|cows?|pigs?|pets?|labradors?|retrievers?|terriers?|poodles?|beagles?|spaniels?|collies?|huskies|husky|shepherds?|dachshunds?|chihuahuas?|pugs?|schnauzers?|tabb(?:y|ies)|canines?|felines?)`;
const CHILD = String.raw`(?:son|daughter|sons|daughters|baby|babies|toddler|infant|newborn|kids?|child|children|little (?:one|boy|girl)s?|boy|girl|boys|girls|teen(?:ager)?|grandson|granddaughter|grandchild(?:ren)?|nephew|niece|step(?:son|daughter))`;
const ADULT = String.raw`(?:wife|husband|mother|father|mom|mum|dad|partner|friend|sister|brother|grandmother|grandfather|grandma|grandpa|gran|aunt|uncle|boyfriend|girlfriend|fianc[eé]e?|neighbou?r|colleague|co-?worker|boss|mother-in-law|father-in-law|client|patient)`;
const OWNER = String.raw`(?:my|our|his|her|their|the|a)`;
// A possessive chain names its last link: "my daughter's friend's dog" is a pet.
const CHAIN = String.raw`(?:(?:[a-z-]+'s)\s+){0,3}`;
const PET_RE = new RegExp(
  String.raw`\b(?:${OWNER}\s+${CHAIN}(?:(?:old|young|little|senior|elderly|rescue(?:d)?|adopted|new|sick|\d+[ -](?:year|yr)s?[ -]old)\s+){0,2}${ANIMAL}\b|\brescue ${ANIMAL}\b|\b(?:the|our|my) vet\b)`,
);
const CHILD_RE = new RegExp(
  String.raw`\b${OWNER}\s+${CHAIN}(?:(?:\d{1,2}[ -](?:year|yr|month|week|day)s?[ -]old|little|young|baby|adopted|eldest|oldest|youngest|teenage|toddler)\s+){0,2}${CHILD}\b|\b(?:my|our) \d{1,2}[ -](?:year|yr|month|week)s?[ -]old\b|\b(?:my|our) \d{1,2} ?y\.?o\.?\b`,
);
const ADULT_RE = new RegExp(String.raw`\b(?:my|our)\s+${CHAIN}${ADULT}\b`);

/** An age given for the child just named: "our adopted son, now 11", "my son (25)". */
function childAge(t: string, at: number): number | null {
  const near = t.slice(at, at + 60);
  const m =
    /^[^.!?]{0,40}?\b(\d{1,2})[ -](?:year|yr)s?[ -]old\b/.exec(near) ??
    /^[\w' -]{0,25}?(?:,\s*(?:now|aged?|who is|who's)?\s*|\s+(?:is|was|turned|aged?)\s+(?:now\s+)?|\s*\()(\d{1,2})\b(?!\s*(?:mg|g|ml|days?|weeks?|months?|%|drops?|lbs?|kg))/.exec(
      near,
    );
  return m ? Number(m[1]) : null;
}

/** Whom it was for: the writer unless the text is about a child, a pet or someone else. */
function forWhom(text: string): ForWhom | 'unclear' {
  const t = text.toLowerCase();
  const pet = PET_RE.exec(t);
  const child = CHILD_RE.exec(t);
  // Whichever comes first is the subject, when a post names both ("my son's dog").
  if (pet && (!child || pet.index <= child.index || pet[0].includes("'s"))) return 'pet';
  if (child) {
    const before = /(\d{1,2})(?:[ -](?:year|yr)s?[ -]old| ?y\.?o\b)/.exec(child[0]);
    const age = before ? Number(before[1]) : childAge(t, child.index + child[0].length);
    if (age === null || age < 18) return 'child';
    return 'other';
  }
  if (
    ADULT_RE.test(t) &&
    !/\b(?:i took|i take|i have been taking|i started|i tried|i used|i use)\b/.test(t)
  ) {
    return 'other';
  }
  return 'self';
}

export function extract(text: string, context: ExtractContext = { conditionTerms: [] }): Extracted {
  const effects = sideEffects(text, {
    conditionTerms: context.conditionTerms,
    remedyTerms: context.remedyTerms ?? [],
  });
  const o = outcome(text, context.remedyTerms ?? [], effects);
  return {
    doses: extractDoses(text, context.remedyTerms ?? []),
    duration: duration(text, context.remedyTerms ?? []),
    timeToEffect: timeToEffect(text),
    outcome: o.outcome,
    outcomeSpan: o.span,
    outcomeConfidence: o.confidence,
    sideEffects: effects,
    forWhom: forWhom(text),
  };
}
