// The public face of src/domain/safety: what the other layers and capabilities use.
export { warmReaders } from './readers.js';
export { safetyRules } from './rules.js';
export { type DoseContext, overMaxDose, triage, unitOf } from './triage.js';
