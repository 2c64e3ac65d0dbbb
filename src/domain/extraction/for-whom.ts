// For whom the remedy was: the writer, a child, another adult or a pet.
import type { ForWhom } from '../../model/vocabulary.js';

// Animals by kind and by breed: "our dog Riley", "the rescue kittens", "my old lab".
export const ANIMAL = String.raw`(?:dogs?|cats?|pupp(?:y|ies)|pups?|kitt(?:en|ens|ies|y)|horses?|ponies|pony|mares?|geldings?|foals?|birds?|parrots?|budgies?|cockatiels?|rabbits?|bunn(?:y|ies)|ferrets?|guinea pigs?|hamsters?|goats?|chickens?|hens?|ducks?|sheep|lambs?|cows?|pigs?|pets?|labradors?|retrievers?|terriers?|poodles?|beagles?|spaniels?|collies?|huskies|husky|shepherds?|dachshunds?|chihuahuas?|pugs?|schnauzers?|tabb(?:y|ies)|canines?|felines?|greyhounds?|whippets?|lurchers?|corgis?|rottweilers?|dobermanns?|pit ?bulls?|bulldogs?|shih ?tzus?|yorkies?|westies?|maltese|(?:labra|golden|cava)?doodles?|cockapoos?|cavaliers?|bichons?|pomeranians?|shelties|sheltie|hounds?|bassets?|mastiffs?|weimaraners?|vizslas?|samoyeds?|akitas?|malamutes?|mutts?|pooch(?:es)?|doggos?|doggies?|kitty|tom ?cats?|moggies|moggy|siamese|ragdolls?|maine coons?|tortoises?|turtles?|lizards?|geckos?|cockatoos?|parakeets?|canar(?:y|ies)|alpacas?|llamas?|donkeys?|fur ?bab(?:y|ies)|fur ?kids?)`;
// "Lab" alone is also a blood test ("my labs came back normal"): a dog only with a word that
// only a dog takes.
const LAB = String.raw`(?:old|young|senior|elderly|black|yellow|chocolate|rescue(?:d)?|adopted|\d+[ -](?:year|yr)s?[ -]old)\s+labs?\b|\blabs? (?:mix|puppy|cross)\b`;
const CHILD = String.raw`(?:son|daughter|sons|daughters|baby|babies|toddler|infant|newborn|kids?|child|children|little (?:one|boy|girl|guy|man|lady|monkey)s?|twins|triplets|boy|girl|boys|girls|teen(?:ager)?|grandson|granddaughter|grandchild(?:ren)?|nephew|niece|step(?:son|daughter))`;
const ADULT = String.raw`(?:wife|wifey|husband|hubby|mother|father|mom|mum|dad|partner|friend|sister|brother|grandmother|grandfather|grandma|grandpa|gran|aunt|uncle|boyfriend|girlfriend|fianc[eé]e?|neighbou?r|colleague|co-?worker|boss|mother-in-law|father-in-law|client|patient)`;
const OWNER = String.raw`(?:my|our|his|her|their|the|a)`;
// A possessive chain names its last link: "my daughter's friend's dog" is a pet.
const CHAIN = String.raw`(?:(?:[a-z-]+'s)\s+){0,3}`;
const PET_RE = new RegExp(
  String.raw`\b(?:${OWNER}\s+${CHAIN}(?:(?:old|young|little|senior|elderly|rescue(?:d)?|adopted|new|sick|\d+[ -](?:year|yr)s?[ -]old|(?!(?:and|or|with|of|to|for|husband|wife|son|daughter|kids?|mother|father|mum|mom|dad)\b)[a-z]+)\s+){0,2}${ANIMAL}\b|\brescue ${ANIMAL}\b|\b${LAB})`,
  'g',
);
// A vet is never the one who took it, and only animals have one.
const VET_RE = /\b(?:the|our|my|a) (?:vet|veterinarian)\b/;
const CHILD_RE = new RegExp(
  String.raw`\b${OWNER}\s+${CHAIN}(?:(?:\d{1,2}[ -](?:year|yr|month|week|day)s?[ -]old|little|young|baby|adopted|eldest|oldest|youngest|teenage|toddler)\s+){0,2}${CHILD}\b|\b(?:my|our) \d{1,2}[ -](?:year|yr|month|week)s?[ -]old\b|\b(?:my|our) \d{1,2} ?y\.?o\.?\b`,
  'g',
);
const ADULT_RE = new RegExp(
  String.raw`\b(?:my|our)\s+${CHAIN}(?:(?:elderly|old|aging|ageing|ailing|late|dear|sick|\d{2}[ -]year[ -]old)\s+)?${ADULT}\b`,
  'g',
);
// "DH" (dear husband), "DW", "MIL", and "Mum" or "Dad" as a name: capitals only.
const ADULT_SHORT =
  /\b(?:DH|DW|DP|MIL|FIL|Mum|Mom|Mam|Dad|Nan|Nana|Gran|Grandma|Grandad|Grandpa)\b/g;
