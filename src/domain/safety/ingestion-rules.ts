// Safety triage rules for what is unsafe to swallow, kept as data like the rest (see rules.ts).
import type { SafetyRule } from './rules.js';

export const INTAKE =
  'drink|drank|drinking|swallow(?:ed|ing|s)?|ingest(?:ed|ing)?|internally|by mouth|orally|sugar cube|downed|chug(?:ged)?|gulp(?:ed)?|' +
  'swig|(?:on|under) (?:my|the|his|her|your) tongue|(?:drops?|tsps?|teaspoons?|teaspoonfuls?|tbsps?|tablespoons?|pinch(?:es)?|capfuls?|scoops?|spoonfuls?) (?:of [\\w%. ]+? )?(?:in|into) (?:a glass of |a cup of |my |his |her |their |the |some )?(?:water|juice|tea|milk|bottle|smoothie|coffee)';

// "Whoever is posting about drinking borax, please stop": a warning to others, not a use.
const WARNING_TO_OTHERS =
  "\\bplease (?:stop|don'?t|do not|never)\\b|\\b(?:whoever|anyone|people|those) (?:who )?(?:is |are )?(?:posting|talking|saying|suggesting|recommending)\\b";

// MMS in its names: "the CD protocol", "miracle mineral solution", sodium chlorite.
const CHLORINE_DIOXIDE = [
  'chlorine dioxide',
  '\\bMMS\\b',
  'miracle mineral',
  'sodium chlorite',
  '\\bCD[SH]?\\b(?= (?:protocol|drops?|water|solution))',
  // Its followers count doses in "activations" and call the ready-made solution CDS.
  '\\bCDS\\b',
  '\\bactivations?\\b',
  '\\bactivated drops\\b',
];

