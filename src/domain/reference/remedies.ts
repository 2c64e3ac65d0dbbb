import { escapeRegExp } from '../common/index.js';

// Common home remedies by the names readers use, written for Remedex. A sentence that names one of
// these, and not the remedy a report is about, speaks of another treatment ("the ACV worked better
// for me", "doing far better on garlic"). Plain words only; the list is not meant to be complete.
export const REMEDY_NAMES: readonly string[] = [
  'apple cider vinegar',
  'acv',
  'vinegar',
  'honey',
  'manuka',
  'lemon',
  'garlic',
  'ginger',
  'turmeric',
  'curcumin',
  'cinnamon',
  'cayenne',
  'oregano',
  'oil of oregano',
  'tea tree',
  'coconut oil',
  'castor oil',
  'olive oil',
  'baking soda',
  'epsom salt',
  'salt water',
  'hydrogen peroxide',
  'peroxide',
  'h2o2',
  'iodine',
  'colloidal silver',
  'aloe',
  'aloe vera',
  'chamomile',
  'peppermint',
  'lavender',
  'eucalyptus',
  'echinacea',
  'elderberry',
  'goldenseal',
  'valerian',
  'melatonin',
  'ashwagandha',
  'st john',
  "st. john's wort",
  'milk thistle',
  'fish oil',
  'cod liver oil',
  'flaxseed',
  'probiotics',
  'probiotic',
  'acidophilus',
  'kefir',
  'yogurt',
  'yoghurt',
  'magnesium',
  'zinc',
  'vitamin c',
  'vitamin d',
  'vitamin b12',
  'b12',
  'folic acid',
  'l-glutamine',
  'glutamine',
  'lysine',
  'molasses',
  'cranberry',
  'd-mannose',
  'activated charcoal',
  'charcoal',
  'clove',
  'cloves',
  'neem',
  'witch hazel',
  'arnica',
  'homeopathic',
];

/** A pattern for the remedies above that are not the report's own (whose terms are given), or null. */
// Built once per remedy: extraction reads every report of a remedy with the same terms.
const patterns = new Map<string, RegExp | null>();

export function otherRemediesPattern(ownTerms: readonly string[]): RegExp | null {
  const own = ownTerms.map((t) => t.toLowerCase()).filter((t) => t.length > 1);
  // With no remedy named, any of them may be the one the text is about.
  if (own.length === 0) return null;
  const key = own.join('\n');
  const known = patterns.get(key);
  if (known !== undefined) return known;
  const others = REMEDY_NAMES.filter((n) => !own.some((t) => t.includes(n) || n.includes(t)));
  const pattern =
    others.length > 0
      ? new RegExp(`(?<![\\w-])(?:${others.map(escapeRegExp).join('|')})(?![\\w-])`, 'i')
      : null;
  if (patterns.size >= 1000) patterns.clear();
  patterns.set(key, pattern);
  return pattern;
}
