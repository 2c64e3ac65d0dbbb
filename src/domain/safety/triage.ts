import { overUpperLimit } from './upper-limits.js';
import { NEGATOR, extractDoses, numberOf, perDay, TO_MG } from '../extraction/index.js';
import { maskMedicines, interactions } from '../reference/index.js';
import { escapeRegExp } from '../common/index.js';
import type { SafetyFinding, SafetyMatch } from '../../model/safety.js';
import { CHILD_PATTERN, type SafetyRule, safetyRules } from './rules.js';

/** What a remedy's article allows: its dosage rows, and the names the remedy goes by. */
export interface DoseContext {
  names: string[];
  rows: { amountMax: number; unit: string; frequency?: string }[];
}

// Words in the same clause, just before a match, that negate it or make it hypothetical.
const NEGATION = new RegExp(
  `\\b(?:without|nor|denies|denied|zero|none|free of|free from|neither)\\b|${NEGATOR}`,
  'i',
);
const HYPOTHETICAL =
  /\b(?:if|could|would|might|may|can|should|unless|whether|in case|avoid|careful|warn\w*|recommend\w*|worried|afraid|risk of|danger of|chance of|in order not to)\b/i;
// A condition opening the sentence ("If it gets worse, go to the ER") makes all of it hypothetical.
const CONDITIONAL_OPENING = /^\s*(?:if|in case|unless|whenever|should you)\b/i;
const WINDOW_WORDS = 6;

interface Sentence {
  start: number;
  text: string;
}

function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?\n]+(?:[.!?]+|\n+|$)/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].trim() !== '') out.push({ start: m.index, text: m[0] });
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

/** The few words before `index` in the same clause (clauses end at , ; : ( ) and dashes). */
function leadIn(sentence: string, index: number): string {
  const before = sentence.slice(0, index);
  const clause = before.split(/[,;:()]|\s[-–—]\s/).at(-1) ?? '';
  return clause.split(/\s+/).filter(Boolean).slice(-WINDOW_WORDS).join(' ');
}

const cache = new Map<string, RegExp>();
function compile(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (!re) {
    re = new RegExp(`(?<![\\w'])(?:${pattern})(?![\\w])`, 'gi');
    cache.set(pattern, re);
  }
  re.lastIndex = 0;
  return re;
}

function* matchesIn(patterns: string[], text: string): Generator<RegExpExecArray> {
  for (const p of patterns) {
    const re = compile(p);
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      yield m;
      if (m[0] === '') re.lastIndex++;
    }
  }
}

const asserted = (sentence: string, index: number, literal = false): boolean => {
  if (literal) return true;
  const lead = leadIn(sentence, index);
  return (
    !NEGATION.test(lead) &&
    !HYPOTHETICAL.test(lead) &&
    !CONDITIONAL_OPENING.test(sentence.slice(0, index))
  );
};

function anyAsserted(patterns: string[], text: string): boolean {
  for (const m of matchesIn(patterns, text)) if (asserted(text, m.index)) return true;
  return false;
}

const LONG_AGO =
  /\b(?:(?:\d+|many|several|a few|a couple of|two|three|four|five|six|seven|eight|nine|ten|twenty) years (?:ago|back|before)|as a (?:child|kid|teen(?:ager)?|baby|toddler)|when i was (?:young|little|small|a (?:child|kid|teen(?:ager)?|baby|toddler))|back in (?:19|20)\d\d|in (?:19[0-9]\d|200\d|201[0-9])|last year|(?:which|that|but it) turned out to be|turned out (?:it was|to be))\b/i;

// A form's field naming what was treated ("Reason: depression, self harm") is the condition, not
// an event to act on.
const CONDITION_FIELD = /^\s*(?:reason|condition|diagnosis|treating|treated for)\s*:/i;
// A crisis the writer came through ("got me back from the edge of suicide", "I was debating
// suicide at the time"): told as history, not a current risk.
const CAME_THROUGH =
  /\b(?:at the time|back then|(?:back )?from the (?:edge|brink) of|(?:got|brought|pulled|saved|kept) me (?:through|back|out of|from)|until i (?:started|found|began) (?:taking|using|it|this|the)|no longer (?:suicidal|want(?:ed)? to (?:die|kill)))\b/i;

