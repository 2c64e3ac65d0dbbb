// The controlled vocabularies of the report form. Values are stored; labels are shown.
export const doseUnits = [
  'mg',
  'g',
  'mcg',
  'IU',
  'ml',
  'tsp',
  'tbsp',
  'oz',
  'cups',
  'drops',
  'capsules',
  'tablets',
] as const;
export type DoseUnit = (typeof doseUnits)[number];
export const doseFrequencies = [
  'once a day',
  'twice a day',
  'three times a day',
  'four times a day',
  'every other day',
  'once a week',
  'as needed',
] as const;
export type DoseFrequency = (typeof doseFrequencies)[number];
export const forms = [
  'powder',
  'capsule',
  'tablet',
  'liquid',
  'tea',
  'tincture',
  'food',
  'oil',
  'topical',
  'gargle',
  'bath',
  'other',
] as const;
export type Form = (typeof forms)[number];

export const outcomes = {
  helped: 'Helped',
  helped_temporarily: 'Helped for a while',
  no_change: 'No change',
  worse: 'Made things worse',
  side_effects_only: 'Side effects only',
} as const;
export type Outcome = keyof typeof outcomes;
/** Outcomes in the order pages list them, best first. */
export const outcomeOrder = [
  'helped',
  'helped_temporarily',
  'no_change',
  'worse',
  'side_effects_only',
] as const satisfies readonly Outcome[];

/** How report lists can be sorted. */
export const reportSorts = ['newest', 'helpful', 'highest', 'lowest'] as const;
export type ReportSort = (typeof reportSorts)[number];

export const sideEffectTerms = {
  bloating: 'Bloating',
  gas: 'Gas',
  diarrhea: 'Diarrhoea or loose stools',
  constipation: 'Constipation',
  nausea: 'Nausea',
  heartburn: 'Heartburn',
  stomach_cramps: 'Stomach cramps',
  headache: 'Headache',
  dizziness: 'Dizziness',
  insomnia: 'Trouble sleeping',
  wired: 'Feeling wired or jittery',
  anxiety: 'Anxiety',
  drowsiness: 'Drowsiness',
  muscle_cramps: 'Muscle cramps',
  rash: 'Rash or itching',
  other: 'Something else',
} as const;
export type SideEffectTerm = keyof typeof sideEffectTerms;
export const severities = ['mild', 'moderate', 'severe'] as const;
export type Severity = (typeof severities)[number];

export const forWhom = {
  self: 'Myself',
  child: 'A child',
  pet: 'A pet',
  other: 'Someone else',
} as const;
export type ForWhom = keyof typeof forWhom;

export const durationUnits = { days: 1, weeks: 7, months: 30, years: 365 } as const;
export type DurationUnit = keyof typeof durationUnits;

/** "3 weeks" rather than "21 days" when it reads better. */
export function describeDays(days: number): string {
  if (days === 0) return 'less than a day';
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (days % 365 === 0) return plural(days / 365, 'year');
  if (days % 30 === 0) return plural(days / 30, 'month');
  if (days % 7 === 0) return plural(days / 7, 'week');
  return plural(days, 'day');
}

/** What kind of thing a remedy is. */
export const remedyKinds = [
  'supplement',
  'herb',
  'mineral',
  'vitamin',
  'food',
  'home remedy',
  'essential oil',
  'other',
] as const;
