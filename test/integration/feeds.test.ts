// Atom feeds on both databases: each is read by an XML parser and checked for what RFC 4287
// requires; entries are exactly the newest published reports of their scope; conditional GETs;
// pages name their feeds for autodiscovery.
import { expect, it } from 'vitest';
import { Agent } from '../helpers/agent.js';
import { useApp } from '../helpers/app.js';
import { describeEachDialect } from '../helpers/db.js';
import { guestReport } from '../helpers/reports.js';
import { type XmlElement, childrenNamed, parseXml, textOfChild } from '../helpers/xml.js';
import { signedIn } from '../helpers/accounts.js';

const ATOM = 'http://www.w3.org/2005/Atom';
// RFC 3339 date-time, as Atom's date constructs require.
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/** What RFC 4287 requires of a feed and its entries; the problems found. */
function atomProblems(feed: XmlElement): string[] {
  const problems: string[] = [];
  const once = (el: XmlElement, name: string, where: string) => {
    const n = childrenNamed(el, name).length;
    if (n !== 1) problems.push(`${where}: ${n} atom:${name}`);
  };
  if (feed.name !== 'feed' || feed.uri !== ATOM) problems.push('root is not atom:feed');
  for (const name of ['id', 'title', 'updated']) once(feed, name, 'feed');
  if (!RFC3339.test(textOfChild(feed, 'updated') ?? '')) problems.push('feed: updated');
  const self = childrenNamed(feed, 'link').find((l) => l.attrs.rel === 'self');
  if (!self) problems.push('feed: no rel="self" link');
  const feedAuthor = childrenNamed(feed, 'author').length > 0;
  const ids = new Set<string>();
  for (const entry of childrenNamed(feed, 'entry')) {
    const id = textOfChild(entry, 'id') ?? '';
    for (const name of ['id', 'title', 'updated']) once(entry, name, `entry ${id}`);
    if (ids.has(id)) problems.push(`entry ${id}: id repeated`);
    ids.add(id);
    if (!RFC3339.test(textOfChild(entry, 'updated') ?? '')) problems.push(`entry ${id}: updated`);
    if (!feedAuthor && childrenNamed(entry, 'author').length === 0)
      problems.push(`entry ${id}: no author`);
    const alternate = childrenNamed(entry, 'link').some(
      (l) => (l.attrs.rel ?? 'alternate') === 'alternate',
    );
    if (childrenNamed(entry, 'content').length === 0 && !alternate)
      problems.push(`entry ${id}: neither content nor an alternate link`);
    if (!/^https?:\/\//.test(id)) problems.push(`entry ${id}: id is not an IRI`);
  }
  return problems;
}

describeEachDialect('feeds', (site) => {
  const app = useApp(site);

  async function feedAt(url: string) {
    const res = await app().inject({ url });
    expect(res.statusCode, url).toBe(200);
    expect(res.headers['content-type'], url).toBe('application/atom+xml; charset=utf-8');
    const feed = parseXml(res.body);
    expect(atomProblems(feed), url).toEqual([]);
    return { res, feed, entries: childrenNamed(feed, 'entry') };
  }

  it('serves valid Atom for the site, a remedy, a condition, a pair and article revisions', async () => {
    for (const url of [
      '/feeds/reports.atom',
      '/remedies/ginger/feed.atom',
      '/conditions/nausea/feed.atom',
      '/remedies/ginger/nausea/feed.atom',
      '/feeds/revisions.atom',
    ]) {
      const { entries } = await feedAt(url);
      expect(entries.length, url).toBeGreaterThan(0);
      expect(entries.length, url).toBeLessThanOrEqual(50);
    }
  });

  it('carries exactly the newest published reports of its scope, as the API lists them', async () => {
    for (const [feed, api] of [
      ['/feeds/reports.atom', '/api/v1/reports?limit=50'],
      ['/remedies/l-glutamine/feed.atom', '/api/v1/reports?remedy=l-glutamine&limit=50'],
      ['/conditions/ibs/feed.atom', '/api/v1/reports?condition=ibs&limit=50'],
      [
        '/remedies/l-glutamine/ibs/feed.atom',
        '/api/v1/reports?remedy=l-glutamine&condition=ibs&limit=50',
      ],
    ] as const) {
      const { entries } = await feedAt(feed);
      const listed = (await app().inject({ url: api })).json<{ reports: { url: string }[] }>();
      expect(
        entries.map((e) => textOfChild(e, 'id')),
        feed,
      ).toEqual(listed.reports.map((r) => r.url));
    }
  });

  it('leaves out a report until it is published, and shows its title as the words written', async () => {
    const agent = new Agent(app);
    const title = '<b>Calmer</b> & kinder';
    await agent.get('/remedies/l-glutamine/reports/new');
    await agent.post('/remedies/l-glutamine/reports', { ...guestReport, title });
    const { db } = site().database;
    const row = await db
      .selectFrom('reports')
      .select('id')
      .where('title', '=', title)
      .executeTakeFirstOrThrow();
    const inFeed = async () =>
      (await feedAt('/remedies/l-glutamine/feed.atom')).entries.find((e) =>
        (textOfChild(e, 'id') ?? '').endsWith(`/reports/${row.id}`),
      );
    expect(await inFeed()).toBeUndefined();
    const { agent: mod } = await signedIn(app, site, 'moderator');
    await mod.post(`/moderate/reports/${row.id}`, { action: 'approve' });
    const entry = await inFeed();
    const shown = childrenNamed(entry!, 'title')[0]!;
    // type="html": the markup is escaped, so a reader shows the characters, not bold text.
    expect(shown.attrs.type).toBe('html');
    expect(shown.text).toContain('&lt;b&gt;Calmer&lt;/b&gt; &amp; kinder');
    const body = textOfChild(entry!, 'content') ?? '';
    expect(body).not.toContain(guestReport.email);
  });

  it('answers a conditional GET with 304 while nothing changed', async () => {
    const first = await app().inject({ url: '/remedies/ginger/feed.atom' });
    expect(first.headers['cache-control']).toBe('public, max-age=300');
    const again = await app().inject({
      url: '/remedies/ginger/feed.atom',
      headers: { 'if-none-match': String(first.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
  });

  it('is named on its pages for autodiscovery', async () => {
    for (const [page, feed] of [
      ['/', '/feeds/reports.atom'],
      ['/', '/feeds/revisions.atom'],
      ['/latest', '/feeds/reports.atom'],
      ['/remedies/ginger', '/remedies/ginger/feed.atom'],
      ['/remedies/ginger/nausea', '/remedies/ginger/nausea/feed.atom'],
      ['/conditions/nausea', '/conditions/nausea/feed.atom'],
    ] as const) {
      const html = (await app().inject({ url: page })).body;
      const link = new RegExp(
        `<link rel="alternate" type="application/atom\\+xml" title="[^"]+" href="${feed.replace(/[.+]/g, '\\$&')}">`,
      );
      expect(html, page).toMatch(link);
    }
  });

  it('answers 404 for a remedy or condition that does not exist', async () => {
    for (const url of ['/remedies/no-such/feed.atom', '/conditions/no-such/feed.atom'])
      expect((await app().inject({ url })).statusCode, url).toBe(404);
  });
});
