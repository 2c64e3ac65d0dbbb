// The public face of src/domain/open: published content as data, for the API, feeds and the sitemap.
export {
  type OpenCondition,
  type OpenConditionListing,
  type OpenInsight,
  type OpenRemedy,
  type OpenRemedyListing,
  openCondition,
  openConditions,
  openInsightOf,
  openPairInsight,
  openRemedies,
  openRemedy,
} from './catalog.js';
export {
  type FactSource,
  type OpenReport,
  type OpenReportPage,
  type OpenReportQuery,
  openReport,
  openReports,
} from './reports.js';
export {
  FEED_SIZE,
  type ReportFeed,
  type RevisionFeedEntry,
  changedParts,
  reportFeed,
  revisionFeed,
} from './feeds.js';
export {
  SITEMAP_CHUNK,
  type SitemapEntry,
  type SitemapPath,
  sitemapPages,
  sitemapReportChunks,
  sitemapReports,
} from './sitemap.js';
export {
  DATA_JOB,
  type DataBuild,
  type StoredFile,
  buildOpenData,
  openDataFile,
  openDataFiles,
  scheduleOpenData,
} from './data.js';
export { DATASETS, type Dataset, type Field, LICENSES, licenseOf } from './datasets.js';
export { ValueCounts, withheldDerived, withheldOutcomes } from './suppression.js';
