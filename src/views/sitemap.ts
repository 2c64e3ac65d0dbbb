// The addresses a sitemap lists, from the domain's entries (http/routes/sitemap.ts writes the XML
// with the `sitemap` library, as a stream).
import type { SitemapEntry, SitemapPath } from '../domain/open/index.js';
import { urls } from './urls.js';

export function sitemapPath(p: SitemapPath): string {
  switch (p.page) {
    case 'home':
      return urls.home();
    case 'remedies':
      return urls.remedies();
    case 'conditions':
      return urls.conditions();
    case 'latest':
      return urls.latest();
    case 'remedy':
      return urls.remedy(p.slug);
    case 'pair':
      return urls.remedyCondition(p.slug, p.condition);
    case 'condition':
      return urls.condition(p.slug);
    case 'report':
      return urls.report(p.id);
  }
}

/** An entry as the sitemap protocol writes it: its address (from `hostname`) and date. */
export const sitemapItem = (e: SitemapEntry): { url: string; lastmod?: string } => ({
  url: sitemapPath(e.path),
  ...(e.lastmod ? { lastmod: e.lastmod } : {}),
});
