// The public face of src/domain/common: what the other layers and capabilities use.
export { type PageInfo, MAX_PAGE, pageInfo, planPage, startPages } from './pagination.js';
export { type Share, wilson } from './stats.js';
export {
  asText,
  cleanInput,
  countLinks,
  escapeRegExp,
  isWebLink,
  plainText,
  slugify,
} from './text.js';
export { type Store, transaction } from './transaction.js';
export { InvalidInput, blankToUndefined, validate } from './validation.js';
