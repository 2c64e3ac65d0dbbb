// The pieces demo reports are written from. Every piece is Remedex's own wording.
import type {
  DoseFrequency,
  DoseUnit,
  Form,
  Severity,
  SideEffectTerm,
} from '../../model/vocabulary.js';

/** How readers with one condition talk about it. Nothing here may name another condition. */
export interface ConditionVoice {
  slug: string;
  /** What troubles them, as noun phrases that read after "By then": "the burning after dinner". */
  symptoms: string[];
  /** Whole opening sentences in a reader's voice. */
  openings: string[];
  /** What they tried before, as noun phrases: "antacids after every meal". */
  tried: string[];
  /** A word or two for titles: "reflux". */
  short: string[];
  /** How long people take a remedy for it, and how soon it can show, in days. */
  course: Course;
}

/** Quick troubles pass in days; measured ones (readings, skin) take weeks; cyclic ones, cycles. */
export type Course = 'acute' | 'chronic' | 'slow' | 'cyclic';

/** One way of taking a remedy for a condition, as a noun phrase that reads after `verb`. */
export interface Way {
  text: string;
  verb: 'took' | 'used' | 'drank' | 'had';
  /** What the form's structured fields would hold if the reader filled them in. */
  dose: { min: number; max: number; unit: DoseUnit; frequency: DoseFrequency | null };
  form: Form;
}

export interface PairVoice {
  remedy: string;
  condition: string;
  /** How often readers of the remedy write about this condition, relative to its others. */
  weight: number;
  ways: Way[];
}

export interface SideEffectVoice {
  /** A noun phrase: "a dull ache behind my eyes". */
  text: string;
  term: SideEffectTerm;
  severity: Severity;
}

/** A report that sets off a safety rule: published with its note, or waiting for a moderator. */
export interface CautionaryReport {
  condition: string;
  title: string;
  body: string;
  rating: 1 | 2 | 3 | 4 | 5;
  status: 'approved' | 'pending';
}

export interface RemedyVoice {
  slug: string;
  /** What readers call it mid-sentence: "apple cider vinegar", "the vinegar". */
  called: string[];
  /** Share of reports where it helped. */
  positive: number;
  sideEffects: SideEffectVoice[];
  /** Remarks about the remedy itself (taste, price, habit), naming no condition. */
  remarks: string[];
  /** What the reader would tell someone starting out. */
  tips: string[];
  cautionary: CautionaryReport[];
}
