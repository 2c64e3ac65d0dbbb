// The public face of src/domain/search: what the other layers and capabilities use.
export {
  type SearchResults,
  autocomplete,
  distance,
  indexRemedyDocument,
  reindexAll,
  searchSite,
  suggest,
} from './search.js';