function applyRule(
  rule: SafetyRule,
  original: string,
  masked: string,
  sentenceList: Sentence[],
): SafetyMatch[] {
  // Rules about "a medicine" read the masked text; the words shown are always the original's.
  const text = rule.medicines ? masked : original;
  const parts = rule.medicines
    ? sentenceList.map((s) => ({
        start: s.start,
        text: masked.slice(s.start, s.start + s.text.length),
      }))
    : sentenceList;
  const found: SafetyMatch[] = [];
  if (rule.withAny && rule.scope === 'post' && !anyAsserted(rule.withAny, text)) return found;
  if (rule.scope === 'post' && rule.unless && [...matchesIn(rule.unless, text)].length > 0)
    return found;
  for (const [i, s] of parts.entries()) {
    if (rule.unless && [...matchesIn(rule.unless, s.text)].length > 0) continue;
    // An emergency long past ("a seizure as a child") is history, not a current risk.
    if (
      rule.category === 'emergency_symptom' &&
      (LONG_AGO.test(s.text) || CAME_THROUGH.test(s.text) || CONDITION_FIELD.test(s.text))
    )
      continue;
    // "…the borax. I drink it every morning": the next sentence may carry the other half.
    const next = rule.scope === 'next' ? parts[i + 1] : undefined;
    if (
      rule.withAny &&
      rule.scope !== 'post' &&
      !anyAsserted(rule.withAny, s.text) &&
      !(
        next &&
        anyAsserted(rule.withAny, next.text) &&
        !(rule.unless && [...matchesIn(rule.unless, next.text)].length > 0)
      )
    )
      continue;
    for (const m of matchesIn(rule.patterns, s.text)) {
      if (!asserted(s.text, m.index, rule.literal)) continue;
      const start = s.start + m.index;
      found.push({
        start,
        end: start + m[0].length,
        text: original.slice(start, start + m[0].length),
      });
    }
  }
  return found;
}

// Units the numeric dose check understands, in milligrams or millilitres.
const UNITS: Record<string, { family: 'mass' | 'volume'; factor: number }> = {
  mcg: { family: 'mass', factor: 0.001 },
  µg: { family: 'mass', factor: 0.001 },
  mg: { family: 'mass', factor: 1 },
  milligram: { family: 'mass', factor: 1 },
  g: { family: 'mass', factor: 1000 },
  gram: { family: 'mass', factor: 1000 },
  grm: { family: 'mass', factor: 1000 },
  ml: { family: 'volume', factor: 1 },
  tsp: { family: 'volume', factor: 5 },
  teaspoon: { family: 'volume', factor: 5 },
  teaspoonful: { family: 'volume', factor: 5 },
  tbsp: { family: 'volume', factor: 15 },
  tbs: { family: 'volume', factor: 15 },
  tablespoon: { family: 'volume', factor: 15 },
  tablespoonful: { family: 'volume', factor: 15 },
  oz: { family: 'volume', factor: 30 },
  ounce: { family: 'volume', factor: 30 },
  cup: { family: 'volume', factor: 240 },
};

export function unitOf(raw: string): { family: 'mass' | 'volume'; factor: number } | null {
  const u = raw.toLowerCase().replace(/\.$/, '').replace(/s$/, '');
  return UNITS[u] ?? null;
}

/**
 * Amounts of the remedy itself ("4 ounces of ACV", "50 g of glutamine") above the largest amount
 * in the article's dosage table (same kind of unit). Amounts of other things ("8 oz of water")
 * are not the remedy's and are left alone.
 */
