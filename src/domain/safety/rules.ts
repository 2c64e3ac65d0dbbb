// Safety triage rules, kept as data so moderators and reviewers can read and change them.
// Each pattern is a case-insensitive regular expression matched within one sentence. A match is
// ignored when the words just before it in the same clause negate it ("no chest pain") or make
// it hypothetical ("if you swallow…", "could possibly…"), unless the rule says otherwise.
// `withAny` lists further patterns one of which must occur in the same sentence (or, with
// `scope: 'post'`, anywhere in the text) for the rule to apply.

import { MEDICINE_MASK } from '../reference/index.js';
import type { SafetyCategory } from '../../model/safety.js';
import { childAndPetRules } from './child-rules.js';
import { ingestionRules } from './ingestion-rules.js';

export { CHILD_PATTERN } from './child-rules.js';

export interface SafetyRule {
  id: string;
  category: SafetyCategory;
  /** Shown to moderators, and in plain words to readers on a published post. */
  reason: string;
  patterns: string[];
  withAny?: string[];
  /** Where a `withAny` pattern may stand: the sentence (default), it or the next, or the post. */
  scope?: 'sentence' | 'next' | 'post';
  /** Patterns that, in the same sentence, cancel the rule (e.g. "straight away"). */
  unless?: string[];
  /** Skip the negation and hypothetical check (the pattern itself is the claim). */
  literal?: boolean;
  /** Matched on the text with medicine names masked (see `maskMedicines`). */
  medicines?: boolean;
}

// Generic words for medicine, and the names of common prescriptions.
const DRUGS = `meds|medications?|medicines?|medicating|pills|prescriptions?|prescribed \\w+|inhalers?|blood pressure (?:pills|meds|medication)|chemo(?:therapy)?|${MEDICINE_MASK}`;

