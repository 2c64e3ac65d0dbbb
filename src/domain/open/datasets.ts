// The open data's data dictionary: each dataset's columns, in order, with what each means. The
// same list writes the CSV header, the JSON Lines keys, the /data page and datapackage.json.

export interface Field {
  name: string;
  type: 'string' | 'integer' | 'number';
  description: string;
}

export interface Dataset {
  name: 'pairs' | 'pair-details' | 'reports';
  title: string;
  description: string;
  fields: Field[];
}

const WITHHELD =
  'Empty (null) when withheld: a count from 1 to INSIGHT_MIN_REPORTS − 1, or one that could be worked out from withheld ones.';
const count = (name: string, description: string): Field => ({
  name,
  type: 'integer',
  description: `${description} ${WITHHELD}`,
});

const remedyCondition: Field[] = [
  { name: 'remedy', type: 'string', description: 'The remedy’s slug (its address on the site).' },
  { name: 'condition', type: 'string', description: 'The condition’s slug.' },
];

export const DATASETS: Dataset[] = [
  {
    name: 'pairs',
    title: 'Numbers per remedy and condition',
    description:
      'One row per remedy × condition with at least INSIGHT_MIN_REPORTS published reports: how many, and how it went.',
    fields: [
      ...remedyCondition,
      { name: 'remedy_name', type: 'string', description: 'The remedy’s name.' },
      { name: 'condition_name', type: 'string', description: 'The condition’s name.' },
      { name: 'reports', type: 'integer', description: 'Published reports.' },
      count('known', 'Reports that say how it went (entered, or read from the text).'),
      count('improved', 'Of those, reports that it helped, for good or for a while.'),
      {
        name: 'improved_share',
        type: 'number',
        description: `improved ÷ known, 0–1. Empty when either count, or known − improved, is withheld.`,
      },
      {
        name: 'improved_low',
        type: 'number',
        description: 'Lower end of the share’s 95% Wilson interval (empty with the share).',
      },
      {
        name: 'improved_high',
        type: 'number',
        description: 'Upper end of the share’s 95% Wilson interval (empty with the share).',
      },
      count('helped', 'Reports that it helped.'),
      count('helped_temporarily', 'Reports that it helped for a while.'),
      count('no_change', 'Reports of no change.'),
      count('worse', 'Reports that it made things worse.'),
      count('side_effects_only', 'Reports of side effects only.'),
      count('does_not_say', 'Reports that do not say how it went.'),
    ],
  },
  {
    name: 'pair-details',
    title: 'Doses, side effects and time to effect per remedy and condition',
    description:
      'One row per remedy × condition and dose band, side effect or time-to-effect band that at least INSIGHT_MIN_REPORTS reports name; smaller ones are left out.',
    fields: [
      ...remedyCondition,
      {
        name: 'measure',
        type: 'string',
        description: '`dose` (daily amount band), `side_effect` or `time_to_effect` (band).',
      },
      { name: 'value', type: 'string', description: 'The band or side-effect term.' },
      { name: 'label', type: 'string', description: 'The band or term in words.' },
      { name: 'reports', type: 'integer', description: 'Reports that name it.' },
      count('improved', 'For doses: of those, reports that it helped (empty for other measures).'),
    ],
  },
  {
    name: 'reports',
    title: 'Facts per report',
    description:
      'One row per published report in a remedy × condition with at least INSIGHT_MIN_REPORTS reports: only the facts the numbers take from it, its stars and its month. No text, name, place or report number. Each value is given only when at least INSIGHT_MIN_REPORTS reports of the same remedy × condition share it (an outcome, when its count in `pairs` is given); otherwise it is empty.',
    fields: [
      ...remedyCondition,
      { name: 'rating', type: 'integer', description: 'Stars, 1–5; empty when not rated.' },
      { name: 'month', type: 'string', description: 'The month it was posted, YYYY-MM.' },
      {
        name: 'outcome',
        type: 'string',
        description:
          'helped, helped_temporarily, no_change, worse or side_effects_only; empty when it does not say.',
      },
      {
        name: 'outcome_from',
        type: 'string',
        description: '`author` (entered) or `text` (read from the report’s words).',
      },
      { name: 'dose_band', type: 'string', description: 'Daily amount band (see pair-details).' },
      { name: 'daily_mg_min', type: 'number', description: 'Daily amount in mg, lower end.' },
      { name: 'daily_mg_max', type: 'number', description: 'Daily amount in mg, upper end.' },
      { name: 'taken_days', type: 'integer', description: 'How long it was taken, in days.' },
      {
        name: 'effect_days',
        type: 'integer',
        description: 'Days until a first effect (0: under a day).',
      },
      { name: 'for_whom', type: 'string', description: 'self, child, pet or other.' },
      {
        name: 'side_effects',
        type: 'string',
        description: 'Side-effect terms, separated by "; ".',
      },
    ],
  },
];

/** What an operator may name in OPEN_DATA_LICENSE, by SPDX id; anything else is shown as given. */
export const LICENSES: Record<string, { title: string; path: string }> = {
  'CC-BY-4.0': {
    title: 'Creative Commons Attribution 4.0',
    path: 'https://creativecommons.org/licenses/by/4.0/',
  },
  'CC-BY-SA-4.0': {
    title: 'Creative Commons Attribution-ShareAlike 4.0',
    path: 'https://creativecommons.org/licenses/by-sa/4.0/',
  },
  'CC0-1.0': {
    title: 'Creative Commons Zero 1.0 (public domain)',
    path: 'https://creativecommons.org/publicdomain/zero/1.0/',
  },
  'ODbL-1.0': {
    title: 'Open Data Commons Open Database License 1.0',
    path: 'https://opendatacommons.org/licenses/odbl/1-0/',
  },
  'PDDL-1.0': {
    title: 'Open Data Commons Public Domain Dedication and License 1.0',
    path: 'https://opendatacommons.org/licenses/pddl/1-0/',
  },
};

export function licenseOf(id: string): { name: string; title: string; path: string | null } {
  const known = LICENSES[id];
  return known ? { name: id, ...known } : { name: id, title: id, path: null };
}
