// The public face of src/domain/insight: what the other layers and capabilities use.
export { factsOf, massBand, reextractAll, refreshFacts, settleReports } from './facts.js';
export { type Insight, doseBandLabel, sideEffectLabel, toInsight } from './numbers.js';
export { type ReadFact, factsForReport } from './report-facts.js';
export {
  type EvidenceComparison,
  type Statement,
  compareWithEvidence,
  statementsFor,
} from './statements.js';
