// The words around a mention that tell whether it is a side effect of the remedy: negators,
// hypotheticals, goals, improvement, withdrawal, another treatment, and the cues that tie an
// effect to taking something.
import { MEDICINE_MASK } from '../reference/index.js';
import { escapeRegExp } from '../common/index.js';

export const NEGATED_LEAD =
  /\b(?:no|not|never|without|zero|nor|none|neither|free (?:of|from)|absence of|n'?t|didn'?t|don'?t|doesn'?t|haven'?t|hasn'?t|wasn'?t|weren'?t|isn'?t|aren'?t|won'?t|dont|didnt|havent|wasnt)\b(?:[^.;!?]{0,60})$/i;
// "Never felt so awful", "never had such headaches", "never tried to hurt myself before this":
// a "never" that says the effect is new.
export const NEVER_BEFORE =
  /\bnever\b(?:\s+\w+){0,3}?\s+(?:so|such|this|as)\s+|\bnever\b[^.;!?]*\bbefore (?:this|that|taking|starting|i|the|it)\b/i;
export const HYPOTHETICAL =
  /\b(?:if|would|might|may|should|unless|whether|in case|wonder\w*|worried|afraid|fear|warn\w*|risk|possible|possibly|potential|supposed to|said to|heard|read (?:that|about)|some people|others? (?:get|have|report)|people (?:get|report|say)|common|known to|ask\w*|does it|will it|do you|did you|anyone)\b/i;
// Words just before that make the effect a goal or the thing treated: "to avoid weight gain",
// "for my headaches", "helped my nausea", "no more heartburn".
export const GOAL_OR_TREATED =
  /\b(?:avoid\w*|prevent\w*|to (?:stop|help|ease|reduce|fight|combat|counter\w*|control|manage|relieve|treat|cure|calm|settle|soothe|get rid of|beat|lessen|lose|offset)|against|for|treat\w*|cur(?:e|ed|es|ing)|reliev\w*|relief (?:of|from|for)|help(?:s|ed|ing)?(?: (?:with|my|his|her|the|me with|him with|her with))?|ease[ds]?|eased|soothe[ds]?|stopp?(?:ed|s)|got rid of|get rid of|rid of|eliminat\w*|reduc\w*|lessen\w*|less|fewer|lower\w*|no more|no longer|cleared (?:up )?|fix(?:ed|es)?|knocked out|kills?|killed|remov\w*|prone to|history of|tendency to|suffer\w*(?: (?:from|with))?|diagnosed(?: with)?|struggl\w*(?: with)?|battl\w*(?: with)?|plagued(?: by| with)?|dealing with|dealt with|chronic|recurr\w*|bouts? of|attacks? of|episodes? of|cause of|symptoms? (?:of|like|such as)|the (?:same|usual)|usual|normal|original)\s+(?:\w+\s+){0,2}$/i;
export const IMPROVED_AFTER =
  /^\W*(?:(?:and|or|&)\s+)?(?:[a-z]+\s+){0,2}?(?:(?:is|are|was|were|has|have|had|seems?|seemed|got|went|just|all|completely|totally|almost|pretty much|finally|now|has been|have been|much|a lot|so much|way|is now|are now)\s+)*(?:gone|went away|going away|go away|stopped|relieved|cured|better|disappeared|vanished|improv\w*|eased|easing|milder|less\w*|subsided|cleared|clearing|healed|healing|lifted|under control|reduced|down|over|no more|is history|a thing of the past|fading|faded|edge off|(?:about |only |maybe )?half as|(?:less|milder|shorter|better) than (?:usual|before|normal)|as usual)\b/i;
// Withdrawal: effects of stopping, carried over the next sentences of the same account.
export const WITHDRAWAL =
  /\b(?:withdraw(?!n\b)\w*|withdrawl\w*|detox\w*|discontinu\w*|coming off|came off|come off|getting off|got off|went off|go off|going off|wean\w*|taper\w*|(?:stopped|stopping|quit|quitting|stop) (?:taking|using|the|it|them|cold)|(?:after|since|when) (?:i |we )?(?:stopped|quit)|(?:days?|weeks?|months?|completely|totally|been|being) off\b|miss(?:ed|ing)? (?:a |my |several |\w+ )?doses?|forgot (?:to take|my (?:\w+ )?(?:doses?|pills?|meds?|medications?|medicines?|tablets?|capsules?|prescription|refill))|forget\w* (?:even )?(?:to take|a (?:single )?(?:day|dose|pill))|skip(?:ped|ping)? (?:a|one|1|two|2|a single|several) days?|took (?:myself|him|her) off|(?:when|while|if|whenever) (?:i'?m|i am|i was|i'?ve been|i get) off\b|ran out|run out|off of it|cold turkey|get(?:ting)? off|not having it|(?:going|decided|tried|trying) to (?:stop|quit|get off|come off)|supposed to take it|skip(?:ped|ping)? (?:a |my |several |a couple of |a few |\w+ )?doses?|between doses|(?:hours?|day) late (?:with|for|taking)|doses? (?:was|were|is|are) missed|late (?:with|for) (?:my|a) dose|went down to|(?:lower|reduc|decreas|cut)\w* (?:my |the )?dos\w*)/i;
// "Uneven temper if I skip several doses": a withdrawal said after the effects, as their condition.
export const WITHDRAWAL_IF = new RegExp(
  String.raw`\b(?:if|when|whenever|once)\b[^.;]{0,40}?(?:${WITHDRAWAL.source})`,
  'i',
);
export const WHY_STOPPED = /\b(?:because|due to|cuz|'cause|as it)\b/i;
export const INDUCED =
  /\binduc\w*|\bto make (?:him|her|it|them|me) (?:vomit|throw up|sick)|\bemetic\b|\bpurg\w*/i;
// A named medicine (from the shared list, masked so the list is not compiled into this pattern).
export const MEDICINE_IN = new RegExp(`(?<![\\w-])${MEDICINE_MASK}(?![\\w-])`);
export const OTHER_TREATMENT =
  /\b(?:doctors?|dr\.?|prescri\w*|medications?|meds|medicines?|antibiotics?|drugs?|antacids?|tums|nexium|prilosec|prevacid|protonix|zantac|omeprazole|ranitidine|surgery|chemo\w*|radiation|insurance|amoxicillin|ibupro\w*|tylenol|advil|aspirin|antihistamines?|steroids?|prednisone|statins?|antidepressants?|ssris?|vaccin\w*|shots?|injections?|birth control|the pill)\b/i;
// Words that tie an effect to having taken something.
export const STRONG_CUE =
  /\b(?:side[- ]?(?:effects?|affects?)|gave (?:me|him|her|us|them)|give[sn]? (?:me|him|her|us|them)|giving (?:me|him|her)|caus\w*|made (?:me|him|her|us|them|my|his|her)|makes (?:me|him|her|my)|make (?:me|him|her)|left (?:me|him|her)|leaves (?:me|him|her)|result\w* in|led to|lead to|trigger\w*|brought on|brings on|after (?:taking|drinking|using|eating|applying|the first|a few|each|every|i took|i started|starting)|(?:from|because of|due to) (?:it|this|that|taking|the (?:\w+ )?(?:oil|tea|pills?|capsules?|supplement|powder|tincture|remedy|dose))|(?:within|minutes|hours|soon) (?:after|of) (?:taking|drinking|using|i took)|downside|drawback|only (?:problem|issue|thing|negative|complaint)|the (?:\w+ )?(?:oil|tea|pills?|capsules?|supplement|powder|tincture|remedy|stuff) (?:gave|caused|made)|reaction|adverse|unfortunately|bad effects?|did (?:give|cause)|i experienced|as soon as|right after|shortly after|soon after|since (?:taking|starting|using|i started)|while (?:on|taking|using) (?:it|this|that|them|the)|(?:since|while|when) (?:being|i was|i'?ve been|i am|i'?m|im) on|(?:started|began) (?:taking|using|drinking) (?:it|the|this))\b/i;
export const WEAK_CUE =
  /\b(?:feels|felt|has|have|had|did have|does|gets|got|i (?:got|get|had|have|developed|experienced|noticed|felt|feel|was|am|became|started|woke|ended|came down|seem|seemed|found|could|couldn'?t|can'?t|began|also|just|still|would|gained|lost|put on)|im|i'?ve|gained|put on|i'?ve (?:had|got|been)|i'm|got (?:a|an|some|the|really|very|so|terrible|bad|awful|horrible|severe|mild|slight)|getting|developed|experienc\w*|noticed|felt|feel(?:ing)?|woke (?:up )?with|ended up|started (?:having|getting|to|with)|some|mild|minor|slight|occasional\w*|a (?:bit|little|lot) of|lots of|terrible|horrible|awful|severe|bad|constant|extreme|major|really|very|so|became|become|turned|went|gets|still)\b/i;

const REMEDY_VERBS =
  '(?:made|makes|gave|gives|caused|causes|left|leaves|burn\\w*|tastes?|smells?|did|does|is|was|upset|irritat\\w*|stings?|stung|pushed|raised|lowered|spiked|dropped|increased|decreased|messed|threw|kept|started|triggered|turn(?:s|ed)?)';

/** The patterns that find the remedy: its name, the remedy doing something, and named after an effect. */
export function remedyPatterns(terms: readonly string[]) {
  const remedy = terms.map((t) => t.toLowerCase()).filter((t) => t.length > 1);
  const remedyRe =
    remedy.length > 0 ? new RegExp(`\\b(?:${remedy.map(escapeRegExp).join('|')})`, 'i') : null;
  // The remedy as the subject of a verb of doing: "the ACV burns my throat", "ashwagandha pushed…".
  const remedyActs = remedyRe
    ? new RegExp(`${remedyRe.source}\\w*\\s+(?:\\w+\\s+)?${REMEDY_VERBS}\\b`, 'i')
    : null;
  // "My heart was racing after the ginger shot": the remedy named right after the effect ties it.
  const afterRemedy = remedyRe
    ? new RegExp(
        `^\\W*(?:\\w+\\s+){0,3}?(?:after|since|from)\\s+(?:the |my |a |this |that )?${remedyRe.source}`,
        'i',
      )
    : null;
  return { remedyRe, remedyActs, afterRemedy };
}

// An effect told of someone else in a report of the writer's own: "my husband gets diarrhea from
// it", "the smell made my wife nauseous", "my friend said it gave her headaches".
export const SOMEONE_ELSE =
  /\b(?:my|our) (?:husband|hubby|wife|partner|friend|mum|mom|dad|mother|father|sister|brother|boyfriend|girlfriend|colleague|co-?worker|neighbou?r)\s+(?:\w+\s+)?(?:gets|got|get|had|has|have|felt|feels|started|developed|said|says|noticed|complained|went on)\b|\b(?:gave|give|gives|made|makes|left|leaves) (?:my (?:husband|hubby|wife|partner|friend|mum|mom|dad|mother|father|sister|brother|boyfriend|girlfriend|colleague|co-?worker|neighbou?r)|her|him)\b|\b(?:he|she)\s+(?:\w+\s+)?(?:gets|got|had|has|said|says|felt|feels|noticed|started)\b/i;
// "Before magnesium I'd wake with my heart racing": the trouble before the remedy.
export const BEFORE_STARTING =
  /\bbefore (?:i (?:started|took|tried|found|began)|starting|taking|trying|using|finding)\b(?!\s+(?:getting|having|feeling|to|noticing|experiencing|developing)\b)/i;

// "If I take two scoops I get diarrhea": a habit told in the present, not a fear ("if I took
// more it would…", "I worry if I take two I will…": those keep their other words).
export const HABIT =
  /\b(?:if|when|whenever) (?:i|he|she|we) (?:take|takes|have|has|drink|drinks|eat|eats|use|uses|double|go over)\b(?![^.;!?]*\b(?:will|'ll|would|could|might|may)\b)/gi;
// "I would say" hedges what happened; it is no fear.
export const MODAL =
  /\b(?:would(?! say)|might|could|may|will|'ll|worr\w*|afraid|fear\w*|risk\w*|possibl\w*|known to|some people|in some)\b/i;
export const PREPARATION_AFTER =
  /^\s+(?:\w+\s+)?(?:tea|teas|coffee|solution|brew|mix|mixture|dilution|dose|doses|version|concentration|infusion|cup|mug|tincture|syrup|paste|blend)\b/i;
