/**
 * Facts read from text count in public numbers only at or above this confidence: a wrong number is
 * worse than a missing one. Chosen on the real labelled sets (docs/EXTRACTION.md).
 */
export const PUBLIC_CONFIDENCE = 0.75;
