// The outcome of a report (helped, for a while, no change, worse) with how sure the reading is.
import type { Outcome } from '../../model/vocabulary.js';
import type { Extracted, Span } from './extract.js';
import { NEGATOR, SENTENCE } from './grammar.js';
import { MEDICINE_MASK, maskMedicines, otherRemediesPattern } from '../reference/index.js';
import { type SideEffect } from './side-effects.js';
import { inSideEffectsField } from './side-effect-fields.js';
import { BETTER_THAN, NEED_LESS, NOT_CURED, OUTCOMES, WARNS_OFF } from './outcome-cues.js';
import { PUBLIC_CONFIDENCE } from './confidence.js';
import { measuredHelp } from './outcome-measures.js';
import { leavingAt, leftBecauseOf } from './outcome-leaving.js';

// Sentences about other treatments ("the Nexium didn't work") say nothing about the remedy.
export const OTHER_TREATMENT =
  /\b(?:doctors?|dr\.?|prescri\w*|medications?|meds|medicines?|antibiotics?|drugs?|antacids?|tums|nexium|prilosec|prevacid|protonix|zantac|omeprazole|ranitidine|surgery|otc|insurance|amoxicillin|ibupro\w*|tylenol|advil|aspirin|antihistamines?|steroids?)\b/i;
// Words that say the writer began the remedy (stricter than TAKING: "started noticing" is not it).
const BEGAN =
  /\b(?:took|take|taking|tried|trying|used|using|use|drank|drink|drinking|gargl\w*|appl(?:y|ied|ying)|started (?:taking|using|on|with)|\d+\s*(?:mg|g|ml|tsp|tbsp|oz|drops?|capsules?|tablespoons?|teaspoons?))\b/i;
