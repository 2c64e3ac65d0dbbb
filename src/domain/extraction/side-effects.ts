import { symptomsOf } from './condition-symptoms.js';
import { maskMedicines } from '../reference/index.js';
import { tokens } from './lexicon.js';
import { type Mention, bareLists, listItem, mentions, wholeItem } from './side-effect-mentions.js';
import {
  fields,
  fieldAt,
  clauseBefore,
  clauseAfter,
  formConditions,
  noneAtAll,
} from './side-effect-fields.js';
import {
  NEGATED_LEAD,
  NEVER_BEFORE,
  HYPOTHETICAL,
  GOAL_OR_TREATED,
  IMPROVED_AFTER,
  WITHDRAWAL_IF,
  WITHDRAWAL,
  WHY_STOPPED,
  INDUCED,
  MEDICINE_IN,
  OTHER_TREATMENT,
  STRONG_CUE,
  WEAK_CUE,
  SOMEONE_ELSE,
  BEFORE_STARTING,
  HABIT,
  MODAL,
  PREPARATION_AFTER,
  remedyPatterns,
} from './side-effect-cues.js';
import { forWhom } from './for-whom.js';

// Side effects in free text. A mention of an effect ("dry mouth", "my tongue turned brown") is found
// with a vocabulary (the PsyTAR consumer lexicon plus Remedex's own forms); whether it is a side
// effect of the remedy is decided by the words around it, by kind:
// - a side-effects field or heading ("Side effects: …") says so outright;
// - negation scopes over its clause and the list that follows it ("no nausea, headache or gas");
// - the condition's own symptoms, withdrawal effects, goals ("to avoid weight gain"), effects the
//   remedy was meant to cause ("the vet induced vomiting") and effects of another treatment are not;
// - in running text, an effect needs words that tie it to taking something ("gave me", "after
//   taking", "I felt"); how strongly it is tied is its confidence.

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface SideEffect {
  term: string;
  negated: boolean;
  span: Span;
  /** How sure the reading is that this is a side effect of the remedy, 0–1. */
  confidence: number;
  /** The condition being treated, made worse ("increased anxiety" when taken for anxiety). */
  conditionWorse?: true;
}

export interface SideEffectContext {
  conditionTerms: string[];
  remedyTerms: string[];
  /** The text with medicine names masked, when the caller has it already (see `maskMedicines`). */
  masked?: string;
  /** For whom the report is, when the caller has read it already. */
  forWhom?: ReturnType<typeof forWhom>;
}

interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Withdrawal talk here or in the two sentences before. */
  withdrawal: boolean;
  /** Another treatment named here, or in the sentence before, and the remedy named in neither. */
  other: boolean;
  namesRemedy: boolean;
  /** `other` only because of the sentence before. */
  carried: boolean;
  /** Where the sentence says why the writer stopped ("because…"): what follows came while taking it. */
  whyStoppedAt: number | null;
}
const NOW =
  /\b(?:the (?:past|last) (?:few |couple of )?\w+|these (?:days|past)|this (?:week|morning|evening)|lately|recently|since (?:i|starting|taking|then))\b/i;

// Sentence ends: . ! ? (not the point in "2.5"), line breaks, and a closing bracket before a capital.
const SENTENCE_END = /[.!?]+(?!\d)|\n+|\)(?=\s+[A-Z])/g;

function sentencesOf(text: string, remedyRe: RegExp | null, masked: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const push = (end: number) => {
    if (end > from) {
      const t = text.slice(from, end);
      out.push({
        start: from,
        end,
        text: t,
        withdrawal: false,
        other: false,
        carried: false,
        whyStoppedAt: null,
        namesRemedy: remedyRe?.test(t) ?? false,
      });
    }
    from = end;
  };
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text))
    push(m.index + m[0].length);
  push(text.length);
  let withdrawalLeft = 0;
  let otherBefore = false;
  for (const s of out) {
    const left = WITHDRAWAL.exec(s.text);
    // "Quit taking it because of the diarrhea": the reason for stopping is a side effect.
    const end = left ? left.index + left[0].length : 0;
    const why = left ? WHY_STOPPED.exec(s.text.slice(end, end + 25)) : null;
    s.whyStoppedAt = why ? s.start + end + why.index : null;
    if (left && why === null) withdrawalLeft = 2;
    s.withdrawal = withdrawalLeft-- > 0;
    const other =
      (OTHER_TREATMENT.test(s.text) || MEDICINE_IN.test(masked.slice(s.start, s.end))) &&
      !s.namesRemedy;
    s.carried = !other && otherBefore && !s.namesRemedy && !BEGAN.test(s.text);
    s.other = other || s.carried;
    otherBefore = other;
  }
  return out;
}

