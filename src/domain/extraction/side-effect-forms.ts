// The words side effects are found by: the PsyTAR consumer lexicon plus Remedex's own forms.

import { type Lexicon, buildLexicon } from './lexicon.js';

// Remedex's own terms and the ways readers write them that a lexicon of antidepressant reviews
// lacks: remedy effects (taste, burping, staining), plain words, and misspellings. Regular
// expressions, matched case-insensitively at word edges.
export const OWN_FORMS: [term: string, pattern: string][] = [
  [
    'nausea',
    'nause\\w*|naus\\w*ous|queas\\w*|sick to (?:my|the|his|her) stomach|felt (?:really |very )?sick',
  ],
  [
    'bad taste',
    '(?:metallic|funny|foul|weird|bitter|disgusting|awful|terrible|horrible|nasty|bad|acid|acidic|sour|chemical|soapy) (?:after)?taste|tastes? (?:foul|awful|terrible|horrible|gross|like metal|vile)',
  ],
  [
    'vomiting',
    'vomit\\w*|threw (?:it )?(?:all )?up|throw(?:ing)? (?:it )?(?:all )?up|puk(?:e|ed|ing)',
  ],
  ['bloating', 'bloat\\w*'],
  [
    'gas',
    'gass(?:y|iness)|flatulen\\w*|farting|(?:lots of|bad|terrible|so much|more) (?:gas|wind)',
  ],
  [
    'diarrhea',
    'diarr?h?o?ea|diarh\\w*|diahr\\w*|the runs|(?:night|day|hours|all day|all night) on the toilet|running to the (?:toilet|bathroom)|runny (?:stools?|poo\\w*)',
  ],
  [
    'loose stools',
    'loose (?:stools?|bowels?|motions?)|soft(?:er)? (?:stools?|poo\\w*|bowel movements)|(?:stools?|poo\\w*) (?:(?:were|are|was|is|got|a bit|a little|slightly|somewhat|much|way)\\s+)*softer',
  ],
  ['constipation', 'constipat\\w*|bunged up'],
  [
    'stomach pain',
    'stomach (?:pains?|aches?)|stomachaches?|tummy aches?|belly aches?|abdominal pains?|pains? in (?:my|the|his|her) (?:stomach|tummy|belly|gut)|(?:stomach|tummy|belly) (?:hurt|hurts|hurting|ached|aches|aching)',
  ],
  ['stomach cramps', '(?:stomach|abdominal|tummy) cramp\\w*|cramping|cramps'],
  [
    'stomach upset',
    '(?:upset|sour|unsettled) (?:my |his |her |the )?stomach|stomach upset|upset tummy|stomach (?:was|is|felt|feels|got|has been|became) (?:so |very |really |a bit |a little |quite )?(?:upset|unsettled|sour|off)|(?:stomach|tummy|belly|gut) (?:was |is |kept |started |felt )?(?:churning|gurgling|rumbling|grumbling)|churning stomach',
  ],
  ['heartburn', 'heartburn|heart burns?|acid indigestion|indigestion'],
  ['throat burning', 'burn(?:s|ed|ing)? (?:my|the|his|her) throat|throat burn\\w*'],
  ['burning lips', 'lips (?:are |were )?(?:\\w+ )?(?:of )?burn\\w*'],
  ['headache', 'head ?aches?|headache\\w*|migraines?|pounding head'],
  ['dizziness', 'dizz\\w*|light[- ]?headed\\w*|woozy|room (?:was )?spinning'],
  [
    'insomnia',
    "insomnia|(?:couldn'?t|could not|can'?t|cannot) (?:get to )?sleep|trouble sleeping|sleepless\\w*|up all night|wide awake|\\d+ ?am wake ?ups?|waking (?:up )?(?:at|in the night)|(?:haven'?t|can'?t|couldn'?t|didn'?t|never) (?:had |get |got )?(?:a )?(?:good|full|decent) night'?s sleep|(?:wak(?:e|es|ing|ed|ke)|woke) (?:up )?(?:in the middle of|during|through(?:out)?) the night|(?:could ?not|couldn'?t|can'?t|unable to|not able to) (?:stay|get back to|fall back) ?a?sleep|(?:woke|wake|waking|woken) (?:up )?every (?:hour|two hours|few hours|couple of hours)",
  ],
  ['wired', 'wired|jittery|jitters|overstimulated|buzz(?:ed|y)'],
  ['anxiety', 'anxi(?:ety|ous|ousness)|panic attacks?|panicky'],
  [
    'drowsiness',
    "drows\\w*|drous\\w*|drowz\\w*|(?:could ?not|couldn'?t|can'?t) stop sleeping|doz(?:e|ed|ing) off|sleep(?:ing)? all (?:day|the time)|sleepy|groggy|grogginess|fuzzy[- ]headed|hung ?over|hangover|in a (?:daze|fog|haze)|dazed",
  ],
  ['sluggishness', 'sluggish\\w*|lethargic'],
  [
    'loss of libido',
    "(?:no|low|lost|loss of|decreased|lack of|reduced|zero) (?:\\w+ )?(?:libido|sex drive|sexual desire|interest in sex)|(?:libido|sex drive) (?:(?:went|has gone|had gone|is|was|has|had|just) )?(?:down|dropped|tanked|plummeted|decreased|disappeared|vanished|gone|nonexistent|non-existent|dead)|(?:didn'?t|don'?t) have much of a (?:libido|sex drive)",
  ],
  [
    'food cravings',
    'crav(?:e|ed|es|ing|ings) (?:\\w+ ){0,3}?(?:sugar|sweets|carbs|chocolate|food|salt|junk)|sugar cravings',
  ],
  ['muscle cramps', '(?:leg|calf|muscle|foot) cramps?|charley horse'],
  ['muscle spasms', 'spasms?'],
  ['shaking', 'shak(?:ing|y|es)|trembl\\w*|tremors?'],
  ['lip tremor', 'lip (?:\\w+ )?tremor\\w*'],
  ['rash', 'rash\\w*|hives|blotch\\w*|welts'],
  ['itching', 'itch(?:y|ing|es|iness)?'],
  ['burning', 'burn(?:s|ed|ing)?(?: sensation)?|stung|sting(?:s|ing)?'],
  ['tingling', 'tingl\\w*|pins and needles'],
  ['flushing', 'flush(?:ed|ing)|hot flush\\w*'],
  ['fatigue', 'fatigue\\w*|exhausted|exhaustion|worn out|wiped out|no energy|tired(?:ness)?'],
  [
    'lethargy',
    '(?:hard|difficult|struggl\\w*) to get out of bed|(?:force|drag|forcing|dragging) myself out of bed|(?:spend|spent|spending) (?:most of |a lot of |all )?(?:my |the )?(?:\\w+ )?(?:time|days?) in bed|(?:no|zero|lack of) (?:desire|energy|motivation)(?: or (?:energy|desire|motivation))? to do anything',
  ],
  [
    'apathy',
    "lack of interest in (?:anything|everything)|(?:lost|loss of|no) interest in (?:everything|anything|things|life)|(?:didn'?t|don'?t|did not|do not) care about anything",
  ],
  [
    'word-finding trouble',
    "(?:can'?t|couldn'?t|cannot|could not) (?:think of|find) the (?:right )?words|at a ?loss for words",
  ],
  ['back pain', 'back pain|pain in my back|(?:my )?back (?:hurt|ached)'],
  ['loss of appetite', 'loss of appetite|no appetite|lost (?:my )?appetite'],
  [
    'weight gain',
    'weight gain|gained (?:\\d+ ?(?:lbs?|pounds|kg|kilos) ?|(?:a lot of |some )?weight)|put on (?:\\d+ ?(?:lbs?|pounds|kg|kilos)|weight)|added weight',
  ],
  ['weight loss', 'weight loss|lost (?:\\d+ ?(?:lbs?|pounds|kg) of )?weight'],
  ['gagging', 'gag(?:s|ged|ging)?'],
  ['difficulty swallowing', 'swallowing harder|hard(?:er)? to swallow|difficulty swallowing'],
  ['bloodshot eyes', 'blood ?shot'],
  [
    'discolouration',
    '(?:tongue|teeth|skin|urine|pee|stools?|poo|lips|nails|eyes|fingers|hands) (?:turned|went|became|was|were|got|turning|looked|is|are) (?:a (?:bit|little) )?(?:brown|black|green|yellow|orange|red|pink|purple|blue|white|dark|grey|gray)(?:ish)?|turn(?:ed|s)? (?:my|his|her|the|our|their) (?:tongue|teeth|skin|urine|pee|stools?|poo\\w*|lips|nails|fingers|hands) (?:a )?(?:(?:funny|weird|odd|strange|dark|bright|deep|bit|little) )*(?:colou?r|brown|black|green|yellow|orange|red|purple|blue|grey|gray)|(?:stools?|poo\\w*|urine|pee) (?:(?:was|were|is|are|a)\\s+)*(?:funny|weird|odd|strange) colou?r(?:ed)?|(?:green|black|orange|bright yellow|red|blue|purple|grey|gray) (?:poop|poo|stools?|pee|urine|tongue)',
  ],
  ['skin staining', 'stain(?:ed|s|ing)? (?:my|his|her|the)|yellow (?:skin|neck|hands|fingers)'],
  ['fever', 'fever|temp(?:erature)? (?:had )?(?:gone|went|rose)'],
  ['cough', 'coughs?|coughing'],
  ['nasal congestion', 'stuffed nose|stuffy nose|blocked nose'],
  ['asthma', 'asthma\\w*|wheez\\w*'],
  ['severe pain', '(?:extraordinary|severe|excruciating|terrible|horrible|awful) pain'],
  [
    'bad breath',
    '(?:garlic|ginger|onion|fishy|bad|smelly|stinky|terrible|awful|horrible) (?:\\w+ )?breath|breath (?:=|is|was) (?:terrible|awful|bad)|halitosis',
  ],
  [
    'tooth sensitivity',
    '(?:teeth|tooth) (?:felt |feel |feels |were |are |got |have been )?(?:a (?:bit|little) |so |really |very |quite |more )?sensitive|sensitive teeth|(?:enamel|teeth) (?:that )?(?:feels?|felt) (?:funny|weird|rough|soft|strange|sensitive)',
  ],
  [
    'dry skin',
    'dry (?:and flaky )?skin|skin (?:got |went |was )?(?:a bit |very )?dry|(?:skin|scalp) (?:got |went |was |is |became )?(?:a bit |very |really )?(?:dry and )?flaky|flaky (?:skin|scalp)|(?<=(?:itchy|red|dry|sore|tight) and )flaky|peeling skin|skin (?:was |is |started )?peeling',
  ],
  ['acne', 'break (?:me )?out|broke (?:me )?out|breakouts?|pimples|clogged pores|acne|zits'],
  ['fishy burps', 'fishy (?:burps|aftertaste|taste)'],
  ['burping', 'burp\\w*|belch\\w*|repeat(?:s|ed|ing)? on me'],
  ['nightmares', 'nightmares?|vivid dreams|weird(?:est)? (?:vivid )?dreams|strange dreams'],
  [
    'palpitations',
    'palpitations?|racing heart|heart (?:was |is |kept |started |began )?(?:racing|pounding|raced|pounded|fluttering)',
  ],
  ['loss of smell', '(?:lose|lost|loss of) (?:my )?(?:sense of )?smell'],
  ['blistering', 'blister\\w*'],
  ['high blood sugar', 'blood sugar (?:went|go|goes|was) up|high blood sugar'],
  ['brain fog', 'brain ?fog\\w*|foggy[- ]headed|mental(?:ly)? fog\\w*'],
  [
    'emotional numbness',
    'emotionally numb|zombie[- ]?like|like a zombie|(?:felt|feel|feeling) (?:\\w+ )?numb|(?:felt|feel|feeling) (?:flat|numb|empty)',
  ],
  ['sweating', 'sweat(?:ing|s|y)|night sweats'],
  ['dry mouth', 'dry mouth|cotton ?mouth|mouth (?:was |got |felt )?(?:so |very )?dry'],
  ['irritability', 'irritab\\w*|cranky|grumpy|short[- ]tempered|snappy|on edge'],
  ['mood swings', 'mood ?swings|moody'],
  [
    'feeling unwell',
    '(?:felt|feel|feeling) (?:really |very |so |quite )?(?:awful|terrible|horrible|unwell|ill|weird|strange|off|funny|rough|lousy|crappy|like crap)',
  ],
  [
    'ringing in the ears',
    'ringing (?:in )?(?:my |the )?ears|ears? (?:were |was |are |is |kept |started )?ringing|tinnitus',
  ],
  ['heart burn', 'acid (?:came|coming) up'],
  // Plain words for effects the PsyTAR lexicon has in other words, or not at all.
  ['urine odour', '(?:pee|urine) (?:smelled|smells|smelt|stank|stinks|smelling)'],
  [
    'numbness',
    '(?:lips|tongue|mouth|fingers|toes|hands|feet|face) (?:went|were|was|got|felt|feel|feels|go|goes|are|is) (?:a (?:bit|little) |kind of )?numb',
  ],
  [
    'burning',
    "(?:mouth|throat|tongue|stomach|chest) (?:felt|feels|was|is) (?:like it was |like it'?s )?on fire",
  ],
  ['tearfulness', 'tearful|weepy|teary'],
  [
    'menstrual changes',
    'periods? (?:got|became|were|was|are|is) (?:much |a lot |really |so )?(?:heavier|longer|irregular|heavy|late)|heavier periods|(?:missed|skipped) (?:a |my )?period',
  ],
  ['dry eyes', 'dry eyes|eyes (?:were|was|are|felt|feel|got|became) (?:so |really |very )?dry'],
  ['nosebleed', 'nose ?bleeds?|nose bled|bloody nose'],
  [
    'bruising',
    'bruis(?:ed|ing|e) (?:easily|more|a lot)|(?:easy|more|unexplained) bruising|bruises (?:everywhere|all over)',
  ],
  [
    'swelling',
    '(?:ankles|feet|legs|hands|fingers|face) (?:were|was|are|is|got|became) (?:a (?:bit|little) |so |really )?(?:swollen|puffy)|swollen (?:ankles|feet|legs|hands|fingers)|puffy (?:face|eyes|ankles)|retaining water|(?:water|fluid) retention',
  ],
  [
    'frequent urination',
    '(?:up|awake|getting up) (?:\\w+ )?to (?:pee|wee|urinate)|(?:peeing|weeing|urinating) (?:all (?:the time|night)|constantly|more|a lot|every hour)|(?:pee|wee) (?:a lot|more|constantly|all night)|frequent urination|(?:going|go) to the (?:loo|toilet|bathroom) (?:all night|every hour|constantly) to pee',
  ],
  [
    'body odour',
    '(?:i|he|she|we) (?:smell|smells|smelled|smelt|stink|stank|reek\\w*) (?:like|of) (?:a |an )?\\w+|body odou?r|(?:sweat|skin) (?:smells|smelled|smelt) (?:of|like) \\w+',
  ],
  ['unsteadiness', 'wobbly|unsteady|off[- ]balance|(?:lost|losing|lose) (?:my|his|her) balance'],
  [
    'increased appetite',
    'appetite (?:went|is|was|has gone|shot) (?:through the roof|up|crazy|insane)|(?:increased|huge|bigger|ravenous) appetite|hungry all the time|always hungry',
  ],
];

/** The own terms with their plain names as forms, for the lexicon to share concepts with. */
const OWN_NAMES: Record<string, string[]> = Object.fromEntries(
  OWN_FORMS.map(([term]) => [term, []]),
);
export const OWN_RES: [string, RegExp][] = OWN_FORMS.map(([term, p]) => [
  term === 'heart burn' ? 'heartburn' : term,
  new RegExp(`(?<![\\w'])(?:${p})(?![\\w'])`, 'gi'),
]);

let lexicon: Lexicon | null = null;
export const vocabulary = (): Lexicon => (lexicon ??= buildLexicon(OWN_NAMES));
