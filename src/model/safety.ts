// What safety triage finds in a post: every layer may read these (moderation queue, report pages).

export const safetyCategories = [
  'emergency_symptom',
  'stopping_prescribed_medication',
  'unsafe_ingestion',
  'over_max_dose',
  'child_or_pet_risk',
  'drug_interaction',
] as const;
export type SafetyCategory = (typeof safetyCategories)[number];

export interface SafetyMatch {
  start: number;
  end: number;
  text: string;
}

export interface SafetyFinding {
  rule: string;
  category: SafetyCategory;
  reason: string;
  matches: SafetyMatch[];
  /** Where the reason is documented (interactions): shown to readers as a link. */
  source?: { title: string; url: string };
}
