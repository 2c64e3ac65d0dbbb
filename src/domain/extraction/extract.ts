// Deterministic extraction of structured facts from a report's free text, each with the exact
// span it came from. No model, no network: patterns and vocabularies, reviewable and testable.
import type { ForWhom, Outcome } from '../../model/vocabulary.js';
import { maskMedicines } from '../reference/index.js';
import { extractDoses, type Dose } from './dose.js';
import { outcome } from './outcome.js';
import { duration, timeToEffect } from './time.js';
import { forWhom } from './for-whom.js';
import { type SideEffect, sideEffects } from './side-effects.js';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export { PUBLIC_CONFIDENCE } from './confidence.js';

export interface Extracted {
  doses: Dose[];
  duration: { days: number; span: Span } | null;
  timeToEffect: { days: number; span: Span } | null;
  outcome: Outcome | 'unclear';
  outcomeSpan: Span | null;
  /** How sure the outcome is, 0–1 (0 when unclear). */
  outcomeConfidence: number;
  sideEffects: SideEffect[];
  forWhom: ForWhom | 'unclear';
}

/** Words for the condition being treated: its own symptoms are not side effects of the remedy. */
export interface ExtractContext {
  conditionTerms: string[];
  /** The remedy's name and aliases: a sentence naming it is about it even if it names a drug. */
  remedyTerms?: string[];
}

export function extract(text: string, context: ExtractContext = { conditionTerms: [] }): Extracted {
  // Medicine names are masked once for both readers that tell another treatment's sentences.
  const masked = maskMedicines(text);
  const effects = sideEffects(text, {
    conditionTerms: context.conditionTerms,
    remedyTerms: context.remedyTerms ?? [],
    masked,
  });
  const o = outcome(text, context.remedyTerms ?? [], effects, masked);
  return {
    doses: extractDoses(text, context.remedyTerms ?? []),
    duration: duration(text, context.remedyTerms ?? []),
    timeToEffect: timeToEffect(text),
    outcome: o.outcome,
    outcomeSpan: o.span,
    outcomeConfidence: o.confidence,
    sideEffects: effects,
    forWhom: forWhom(text),
  };
}