export const safetyRules: SafetyRule[] = [
  // Emergency symptoms: what needs a doctor or an ambulance now, not a remedy.
  {
    id: 'chest-pain',
    category: 'emergency_symptom',
    reason: 'Chest pain or pressure, which needs urgent medical assessment.',
    patterns: [
      'chest (?:pains?|tightness|pressure)',
      'chest (?:felt|feels|feeling|was|is|got|went|goes) (?:really |very |so |all )?(?:tight|heavy|crushed|squeezed)',
      '(?:tight|tightness|pressure) (?:in|across|on) (?:my|his|her|the) chest',
      '(?:pain|pressure|tightness) in (?:my|his|her|the) chest',
      'heart ?attack',
      '(?:elephant|\\d+ ?(?:lb|pound)s? (?:person|man|weight)|someone|somebody) (?:was |is )?sitting on (?:my|his|her) chest',
    ],
  },
  {
    id: 'breathing',
    category: 'emergency_symptom',
    reason: 'Trouble breathing or a closing throat, which is an emergency.',
    patterns: [
      "(?:couldn'?t|could not|can'?t|cannot|unable to|not able to|struggl\\w* to|(?:could|can) (?:barely|hardly|scarcely)) (?:breathe?|catch (?:my|his|her) breath)",
      '(?:closed|closing|swelled|swelling) (?:up )?(?:my|his|her|the) (?:airway|throat)',
      '(?:airway|throat) (?:closed|closing|swelled shut|constricted)',
      'constricted (?:my|his|her|the) throat',
      'short(?:ness)? of breath',
      'gasping for (?:air|breath)',
      // Breathing named as the trouble, in the usual wordings.
      '(?:trouble|difficulty|difficulties|problems?|hard time|struggle|struggling) (?:with )?breathing',
      '(?:hard|difficult|impossible) to breathe',
      '(?:stopped|stop) breathing',
      "throat (?:is |was |felt |feels )?(?:like it(?:'s| is| was) )?(?:clos(?:ing|ed)|shutting)",
      // "My throat went tight and I couldn't swallow".
      'throat (?:went|got|was|is|felt|feels|getting|started to (?:get|feel)|became) (?:so |really |very |all )?(?:tight|tighter|swollen)',
      "(?:can'?t|couldn'?t|could not|cannot) swallow\\b",
    ],
    unless: ['through (?:my|the|his|her) nose', 'stuffy', 'blocked nose'],
  },
  {
    id: 'allergic-reaction',
    category: 'emergency_symptom',
    reason: 'An allergic reaction, which can become life-threatening.',
    patterns: [
      'anaphyla\\w+',
      'allergic reaction',
      '(?:swollen|swelling|swelled) (?:lips|tongue|throat|face)',
      '(?:lips|tongue|throat|face) (?:swelled|swelling|swollen|swole|puffed) up',
      '(?:my|his|her) (?:lips|tongue|throat) (?:is |was |are |were |got |went |felt |feels )?(?:swelled|swelling|swollen|swole)',
      'hives all over',
      '(?:lips|tongue|throat|face|eyes) (?:started|began|starting) (?:to )?(?:swell|swelling|close|closing|puff)',
      // A swelling face or mouth however the verb is put: "lips and tongue are swelling up",
      // "his face is getting puffy".
      '\\b(?:lips?|tongue|throat|face|mouth|eyelids?)(?: (?:and|or|&) (?:my |his |her )?(?:lips?|tongue|throat|face|mouth|eyes|eyelids?))? (?:(?:is|are|was|were|got|get|gets|getting|went|felt|feels|started|starting|began|keeps?|kept|all) ){1,2}(?:to )?(?:swell\\w*|swollen|swole|puff\\w*)',
    ],
  },
  {
    id: 'seizure',
    category: 'emergency_symptom',
    reason: 'Seizures or convulsions, which need urgent medical care.',
    patterns: ['(?<!mini-)seizures?(?!-like)', 'convuls\\w+', '(?:body|whole body) seized up'],
  },
  {
    id: 'suicidal',
    category: 'emergency_symptom',
    reason: 'Thoughts of suicide or self-harm: the reader needs help now.',
    patterns: [
      'suicid\\w*',
      'kill(?:ing)? (?:myself|himself|herself)',
      'end (?:my|his|her) (?:own )?life',
      'want(?:ed)? to die',
      'self[- ]?harm\\w*',
      '(?:hurt|harm|harming|hurting|cut|cutting) (?:myself|himself|herself)',
      'overdos\\w*',
      'homicid\\w*',
      "(?:didn'?t|don'?t|did not|do not) want to (?:live|be alive|wake up)",
      "(?:didn'?t|don'?t|did not|do not) want to be (?:here|alive|around) any ?more",
      // In plain words: ending it, no point in living, wishing not to wake, a plan.
      'end(?:ing)? it all|thoughts? of ending it|(?:felt|feel|feeling) like ending it',
      "(?:no|(?:don'?t|didn'?t|do not|did not|couldn'?t) see (?:the|any)) point (?:in|of) (?:living|life|being alive|going on)",
      "(?:wish|wished|wishing) (?:i|he|she) (?:was|were|wasn'?t|weren'?t|was not|were not) (?:dead|alive|gone|never born)",
      "(?:wish|wished|wishing|hoped?|hoping) (?:i|to|that i) (?:would(?:n'?t| not)|not|never|did(?:n'?t| not)) wake up",
      "(?:life|it) (?:is|was|isn'?t|wasn'?t) (?:not )?worth living",
      'thoughts? (?:of|about) (?:death|dying|jumping|not being here)|dark thoughts',
      'jump(?:ing|ed)? (?:off (?:a|the|my) (?:bridge|roof|building|balcony)|in front of)',
      '(?:take|took|taking|end|ended|ending) (?:my|his|her) (?:own )?life',
      '(?:tried|attempted|trying) to (?:kill|end|hurt) (?:myself|himself|herself|it)',
      '(?:take|took|taking|swallow\\w*) (?:all|the (?:whole|rest of the)) (?:of )?(?:my |the )?(?:pills|tablets|bottle) at once|(?:thought|thinking|think) (?:about|of) (?:taking|swallowing) (?:all|the whole)',
      'disappear forever',
      '(?:violent|homicidal) thoughts|thoughts of (?:hurting|killing|harming) (?:someone|somebody|others|people|my \\w+)|wanted to (?:hurt|kill|harm) (?:someone|somebody|people|others)',
    ],
  },
  {
    id: 'jaundice',
    category: 'emergency_symptom',
    reason: 'Yellowing of the skin or eyes, a sign of liver trouble.',
    patterns: [
      'jaundice\\w*',
      'yellow(?:ing)? (?:of )?(?:the |my |his |her )?(?:skin|eyes)',
      '(?:skin|eyes) (?:turned|turning|went|are|were|is|was|looked|look|looks|looking) (?:a bit |kind of |slightly |really |very )?yellow(?:ish)?',
      // "My eyes and skin look yellowish", "the whites of his eyes are yellow".
      '(?:skin|eyes)(?: and (?:my |his |her )?(?:skin|eyes))? (?:\\w+ )?(?:turned|turning|went|are|were|is|was|looked|look|looks|looking|got|getting) (?:a bit |a little |kind of |slightly |really |very |quite )?(?:yellow(?:ish)?|jaundiced|orangey)',
    ],
  },
  {
    id: 'bleeding',
    category: 'emergency_symptom',
    reason: 'Blood in vomit, urine or stools, which needs a doctor.',
    patterns: [
      '(?:vomit\\w*|throwing up|threw up|cough\\w* up|pee\\w*|urinat\\w*|passing) blood',
      'blood in (?:my |his |her |the )?(?:urine|stools?|vomit|pee)',
      '(?:black|tarry|bloody) stools?',
      'bruis(?:e|es|ing) (?:from nothing|for no reason|all over|everywhere)|unexplained bruis\\w*',
    ],
  },
  {
    id: 'emergency-care',
    category: 'emergency_symptom',
    reason: 'The post describes emergency care (ambulance, emergency room, hospital).',
    patterns: [
      'emergency room',
      '\\bER\\b',
      'A&E',
      'called 911',
      '\\b911\\b',
      'ambulance',
      'hospitali[sz]ed',
      'intensive care',
      'admitted (?:to|into) (?:the |a )?(?:hospital|psych\\w*|mental)',
      'psych(?:iatric)? ward',
      'mental (?:hospital|facility|institution)',
      'urgent care',
      '\\bICU\\b',
    ],
  },
  {
    id: 'severe-vomiting',
    category: 'emergency_symptom',
    reason: 'Vomiting that will not stop or fluids that will not stay down.',
    patterns: [
      '(?:vomit\\w*|throw\\w* up|threw up) (?:so much|non-?stop|all night|uncontrollably|for (?:hours|days))',
      "can'?t keep (?:anything|fluids|water|food|it) down",
      "couldn'?t keep (?:anything|fluids|water|food|it) down",
    ],
  },
  {
    id: 'collapse',
    category: 'emergency_symptom',
    reason: 'Fainting or loss of consciousness.',
    patterns: [
      'fainted',
      'fainting(?: spells?)?',
      'syncope',
      'passed out',
      'lost consciousness',
      'blacked out',
      'black-?outs',
      'slurred speech',
      'hallucinat\\w*',
      '(?:had|having|suffered) a (?:mini-?)?stroke',
      // A stroke's signs, and the worst headache of a life.
      '(?:face|mouth|smile) (?:started |was |is |went )?droop\\w*',
      'speech (?:was |is |got |became )?slurred',
      "(?:can'?t|cannot|couldn'?t|could not) (?:feel|move) (?:my|his|her) (?:left |right )?(?:arm|leg|face|side)",
      'numb(?:ness)? (?:on|down) one side',
      'worst headache (?:of|in) (?:my|his|her) life',
      'thunderclap headache',
      '(?:brief |temporary )?paralysis',
      // The body failing outright: the heart, consciousness, sight, an organ.
      'cardiac arrest',
      'heart (?:stopped|stopping)',
      '\\bcoma\\b',
      "(?:was|were|became|went|is|he'?s|she'?s|they'?re) unresponsive",
      '(?:vision|sight) (?:went|goes|going|turned) (?:\\w+ and (?:then )?)?(?:black|dark|white)',
      // Sight or balance failing, a heart that misses beats. Feeling faint alone is not fainting.
      'double vision|lost (?:my |his |her )?(?:vision|sight)|(?:vision|sight) (?:is |was |went |got |has gone |has been |keeps going )?(?:so |really |very )?(?:blurry|blurred)',
      "(?:can'?t|cannot|couldn'?t|could not) (?:even )?(?:stand up|stand|walk straight|keep my balance)",
      'heart (?:has been |is |was |keeps |kept |started )?(?:skipping|skipped|missing|dropping) beats|irregular heart ?beat|heart rhythm (?:went|is|was) (?:off|wrong|irregular)',
      'severe (?:abdominal|stomach|belly) pain',
      '(?:felt|feel|feeling) like (?:i|he|she) (?:was|am|is|were) dying',
      '(?:heart rate|pulse) (?:went|was|shot|hit|got|jumped|of|at)(?: up)?(?: to)? (?:1[5-9]\\d|2\\d\\d)',
      'temperature (?:was|of|hit|reached|went up to|spiked to) (?:10[3-6]|4[0-2])',
      'fever of (?:10[3-6]|4[0-2])',
      'found (?:me|him|her) unconscious',
      'poison control',
      '(?:liver|kidney|renal|organ) failure',
      'pancreatitis',
      'serotonin syndrome',
      '(?:went|going|gone) blind',
      '(?:lost|losing|loss of) (?:my |his |her )?(?:vision|sight|eyesight)',
    ],
    // "Almost fainted" did not.
    unless: ['(?:almost|nearly) (?:fainted|passed out|blacked out)'],
  },

  // Stopping or replacing medicine a doctor prescribed.
  {
    id: 'stopped-medication',
    medicines: true,
    category: 'stopping_prescribed_medication',
    reason:
      'Stopping or replacing prescribed medicine without the prescriber, which can be dangerous.',
    patterns: [
      `(?:stop(?:ped|ping)?|quit(?:ting)?|discontinu\\w+|gave up|ditch(?:ed)?|threw (?:out|away)|came off|got off|went off|weaned (?:myself|him|her|them) off|no longer tak\\w+|dropped) (?:taking |using |giving (?:him|her|them) )?(?:all )?(?:of )?(?:my |the |his |her |our |their )?(?:\\w+ ){0,2}(?:${DRUGS})\\b`,
      `(?:stop(?:ped|ping)?|quit) medicating`,
      `(?:stop(?:ped|ping)?|quit) giving (?:[\\w-]+ ){0,5}(?:${DRUGS})\\b`,
      `(?:off|without) (?:all )?(?:of )?(?:my|his|her) (?:${DRUGS})\\b`,
      `(?:instead of|rather than|replaced) (?:taking |using )?(?:my |his |her |the )?(?:${DRUGS})\\b`,
      // Weaning, tapering, cutting down, skipping, swapping: a change in any phrasing.
      `(?:wean(?:ed|ing)?|taper(?:ed|ing)?|get(?:ting)? off|cut(?:ting)? back on|cut(?:ting)? down on|skip(?:ped|ping)?|halv(?:ed|ing)|reduc(?:ed|ing)|lower(?:ed|ing)) (?:myself |him |her |them )?(?:off )?(?:of )?(?:all )?(?:my |the |his |her |our |their )?(?:dose of )?(?:\\w+ ){0,2}(?:${DRUGS})\\b`,
      `cut (?:my|his|her|their) (?:\\w+ ){0,2}(?:${DRUGS}|dose|dosage) (?:down|back|in half)`,
      `(?:replac(?:ed|ing)|swapp?(?:ed|ing)|substitut(?:ed|ing)|switch(?:ed|ing)) (?:out )?(?:my |his |her |the )?(?:\\w+ ){0,2}(?:${DRUGS}) (?:with|for)\\b`,
      `(?:don'?t|no longer|do not) need (?:my|his|her|the) (?:\\w+ )?(?:${DRUGS})\\b`,
      // Taken less than prescribed: "only every other day", "down to half my dose", "only when".
      `(?:only|now) (?:take|taking|use|using) (?:my |his |her |the )?(?:\\w+ ){0,2}(?:${DRUGS}) (?:every other day|every few days|once a week|when (?:i|he|she) (?:feel|need|remember)|on bad days)`,
      `(?:down to|cut to|only) (?:half|a quarter|one) (?:of )?(?:my |his |her |the )?(?:dose|dosage|pill|tablet)s? (?:of )?(?:\\w+ )?(?:${DRUGS})?`,
      `(?:flushed|binned|tossed|trashed) (?:out |away )?(?:all )?(?:my |his |her |the )?(?:\\w+ ){0,2}(?:${DRUGS})\\b`,
      `put (?:all )?(?:my |his |her |the )?(?:\\w+ ){0,2}(?:${DRUGS}) (?:away|in the bin|down the toilet)`,
      `(?:take|taking|use|using) (?:my |his |her |the )?(?:\\w+ ){0,2}(?:${DRUGS}) only (?:when|if|on|every|once)`,
      `no more (?:\\w+ )?(?:${DRUGS}|ppis?|statins?|steroids?|antibiotics?) for (?:me|him|her|us)`,
      // Not taken for a while, or not refilled: "haven't touched my inhaler since".
      `(?:haven'?t|have not|hasn'?t|has not|havent|hasnt) (?:touched|taken|used|had|needed|refilled|bothered with) (?:my |his |her |the |any )?(?:\\w+ ){0,2}(?:${DRUGS})\\b(?![^.;!?]{0,15}\\b(?:yet|today|this morning|tonight)\\b)`,
      `(?:didn'?t|did not|never|not) (?:refill(?:ed)?|renew(?:ed)?) (?:my |his |her |the )?(?:\\w+ ){0,2}(?:${DRUGS})\\b`,
      `ran out of (?:my |his |her |the )?(?:\\w+ ){0,2}(?:${DRUGS})\\b(?=[^.;!?]{0,50}\\b(?:didn'?t|did not|haven'?t|have not|never|not) (?:refill|renew|get more|bother|go back|replace))`,
    ],
    unless: [
      "(?:doctor|dr\\.?|physician|gp|prescriber|cardiologist|endocrinologist|psychiatrist|neurologist|specialist|nurse practitioner|pharmacist) (?:told|said|advised|agreed|took|stopped|switched|approved|okayed|ok'?d|lowered|reduced|cut|weaned|tapered|supervis\\w*|decided|recommended|suggested)",
      '(?:with|under) (?:the (?:help|supervision|guidance) of )?(?:my|his|her|our|the) (?:doctor|dr\\.?|physician|gp|cardiologist|endocrinologist|psychiatrist|specialist)',
      "under (?:medical|a doctor'?s) supervision",
    ],
  },
  {
    id: 'without-prescribed',
    medicines: true,
    category: 'stopping_prescribed_medication',
    reason: 'Relying on a remedy instead of prescribed medicine.',
    patterns: [
      `without (?:me |him |her )?(?:taking |using )(?:all )?(?:of )?(?:the |my |his |her )?(?:${DRUGS})\\b`,
    ],
    literal: true,
  },

  ...ingestionRules,

  // More than the article or the label says.
  {
    id: 'overdoing',
    category: 'over_max_dose',
    reason: 'Taking more than the recommended amount.',
    patterns: [
      'went overboard',
      'over-?do(?:ing|ne)?\\b',
      'overdos(?:e|ed|ing)',
      'went heavy',
      '(?:instead of|more than|above|exceed\\w*|double|twice|triple) (?:the )?(?:recommended|suggested|maximum|max|label|stated) (?:dose|amount|dosage)?',
      'doubl(?:ed|ing) (?:the|my|his|her) dose',
      '(?:i|we|he|she) (?:took|take|taking|drank|had|used) (?:way |far |much )?too much',
      'several (?:tablespoons?|tablespoonfuls?|cups)',
      // More than the label, or a bottle at a time.
      '(?:way |far |much |a lot )?more than (?:the|what the) (?:label|bottle|box|packet|instructions?|directions?)(?: says?| said| recommends?)?',
      '(?:twice|double|triple|three times|four times) what (?:the )?(?:label|bottle|box|packet|directions?|instructions?) (?:says?|said|recommends?)',
      '(?:went through|finished|drank|downed|chugged|took) (?:a|the) (?:whole|entire) (?:bottle|jar|packet|box)(?! (?:in|over) (?:a|one|two|three|\\d+) (?:months?|years?))',
      '(?:1[0-9]|[2-9]\\d|ten|twelve|fifteen|twenty) (?:capsules|caps|pills|tablets|softgels|gummies) (?:a|per|each) day',
    ],
  },

  ...childAndPetRules,
];
