// Atom 1.0 feeds (RFC 4287), written by the `feed` library from what the domain gives: pure
// functions of their input, so the same reports give the same bytes (and the same ETag).
import { Feed } from 'feed';
import type { OpenReport, ReportFeed, RevisionFeedEntry } from '../domain/open/index.js';
import { escapeHtml } from './jsx.js';
import { markdown } from './markdown.js';
import { urls } from './urls.js';

type Absolute = (path: string) => string;

const NOT_ADVICE = 'Readers’ own experiences, moderated. Not medical advice.';
const RIGHTS = 'Each report belongs to its author; published on Remedex with their agreement.';

function stars(rating: number | null): string {
  return rating === null ? 'no stars' : `${rating} of 5 stars`;
}

/** A report's entry title: its own title, or what it is about and its stars. */
export function reportTitle(r: OpenReport): string {
  const about = `${r.remedy.name} for ${r.condition.name}`;
  return r.title ? `${r.title} (${about}, ${stars(r.rating)})` : `${about}: ${stars(r.rating)}`;
}

function newest(dates: readonly string[], fallback: string): Date {
  const latest = dates.reduce((a, b) => (b > a ? b : a), fallback);
  return new Date(latest);
}

export function reportsAtom(f: ReportFeed, abs: Absolute): string {
  const { remedy, condition } = f;
  const scope =
    remedy && condition
      ? `${remedy.name} for ${condition.name}`
      : (remedy?.name ?? condition?.name ?? null);
  const page = remedy
    ? condition
      ? urls.remedyCondition(remedy.slug, condition.slug)
      : urls.remedy(remedy.slug)
    : condition
      ? urls.condition(condition.slug)
      : urls.latest();
  const self = remedy
    ? urls.remedyFeed(remedy.slug, condition?.slug)
    : condition
      ? urls.conditionFeed(condition.slug)
      : urls.reportsFeed();
  const feed = new Feed({
    title: scope ? `${scope}: new reports on Remedex` : 'Remedex: new reports',
    description: NOT_ADVICE,
    id: abs(self),
    link: abs(page),
    language: 'en',
    favicon: abs('/favicon.svg'),
    copyright: RIGHTS,
    // An empty feed is as old as its remedy, or as the epoch: never "now", so its bytes hold still.
    updated: newest(
      f.reports.map((r) => r.updatedAt ?? r.postedAt),
      remedy?.modifiedAt ?? '1970-01-01T00:00:00.000Z',
    ),
    generator: 'Remedex',
    feedLinks: { atom: abs(self) },
    author: { name: 'Remedex readers', link: abs('/') },
  });
  for (const r of f.reports)
    feed.addItem({
      // The library writes titles as type="html": escaped, so they read as the words written.
      title: escapeHtml(reportTitle(r)),
      id: abs(urls.report(r.id)),
      link: abs(urls.report(r.id)),
      date: new Date(r.updatedAt ?? r.postedAt),
      published: new Date(r.postedAt),
      author: [
        {
          name: r.authorName,
          ...(r.memberId !== null ? { link: abs(urls.user(r.memberId)) } : {}),
        },
      ],
      // The body as the report page shows it: the safe Markdown subset, contacts already masked.
      content: markdown(r.body).value,
      category: [{ name: r.condition.name, term: r.condition.slug }],
    });
  return feed.atom1();
}

export function revisionsAtom(entries: readonly RevisionFeedEntry[], abs: Absolute): string {
  const feed = new Feed({
    title: 'Remedex: article changes',
    description: 'Every saved revision of a published remedy article, newest first.',
    id: abs(urls.revisionsFeed()),
    link: abs(urls.remedies()),
    language: 'en',
    favicon: abs('/favicon.svg'),
    copyright: 'Remedex editors',
    updated: newest(
      entries.map((e) => e.createdAt),
      '1970-01-01T00:00:00.000Z',
    ),
    generator: 'Remedex',
    feedLinks: { atom: abs(urls.revisionsFeed()) },
    author: { name: 'Remedex editors', link: abs('/') },
  });
  for (const e of entries) {
    const changed = e.changed.length > 0 ? e.changed.join(', ') : 'no visible change';
    const summary = e.changed[0] === 'first version' ? e.note : `${e.note} Changed: ${changed}.`;
    feed.addItem({
      title: escapeHtml(`${e.name}: revision ${e.number} (${changed})`),
      id: `${abs(urls.remedy(e.slug))}#revision-${e.number}`,
      link: abs(urls.remedy(e.slug)),
      date: new Date(e.createdAt),
      description: escapeHtml(summary.trim() || `Changed: ${changed}.`),
    });
  }
  return feed.atom1();
}
