// The public face of src/domain/extraction: what the other layers and capabilities use.
export { type Dose, TO_MG, extractDoses, perDay } from './dose.js';
export { type Extracted, PUBLIC_CONFIDENCE, extract } from './extract.js';
export { NEGATOR, numberOf } from './grammar.js';
export { ANIMAL } from './for-whom.js';
