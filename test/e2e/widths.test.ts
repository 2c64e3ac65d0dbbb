// Every page type in Chromium at a small phone, a common phone and a tablet: none may be wider
// than the screen (a page that scrolls sideways on a phone is one nobody reads).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LiveSite, chromiumAvailable, liveSite } from '../helpers/browser.js';

const WIDTHS = [320, 390, 768];

describe.skipIf(!chromiumAvailable)('pages fit the screen', () => {
  let site: LiveSite;
  let browser: Browser;
  let base: string;
  const paths: string[] = [
    '/',
    '/remedies',
    '/conditions',
    '/latest',
    '/search?q=cramps',
    '/data',
    '/api/v1/',
    '/signin',
    '/signup',
    '/moderation-log',
    '/about',
    '/privacy',
    '/contact',
    '/remedies/l-glutamine/reports/new',
  ];

  beforeAll(async () => {
    site = await liveSite();
    ({ browser, base } = site);
    const { db } = site.db.database;
    const remedies = await db
      .selectFrom('remedies')
      .select('slug')
      .where('status', '=', 'published')
      .execute();
    const conditions = await db
      .selectFrom('report_tallies as t')
      .innerJoin('conditions as c', 'c.id', 't.condition_id')
      .innerJoin('remedies as m', 'm.id', 't.remedy_id')
      .select(['m.slug as remedy', 'c.slug as condition'])
      .orderBy('t.report_count', 'desc')
      .limit(5)
      .execute();
    const report = await db
      .selectFrom('reports')
      .select(['id', 'user_id'])
      .where('status', '=', 'approved')
      .where('user_id', 'is not', null)
      .executeTakeFirstOrThrow();
    paths.push(
      ...remedies.map((r) => `/remedies/${r.slug}`),
      ...conditions.map((c) => `/remedies/${c.remedy}/${c.condition}`),
      ...conditions.map((c) => `/conditions/${c.condition}`),
      `/reports/${report.id}`,
      `/users/${report.user_id}`,
    );
  });

  afterAll(async () => {
    await site?.close();
  });

  it('keeps every page type within 320, 390 and 768 px', async () => {
    const wide: string[] = [];
    for (const width of WIDTHS) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      for (const path of paths) {
        await page.goto(base + path);
        const scroll = Number(await page.evaluate('document.documentElement.scrollWidth'));
        if (scroll > width) wide.push(`${path} at ${width} px is ${scroll} px wide`);
      }
      await page.close();
    }
    expect(wide).toEqual([]);
  });

  it('keeps chart words at 12 px or more on a phone', async () => {
    const small: string[] = [];
    // The smallest text, as drawn, of any element with words of its own inside a chart: SVG text
    // is scaled with its drawing, so its size is the font size times the drawing's scale.
    const smallest = `Math.min(...[...document.querySelectorAll('.chart *, .chart')]
      .filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
      .map((e) => parseFloat(getComputedStyle(e).fontSize) *
        (e instanceof SVGGraphicsElement ? e.getScreenCTM().a : 1)))`;
    for (const width of [320, 390]) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      for (const path of paths.filter((p) => /^\/remedies\/[^/]+(?:\/[^/]+)?$/.test(p))) {
        await page.goto(base + path);
        const px = Number(await page.evaluate(smallest));
        if (Number.isFinite(px) && px < 12) small.push(`${path} at ${width} px: ${px} px`);
      }
      await page.close();
    }
    expect(small).toEqual([]);
  });
});