const BEGAN =
  /\b(?:took|take|taking|tried|trying|used|using|drank|drinking|started|began|been on|on it|dose|doses|capsules?|caps|pills?|tablets?|lozenges?|drops?|\d+\s*(?:mg|g|ml|tsp|tbsp|drops?|oz|iu|mcg))\b/i;
// "It DID burn", "this stuff made…": a pronoun for the remedy as the clause's subject.
const PRONOUN_SUBJECT =
  /\b(?:it|this|that|this stuff|the stuff|they|these|those)\s+(?:\w+\s+){0,2}$/i;
// What follows says the effect was bad, or came with taking it: "bloating worse for the first
// days", "nausea if I take it without food", "burns going down".
const BAD_AFTER =
  /^\W*(?:(?:was|were|is|got|are)\s+)?(?:worse|bad|awful|terrible|horrible|unbearable|intense|severe|real|a problem|an issue)\b|^\W*(?:if|when|whenever|each time|every time)\s+(?:i|you|he|she)\s+(?:take|took|drink|drank|use|used|have|had)\b|^\W*going down\b/i;
// "skin way softer. clogged pores on my face tho": an effect set against the benefit.
const CONTRAST =
  /\b(?:tho|though|but|however|downside|only (?:thing|problem|issue)|unfortunately|sadly|except)\b|=\s*(?:\w+\s+){0,2}$/i;
const CALLED_ONE =
  /^\W*(?:as|was|is|were|are)? ?(?:a |an |my |the )?(?:\w+ )?side[- ]?(?:effects?|affects?)/i;

/** Why a mention was not kept, for the scorers' --verbose output. */
export type Trace = (mention: string, reason: string) => void;

/** A mention with the words around it, as the rules below read them. */
interface Place {
  m: Mention;
  s: Sentence;
  surface: string;
  before: string;
  lead: string;
  after: string;
  rest: string;
  listed: boolean;
  /** The list item (between commas or semicolons) the mention stands in. */
  item: string;
  calledOne: boolean;
  remedyDid: boolean;
  tied: boolean;
  strong: boolean;
  /** The sentence is a bare list of effects. */
  bareList: boolean;
}

/** Whether a mention names the condition being treated. */
function ofCondition(p: Place, condition: readonly string[]): boolean {
  const lower = p.surface.toLowerCase();
  return condition.some((c) => c.includes(lower) || lower.includes(c) || c.includes(p.m.term));
}

// The condition made worse is a side effect where a side-effects field lists it or the remedy is
// tied to it ("it made my anxiety worse"); otherwise it is the condition's own course.
function conditionWorse(p: Place): boolean {
  return worsened(p) && (p.listed || p.strong || p.remedyDid);
}

function worsened(p: Place): boolean {
  return (
    /\b(?:increas\w*|more|worse|worsen\w*|heightened|magnified|intensified|extra)\s+(?:\w+\s+)?$/i.test(
      p.lead,
    ) ||
    /^(?:increas\w*|more|worse\w*|heightened|magnified|intensified|extra)\b|\b(?:worse|increased|worsened|magnified)$/i.test(
      p.surface,
    ) ||
    /^\s*(?:\w+\s+)?(?:increased|worse|worsened|got worse|magnified|tenfold)/i.test(p.after)
  );
}

