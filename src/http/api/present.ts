// Domain objects in the API's shape: absolute addresses added, internal ids left out.
import type { z } from 'zod';
import type {
  OpenCondition,
  OpenRemedy,
  OpenRemedyListing,
  OpenReport,
} from '../../domain/open/index.js';
import type { SearchResults } from '../../domain/search/index.js';
import type { Condition, RemedySummary } from '../../model/types.js';
import { urls } from '../../views/urls.js';
import { maskContacts } from '../../model/privacy.js';
import type * as s from './schemas.js';

export type Absolute = (path: string) => string;

export const remedySummaryOf = (
  r: RemedySummary,
  abs: Absolute,
): z.output<typeof s.remedySummary> => ({
  slug: r.slug,
  name: r.name,
  kind: r.kind,
  summary: r.summary,
  editorsChoice: r.editorsChoice,
  url: abs(urls.remedy(r.slug)),
});

export const conditionOf = (c: Condition, abs: Absolute): z.output<typeof s.condition> => ({
  slug: c.slug,
  name: c.name,
  aliases: c.aliases,
  category: c.category,
  description: c.description,
  url: abs(urls.condition(c.slug)),
});

export const remedyListOf = (
  list: OpenRemedyListing[],
  abs: Absolute,
): z.output<typeof s.remedyListing> => ({
  remedies: list.map((l) => ({ ...remedySummaryOf(l.remedy, abs), ratings: l.ratings })),
});

export const remedyOf = (r: OpenRemedy, abs: Absolute): z.output<typeof s.remedy> => ({
  remedy: {
    ...remedySummaryOf(r.remedy, abs),
    aliases: r.remedy.aliases,
    modifiedAt: r.remedy.modifiedAt,
    article: r.remedy.article,
  },
  citations: r.citations,
  uses: r.uses.map((u) => ({ ...u, condition: conditionOf(u.condition, abs) })),
  conditions: r.conditions.map((c) => ({
    condition: conditionOf(c.condition, abs),
    ratings: c.ratings,
    insight: c.insight,
    url: abs(urls.remedyCondition(r.remedy.slug, c.condition.slug)),
  })),
  ratings: r.ratings,
  insight: r.insight,
});

export const conditionDetailOf = (
  c: OpenCondition,
  abs: Absolute,
): z.output<typeof s.conditionDetail> => ({
  condition: conditionOf(c.condition, abs),
  reports: c.reports,
  remedies: c.remedies.map((r) => ({
    ...r,
    remedy: remedySummaryOf(r.remedy, abs),
    url: abs(urls.remedyCondition(r.remedy.slug, c.condition.slug)),
  })),
});

export const reportOf = (r: OpenReport, abs: Absolute): z.output<typeof s.report> => ({
  id: r.id,
  url: abs(urls.report(r.id)),
  remedy: r.remedy,
  condition: r.condition,
  author: { name: r.authorName, memberId: r.memberId, place: r.place },
  postedAt: r.postedAt,
  updatedAt: r.updatedAt,
  rating: r.rating,
  title: r.title,
  body: r.body,
  helpfulCount: r.helpfulCount,
  details: r.details,
  facts: r.facts,
});

export const searchOf = (
  q: string,
  results: SearchResults,
  abs: Absolute,
): z.output<typeof s.searchResults> => ({
  query: q,
  remedies: results.remedies.map((r) => remedySummaryOf(r, abs)),
  conditions: results.conditions.map((c) => conditionOf(c, abs)),
  reports: results.reports.map(({ report, snippet }) => ({
    id: report.id,
    url: abs(urls.report(report.id)),
    remedy: report.remedy,
    condition: report.condition,
    title: report.title === null ? null : maskContacts(report.title),
    // The engine marks matches with control characters; the API gives plain text.
    snippet: maskContacts(snippet.split('\u0002').join('').split('\u0003').join('')),
    rating: report.rating,
    postedAt: report.postedAt,
  })),
  total: results.page.total,
  capped: results.capped,
  page: results.page.page,
  pageCount: results.page.pageCount,
  suggestion: results.suggestion,
});
