// The sitemap protocol's XML (sitemaps.org): a sitemap index, and sitemaps of at most 50,000
// addresses, written as text a batch at a time. Written here rather than with the `sitemap`
// library: its per-address checks cost 258 ms of a 50,000-address chunk's 400 (docs/PERFORMANCE.md).
import type { SitemapEntry, SitemapPath } from '../domain/open/index.js';
import { urls } from './urls.js';

const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

const xmlText = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

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

const entry = (tag: 'url' | 'sitemap', loc: string, lastmod: string | null) =>
  `<${tag}><loc>${xmlText(loc)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</${tag}>\n`;

/** A sitemap of these entries, as text, one piece per batch the domain reads. */
export async function* sitemapXml(
  entries: Iterable<SitemapEntry> | AsyncIterable<SitemapEntry>,
  origin: string,
): AsyncGenerator<string> {
  const base = origin.replace(/\/$/, '');
  yield `${HEAD}<urlset xmlns="${NS}">\n`;
  let piece = '';
  let n = 0;
  for await (const e of entries) {
    piece += entry('url', base + sitemapPath(e.path), e.lastmod);
    if (++n % 2000 === 0) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}</urlset>\n`;
}

/** The index: the absolute address of each sitemap, with its newest change. */
export function sitemapIndexXml(sitemaps: { url: string; lastmod: string | null }[]): string {
  return `${HEAD}<sitemapindex xmlns="${NS}">\n${sitemaps.map((s) => entry('sitemap', s.url, s.lastmod)).join('')}</sitemapindex>\n`;
}
