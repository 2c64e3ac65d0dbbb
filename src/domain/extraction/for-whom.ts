// For whom the remedy was: the writer, a child, another adult or a pet.
import type { ForWhom } from '../../model/vocabulary.js';

// Animals by kind and by breed: "our dog Riley", "the rescue kittens", "my old lab".
const ANIMAL = String.raw`(?:dogs?|cats?|pupp(?:y|ies)|pups?|kitt(?:en|ens|ies|y)|horses?|ponies|pony|mares?|geldings?|foals?|birds?|parrots?|budgies?|cockatiels?|rabbits?|bunn(?:y|ies)|ferrets?|guinea pigs?|hamsters?|goats?|chickens?|hens?|ducks?|sheep|lambs?|cows?|pigs?|pets?|labradors?|retrievers?|terriers?|poodles?|beagles?|spaniels?|collies?|huskies|husky|shepherds?|dachshunds?|chihuahuas?|pugs?|schnauzers?|tabb(?:y|ies)|canines?|felines?)`;
const CHILD = String.raw`(?:son|daughter|sons|daughters|baby|babies|toddler|infant|newborn|kids?|child|children|little (?:one|boy|girl)s?|boy|girl|boys|girls|teen(?:ager)?|grandson|granddaughter|grandchild(?:ren)?|nephew|niece|step(?:son|daughter))`;
const ADULT = String.raw`(?:wife|husband|mother|father|mom|mum|dad|partner|friend|sister|brother|grandmother|grandfather|grandma|grandpa|gran|aunt|uncle|boyfriend|girlfriend|fianc[eé]e?|neighbou?r|colleague|co-?worker|boss|mother-in-law|father-in-law|client|patient)`;
const OWNER = String.raw`(?:my|our|his|her|their|the|a)`;
// A possessive chain names its last link: "my daughter's friend's dog" is a pet.
const CHAIN = String.raw`(?:(?:[a-z-]+'s)\s+){0,3}`;
const PET_RE = new RegExp(
  String.raw`\b(?:${OWNER}\s+${CHAIN}(?:(?:old|young|little|senior|elderly|rescue(?:d)?|adopted|new|sick|\d+[ -](?:year|yr)s?[ -]old)\s+){0,2}${ANIMAL}\b|\brescue ${ANIMAL}\b|\b(?:the|our|my) vet\b)`,
);
const CHILD_RE = new RegExp(
  String.raw`\b${OWNER}\s+${CHAIN}(?:(?:\d{1,2}[ -](?:year|yr|month|week|day)s?[ -]old|little|young|baby|adopted|eldest|oldest|youngest|teenage|toddler)\s+){0,2}${CHILD}\b|\b(?:my|our) \d{1,2}[ -](?:year|yr|month|week)s?[ -]old\b|\b(?:my|our) \d{1,2} ?y\.?o\.?\b`,
);
const ADULT_RE = new RegExp(String.raw`\b(?:my|our)\s+${CHAIN}${ADULT}\b`);

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
  const pet = PET_RE.exec(t);
  const child = CHILD_RE.exec(t);
  // Whichever comes first is the subject, when a post names both ("my son's dog").
  if (pet && (!child || pet.index <= child.index || pet[0].includes("'s"))) return 'pet';
  if (child) {
    const before = /(\d{1,2})(?:[ -](?:year|yr)s?[ -]old| ?y\.?o\b)/.exec(child[0]);
    const age = before ? Number(before[1]) : childAge(t, child.index + child[0].length);
    if (age === null || age < 18) return 'child';
    return 'other';
  }
  if (
    ADULT_RE.test(t) &&
    !/\b(?:i took|i take|i have been taking|i started|i tried|i used|i use)\b/.test(t)
  ) {
    return 'other';
  }
  return 'self';
}
