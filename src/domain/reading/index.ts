// The public face of src/domain/reading: what the other layers and capabilities use.
export {
  type CardRef,
  type KeptCard,
  type KeptCards,
  type PostCounts,
  type RenderedCard,
  storeReportCards,
} from './cards.js';
export {
  type ConditionCategory,
  type ConditionPage,
  type Home,
  type LatestReports,
  type RemedyListing,
  getConditionPage,
  getHome,
  getLatestReports,
  listConditionsByCategory,
  listRemedies,
} from './listings.js';
export { countOf, summarise } from './ratings.js';
export { RemedyPages, readRemedyMeta } from './remedy-meta.js';
export {
  type ConditionGroup,
  type RemedyReports,
  type ResearchBeside,
  getRemedyReports,
} from './remedy-page.js';