const UNSURE =
  /\b(?:not sure (?:it|if it|if that'?s|if thats|if this|whether it|that it|yet)|can'?t (?:really )?tell (?:if|whether) (?:it|this|they)(?! (?:\w+ ){0,3}anything)|i'?m not sure\.|hard to (?:say|know|tell)|no idea (?:if|whether) it|too (?:early|soon) to (?:say|tell)|will (?:report|update) back|sometimes it [^.]*sometimes not|can'?t (?:say|tell|be sure) (?:if|whether) (?:it'?s|it is|it was|it’s) (?:the |this )?|some days great)\b/i;
const ATTRIBUTION =
  /^[^.!?]*?\b(?:related|connected|linked|caused|the cause|due to|because of|responsible|to blame|from (?:it|this|the))\b/i;
// A negator right before a cue, or up to two words before it ("hasn't really worked", "isnt
// really effective").
const NEGATED_JUST_BEFORE = new RegExp(`${NEGATOR}\\s+$`, 'i');
const NEGATED_NEAR = new RegExp(`${NEGATOR}\\s+(?:\\w+\\s+){0,2}$`, 'i');
// Questions, wishes and conditionals are not reports of what happened.
export const NOT_A_REPORT =
  /\?\s*$|\b(?:(?<!\b(?:tell|say) )if|hoping|hope|wish(?! (?:i|we) (?:had |would have |'d )?never)|wondering|wondered|(?:maybe|perhaps|hopefully) (?:it|this|that|they|the \w+) (?:will|might|may|should|could)|(?:might|may) (?:help|work)|would(?! not (?:recommend|suggest|buy|order|reorder|purchase|use|take)|n'?t (?:recommend|suggest|buy|order|reorder|purchase|use|take))|could (?:it|this|that|you|be|have)\b|whether|does anyone|has anyone|anyone know|the only time|the only (?:thing|one|stuff) (?:that )?(?:has |ever )?(?:worked|helped|works|helps)|(?:read|heard)(?: \w+){0,4} that|read (?:about|online)|heard (?:that|about)|heard (?:\w+ )?(?:great|good|amazing|wonderful|positive) things)\b/i;

const BACKGROUND_UNTIL =
  /\b(?:so|which is why|that'?s why|and so) (?:i|we) (?:then |finally |eventually )?(?:added|started|tried|began|bought|switched|decided|turned to|gave)\b/i;

const MEDICINE_IN = new RegExp(`(?<![\\w-])${MEDICINE_MASK}(?![\\w-])`);

// A "reaction" is a worse cue in a sentence that names a side effect ("the side effects are
// awful"): the verdict when nothing else is said, but no match for help the post reports.
type Cue = Outcome | 'reaction';
// "Withdrawal is much worse than the condition": a reaction, like a side effect.
const WITHDRAWAL_SAID =
  /\b(?:withdraw\w*|withdrawl\w*|cold turkey|miss(?:ed|ing)? (?:a |my |\w+ )?doses?|brain (?:zaps?|shivers|zings))\b/i;
const FOR_IT = /\b(?:it|this|these|they|them|that stuff|the stuff|this stuff)\b/i;
type Tally = Map<Cue, { n: number; span: Span }>;

function count(tally: Tally, name: Cue, start: number, text: string): void {
  const entry = tally.get(name) ?? { n: 0, span: { start, end: start + text.length, text } };
  entry.n++;
  tally.set(name, entry);
}

// With a contrast ("it did not cure it entirely, but it did lessen the pain") the last clause
// carries the verdict.
// A question after the contrast ("I love it, but how long is it safe?") leaves the statement before.
function verdictClause(sentence: string): string {
  const parts = sentence.split(/\b(?=but\b|however\b|though\b|although\b)/i);
  const last = parts.at(-1) ?? '';
  if (parts.length > 1 && /\?\s*$/.test(last) && !last.slice(0, -1).includes('?'))
    return parts.slice(0, -1).join('');
  // "It took the edge off but didn't cure it": a cure denied after help leaves the help.
  if (parts.length > 1 && NOT_CURED.test(last)) return sentence;
  return parts.length > 1 && last.length > 12 && OUTCOMES.some(([, re]) => re.test(last))
    ? last
    : sentence;
}

interface CueContext {
  clause: string;
  /** Whether the writer has said they took something yet. */
  started: boolean;
  /** Whether the sentence names a side effect that is not negated, or withdrawal. */
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
    (name === 'worse' && (!WARNS_OFF.test(m[0]) || /^beware$/i.test(m[0]))) ||
    (name === 'no_change' && /^not worth/i.test(m[0]));
  // "The taste is awful": how it goes down, a reaction like a side effect, not how it went.
  const ofTaste =
    name === 'worse' &&
    /\b(?:taste|tastes|tasted|smell|smells|texture|flavou?r)\b(?:\s+\w+){0,2}\s*$/i.test(
      c.clause.slice(Math.max(0, m.index - 25), m.index),
    );
  return (c.effectNamed && judgesEffect) || ofTaste ? 'reaction' : name;
}

const PREPARED =
  /\b(?:steep\w*|brew\w*|boil\w*|simmer\w*|soak\w*|infus\w*|marinat\w*|left|leave|let it \w+|sit|sat|stand|hold|held|swish\w*|gargl\w*|rub\w*|massag\w*|cook\w*|bak\w*|heat\w*|stir\w*|blend\w*|wait\w*)\s+(?:\w+\s+){0,2}$/i;
// Negators that deny nothing ("can't believe how much better", "couldn't be happier", "not only").
const PRAISING_NEGATION =
  /\b(?:(?:can'?t|cannot|couldn'?t|could not) (?:believe|be|say enough|ask for|recommend \w+ enough)\b|not only\b|never (?:been|felt|looked|slept|done|worked|moved) (?:so |this |as )?$|without\b)/i;
// "Far from helping": a denial without a negator word.
const FAR_FROM = /\bfar from\s+$/i;
function denied(clause: string, at: number): boolean {
  const near = clause.slice(Math.max(0, at - 30), at);
  // "any less stiff", "any better": said only where it is denied or asked.
  if (/\bany\s+$/i.test(near)) return true;
  return (NEGATED_NEAR.test(near) && !PRAISING_NEGATION.test(near)) || FAR_FROM.test(near);
}

const GOOD_FELL =
  /\b(?:libido|sex drive|energy|mood|spirits|motivation|concentration|focus|memory|milk supply|milk|appetite|ferritin|iron|hdl|b12|vitamin d|platelets|white (?:blood )?cells?)(?:\s+(?:levels?|counts?))?\s+(?:\w+\s+){0,2}$/i;

function countsAsCue(name: Outcome, m: RegExpExecArray, c: CueContext): boolean {
  const { clause } = c;
  // Until the writer says they took something, "getting worse" is the trouble's own course.
  if (name === 'worse' && !c.started && /^(?:got|gotten|getting|became|was|is)\b/i.test(m[0]))
    return false;
  const before = clause.slice(Math.max(0, m.index - 12), m.index);
  if (name === 'helped_temporarily' && NEGATED_JUST_BEFORE.test(before)) return false;
  // "Steeped for ten minutes", "soak it for an hour": how long a preparation takes.
  const lead = clause.slice(Math.max(0, m.index - 30), m.index);
  if (name === 'helped_temporarily' && /^for\b/i.test(m[0]) && PREPARED.test(lead)) return false;
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
    !/^stop\w* me from/i.test(m[0]) &&
    /(?:^|\b(?:i|we|so i|and i|then i))\s*$/i.test(clause.slice(0, m.index))
  )
    return false;
  if (c.leftFrom !== null && m.index >= c.leftFrom) return false;
  // "Libido went down", "my mood is down": something good fell.
  if (/\b(?:down|dropped|fell|lower|decreased|reduced)\b/i.test(m[0]) && GOOD_FELL.test(near))
    return false;
  // "A little more energy" is help; "little relief" is not.
  const comparative = /^(?:more|better|less|fewer|calmer|easier)\b/i.test(m[0]);
  // "I normally feel great": how the writer usually is, not what the remedy did.
  const habit = /\b(?:normally|usually|generally|typically)\s+(?:\w+\s+)?$/i.test(near);
  // "It took 6 weeks to take full effect": how long it took, not a goal.
  const tookTime =
    /\b(?:took|takes|take)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|a few|several|a couple of)\s+(?:days?|weeks?|months?)\s+(?:for (?:it|this|them)\s+)?to\s+$/i.test(
      near,
    );
  return (!GOAL_LEAD.test(near) || tookTime) && !habit && !(LITTLE_LEAD.test(near) && !comparative);
}

// Compiled once: the cue patterns are long, and a post has many clauses.
const GLOBAL_OUTCOMES = OUTCOMES.map(([name, re]) => [name, new RegExp(re.source, 'gi')] as const);

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
      /[,;]|\b(?:and|but|though|tho)\b/.test(gap)
    );
  };
  // Words one cue has taken are not another's ("wouldn't recommend it" is not also "recommend it").
  const taken: [number, number][] = [];
  for (const [name, global] of GLOBAL_OUTCOMES) {
    global.lastIndex = 0;
    for (let m = global.exec(clause); m !== null; m = global.exec(clause)) {
      const end = m.index + m[0].length;
      if (taken.some(([a, b]) => m!.index < b && a < end)) continue;
      const cue = m.index < framedAt && before(m) ? cueOf(name, m, context) : null;
      if (cue) out.push([cue, m.index, m[0]]);
      // A denied cue leaves its words to a cue that holds the denial ("didn't throw up once").
      if (cue || !denied(clause, m.index)) taken.push([m.index, end]);
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
    // "…and rarely need an antacid now": needing the other treatment less is the remedy's help.
    const lessOther = NEED_LESS.test(sentence) || BETTER_THAN.test(sentence);
    const isOther = (OTHER_TREATMENT.test(sentence) || otherMedicine) && !namesRemedy && !lessOther;
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
      effectNamed:
        WITHDRAWAL_SAID.test(sentence) ||
        effects.some(
          (e) => !e.negated && e.span.start >= s.index && e.span.end <= s.index + sentence.length,
        ),
      leftFrom: leaving >= 0 ? leaving - (offset - s.index) : carried ? 0 : null,
    };
    // "Side effects: nausea at first, but it went away": there the help is the side effect's.
    // "My energy was still rubbish, so I added selenium": how things were before the remedy.
    const beganAt = BACKGROUND_UNTIL.exec(clause)?.index ?? -1;
    const found = cuesIn(clause, context).filter(
      ([cue, at]) => (!inField || (cue !== 'worse' && cue !== 'reaction')) && at > beganAt,
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
  // Measurements that moved the good way ("A1c down to 6.1", "BP went from 145/92 to 132/85").
  for (const { at, said } of measuredHelp(text)) count(tally, 'helped', at, said);
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
  // The condition itself made worse ("Side effects: increased anxiety", taken for anxiety) is the
  // verdict of a post that says nothing else of how it went ("worse at first, then no better" is
  // no change).
  if (tally.size === 0)
    for (const e of effects)
      if (e.conditionWorse && !e.negated && e.confidence >= PUBLIC_CONFIDENCE)
        count(tally, 'reaction', e.span.start, e.span.text);
  // A post that tells only of a side effect the remedy caused, and of stopping it, is worse.
  if (tally.size === 0 && leftBecauseOf(text, remedy, effects))
    for (const e of effects)
      if (!e.negated && e.confidence >= PUBLIC_CONFIDENCE)
        count(tally, 'reaction', e.span.start, e.span.text);
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
  if (questions > 0 && questions > total) return none;
  // "It did nothing, and then made it worse": no change and worse agree that it did not help.
  if (n('worse') > 0 && n('helped') === 0) return pick('worse', n('worse') + n('no_change'));
  if (n('worse') > 0 && n('worse') >= n('helped')) return pick('worse');
  if (n('helped_temporarily') > 0 && n('helped') > 0)
    return pick('helped_temporarily', n('helped_temporarily') + n('helped'));
  if (n('no_change') > 0 && n('no_change') >= n('helped')) return pick('no_change');
  if (n('helped') > 0) return pick('helped');
  return none;
}
