// The screenshot gallery in docs/screenshots: the main pages at a phone's and a desktop's width
// (and the dark theme on a phone), taken from the demo site in Chromium on every run, so the
// pictures in docs/SCREENSHOTS.md are always the site as it is. Each shot is also checked: the page
// loads, fits the width, and a reader sees its heading.
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LiveSite, chromiumAvailable, liveSite, withAccounts } from '../helpers/browser.js';

const OUT = 'docs/screenshots';

const GALLERY: { name: string; path: string; signedIn?: boolean }[] = [
  { name: 'home', path: '/' },
  { name: 'remedy', path: '/remedies/l-glutamine' },
  { name: 'remedy-condition', path: '/remedies/l-glutamine/ibs' },
  { name: 'condition', path: '/conditions/ibs' },
  { name: 'search', path: '/search?q=bloating' },
  { name: 'moderation-queue', path: '/moderate', signedIn: true },
  { name: 'admin-conditions', path: '/admin/conditions', signedIn: true },
];

describe.skipIf(!chromiumAvailable)('the screenshot gallery', () => {
  let site: LiveSite;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    site = await liveSite(
      withAccounts(['Ed Itor', 'gallery@example.org', 'gallery passphrase', 'editor']),
    );
    ({ browser, base } = site);
    mkdirSync(OUT, { recursive: true });
  });

  afterAll(async () => {
    await site?.close();
  });

  for (const [width, scheme] of [
    [390, 'light'],
    [1280, 'light'],
    [390, 'dark'],
  ] as const)
    it(`takes the main pages at ${width} px (${scheme})`, async () => {
      const context = await browser.newContext({
        viewport: { width, height: width < 500 ? 844 : 900 },
        colorScheme: scheme,
      });
      const page = await context.newPage();
      await page.goto(`${base}/signin`);
      await page.fill('#field-email', 'gallery@example.org');
      await page.fill('#field-password', 'gallery passphrase');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
      const anonymous = await browser.newContext({
        viewport: { width, height: width < 500 ? 844 : 900 },
        colorScheme: scheme,
      });
      const reader = await anonymous.newPage();
      for (const shot of GALLERY) {
        if (scheme === 'dark' && shot.signedIn) continue;
        const p = shot.signedIn ? page : reader;
        const res = await p.goto(`${base}${shot.path}`);
        expect(res?.status(), shot.path).toBe(200);
        expect(await p.locator('h1').first().isVisible(), shot.path).toBe(true);
        const over = Number(await p.evaluate('document.documentElement.scrollWidth')) - width;
        expect(over, `${shot.path} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
        await p.screenshot({
          path: `${OUT}/${shot.name}-${width}${scheme === 'dark' ? '-dark' : ''}.png`,
        });
      }
      await anonymous.close();
      await context.close();
    });
});