// Parents' forums write their children as "DS" (dear son), "DD2", "LO" (little one): capitals only.
const PARENT_SHORT = /\b(?:DS|DD|DSS|DSD|LO)\d?\b/g;

// Someone only mentioned is not the one who took it: "my daughter read about it", "snapping at my
// kids", "the energy to play with my grandchildren", "my husband laughs at me".
const ASIDE_BEFORE =
  /\b(?:at|with|about|than|from|of|like|around|behind|after|keep up with|chase|chasing)\s+$/;
const ASIDE_AFTER =
  /^[,\s]*(?:and (?:i|me)\b|(?:(?:who|had|has|kept|always|just|first|then)\s+)?(?:read|reads|heard|told|tells|suggested|suggests|recommended|recommends|found|sent|showed|introduced|laughs?|laughed|teases?|teased|thinks?|thought|(?:is |was )?complain\w*|moans?|moaned|hates? the|jokes?|joked|bought me|got me|gave me|says i|said i|mentioned|swore i|made me|asked me|noticed (?:i|my|me))\b)/;

/** The first mention of `re` in `t` that is not an aside. */
function firstTaker(re: RegExp, t: string): RegExpExecArray | null {
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const before = t.slice(Math.max(0, m.index - 20), m.index);
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (!ASIDE_BEFORE.test(before) && !ASIDE_AFTER.test(after)) return m;
  }
  return null;
}

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
export function forWhom(text: string): ForWhom | 'unclear' {
  const t = text.toLowerCase();
  const pet = firstTaker(PET_RE, t) ?? VET_RE.exec(t);
  const child = firstTaker(CHILD_RE, t) ?? firstTaker(PARENT_SHORT, text);
  // Whichever comes first is the subject, when a post names both ("my son's dog"); an age that
  // runs into an animal is the animal's ("our 10 year old lab").
  if (pet && (!child || pet.index <= child.index + child[0].length + 1 || pet[0].includes("'s")))
    return 'pet';
  if (child) {
    const before = /(\d{1,2})(?:[ -](?:year|yr)s?[ -]old| ?y\.?o\b)/.exec(child[0]);
    const age = before ? Number(before[1]) : childAge(t, child.index + child[0].length);
    if (age === null || age < 18) return 'child';
    return 'other';
  }
  if (
    (firstTaker(ADULT_RE, t) ?? firstTaker(ADULT_SHORT, text)) &&
    !/\b(?:i took|i take|i have been taking|i started|i tried|i used|i use)\b/.test(t)
  ) {
    return 'other';
  }
  // Advice or a question from a writer who never tells of anyone's use: no taker. A terse report
  // ("Took it daily, works. If you have reflux try it") tells of use without an "I".
  const told = t
    .split(/(?<=[.!?])\s/)
    .filter((s) => !s.trimEnd().endsWith('?'))
    .join(' ');
  const onlyAsks = told.trim().length < 25;
  const advises =
    /\b(?:if you|you should|you could|you might)\b/.test(t) &&
    !/\d\s*(?:mg|g|mcg|ml|iu|tsp|tbsp|capsules?|caps|drops|days?|weeks?|months?)\b|\b(?:took|tried|used|drank|started|been|gave|worked|helped|works|helps|taking|using|recommend\w*|bought|ordered|stars?)\b/.test(
      told,
    );
  if (!/\b(?:i|i'?ve|i'?m|i'?d|me|my|we|our|us)\b/.test(t) && (onlyAsks || advises))
    return 'unclear';
  return 'self';
}
