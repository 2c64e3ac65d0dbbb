// The public face of src/domain/reference: what the other layers and capabilities use.
export { interactions } from './interactions.js';
export { MEDICINE_MASK, MEDICINE_NAMES, maskMedicines } from './medicines.js';
export { REMEDY_NAMES, otherRemediesPattern } from './remedies.js';
export { type UpperLimit, upperLimits } from './upper-limits.js';
