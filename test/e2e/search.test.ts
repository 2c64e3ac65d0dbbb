import { describe, expect, it } from 'vitest';
import { chromiumAvailable, useLiveSite } from '../helpers/browser.js';

describe.skipIf(!chromiumAvailable)('search in Chromium', () => {
  const live = useLiveSite();

  it('suggests names as you type, searches from the header and follows a result', async () => {
    const page = await live().browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${live().base}/`);
    await page.fill('#site-search-q', 'gin');
    await expect
      .poll(() => page.locator('#site-search-suggestions option[value="Ginger"]').count(), {
        timeout: 5000,
      })
      .toBe(1);
    await page.fill('#site-search-q', 'cramping');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/search\?q=cramping/);
    expect(await page.locator('.snippet mark').first().innerText()).toMatch(/^cramp/i);
    await page.screenshot({ path: 'test-results/search.png' });
    await page.locator('.search-results a').first().click();
    await page.waitForURL(/\/reports\/\d+$/);
    expect(await page.locator('article.report').first().isVisible()).toBe(true);
    await page.close();
  });

  it('searches, follows a remedy result and sees the insight charts for a condition', async () => {
    const page = await live().browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${live().base}/`);
    await page.fill('#site-search-q', 'glutamine');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/search\?q=glutamine/);
    await page.locator('main a[href="/remedies/l-glutamine"]').first().click();
    await page.waitForURL(/\/remedies\/l-glutamine$/);
    // The remedy's own numbers, then one condition's: charts with n and the self-selection note.
    expect(await page.locator('#insight ol.bars').count()).toBeGreaterThan(2);
    await page.locator('.research-beside a[href="/remedies/l-glutamine/ibs"]').click();
    await page.waitForURL(/\/remedies\/l-glutamine\/ibs/);
    const insight = page.locator('#insight');
    expect(await insight.locator('ol.bars').count()).toBeGreaterThan(2);
    expect(await insight.innerText()).toMatch(/From \d+ approved reader reports/);
    expect(await insight.innerText()).toMatch(/95% interval \d+%–\d+%/);
    await insight.screenshot({ path: 'test-results/insight.png' });
    // A statement's link filters the list to the reports it counts.
    await page
      .locator('.saying a', { hasText: /^Read these/ })
      .first()
      .click();
    await page.waitForURL(/outcome=helped/);
    expect(await page.locator('#outcome').inputValue()).toBe('helped');
    await page.screenshot({ path: 'test-results/insight-filtered.png' });
    await page.close();
  });
});