/** Why a mention is not a side effect of the remedy, or null when it may be one. */
function notASideEffect(
  p: Place,
  condition: readonly string[],
  ofWriter: { self: boolean; before: RegExp | null },
  symptoms: ReadonlySet<string> = new Set(),
): string | null {
  const { s, lead, after, listed, strong, m } = p;
  const why = s.whyStoppedAt;
  if (why !== null && !listed && m.start > why) {
    if (WITHDRAWAL.test(p.before.slice(why - m.start))) return 'withdrawal';
  } else if (
    s.withdrawal &&
    // In a side-effects field, withdrawal covers its own list item and the items after it
    // ("When lowering the dose, dizziness, …"), not those before ("Diarrhea, withdrawal was bad").
    (!listed ||
      WITHDRAWAL.test(p.item) ||
      WITHDRAWAL.test(p.before) ||
      !WITHDRAWAL.test(s.text) ||
      WITHDRAWAL_IF.test(s.text)) // carried from the sentences before ("tried to quit. I got dizzy")
  )
    return 'withdrawal';
  if (ofCondition(p, condition) && !conditionWorse(p)) return 'condition term';
  if (symptoms.has(p.m.term) && !listed && !strong && !p.remedyDid && !worsened(p))
    return 'symptom of the condition';
  // Softer stools are what a remedy for constipation is for.
  if (/\bsoft/i.test(p.surface) && condition.some((c) => /constipat/i.test(c)))
    return 'condition term';
  if (INDUCED.test(lead.slice(-30)) || INDUCED.test(after.slice(0, 12))) return 'induced';
  // "The past 3 days I have been having…" turns from the other treatment to now.
  if (!listed && s.other && !(s.carried && NOW.test(s.text))) return 'other treatment';
  // A clause naming the condition describes it, unless it ties the effect to the remedy.
  if (!listed && ofWriter.self && SOMEONE_ELSE.test(lead)) return 'someone else';
  if (!listed && (BEFORE_STARTING.test(lead) || (ofWriter.before?.test(lead) ?? false)))
    return 'before the remedy';
  const leadLower = lead.toLowerCase();
  if (!listed && !strong && !p.remedyDid && condition.some((c) => leadLower.includes(c)))
    return 'condition named in clause';
  if (GOAL_OR_TREATED.test(lead) && !STRONG_CUE.test(lead)) return 'goal or treated';
  // "Burns going down!" is the way it is swallowed, not the burning easing.
  if (
    IMPROVED_AFTER.test(after) &&
    !/^\W*going down\b/i.test(after) &&
    !/^\W*(?:\w+\s+){0,2}?(?:never|not|\w+n'?t)\b/i.test(after) // "the diarrhea never stopped"
  )
    return 'improved after';
  const hypothetical = HYPOTHETICAL.test(lead.replace(HABIT, ' '));
  // A cue that ties the effect ("it would give me diarrhea") does not make a fear a report.
  if (!listed && hypothetical && (!strong || MODAL.test(lead))) return 'hypothetical';
  // "Weak chamomile tea": a word that describes a drink or a dose, not the writer.
  if (!listed && !/\s/.test(p.surface.trim()) && PREPARATION_AFTER.test(after))
    return 'describes a preparation';
  return null;
}

/** How sure it is that a mention is an effect of the remedy (see the file's head). */
function confidenceOf(p: Place, startedAt: number, textLength: number): number {
  const { m, lead } = p;
  if (p.listed || p.calledOne) return 0.95;
  if (p.tied || p.remedyDid) return 0.9;
  if (
    (p.strong ||
      p.bareList ||
      PRONOUN_SUBJECT.test(lead) ||
      CONTRAST.test(p.before) ||
      CONTRAST.test(p.rest) ||
      BAD_AFTER.test(p.after)) &&
    m.start > startedAt
  )
    return 0.8;
  if (WEAK_CUE.test(`${lead}${p.surface}`) && m.start > startedAt) return 0.75;
  // An effect told after the writer began, with nothing else against it: in a terse report (a
  // few lines, all about the remedy) that is what the remedy did; in a long story it may be
  // anything (docs/EXTRACTION.md).
  if (m.start > startedAt) return textLength < 400 ? 0.75 : 0.55;
  return 0.35;
}

/** A mention with the words around it, from `from` (its sentence or field start). */
function placeOf(
  text: string,
  m: Mention,
  s: Sentence,
  from: number,
  { remedyActs, afterRemedy }: ReturnType<typeof remedyPatterns>,
): Place {
  const lead = clauseBefore(text, m.start, from);
  const after = clauseAfter(text, m.end);
  const calledOne = CALLED_ONE.test(after);
  // A cue in the mention's own clause ties it; one elsewhere in the sentence, less so.
  const tied =
    STRONG_CUE.test(lead) ||
    STRONG_CUE.test(after) ||
    calledOne ||
    (afterRemedy?.test(after) ?? false);
  return {
    m,
    s,
    surface: text.slice(m.start, m.end),
    before: text.slice(from, m.start),
    lead,
    after,
    rest: text.slice(m.end, Math.max(m.end, s.end)),
    listed: false,
    item: listItem(text, m, from, s.end),
    calledOne,
    remedyDid: remedyActs?.test(lead) ?? false,
    tied,
    strong: tied || STRONG_CUE.test(s.text),
    bareList: false,
  };
}

export function sideEffects(
  text: string,
  context: SideEffectContext,
  trace: Trace = () => {},
): SideEffect[] {
  const patterns = remedyPatterns(context.remedyTerms);
  const { remedyRe } = patterns;
  const breaks = fields(text);
  const condition = [
    ...context.conditionTerms.map((t) => t.toLowerCase()).filter((t) => t.length > 2),
    ...formConditions(text, breaks),
  ];
  const symptoms = symptomsOf(condition);
  const out = noneAtAll(text);
  const sentences = sentencesOf(text, remedyRe, context.masked ?? maskMedicines(text));
  const began = BEGAN.exec(text);
  const firstRemedy = remedyRe?.exec(text);
  // Where the writer first says they took something: effects before it describe the trouble. A
  // form with a side-effects field is itself a report of having taken it, from that field on.
  const listedAt = breaks.find(([, f]) => f === 'side_effects')?.[0] ?? Infinity;
  const ofWriter = {
    self: (context.forWhom ?? forWhom(text)) === 'self',
    before: remedyRe
      ? new RegExp(`\\bbefore (?:the |my |i (?:took|started|tried) )?${remedyRe.source}`, 'i')
      : null,
  };
  const startedAt = Math.min(began?.index ?? Infinity, firstRemedy?.index ?? Infinity, listedAt);
  let previousNegated = false;
  let previousEnd = -1; // where the last mention ended: its words are not a negator
  let at = 0;
  const words = tokens(text);
  const found = mentions(text, words, (i) => wholeItem(text, words, i, breaks));
  const lists = bareLists(text, found, sentences);
  for (const m of found) {
    while (at < sentences.length - 1 && sentences[at]!.end <= m.start) at++;
    const s = sentences[at]!;
    const [fieldStart, field] = fieldAt(breaks, m.start);
    if (field === 'condition') continue;
    if (field === 'withdrawal') {
      trace(text.slice(m.start, m.end), 'withdrawal');
      continue;
    }
    const place = placeOf(text, m, s, Math.max(fieldStart, s.start), patterns);
    place.listed = field === 'side_effects';
    place.bareList = lists[at]!;
    const { lead, after } = place;
    const why = notASideEffect(place, condition, ofWriter, symptoms);
    if (why !== null) {
      trace(place.surface, why);
      continue;
    }
    // "No appetite, dry mouth": a negator inside an earlier mention does not reach this one.
    const sameClause = previousEnd > m.start - lead.length;
    const clauseLead = sameClause ? text.slice(previousEnd, m.start) : lead;
    // In a side-effects field a negator stays in its own list item ("no help with the pain, dry
    // mouth"); it runs on only through "or", "and" or a bare comma from a negated item.
    const ownLead = place.listed
      ? clauseLead.slice(Math.max(clauseLead.lastIndexOf(','), clauseLead.lastIndexOf(';')) + 1)
      : clauseLead;
    previousEnd = m.end;
    // "No stomach pain or nausea": negation runs on through a list.
    // Only from a mention in the same clause: "No weight gain. Some hair loss." has one negator.
    const listContinues = sameClause && /^[\s,]*(?:or|and|nor|&)?[\s,]*$/i.test(ownLead);
    const negated: boolean =
      (NEGATED_LEAD.test(ownLead) && !NEVER_BEFORE.test(`${ownLead}${place.surface}${after}`)) ||
      (listContinues && previousNegated);
    previousNegated = negated;
    out.push({
      term: m.term,
      negated,
      span: { start: m.start, end: m.end, text: place.surface },
      confidence: confidenceOf(place, startedAt, text.length),
      ...(ofCondition(place, condition) ? { conditionWorse: true as const } : {}),
    });
  }
  return out;
}