export const ingestionRules: SafetyRule[] = [
  {
    id: 'toxic-substance',
    category: 'unsafe_ingestion',
    reason: 'Swallowing a substance that is poisonous or caustic.',
    patterns: [
      'turpentine',
      'kerosene',
      'gasoline',
      'petrol',
      'lamp oil',
      'bleach',
      'borax',
      'hydrogen peroxide',
      'peroxide',
      'h2o2',
      ...CHLORINE_DIOXIDE,
    ],
    withAny: [
      INTAKE,
      '(?:a|one|\\d+) (?:teaspoons?|tsp|tablespoons?|tbsp|drops?) (?:of [a-z ]+ )?(?:in|with|to) (?:a glass of |a cup of )?(?:water|juice)',
      'food[- ]grade',
    ],
    // A gargle or a rinse spat out is not swallowed.
    unless: [WARNING_TO_OTHERS, '\\b(?:spit\\w*|spat|gargl\\w*|mouthwash|swish\\w*)\\b'],
  },
  {
    // The same substances taken in any phrasing ("supplementing with borax", "the MMS protocol"),
    // or with the drinking said in the next sentence; not on the skin, in the ear, or spat out.
    id: 'toxic-taken',
    category: 'unsafe_ingestion',
    reason: 'Taking a substance that is poisonous or caustic when swallowed.',
    patterns: [
      'turpentine',
      // Turpentine by its older name, as sold for "candida protocols".
      'gum spirits',
      'kerosene',
      'borax',
      '(?:food[- ]grade )?hydrogen peroxide',
      'h2o2',
      ...CHLORINE_DIOXIDE,
      '(?:lamp|paraffin) oil',
    ],
    withAny: [
      INTAKE,
      '(?:take|took|taking|takes|supplement\\w*|dos(?:e|es|ed|ing)|protocol|treatment|regimen|cleanse|capsules?|internal\\w*|activations?|(?:a|per) day|daily|every (?:day|morning|night)|a (?:glass|cup|shot|spoonful|spoon|capful)|(?:\\d+|a few|several|two|three|four|five) drops|(?:gave|give|giving|fed|feed|feeding) (?:\\w+ ){0,3}?(?:a |some )?(?:spoon|teaspoon|tablespoon|sip|drops?|capful))',
    ],
    scope: 'next',
    unless: [
      WARNING_TO_OTHERS,
      '\\b(?:ears?|nose|nostrils?|skin|wounds?|cuts?|scrapes?|foot|feet|toe\\w*|nails?|bath|soak\\w*|spit\\w*|spat|mouthwash|swish\\w*|topical\\w*|rub\\w*|spray\\w*|appl(?:y|ied|ying)|clean\\w*|wash\\w*|laundry|hair|teeth|whiten\\w*|douche|enemas?|diffus\\w*|humidifier|plants?|garden|ants?|roach\\w*)\\b',
    ],
  },
  {
    // Herbs and preparations known to poison when taken, or to burn the skin away.
    id: 'poisonous-preparation',
    category: 'unsafe_ingestion',
    reason:
      'A herb or preparation known to poison or burn (apricot kernels, pennyroyal, comfrey by mouth, ephedra, high-dose iodine, black salve).',
    patterns: [
      'apricot (?:kernels?|seeds?|pits?)|bitter almonds?|laetrile|amygdalin|vitamin b-?17',
      'pennyroyal',
      'comfrey',
      'ephedra|ma huang',
      'chaparral',
      "lugol'?s|iodine (?:protocol|loading)",
      'black salve|bloodroot|cansema',
      'raw elderberr(?:y|ies)',
      'ipecac',
    ],
    withAny: [
      INTAKE,
      '(?:take|took|taking|takes|eat|ate|eating|chew\\w*|crush\\w*|tea|capsules?|pills?|tablets?|drops?|a day|daily|every day|applied|apply|applying|put|putting|paste|salve|protocol)',
    ],
    scope: 'next',
    unless: [
      // Comfrey and pennyroyal on the skin or in the garden are another matter; a warning is not a use.
      '\\b(?:cream|ointment|poultice|compress|on (?:my|his|her|the) (?:skin|bruise|ankle|knee|leg|arm|back)|garden|compost|repellent|spray)\\b',
    ],
  },
  {
    id: 'colloidal-silver',
    category: 'unsafe_ingestion',
    reason:
      'Large amounts of colloidal silver taken by mouth, which can turn the skin grey for good.',
    patterns: ['colloidal silver'],
    withAny: [
      '(?:\\d+|several|a few|a couple of|two|three|four) (?:ounces?|oz|tablespoons?|tbsp|cups?|glass(?:es)?)',
      'a (?:glass|cup|bottle|tablespoon)',
      'lots of|a lot of|large (?:amounts?|doses?)|gallons?|quarts?|litres?|liters?',
      // By the shot, or drunk every day: enough over time to stain the skin.
      'a shot(?: glass)?|shots? of',
      '(?:drink|drank|drinking|swallow\\w*)\\b[^.;!?]{0,50}\\b(?:every day|daily|each day|a day|every morning|every night)',
    ],
    scope: 'next',
    unless: [
      '\\b(?:eyes?|ears?|skin|wounds?|spray\\w*|nebuli\\w*|topical\\w*|appl(?:y|ied|ying))\\b',
    ],
  },
  {
    id: 'essential-oil-internal',
    category: 'unsafe_ingestion',
    reason: 'Essential oils taken by mouth, which can burn and poison even in small amounts.',
    patterns: [
      '(?:essential oils?|oil of (?:oregano|eucalyptus|clove|thyme|cinnamon|wintergreen)|(?:oregano|eucalyptus|tea tree|clove|thyme|cinnamon|wintergreen|camphor|pennyroyal|thieves) oil)',
    ],
    withAny: [
      INTAKE,
      '(?:took|take|taking|put|added|add) (?:\\d+|a few|several|two|three|four|five|a couple of) drops (?:of [a-z ]+ )?(?:in|into|on|under)',
    ],
    scope: 'next',
    unless: [
      'enteric',
      'spit\\w*|spat|diffus\\w*|massag\\w*|rub\\w*|(?:on|to) (?:my|his|her|the) (?:skin|feet|chest|temples|neck|wrists)',
    ],
  },
  {
    id: 'oil-on-tongue',
    category: 'unsafe_ingestion',
    reason: 'Drops of a strong oil taken under or on the tongue.',
    patterns: [
      'drops? (?:a day |every \\w+ )?(?:directly )?(?:on|under) (?:my|the|his|her) tongue',
    ],
    withAny: ['essential oils?|oil of \\w+|\\w+ oil'],
    scope: 'post',
  },
  {
    // Stimulant laxatives taken daily for months or years, or in large amounts: dependence and
    // low potassium.
    id: 'laxative-overuse',
    category: 'over_max_dose',
    reason:
      'A stimulant laxative (senna, cascara) used every day for a long time or in large amounts.',
    patterns: [
      "senna|cascara|laxative teas?|dieter'?s teas?|smooth move|bisacodyl|dulcolax|ex-?lax",
    ],
    withAny: [
      "(?:for|over) (?:\\d+|a few|several|two|three|four|five|many) (?:years|months)|for years|every day for (?:years|months)|can'?t (?:go|manage|poo|do) without|(?:[3-9]|\\d{2}|three|four|five|six) (?:cups|tea bags|tablets|pills|doses)(?: of [a-z' ]{1,30}?)? a day|dependent|addicted|hooked",
    ],
    scope: 'post',
  },
  {
    id: 'undiluted-swallowed',
    category: 'unsafe_ingestion',
    reason: 'A strong liquid (such as vinegar) swallowed undiluted, which can burn the throat.',
    patterns: ['(?:straight|undiluted|neat|full[- ]strength)'],
    withAny: ['(?:drank|drink|drinking|swig|downed|gulp\\w*|chug\\w*|swallow\\w*|shot of)'],
    unless: ['straight (?:away|after|to|for|into|up|down|out|line)', 'gargl\\w*'],
  },
];