export function overMaxDose(text: string, dose: DoseContext): SafetyMatch[] {
  const limits = new Map<string, number>();
  for (const row of dose.rows) {
    const unit = unitOf(row.unit);
    if (!unit) continue;
    const max = row.amountMax * unit.factor;
    limits.set(unit.family, Math.max(limits.get(unit.family) ?? 0, max));
  }
  if (limits.size === 0 || dose.names.length === 0) return [];
  const names = dose.names.map(escapeRegExp).join('|');
  const re = new RegExp(
    `(\\d+(?:\\.\\d+)?)(?:\\s*(?:-|–|to)\\s*(\\d+(?:\\.\\d+)?))?\\s*([a-zµ]+\\.?)(?:\\s*\\([^)]{0,40}\\))?\\s+of\\s+(?:the\\s+|my\\s+|raw\\s+|pure\\s+)?(?:${names})\\b`,
    'gi',
  );
  const found: SafetyMatch[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const unit = unitOf(m[3] ?? '');
    const limit = unit ? limits.get(unit.family) : undefined;
    const amount = Number(m[2] ?? m[1]) * (unit?.factor ?? 0);
    if (unit && limit !== undefined && amount > limit) {
      found.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  // "6 of the 550mg ginger caps at once": a count of capsules of a stated strength is one amount.
  const limit = limits.get('mass');
  COUNT_OF_STRENGTH.lastIndex = 0;
  for (
    let m = COUNT_OF_STRENGTH.exec(text);
    m !== null && limit;
    m = COUNT_OF_STRENGTH.exec(text)
  ) {
    const between = (m[4] ?? '').trim().toLowerCase();
    const ofRemedy = between === '' || dose.names.some((n) => between.includes(n.toLowerCase()));
    const amount = numberOf(m[1] ?? '1') * Number(m[2]) * (unitOf(m[3] ?? '')?.factor ?? 0);
    if (ofRemedy && amount > limit)
      found.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return found;
}

const COUNT_OF_STRENGTH =
  /\b(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of\s+(?:the|my|those|these|his|her)\s+|x\s*)?(\d+(?:\.\d+)?)\s*(mg|g|mcg)\.?\s+((?:[a-z-]+\s+){0,2}?)(?:caps?|capsules?|tablets?|tabs?|pills?|softgels?|gummies|chews)\b/gi;

/** The article's largest daily amount in mg: rows in a mass whose frequency says how often. */
export function dailyMaxMg(dose: DoseContext): number | null {
  let max: number | null = null;
  for (const row of dose.rows) {
    const toMg = TO_MG[row.unit.toLowerCase() as keyof typeof TO_MG];
    if (toMg === undefined || !row.frequency) continue;
    const times = perDay(` ${row.frequency}`, '');
    if (!times) continue;
    const daily = row.amountMax * toMg * times[1];
    max = Math.max(max ?? 0, daily);
  }
  return max;
}

/**
 * Daily amounts of the remedy read from the text ("6000 mg a day", "2 g three times a day") above
 * the article's daily maximum, compared in mg.
 */
export function overDailyMax(text: string, dose: DoseContext): SafetyMatch[] {
  const limit = dailyMaxMg(dose);
  if (limit === null) return [];
  const names = dose.names.map((n) => n.toLowerCase());
  return extractDoses(text, dose.names)
    .filter(
      (d) =>
        d.dailyMgMax !== null &&
        d.dailyMgMax > limit &&
        (d.substance === null || names.some((n) => d.substance!.toLowerCase().includes(n))),
    )
    .map((d) => ({ start: d.span.start, end: d.span.end, text: d.span.text }));
}

// "She said not to, so I never started it": the remedy was never taken with the medicine.
const NOT_TAKEN =
  /\b(?:never (?:started|took|tried|taken|used|began)|(?:didn'?t|did not|won'?t|will not|decided not to|chose not to) (?:start|take|try|use|begin)|(?:said|told me|advised me) (?:not to|no\b|to avoid|against)|decided against|so i (?:didn'?t|never|won'?t|haven'?t))/i;
// "I asked my diabetes nurse before adding it; she said it's fine": cleared with a clinician.
const CLEARED =
  /\b(?:asked|checked with|cleared (?:it )?with|ran it (?:by|past)|spoke to|talked to|discussed (?:it )?with) (?:my|our|the|his|her) (?:\w+ )?(?:doctor|dr|gp|nurse|pharmacist|endocrinologist|consultant|cardiologist|specialist|physician|prescriber|midwife)\b[^.!?]{0,80}\b(?:fine|ok|okay|safe|no problem|all right|alright|go ahead|approved)\b/i;
const TAKEN_ANYWAY =
  /\b(?:anyway|anyways|regardless|but i (?:take|took|did|still|started)|still (?:take|taking|took))\b/i;
// A medicine taken before, or only planned, is not taken with the remedy now.
const NOT_NOW =
  /\b(?:plan\w*|going to|gonna|will|about to|thinking (?:of|about)|consider\w*|wants? to (?:start|put)|used to|stopped|quit|came off|got off|weaned|no longer|previously|in the past|once was|replac\w*|instead of|swapp?\w*)\b/i;
const current = (sentence: string, index: number): boolean =>
  !NOT_NOW.test(leadIn(sentence, index)) &&
  !/^[^.;]{0,40}\b(?:years? ago|in the past|before that|anymore|any more)\b/i.test(
    sentence.slice(index),
  );

/**
 * A medicine named, and not denied, in a report on (or naming) a remedy that interacts with it.
 * The finding's reason carries the interaction in plain words and its source.
 */
function interactionFindings(
  text: string,
  parts: Sentence[],
  remedyNames: string[],
): SafetyFinding[] {
  const about = remedyNames.join(' ').toLowerCase();
  const found: SafetyFinding[] = [];
  // "…told me to avoid it with my warfarin, but I take it anyway": the advice names the medicine.
  const anyway = TAKEN_ANYWAY.test(text);
  if ((NOT_TAKEN.test(text) || CLEARED.test(text)) && !anyway) return found;
  for (const pair of interactions()) {
    const aboutIt = [...matchesIn(pair.remedy, about)].length > 0;
    if (!aboutIt && [...matchesIn(pair.remedy, text)].length === 0) continue;
    const matches: SafetyMatch[] = [];
    for (const s of parts)
      for (const m of matchesIn(pair.medicineNames, s.text))
        if ((anyway || asserted(s.text, m.index)) && current(s.text, m.index))
          matches.push({
            start: s.start + m.index,
            end: s.start + m.index + m[0].length,
            text: m[0],
          });
    if (matches.length > 0)
      found.push({
        rule: pair.id,
        category: 'drug_interaction',
        reason: pair.why,
        matches,
        source: pair.source,
      });
  }
  return found;
}

/** Every rule that a text sets off, with the exact words that set it off. */
export function triage(original: string, dose?: DoseContext): SafetyFinding[] {
  // Phones type ’ for '; the rules are written with '. One character for one keeps offsets.
  const text = original.replace(/[’‘ʼ]/g, "'");
  const parts = sentences(text);
  const masked = maskMedicines(text);
  const findings: SafetyFinding[] = [];
  for (const rule of safetyRules) {
    const matches = applyRule(rule, text, masked, parts);
    if (matches.length > 0)
      findings.push({ rule: rule.id, category: rule.category, reason: rule.reason, matches });
  }
  for (const f of interactionFindings(text, parts, dose?.names ?? [])) findings.push(f);
  if (dose) {
    const matches = [...overMaxDose(text, dose), ...overDailyMax(text, dose)];
    if (matches.length > 0) {
      findings.push({
        rule: 'above-article-maximum',
        category: 'over_max_dose',
        reason: "An amount above the highest dose in this remedy's article.",
        matches,
      });
    }
  }
  findings.push(...overUpperLimit(text, dose?.names ?? []));
  // A young child in a post that is risky for any other reason is a risk to that child too.
  if (findings.length > 0 && !findings.some((f) => f.category === 'child_or_pet_risk')) {
    const child = parts.flatMap((s) =>
      [...matchesIn([CHILD_PATTERN], s.text)].map((m) => ({
        start: s.start + m.index,
        end: s.start + m.index + m[0].length,
        text: m[0],
      })),
    );
    if (child.length > 0) {
      findings.push({
        rule: 'child-at-risk',
        category: 'child_or_pet_risk',
        reason: 'A young child is involved in a risky use.',
        matches: child,
      });
    }
  }
  for (const f of findings) for (const m of f.matches) m.text = original.slice(m.start, m.end);
  return findings;
}
