// The public face of src/domain/transfer: what the other layers and capabilities use.
export {
  type ReportWithThread,
  createAuthors,
  insertReportBatch,
  isEmptySite,
  settleCounts,
} from './bulk.js';
export { ImportRefused, checkLines } from './check.js';
export { exportLines } from './export.js';
export { type ImportItem, batchLines, importLines } from './import.js';
export { type LegacyOptions, type LegacySummary, importLegacyPage } from './legacy-import.js';
export {
  type LegacyPage,
  LegacyRefused,
  decodeLegacyFile,
  legacyRefusal,
  parseLegacyPage,
  tidyPlace,
} from './legacy-parse.js';
export { conditionResolver } from './legacy-import.js';
export {
  RATING_KEYS,
  type WordPressSummary,
  emptySummary,
  htmlToText,
  importWordPressItem,
} from './wordpress-import.js';
export { WxrError, WxrReader, wxrDate } from './wordpress-read.js';
