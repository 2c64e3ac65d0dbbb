// Safety triage rules for children and pets, kept as data like the rest (see rules.ts).
import type { SafetyRule } from './rules.js';
import { ANIMAL } from '../extraction/index.js';

const CHILD_WORDS =
  '(?:my|our|the) (?:\\d+[ -](?:years?|yrs?|months?)[ -]old|baby|toddler|little one|son|daughter|kids?|child|boy|girl)|\\b(?:DS|DD|LO)\\d?\\b';

export const childAndPetRules: SafetyRule[] = [
  {
    id: 'infant',
    category: 'child_or_pet_risk',
    reason: 'A remedy used for a baby or infant, whose safety margins are much smaller.',
    patterns: [
      '(?:my|our) (?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven)[ -](?:day|week|month)s?[ -]old',
      '(?:my|our) (?:baby|infant|newborn|preemie)',
      '(?:my|our|the) (?:son|daughter|girl|boy|child|baby|newborn|infant|little one) (?:is )?(?:just |only )?(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven) (?:days?|weeks?|months?) old',
      '(?:my|our) (?:girl|boy|son|daughter|child) is just (?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven) months? old',
    ],
  },
  {
    // Supplements whose safe amounts for adults are not a young child's: melatonin, oils, silver.
    id: 'young-child-supplement',
    category: 'child_or_pet_risk',
    reason: 'A supplement or oil given to a young child, whose safe amount is much smaller.',
    patterns: [
      '(?:my|our) (?:toddler|little one|(?:[1-5]|one|two|three|four|five)[ -]?(?:years?|yrs?)[ -]old|[1-5] ?y\\.?o\\b)',
      // "My son is 2", "our daughter who's just turned three".
      "(?:my|our) (?:son|daughter|boy|girl|child|kid|little one|grandson|granddaughter) (?:is|was|turned|who is|who'?s|has just turned|just turned) (?:only |just |nearly |almost )?(?:[1-5]|one|two|three|four|five)\\b(?! (?:weeks?|months?|days?|years? ago|times))",
      '\\b(?:DS|DD|LO)\\d?\\b \\((?:[1-5]|\\d{1,2} ?m(?:onths?)?)\\)',
    ],
    withAny: [
      'melatonin|essential oils?|(?:eucalyptus|peppermint|tea tree|clove|oregano|camphor) oil|colloidal silver|activated charcoal|adult (?:dose|tablets?|pills?|capsules?)|aspirin',
    ],
    scope: 'next',
    unless: [
      '(?:p(?:a)?ediatrician|ped|doctor|dr\\.?|gp|nurse|pharmacist) (?:said|suggested|recommended|okayed|approved|prescribed|advised)',
      "\\b(?:on|to|into) (?:[\\w']+ ){0,4}?(?:chest|feet|back|skin|pillow)\\b|diffus\\w*|bath",
      '\\b(?:myself|for me)\\b',
    ],
  },
  {
    // A cleanse or parasite protocol given to children: purges and "food grade" powders at an
    // adult's amounts.
    id: 'child-cleanse',
    category: 'child_or_pet_risk',
    reason: 'A cleanse, detox or parasite protocol given to children.',
    patterns: [
      '(?:the|my|our) (?:kids|children|son|daughter|toddler|little ones?|boys|girls)|\\b(?:DS|DD|LO)\\d?\\b',
    ],
    withAny: [
      'cleanse|detox\\w*|parasite (?:protocol|treatment|killer)|diatomaceous|\\bDE\\b|deworm\\w* protocol',
    ],
    scope: 'post',
    unless: ['(?:p(?:a)?ediatrician|doctor|gp|vet) (?:said|prescribed|recommended|advised)'],
  },
  {
    // A child who got into pills, vitamins or oils: iron and oils poison small children quickly.
    id: 'child-swallowed',
    category: 'child_or_pet_risk',
    reason: 'A child swallowed pills, vitamins or oils meant for someone else, which can poison.',
    patterns: [
      '(?:swallowed|ate|got into|drank|chewed|got hold of|found) (?:\\w+ ){0,3}?(?:my|his|her|the|our|some|a few|a bottle of|a handful of) (?:\\w+ ){0,2}?(?:tablets|pills|capsules|vitamins|gummies|medicine|meds|essential oils?|oil|iron)\\b',
    ],
    withAny: [CHILD_WORDS],
    scope: 'next',
  },
  {
    id: 'pet-toxic',
    category: 'child_or_pet_risk',
    reason: 'Something toxic to animals given to a pet.',
    patterns: [
      '(?:my|our|the) (?:dogs?|cats?|puppy|puppies|kittens?|kitty|pup|pooch|parrot|bird|budgie|cockatiel|rabbit|bunny|ferret|guinea pig|hamster|horse|pony)',
      // Pets by breed or with a word before their kind ("our collie", "our old westie").
      `(?:my|our|the) (?:[a-z]+ )?${ANIMAL}\\b`,
    ],
    withAny: [
      'essential oils?|tea tree|peroxide|garlic|onions?|grapes|raisins|xylitol|ibuprofen|aspirin|tylenol|acetaminophen|paracetamol|chocolate|' +
        'wd-?40|motor oil|kerosene|turpentine|gasoline|petrol|bleach|borax|pennyroyal|permethrin|naproxen|aleve|advil|lily|lilies|macadamia|marijuana|cannabis|thc|' +
        'raisin\\w*|grape\\w*|(?:peppermint|eucalyptus|wintergreen|clove|cinnamon|citrus|pine|ylang[- ]ylang) oil|nutmeg|antifreeze|mothballs?|benadryl',
    ],
    scope: 'post',
    // A vet's advice, anywhere in the post, makes it care rather than risk.
    unless: [
      "(?:vets?|veterinarian)(?:'s)?\\s+(?:(?!closed|shut|away|off|unavailable|busy|shut)[\\w']+\\s+){0,6}?(?:said|told|advised|recommended|prescribed|gave|suggested|approved|okayed)|(?:per|on) (?:the |my |our )?(?:vet|veterinarian)\\'?s? (?:advice|orders|instructions)",
    ],
  },
];

/** Ages from which "my 5 year old" counts as a child whose other risks are also flagged as such. */
// Only read in a post that is risky already, so it leans to recall: a son or daughter may be grown
// up, and the moderator sees which.
export const CHILD_PATTERN =
  '(?:my|our) (?:\\d|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ -](?:years?|yrs?|months?)[ -]old|(?:my|our|the) (?:baby|infant|newborn|toddler|little (?:one|boy|girl)|young (?:son|daughter|child)|kids?|children|child|son|daughter)\\b|\\b(?:DS|DD|LO)\\d?\\b';
