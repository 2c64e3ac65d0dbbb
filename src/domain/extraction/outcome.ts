// The outcome of a report (helped, for a while, no change, worse) with how sure the reading is.
import type { Outcome } from '../../model/vocabulary.js';
import type { Extracted, Span } from './extract.js';
import { NEGATOR, SENTENCE } from './grammar.js';
import { MEDICINE_MASK, maskMedicines, otherRemediesPattern } from '../reference/index.js';
import { type SideEffect } from './side-effects.js';
import { inSideEffectsField } from './side-effect-fields.js';

// Outcome cues by kind. Each kind is a list of phrasings joined into one pattern; the kinds of an
// outcome are tried together, strongest outcome first: worse, temporary, no change, helped.
const kinds = (...sources: RegExp[]) =>
  new RegExp(sources.map((r) => `(?:${r.source})`).join('|'), 'i');

// Worse: the trouble grew, or the writer warns others off.
const GREW =
  /\b(?:made (?:it|things|me|my \w+) (?:much |even |a lot |way |\d+x |\d+ times )?worse|(?:got|gotten|getting|became|even|much|was|is) worse|worse than (?:before|ever)|anywhere but worse|aggravat\w+|more pain|flared? up(?! again)|threw (?:it )?(?:all )?up|throw (?:it )?(?:all )?up|vomit\w*|upset my stomach|bad idea|never had such|haven'?t had the great results|more nause\w+|(?:was|is|tastes?) awful|not trying (?:that|it) again|worst thing|worsening|dangerous|never again|would not (?:recommend|repeat|suggest)|wouldn'?t (?:recommend|suggest)|(?:be|please be) careful|allergic reaction|broke (?:me )?out|made me (?:more|feel) (?!normal|good|great|better|human|alive|calm|happy|happier|like myself|myself)\w+|queasier|opposite of what|took me off|(?:spent|on) the (?:night|day) on the toilet|blistered|(?:was|is|felt|feel|it'?s) (?:just |so |really )?awful|gave me (?:the )?(?:\w+est|horrible|terrible|awful|such bad|bad|severe)|doubled over|sick to my stomach|made (?:it|me) \w+ like crazy|made me lose|please don'?t|burned my|zombie|made me (?:sick|ill|feel sick|feel ill|feel awful|feel terrible)|never (?:take|use|try|buy|touch) (?:it|this|that|them) again|will never (?:take|use|try|buy))\b|\b(?:stopping|quit)(?=\.?\s*$)/i;
const WARNS_OFF =
  /\b(?:beware|(?:wish|regret) (?:i|we) (?:had |would have |'d )?(?:never|ever) (?:started|taken|tried|used|bought)|regret (?:ever )?(?:starting|taking|trying)|(?:the )?(?:most|very) (?:frightening|scary|awful|terrible|horrible) experience|(?:feel|felt|feeling) (?:\w+ ){0,2}worse|(?:a lot|way|far|so much) worse|worst (?:\w+ )?(?:drug|med\w*|stuff|product|remedy|experience|decision|mistake)|(?:terrible|horrible|dreadful|nasty|evil)(?:,? (?:terrible|horrible|dreadful|nasty|evil))* (?:drug|med\w*|stuff|product|remedy|experience|pill)|do(?:n'?t| not) (?:ever )?(?:take|use|try|buy) (?:it|this|this (?:drug|stuff|med\w*|product))(?=\s*(?:[.!]|$))|stay away from (?:it|this)|should (?:never|not) be (?:given|prescribed|sold)|(?:not|no) (?:a )?(?:good|great|nice|pleasant) experience|(?:has |had )?done the opposite|the opposite effect)\b/i;
// For a while: the help faded or the trouble came back.
const FADED =
  /\b(?:(?:came|come|comes|coming) back|(?:is|was) back(?! to normal)|returned|stopped working|no longer work\w*|wore off|wears off|only temporar\w*|temporary relief|help\w* temporarily|for a while|at first but|short[- ]lived|only (?:\w+ )?(?:for|lasts?|lasted) (?:a |an )?(?:couple|few|maybe)?\s?(?:of )?(?:hours?|days?|minutes?)|(?:takes|took) the pain away for|doesn'?t seem to be working as well|then (?:it )?(?:stops|stopped|comes|came) \w+|(?:crept|creeping|comes right) back|(?:is|was) back(?! to normal)|flared up again|for (?:about |maybe )?(?:an? |ten |\d+ )?(?:hour|minutes?)\b|then (?:it'?s|it is) \w+ again)\b/i;
