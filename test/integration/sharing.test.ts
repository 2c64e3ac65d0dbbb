// What search engines and sharing previews read, on both databases: every page has one absolute
// canonical link, a description from its content, OpenGraph and Twitter card tags; remedy pages
// carry schema.org JSON-LD (typed against schema.org by schema-dts) within Google's rules.
import type { MedicalWebPage, WithContext } from 'schema-dts';
import { expect, it } from 'vitest';
import { useApp } from '../helpers/app.js';
import { describeEachDialect } from '../helpers/db.js';

const ORIGIN = 'http://localhost:3000';

function metaOf(html: string) {
  const head = html.slice(0, html.indexOf('</head>'));
  const all = (re: RegExp) => [...head.matchAll(re)].map((m) => m[1]!.replace(/&#39;/g, "'"));
  return {
    canonical: all(/<link rel="canonical" href="([^"]*)">/g),
    description: all(/<meta name="description" content="([^"]*)">/g),
    og: (p: string) => all(new RegExp(`<meta property="og:${p}" content="([^"]*)">`, 'g')),
    twitter: (p: string) => all(new RegExp(`<meta name="twitter:${p}" content="([^"]*)">`, 'g')),
    jsonLd: all(/<script type="application\/ld\+json">([^<]*)<\/script>/g).map(
      (j) => JSON.parse(j) as Record<string, unknown>,
    ),
  };
}

describeEachDialect('search engines and sharing', (site) => {
  const app = useApp(site);

  it('gives every page one absolute canonical link, a description, OpenGraph and Twitter tags', async () => {
    const { db } = site().database;
    const report = await db
      .selectFrom('reports')
      .select(['id', 'user_id'])
      .where('status', '=', 'approved')
      .where('user_id', 'is not', null)
      .executeTakeFirstOrThrow();
    const pages: [string, string][] = [
      ['/', '/'],
      ['/remedies', '/remedies'],
      ['/conditions', '/conditions'],
      ['/conditions/nausea', '/conditions/nausea'],
      ['/remedies/ginger', '/remedies/ginger'],
      ['/remedies/ginger?page=2', '/remedies/ginger'],
      ['/remedies/ginger/nausea', '/remedies/ginger/nausea'],
      [`/reports/${report.id}`, `/reports/${report.id}`],
      [`/users/${report.user_id}`, `/users/${report.user_id}`],
      ['/latest', '/latest'],
      ['/signin', '/signin'],
      ['/api/v1/', '/api/v1/'],
    ];
    for (const [url, canonical] of pages) {
      const html = (await app().inject({ url })).body;
      const m = metaOf(html);
      expect(m.canonical, url).toEqual([`${ORIGIN}${canonical}`]);
      expect(m.description.length, url).toBe(1);
      expect(m.description[0]!.length, url).toBeGreaterThan(30);
      expect(m.description[0]!.length, url).toBeLessThanOrEqual(300);
      expect(m.og('url'), url).toEqual([`${ORIGIN}${canonical}`]);
      expect(m.og('title')[0], url).toMatch(/Remedex/);
      expect(m.og('description'), url).toEqual(m.description);
      expect(m.og('type')[0], url).toMatch(/^(?:website|article)$/);
      expect(m.twitter('card'), url).toEqual(['summary_large_image']);
      expect(m.og('image'), url).toEqual([`${ORIGIN}/static/share.png`]);
    }
    const image = await app().inject({ url: '/static/share.png' });
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
  });

  it('writes a report page description from the report itself', async () => {
    const { db } = site().database;
    const r = await db
      .selectFrom('reports')
      .select(['id', 'body'])
      .where('status', '=', 'approved')
      .executeTakeFirstOrThrow();
    const [description] = metaOf(
      (await app().inject({ url: `/reports/${r.id}` })).body,
    ).description;
    expect(description).toContain(r.body.slice(0, 40).replace(/[*_`#>[\]()~]/g, ''));
  });

  it('describes a supplement remedy page as a MedicalWebPage about a DietarySupplement with its rating', async () => {
    const html = (await app().inject({ url: '/remedies/l-glutamine' })).body;
    const [ld] = metaOf(html).jsonLd as unknown as WithContext<MedicalWebPage>[];
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      url: `${ORIGIN}/remedies/l-glutamine`,
    });
    expect(String(ld!.lastReviewed)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const about = ld!.about as unknown as Record<string, unknown>;
    expect(about['@type']).toBe('DietarySupplement');
    expect(about.maximumIntake).toMatchObject({ '@type': 'MaximumDoseSchedule' });
    expect(about.recommendedIntake).toEqual(
      expect.arrayContaining([expect.objectContaining({ '@type': 'RecommendedDoseSchedule' })]),
    );
    expect(String(about.safetyConsideration)).not.toBe('');
    // Google: a rating of a Product type, from the readers' stars, with its count.
    const { ratings } = (await app().inject({ url: '/api/v1/remedies/l-glutamine' })).json<{
      ratings: { rated: number };
    }>();
    const rating = about.aggregateRating as Record<string, number>;
    expect(rating.ratingCount).toBeGreaterThan(0);
    expect(rating.ratingCount).toBe(ratings.rated);
    expect(rating.ratingValue).toBeGreaterThanOrEqual(rating.worstRating!);
    expect(rating.ratingValue).toBeLessThanOrEqual(rating.bestRating!);
  });

  it('gives no rating where Google does not allow one: a food or oil, or one condition’s page', async () => {
    for (const url of ['/remedies/raw-honey', '/remedies/ginger/nausea']) {
      const [ld] = metaOf((await app().inject({ url })).body).jsonLd;
      expect(ld, url).toBeDefined();
      expect(JSON.stringify(ld), url).not.toContain('aggregateRating');
    }
    const [pair] = metaOf((await app().inject({ url: '/remedies/ginger/nausea' })).body).jsonLd;
    expect(pair!.about).toEqual(
      expect.arrayContaining([{ '@type': 'MedicalCondition', name: 'Nausea' }]),
    );
  });

  it('keeps JSON-LD text from closing its script element', async () => {
    const { jsonForScript } = await import('../../src/views/layout.js');
    expect(jsonForScript({ name: '</script><script>alert(1)</script>' })).not.toContain('</');
    // The builder's type is schema.org's: a property schema.org does not define does not compile.
    const page: WithContext<MedicalWebPage> = {
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      // @ts-expect-error: not a schema.org property of MedicalWebPage
      servingSize: '1 g',
    };
    expect(page['@type']).toBe('MedicalWebPage');
  });
});
