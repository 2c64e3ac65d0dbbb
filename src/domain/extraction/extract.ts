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

export function extract(
  original: string,
  context: ExtractContext = { conditionTerms: [] },
): Extracted {
  // Phones type ’ for '; the cues are written with '. One character for one keeps every span.
  const text = original.replace(/[’‘ʼ]/g, "'");
  // Medicine names are masked once for both readers that tell another treatment's sentences.
  const masked = maskMedicines(text);
  const whom = forWhom(text);
  const effects = sideEffects(text, {
    conditionTerms: context.conditionTerms,
    remedyTerms: context.remedyTerms ?? [],
    masked,
    forWhom: whom,
  });
  const o = outcome(text, context.remedyTerms ?? [], effects, masked);
  const duration_ = duration(text, context.remedyTerms ?? [], masked);
  const effect = timeToEffect(text, context.remedyTerms ?? []);
  // The words shown as a fact's source are the author's own.
  const own = (span: Span): Span => ({ ...span, text: original.slice(span.start, span.end) });
  return {
    doses: extractDoses(text, context.remedyTerms ?? []).map((d) => ({ ...d, span: own(d.span) })),
    duration: duration_ && { ...duration_, span: own(duration_.span) },
    timeToEffect: effect && { ...effect, span: own(effect.span) },
    outcome: o.outcome,
    outcomeSpan: o.span && own(o.span),
    outcomeConfidence: o.confidence,
    sideEffects: effects.map((e) => ({ ...e, span: own(e.span) })),
    forWhom: whom,
  };
}