// No change: nothing happened, or the trouble stayed.
const NOTHING =
  /\b(?:no change|no difference|did(?:n'?t| not) (?:help|work|do (?:anything|a thing)|get it out|see any change)|not (?:help|work)\w*|nothing happened|no (?:results?|relief|improvement|effect|luck)|did (?:absolutely |literally |practically |pretty much |just )?nothing|(?:but )?not for me(?=\s*[.!]|\s*$)|(?:not|wasn'?t|was not|am not|i'?m not) (?:very |too |that |overly )?impressed(?! (?:by|with) (?:the |its |their )?(?:price|cost|taste|smell|packaging|service|company|seller|shipping))|unimpressed|(?:did(?:n'?t| not)|does(?:n'?t| not)|has(?:n'?t| not)) (?:make|made) (?:any|a|much of a|the slightest) (?:\w+ )?difference|no (?:\w+ ){0,2}benefits?(?=[,.;!]| (?:at all|whatsoever|just|only))|doesn'?t (?:help|work)|to no avail|not a drop in|no diminishment|(?:and|but) nothing|(?:is|was|are|were|stayed) (?:still |exactly )?the same|(?:hurts|felt|feel|same) (?:the|exactly the) same|no (?:better|shorter|noticeable (?:change|difference))|can'?t tell any difference|hasn'?t changed|no change|not sure it makes any|still (?:caught|got|turned)|did not (?:kill|stop|touch|do much)|didn'?t (?:kill|stop|touch|do much)|nothing\.|lost nothing|(?:total |a )?waste(?: of (?:money|time))?|(?:felt|feel) no different|no different|still rubbish|about the same|zero (?:change|difference)|unchanged|(?:expensive )?placebo|useless|no (?:re)?growth|still got \d+|did jack|whatever\.?$|(?:headache|pain|symptoms?|cough|skin) (?:is |are |was |were )?(?:still |about )?the same|(?:didn'?t|did not|haven'?t|have not|hasn'?t|couldn'?t|could not|can'?t) (?:notice|noticed|see|seen|feel|felt|tell|experienced?) (?:any|a|much|major|real|big)(?: (?!side\b|bad\b|ill\b|adverse\b)\w+){0,2} (?:difference|change|improvement|effect|benefit)s?|not worth (?:it|the (?:money|price|cost|effort))|nothing at all|zero (?:improvement|effect|benefit|results?)|no (?:improvement|benefit)s?)\b/i;
const STAYED =
  /\b(?:(?:felt|feel|was|am) (?:very |so |just as )?(?:depressed|anxious) still|still (?:feel|felt|am|was) (?:very |so |just as )?(?:depressed|anxious|sad|down|hopeless|miserable|in pain)|still (?:have|had|get) (?:a hard time|trouble|the same))\b/i;
// Helped: the trouble went, the writer is well, or praises what did it.
const WENT =
  /\b(?:worked|works|working|helped|helps|did help|cured?|gone(?! (?:from|up|off|through|back|to|on|into)\b)|relief|relieved|better|amazing|miracle|wonders|great|improved|cleared|disappeared|went away|subsided|no more|free of|fixed|success|lessen\w*|eased|have(?:n'?t| not) had (?:the|any|a)|without (?:acid reflux|\w+ for)|sleep like a baby|pain free|\w+ free ever since|happy to say|take care of|kept the|big change|thank you|swears? by|(?:(?:i|we|i'?d|i'?ll|would|highly|definitely|totally|strongly|truly|fully|gladly|can|must|do) (?:\w+ )?recommend\w*|recommend (?:it|this|them))|benefit\w*|kills?|settled|stopp?(?:ed|s) (?:it|the|my)|(?:much|a lot|far|noticeably) (?:less|fewer|better|milder|calmer|rarer|thicker)|less (?:red|sore|stiff|gritty|on edge|often)|fewer \w+|milder|calmer|(?:went|go|gone|come) down|dried up|firmed up|cleared up|shrunk|healed|kept \w+ away|felt fine|more (?:energy|focused)|(?:so much|lots of|plenty of) (?:more )?energy|(?:laughing|smiling|living|enjoying (?:life|things)) again|(?:took|takes|take|taken) (?:full )?effect|game changer|normal|(?:much|far|way) better|came (?:right )?out|fell off|came off|bleed less|adjusted|recovered|drift off|fall asleep faster|sleeping through|slept through|eased off|eases|easier|straight away|right away|stops the|fell asleep|no (?:smell|odou?r|itch\w*)|(?:have|has)(?:n'?t| not) (?:come|came) back|without (?:feeling|getting) \w+|stopped (?:after|within|in|\w+ing)|(?:ache|aches|hurt|hurts|itch|itches|bleed|sweat|cough|wake) less|(?:sleep|sleeping|slept) deeper|deeper sleep|dropped|down from|takes the edge off|didn'?t get the usual|(?:climbing|trotting|walking|running|sleeping|eating|playing) (?:\w+ )?(?:\w+ )?again|kept (?:\w+ ){1,2}away|shorter|over in|(?:are|were|was|is) over|10\/10|worked great|basically gone|instead of (?:a|the usual|my usual)|(?:\d+% )?less (?:achy|painful|sore|stiff|itchy|bloated|anxious|frequent|severe|intense|red)|way (?:softer|better|milder|calmer)|healthier|much less \w+|no (?:nausea|vomiting|pain(?! relief)|symptoms|heartburn|reflux|cramps|headaches?|cravings|flare-?ups?)\b(?! (?:before|yet|at all before))|(?:will|would|i'?ll) (?:use|buy|take|try|make) (?:it |this |them )?again|(?:slowly |gradually )?(?:clearing|shrinking|healing|improving|fading)|never (?:really )?(?:kicked in|developed|took hold)|(?:fall|falls|fell|falling) asleep (?:faster|quicker|sooner)|love (?:it|this|them|this stuff|the stuff)|(?:breathe|breathing|sleep|sleeping|walk|walking|move|moving|swallow|swallowing|eat|eating|think|thinking) (?:is |was )?(?:much |so much |a lot |far |way )?(?:easier|easily|better|clearer)|(?:energy|mood|sleep|focus|stamina|appetite) (?:is |was |has been )?(?:way |much |a lot |so much |noticeably )?(?:up|better|improved|higher|back)|(?:way|much|a lot|far|so much) less\b|less \w+ing\b|(?:skin|coat|hair|nails|scalp|gums) (?:is |are |was |were |looks? |feels? )?(?:\w+ )?(?:clearer|shinier|softer|smoother|thicker|stronger|healthier)|did(?:n'?t| not) (?:fully |really |even )?(?:develop|take hold|kick in|turn into)|half as (?:bad|severe|painful|long)|(?:less|not as) (?:bad|severe|painful|intense|frequent) as (?:usual|before|normal|it was)|life ?saver|godsend|did the trick|(?:huge|big|real|great|noticeable|massive|significant|major) difference|back to normal|can'?t (?:live|do) without|would (?:buy|order|use|take) (?:it |this |them )?again|(?:five|5) stars|sleep(?:ing)? through the night|so far so good|(?:seems|seemed) to (?:be )?(?:help|work)\w*|helping)\b/i;
const LIFTED =
  /\b(?:made (?:my |the |it |them )?(?:\w+ ){0,2}(?:disappear|go away|vanish|clear up|stop)|(?:resolved|eliminated|erased|lifted|alleviated|relieved|controls|controlled|stabili[sz]ed|calmed) (?:my|the|all|most|worst|much)|(?:stopped|stops|kept|keeps) me from|(?:is|are|was|were|been|got|has|have|finally|completely|totally|greatly|significantly|dramatically|definitely) (?:\w+ )?(?:lifted|alleviated|eliminated|vanished|diminished|lessened|under control|manageable|in check|resolved)|no longer (?:have (?!any|energy|the energy|an? (?:sex|appetite)|appetite|interest|motivation|feelings|emotions|desire)|get|suffer|cry|wake|need|experience|struggle|worry|dread|panic|hurt|itch|ache|bleed|think about|dwell|feel (?:so |as )?(?:\w+ )?(?:anxious|depressed|sad|sick|nauseous|hopeless|stressed|overwhelmed|irritable|angry))|(?:does|did|do) (?:really )?(?:help|work)|improves|improvement)\b/i;
const WELL_AGAIN =
  /\b(?:(?:feel|feeling|felt|am|i'?m) (?:so |much |a lot |really |very |pretty |truly |finally |now )?(?:good|great|wonderful|fantastic|alive|calm|content|stable|happy|happier|myself|like myself|like (?:my )?(?:old|normal|real) self|like a new (?:person|man|woman)|human again|like me again|more like myself|relaxed|positive|optimistic|balanced|clear-?headed|at peace|in control)|never felt (?:so |this |as )?(?:better|good|great|well)|(?:my )?old self|(?:sense|feeling) of (?:well-?being|calm|peace|contentment)|(?:more|much more) (?:stable|balanced|positive|optimistic|productive|motivated|relaxed|patient|confident|even-?keeled)|(?:mind|head|thoughts|moods?) (?:is|are|has been|have been|feels?) (?:now |much |so |a lot )?(?:more )?(?:clear|clearer|calm|calmer|quiet|quieter|lighter|brighter|stable|lifted|in check|even)|(?:evened|leveled|levelled) (?:me|my \w+) out|life is (?:\w+ )?(?:better|good|great|easier|nicer|lighter|worth living))\b/i;
const PRAISE =
  /\b(?:(?:my|our) go-?to\b|back to (?:eating|sleeping|work(?:ing)?|running|walking|exercising|my (?:normal|old|usual))|gave me (?:back )?my life(?: back)?|(?:much |a lot |so much )?happier (?:person|man|woman|mom|mother|wife|husband|dad)|(?:feel|felt|feeling) (?:the )?(?:best|happiest) (?:i'?ve|i have|i had|in)|saved my (?:life|sanity|marriage|skin)|changed (?:my life|everything)(?! for the worse)|(?:very|highly|extremely|really|so|quite|super|amazingly|incredibly) effective|effective (?:for|on|against|at)|(?:the )?(?:greatest|best) (?:stuff|thing|drug|med\w*|remedy|product|treatment|supplement|decision|choice)(?! about\b)|wonder (?:drug|remedy|pill|herb|stuff|product)|made (?!no\b|little\b|any\b|much\b)(?:a |such a |all the |the )?(?:\w+ )?difference|what a difference|thank (?:god|goodness|heavens) for|works? like a charm|(?:a|such a) blessing|so glad (?:i|we) (?:tried|found|started|took|gave)|glad (?:i|we) (?:found|tried|started))\b/i;

export const OUTCOMES: [Outcome, RegExp][] = [
  ['worse', kinds(GREW, WARNS_OFF)],
  ['helped_temporarily', kinds(FADED)],
  ['no_change', kinds(NOTHING, STAYED)],
  ['helped', kinds(WENT, LIFTED, WELL_AGAIN, PRAISE)],
];

// Sentences about other treatments ("the Nexium didn't work") say nothing about the remedy.
export const OTHER_TREATMENT =
  /\b(?:doctors?|dr\.?|prescri\w*|medications?|meds|medicines?|antibiotics?|drugs?|antacids?|tums|nexium|prilosec|prevacid|protonix|zantac|omeprazole|ranitidine|surgery|otc|insurance|amoxicillin|ibupro\w*|tylenol|advil|aspirin|antihistamines?|steroids?)\b/i;
// Words that say the writer began the remedy (stricter than TAKING: "started noticing" is not it).
const BEGAN =
  /\b(?:took|take|taking|tried|trying|used|using|use|drank|drink|drinking|gargl\w*|appl(?:y|ied|ying)|started (?:taking|using|on|with)|\d+\s*(?:mg|g|ml|tsp|tbsp|oz|drops?|capsules?|tablespoons?|teaspoons?))\b/i;
const UNSURE =
  /\b(?:not sure (?:it|if it|if that'?s|if thats|if this|whether it|that it|yet)|i'?m not sure\.|hard to (?:say|know|tell)|no idea (?:if|whether) it|too (?:early|soon) to (?:say|tell)|will (?:report|update) back|sometimes it [^.]*sometimes not|some days great)\b/i;
const ATTRIBUTION =
  /^[^.!?]*?\b(?:related|connected|linked|caused|the cause|due to|because of|responsible|to blame|from (?:it|this|the))\b/i;
// A negator right before a cue, or up to two words before it ("hasn't really worked", "isnt
// really effective").
const NEGATED_JUST_BEFORE = new RegExp(`${NEGATOR}\\s+$`, 'i');
const NEGATED_NEAR = new RegExp(`${NEGATOR}\\s+(?:\\w+\\s+){0,2}$`, 'i');
// Questions, wishes and conditionals are not reports of what happened.
export const NOT_A_REPORT =
  /\?\s*$|\b(?:if|hoping|hope|wish(?! (?:i|we) (?:had |would have |'d )?never)|wondering|wondered|(?:maybe|perhaps|hopefully) (?:it|this|that|they|the \w+) (?:will|might|may|should|could)|(?:might|may) (?:help|work)|would(?! not (?:recommend|suggest)|n'?t (?:recommend|suggest))|could (?:it|this|that|you|be|have)\b|whether|does anyone|has anyone|anyone know|the only time|(?:read|heard)(?: \w+){0,4} that|read (?:about|online)|heard (?:that|about))\b/i;

// Leaving the remedy ("stopped taking it", "came off the drops", "went cold turkey"): what gets
// better after it speaks against the remedy, not for it. "Stopped it once the rash cleared" is not
// that, nor is "it stopped stinging".
const LEFT_IT =
  /\b(?:(?:since|after|when|once|as soon as) (?:i |we )?)?(?:stopp(?:ed|ing)|quit(?:ting)?|c(?:a|o)m(?:e|ing) off|g(?:o|e)tt?(?:ing)? off|(?:went|going) off|wean(?:ed|ing) (?:myself )?off|(?:gone|went|going) cold turkey)(?: (?:on |from )?(?:taking |using |drinking |applying )?(?:it|them|this|that|(?:(?:the|my|those|these) )?([a-z][\w-]*(?: [a-z][\w-]*)?)))?/gi;
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
    // "The symptoms eased off when I stopped it": all the help in the sentence came after leaving.
    return /^(?:since|after|when|once|as soon as)\b/i.test(said) ? 0 : m.index;
  }
  return -1;
}
const OFF_IT =
  /\b(?:(?:now|am|i'?m|been|being|since (?:going|getting|coming)) off (?:of )?(?:it|them|this|that|the|my|those|these)|no longer (?:on|taking) (?:it|them|this|that|the|my))\b/i;
// Moving to something else ("switched to Lexapro", "now taking Zoloft"): the words after it name what.
const MOVED_TO =
  /\b(?:switched|changed) (?:over |back )?to |\bnow (?:on|taking|using) (?!(?:day|week|month|night|the (?:\w+ )?(?:day|week|month))s?\b|\d|it\b|this\b)/i;
const MEDICINE_IN = new RegExp(`(?<![\\w-])${MEDICINE_MASK}(?![\\w-])`);

// A "reaction" is a worse cue in a sentence that names a side effect ("the side effects are
// awful"): the verdict when nothing else is said, but no match for help the post reports.
type Cue = Outcome | 'reaction';
const FOR_IT = /\b(?:it|this|these|they|them|that stuff|the stuff|this stuff)\b/i;
type Tally = Map<Cue, { n: number; span: Span }>;

function count(tally: Tally, name: Cue, start: number, text: string): void {
  const entry = tally.get(name) ?? { n: 0, span: { start, end: start + text.length, text } };
  entry.n++;
  tally.set(name, entry);
}

/**
 * Where in the sentence the writer leaves the remedy (stops it, or moves to something else that is
 * not the remedy), or -1.
 */
function leavingAt(sentence: string, remedy: readonly string[]): number {
  // Being off it ("how much better I feel now off of this drug") voids the help in the whole sentence.
  if (OFF_IT.test(sentence)) return 0;
  const left = leftAt(sentence, remedy);
  const moved = MOVED_TO.exec(sentence);
  const movedAway =
    moved !== null &&
    !remedy.some((r) =>
      sentence
        .toLowerCase()
        .slice(moved.index + moved[0].length)
        .startsWith(r),
    );
  const at = Math.min(left >= 0 ? left : Infinity, movedAway ? moved.index : Infinity);
  return at === Infinity ? -1 : at;
}

// With a contrast ("it did not cure it entirely, but it did lessen the pain") the last clause
// carries the verdict.
// A question after the contrast ("I love it, but how long is it safe?") leaves the statement before.
function verdictClause(sentence: string): string {
  const parts = sentence.split(/\b(?=but\b|however\b|though\b|although\b)/i);
  const last = parts.at(-1) ?? '';
  if (parts.length > 1 && /\?\s*$/.test(last) && !last.slice(0, -1).includes('?'))
    return parts.slice(0, -1).join('');
  return parts.length > 1 && last.length > 12 && OUTCOMES.some(([, re]) => re.test(last))
    ? last
    : sentence;
}

interface CueContext {
  clause: string;
  /** Whether the writer has said they took something yet. */
  started: boolean;
  /** Whether the sentence names a side effect that is not negated. */
  effectNamed: boolean;
  /** Where, in the clause, the writer has left the remedy (before it when negative; null: not). */
  leftFrom: number | null;
}

// A goal ("trying to cure it"), a little relief, or what others say is no verdict.
const GOAL_LEAD =
  /\b(?:(?:something|anything|one) (?:that|which)|to|attempts? to|trying to|tried to|want(?:ed)? to|hop(?:e|ed|ing) to|in order to|way to|how to|meant to|supposed to)\s+(?:\w+\s+)?$/i;
const LITTLE_LEAD =
  /\b(?:limited|little|minimal|slight|hardly any|not much|no real|only (?:a )?(?:little|slight|minor|partial))\s+$/i;
const OTHERS =
  /\b(?:claims?|(?:doctor|dr|doc|pharmacist|friend|rep)s? (?:\w+ )?(?:said|says|told|recommended|heard)|those (?:of you )?who|some people|other people|(?<!\b(?:all|the|two|three|few|several|many|\d+) )others|so many|everyone|people|folks|reviewers|(?:other )?users)\b/i;

/** What a cue found in a clause says of the remedy, or null when it says nothing of it. */
function cueOf(name: Outcome, m: RegExpExecArray, c: CueContext): Cue | null {
  // Help denied ("it isnt really effective", "hasn't helped much") is no change.
  if (name === 'helped' && denied(c.clause, m.index))
    return !/^thank/i.test(m[0]) && countsAsCue('no_change', m, c) ? 'no_change' : null;
  if (!countsAsCue(name, m, c)) return null;
  // In a sentence that names a side effect, "awful" and "not worth it" judge the side effect; a
  // warning to others ("stay away from this") stays a verdict.
  const judgesEffect =
    (name === 'worse' && !WARNS_OFF.test(m[0])) ||
    (name === 'no_change' && /^not worth/i.test(m[0]));
  // "The taste is awful": how it goes down, a reaction like a side effect, not how it went.
  const ofTaste =
    name === 'worse' &&
    /\b(?:taste|tastes|tasted|smell|smells|texture|flavou?r)\b(?:\s+\w+){0,2}\s*$/i.test(
      c.clause.slice(Math.max(0, m.index - 25), m.index),
    );
  return (c.effectNamed && judgesEffect) || ofTaste ? 'reaction' : name;
}

// Negators that deny nothing ("can't believe how much better", "couldn't be happier", "not only").
const PRAISING_NEGATION =
  /\b(?:(?:can'?t|cannot|couldn'?t|could not) (?:believe|be|say enough|ask for|recommend \w+ enough)\b|not only\b|never (?:been|felt) (?:so |this |as )?$|without\b)/i;
function denied(clause: string, at: number): boolean {
  const near = clause.slice(Math.max(0, at - 30), at);
  return NEGATED_NEAR.test(near) && !PRAISING_NEGATION.test(near);
}

function countsAsCue(name: Outcome, m: RegExpExecArray, c: CueContext): boolean {
  const { clause } = c;
  // Until the writer says they took something, "getting worse" is the trouble's own course.
  if (name === 'worse' && !c.started && /^(?:got|gotten|getting|became|was|is)\b/i.test(m[0]))
    return false;
  const before = clause.slice(Math.max(0, m.index - 12), m.index);
  if (name === 'helped_temporarily' && NEGATED_JUST_BEFORE.test(before)) return false;
  // "Nausea at first, then it went away": the time course of a side effect, not of the help.
  if (
    name === 'helped_temporarily' &&
    !/back|return|again|stopped working|no longer|wore off|wears off/i.test(m[0]) &&
    c.effectNamed
  )
    return false;
  const near = clause.slice(Math.max(0, m.index - 30), m.index);
  if ((name === 'helped' || name === 'worse') && denied(clause, m.index)) return false;
  if (OTHERS.test(clause.slice(0, m.index))) return false;
  // "It works for some people": a cue about others, whatever comes first.
  if (
    /^\s*(?:well\s+)?for (?:some|other|many|most|lots of|a lot of)(?: (?:people|folks|others|of you))?\b(?!\s+(?:of|time|days?|weeks?|months?|reason)\b)/i.test(
      clause.slice(m.index + m[0].length),
    )
  )
    return false;
  if (name !== 'helped') return true;
  // "Stopped after 5 days", "I stopped within a week": the writer stopped, the trouble did not.
  if (
    /^stop/i.test(m[0]) &&
    /(?:^|\b(?:i|we|so i|and i|then i))\s*$/i.test(clause.slice(0, m.index))
  )
    return false;
  if (c.leftFrom !== null && m.index >= c.leftFrom) return false;
  // "A little more energy" is help; "little relief" is not.
  const comparative = /^(?:more|better|less|fewer|calmer|easier)\b/i.test(m[0]);
  return !GOAL_LEAD.test(near) && !(LITTLE_LEAD.test(near) && !comparative);
}

/** The cues in a clause that speak of the remedy: what each says, where, and its words. */
function cuesIn(clause: string, context: CueContext): [Cue, number, string][] {
  const out: [Cue, number, string][] = [];
  // Nothing after a question, wish or conditional word is a report of what happened, nor a cue
  // that the word qualifies ("great remedy if your problem is constipation").
  const framedAt = NOT_A_REPORT.exec(clause)?.index ?? Infinity;
  const before = (m: RegExpExecArray) => {
    const gap = clause.slice(m.index + m[0].length, framedAt);
    return (
      framedAt === Infinity ||
      !/^(?:if|unless)\b/i.test(clause.slice(framedAt)) ||
      gap.length >= 25 ||
      /[,;]|\band\b/.test(gap)
    );
  };
  // Words one cue has taken are not another's ("wouldn't recommend it" is not also "recommend it").
  const taken: [number, number][] = [];
  for (const [name, re] of OUTCOMES) {
    const global = new RegExp(re.source, 'gi');
    for (let m = global.exec(clause); m !== null; m = global.exec(clause)) {
      const end = m.index + m[0].length;
      if (taken.some(([a, b]) => m!.index < b && a < end)) continue;
      const cue = m.index < framedAt && before(m) ? cueOf(name, m, context) : null;
      if (cue) out.push([cue, m.index, m[0]]);
      taken.push([m.index, end]);
    }
  }
  return out;
}

/** Every outcome cue that speaks of the remedy, with the first place each was found. */
function tallyCues(
  text: string,
  remedy: readonly string[],
  effects: readonly SideEffect[],
  masked: string,
  /** Whether a place lies in a form's side-effects field (it tells what else happened). */
  listed: (at: number) => boolean,
): Tally {
  const tally: Tally = new Map();
  let started = false;
  // A sentence that leaves the remedy also takes the help in the next one when it goes on from
  // there ("Now I feel great").
  let carry = false;
  const sentenceRe = new RegExp(SENTENCE.source, 'g');
  const others = otherRemediesPattern(remedy);
  let otherBefore = false;
  for (let s = sentenceRe.exec(text); s !== null; s = sentenceRe.exec(text)) {
    const sentence = s[0];
    // A side-effects field tells what else happened, yet writers put their verdict there too ("it
    // helped me get my life back", "never felt any benefit"); its bad words are the side effects.
    const inField = listed(s.index + sentence.length - 1);
    const carried =
      carry &&
      /^\s*(?:now|since then|since|and now|huge|much|big|instantly|within)\b/i.test(sentence);
    const leaving = leavingAt(sentence, remedy);
    carry = leaving >= 0;
    const clause = verdictClause(sentence);
    // "…but gargling the vinegar worked better": a clause naming another remedy, and neither the
    // remedy nor a word for it, is about that remedy.
    if (
      others?.test(clause) &&
      !remedy.some((r) => clause.toLowerCase().includes(r)) &&
      !FOR_IT.test(clause)
    )
      continue;
    const atEnd = sentence.endsWith(clause);
    const offset = s.index + (atEnd ? sentence.length - clause.length : 0);
    const lower = sentence.toLowerCase();
    const namesRemedy = remedy.some((r) => lower.includes(r));
    // Another treatment's sentence, by kind or by a medicine's name, says nothing of the remedy.
    const otherMedicine = MEDICINE_IN.test(masked.slice(s.index, s.index + sentence.length));
    const isOther = (OTHER_TREATMENT.test(sentence) || otherMedicine) && !namesRemedy;
    // "I took Nexium for years. It was working, but stopped working": a pronoun right after
    // another treatment's sentence is that treatment.
    const carriedOther: boolean =
      otherBefore && !namesRemedy && /^\s*(?:it|they|these|this|that)\b/i.test(sentence);
    otherBefore = isOther || carriedOther;
    if (isOther || carriedOther) continue;
    // A question, wish or conditional frames what follows it ("it worked, and if you…").
    const framed = NOT_A_REPORT.exec(clause);
    if (framed !== null && (framed.index === 0 || /\?\s*$/.test(clause))) continue;
    started ||= namesRemedy || BEGAN.test(sentence);
    const context: CueContext = {
      clause,
      started,
      effectNamed: effects.some(
        (e) => !e.negated && e.span.start >= s.index && e.span.end <= s.index + sentence.length,
      ),
      leftFrom: leaving >= 0 ? leaving - (offset - s.index) : carried ? 0 : null,
    };
    // "Side effects: nausea at first, but it went away": there the help is the side effect's.
    const found = cuesIn(clause, context).filter(
      ([cue]) => !inField || (cue !== 'worse' && cue !== 'reaction'),
    );
    for (const [cue, at, said] of found) count(tally, cue, offset + at, said);
    // "It helped at first, but by week three it was back", "it helps, but the side effects are
    // awful": the help before the contrast counts too.
    const lead = atEnd ? sentence.slice(0, sentence.length - clause.length) : '';
    if (
      lead &&
      !inField &&
      (OUTCOMES[1]![1].test(clause) || (found.length > 0 && found.every(([c]) => c === 'reaction')))
    )
      for (const [cue, at, said] of cuesIn(lead, { ...context, clause: lead }))
        if (cue === 'helped') count(tally, cue, s.index + at, said);
  }
  // "Went from 6 UTIs a year to 1", "BP went from 145/92 to 132/85": a count of the trouble fell.
  const fell =
    /\b(?:went|dropped|fell|came|come|gone|going|is|are) (?:down )?from (?:~|about |around )?(\d+(?:\.\d+)?)(?:\/\d+)?\b[^.!?\d]{0,25}?\bto (?:~|about |around )?(\d+(?:\.\d+)?)\b/gi;
  for (let m = fell.exec(text); m !== null; m = fell.exec(text))
    if (Number(m[1]) > Number(m[2])) count(tally, 'helped', m.index, m[0]);
  return tally;
}

export function outcome(
  text: string,
  remedyTerms: string[],
  effects: readonly SideEffect[] = [],
  /** The text with medicine names masked, when the caller has it already. */
  masked: string = maskMedicines(text),
): { outcome: Extracted['outcome']; span: Span | null; confidence: number } {
  const remedy = remedyTerms.map((t) => t.toLowerCase()).filter((t) => t.length > 1);
  const listed = inSideEffectsField(text);
  const tally = tallyCues(text, remedy, effects, masked, listed);
  const cues = (o: Cue) => tally.get(o)?.n ?? 0;
  // A bad reaction is the verdict only of a post that reports no help: help with side effects is
  // help (the side effects are counted on their own).
  const reacted = cues('helped') === 0 ? cues('reaction') : 0;
  const n = (o: Outcome) => cues(o) + (o === 'worse' ? reacted : 0);
  const total = n('worse') + n('helped_temporarily') + n('no_change') + n('helped');
  // How sure: the share of the cues that agree, and how many there are. One cue alone is a guess;
  // cues pulling both ways are a mixed post, unless three or more agree for each one against.
  const pick = (o: Outcome, agreeing = n(o)) => {
    const share = agreeing / total;
    const confidence =
      share >= 0.99 && agreeing >= 2
        ? 0.9
        : share >= 0.99 || (share >= 0.74 && agreeing >= 3)
          ? 0.8
          : share >= 0.66
            ? 0.7
            : 0.5;
    const span = tally.get(o)?.span ?? (o === 'worse' ? tally.get('reaction')?.span : null);
    return { outcome: o, span: span ?? null, confidence };
  };
  const none = { outcome: 'unclear' as const, span: null, confidence: 0 };
  // Writers who say they cannot tell are not counted either way, unless the text says more. Doubt
  // over what caused a side effect ("not sure if it's related") is not doubt over the outcome.
  const unsure = [...text.matchAll(new RegExp(UNSURE.source, 'gi'))].some(
    (m) => !listed(m.index) && !ATTRIBUTION.test(text.slice(m.index, m.index + 60)),
  );
  if (unsure && total <= 2) return none;
  // A post that asks more than it tells is a question, whatever words it uses.
  const questions = (text.match(/\?(?=\s|$)/g) ?? []).length;
  if (questions > 0 && questions >= total) return none;
  // "It did nothing, and then made it worse": no change and worse agree that it did not help.
  if (n('worse') > 0 && n('helped') === 0) return pick('worse', n('worse') + n('no_change'));
  if (n('worse') > 0 && n('worse') >= n('helped')) return pick('worse');
  if (n('helped_temporarily') > 0 && n('helped') > 0)
    return pick('helped_temporarily', n('helped_temporarily') + n('helped'));
  if (n('no_change') > 0 && n('no_change') >= n('helped')) return pick('no_change');
  if (n('helped') > 0) return pick('helped');
  return none;
}
