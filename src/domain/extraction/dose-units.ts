// The units doses are written in: each unit's spellings, and the words the dose grammar matches.

export type DoseUnit =
  | 'mg'
  | 'mcg'
  | 'g'
  | 'iu'
  | 'ml'
  | 'l'
  | 'tsp'
  | 'tbsp'
  | 'oz'
  | 'cups'
  | 'drops'
  | 'capsules'
  | 'cloves'
  | 'shot'
  | 'glasses'
  | 'gummies'
  | 'chews'
  | 'scoops'
  | 'lozenges'
  | 'sachets'
  | 'dropperfuls'
  | 'tea bags';

const UNITS: [DoseUnit, RegExp][] = [
  ['mcg', /^(?:mcg|µg|micrograms?)$/i],
  ['mg', /^(?:mg|mgs|milligrams?)$/i],
  ['g', /^(?:g|gm|gms|grm|grms|grams?)$/i],
  ['iu', /^(?:iu|i\.u\.|ius|international units?)$/i],
  ['ml', /^(?:ml|mls|cc|cc's|ccs|milliliters?|millilitres?)$/i],
  ['l', /^(?:l|ltr|ltrs|liters?|litres?)$/i],
  ['tbsp', /^(?:tbsp|tbsps|tbspn|tbspns|tbs|tbl|tbls|tblsp|tablespoons?|tablespoonfuls?|T|TB|Tb)$/],
  ['tbsp', /^(?:tbsp|tbsps|tbspn|tbspns|tbs|tbl|tbls|tblsp|tablespoons?|tablespoonfuls?)$/i],
  ['tsp', /^(?:tsp|tsps|teaspoons?|teaspoonfuls?|t)$/],
  ['tsp', /^(?:tsp|tsps|teaspoons?|teaspoonfuls?)$/i],
  ['oz', /^(?:oz|ozs|ounces?)$/i],
  ['cups', /^cups?$/i],
  ['drops', /^(?:drops?|gtts?)$/i],
  ['capsules', /^(?:capsules?|caps|pills?|tablets?|tabs|softgels?)$/i],
  ['cloves', /^cloves?$/i],
  ['shot', /^shots?$/i],
  ['glasses', /^glasses$/i],
  // The forms shops sell remedies in, counted as such ("2 gummies", "a scoop", "a full dropper").
  ['gummies', /^gumm(?:y|ies)$/i],
  ['chews', /^(?:chews?|chewables)$/i],
  ['scoops', /^scoops?$/i],
  ['lozenges', /^(?:lozenges?|pastilles?)$/i],
  ['sachets', /^(?:sachets?|packets?|stick packs?)$/i],
  ['dropperfuls', /^(?:dropper(?:ful)?s?|droppersful)$/i],
  ['tea bags', /^(?:tea ?bags?)$/i],
];
export const UNIT_WORDS = String.raw`mcg|µg|micrograms?|mgs?|milligrams?|gms?|grms?|grams?|g|international units?|ius|i\.?u\.?|mls?|cc's|ccs|cc|millilit(?:er|re)s?|ltrs?|lit(?:er|re)s?|l|tbspns?|tbsps?|tbs|tbls?|tblsp|tablespoon(?:ful)?s?|tb|t|tsps?|teaspoon(?:ful)?s?|ozs?|ounces?|cups?|drops?|gtts?|capsules?|caps|pills?|tablets?|tabs|softgels?|cloves?|shots?|glasses|gumm(?:y|ies)|chews?|chewables|scoops?|lozenges?|pastilles?|sachets?|packets?|stick packs?|dropper(?:ful)?s?|droppersful|tea ?bags?`;

export function unitOf(raw: string): DoseUnit | null {
  const word = raw.replace(/\.$/, '');
  for (const [unit, re] of UNITS) if (re.test(word)) return unit;
  return null;
}

/** Masses in mg; other units have no daily mass. */
export const TO_MG: Partial<Record<DoseUnit, number>> = { mg: 1, mcg: 0.001, g: 1000 };

// The forms shops sell remedies in, counted as such.
export const SHOP_FORMS: DoseUnit[] = [
  'gummies',
  'chews',
  'scoops',
  'lozenges',
  'sachets',
  'dropperfuls',
  'tea bags',
];
