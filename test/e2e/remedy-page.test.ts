import { describe, expect, it } from 'vitest';
import { chromiumAvailable, useLiveSite } from '../helpers/browser.js';

// The real site in Debian's Chromium: the L-Glutamine page as a reader sees it.
describe.skipIf(!chromiumAvailable)('L-Glutamine page in Chromium', () => {
  const live = useLiveSite();

  it('shows the article sections and reports with stars, and takes a screenshot', async () => {
    const page = await live().browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${live().base}/remedies/l-glutamine`);
    await expect(page.title()).resolves.toBe('L-Glutamine – Remedex');
    for (const name of [
      'Key research findings',
      'Top 6 benefits of L-Glutamine',
      'When to stop and call your doctor',
      'Frequently asked questions',
      'Important medical disclaimer',
    ]) {
      expect(await page.getByRole('heading', { name, exact: true }).isVisible(), name).toBe(true);
    }
    const firstReport = page.locator('article.report').first();
    await firstReport.scrollIntoViewIfNeeded();
    expect(await firstReport.isVisible()).toBe(true);
    expect(await firstReport.locator('.stars').isVisible()).toBe(true);
    expect(await firstReport.locator('.rating-text').innerText()).toMatch(/^[1-5] out of 5 stars$/);
    expect(await firstReport.locator('.byline').innerText()).toMatch(
      /^Posted by .+ on [A-Z][a-z]{2} \d{2}, \d{4}/,
    );
    await page.screenshot({ path: 'test-results/remedy-page.png' });
    await page.screenshot({ path: 'test-results/remedy-page-full.png', fullPage: true });
    await page.close();
  });

  it('filters by condition and by stars without JavaScript', async () => {
    const context = await live().browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    await page.goto(`${live().base}/remedies/l-glutamine`);
    await page.selectOption('#condition-filter', 'ibs');
    await Promise.all([
      // The one list form lands on the condition's page at its reports.
      page.waitForURL(`${live().base}/remedies/l-glutamine/ibs#reports`),
      page.getByRole('button', { name: 'Show' }).click(),
    ]);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(
      /^L-Glutamine for Irritable Bowel Syndrome\s*(Editor's Choice)?$/,
    );
    await page.locator('.histogram a').first().click();
    expect(page.url()).toMatch(/\/remedies\/l-glutamine\/ibs\?rating=[1-5]$/);
    const rating = new URL(page.url()).searchParams.get('rating');
    const texts = await page.locator('article.report .rating-text').allInnerTexts();
    expect(texts.length).toBeGreaterThan(0);
    expect(new Set(texts)).toEqual(new Set([`${rating} out of 5 stars`]));
    await page.screenshot({ path: 'test-results/remedy-condition-mobile.png' });
    await context.close();
  });

  it('prints the article, numbers and some reports, without the header or any form', async () => {
    const page = await live().browser.newPage();
    await page.goto(`${live().base}/remedies/l-glutamine`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', 'form', '.pagination', '.toc'])
      for (const el of await page.locator(selector).all())
        expect(await el.isVisible(), selector).toBe(false);
    // Folded sections print open; the disclaimer and "when to stop" are on paper.
    expect(await page.locator('#dosage table').isVisible()).toBe(true);
    expect(await page.locator('.disclaimer').isVisible()).toBe(true);
    expect(await page.locator('#when-to-stop').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(10); // 18 before the print stylesheet
    await page.close();
  });
});
