import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LiveSite, chromiumAvailable, liveSite, withAccounts } from '../helpers/browser.js';

// A guest reports on L-Glutamine with structured fields, a moderator approves it, and it appears
// on the remedy page with its stars, its fields and the author's post count: all in Chromium,
// all without JavaScript. Then an editor revises an article from the browser.
describe.skipIf(!chromiumAvailable)('contributing, moderating and editing in Chromium', () => {
  let site: LiveSite;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    site = await liveSite(
      withAccounts(
        ['Mo Derator', 'mod@example.org', 'moderator passphrase', 'moderator'],
        ['Ed Itor', 'editor@example.org', 'editor passphrase', 'editor'],
      ),
    );
    ({ browser, base } = site);
  });

  afterAll(async () => {
    await site?.close();
  });

  it('a guest report with fields is approved and shows on the remedy page', async () => {
    const guest = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1100, height: 900 },
    });
    const page = await guest.newPage();
    await page.goto(`${base}/remedies/l-glutamine`);
    await page.getByRole('link', { name: 'Add a report' }).first().click();
    await page.selectOption('#field-condition', 'sugar-cravings');
    await page.getByLabel('5 stars').check();
    await page.fill('#field-title', 'Cravings gone within days');
    await page.fill(
      '#field-body',
      'I put a gram of powder on my tongue whenever a sugar craving hit. By the end of the first week the cravings were rare.',
    );
    await page.fill('#field-doseAmount', '1');
    await page.selectOption('#field-doseUnit', 'g');
    await page.selectOption('#field-doseFrequency', 'as needed');
    await page.selectOption('#field-form', 'powder');
    await page.fill('#field-takenFor', '4');
    await page.selectOption('#field-takenForUnit', 'weeks');
    await page.selectOption('#field-outcome', 'helped');
    await page.selectOption('#field-sideEffect1', 'headache');
    await page.selectOption('#field-severity1', 'mild');
    await page.fill('#field-displayName', 'Brianna Browser');
    await page.fill('#field-email', 'brianna@example.org');
    await page.fill('#field-location', 'Cork, Ireland');
    await page.screenshot({ path: 'test-results/report-form.png', fullPage: true });
    await page.getByRole('button', { name: 'Send my report' }).click();
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toContain(
      'awaiting review',
    );
    await page.screenshot({ path: 'test-results/report-awaiting-review.png' });
    const id = /Report #(\d+)/.exec(await page.innerText('main'))?.[1];
    expect(id).toBeTruthy();

    const moderator = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1100, height: 900 },
    });
    const mod = await moderator.newPage();
    await mod.goto(`${base}/moderate`);
    await mod.fill('#field-email', 'mod@example.org');
    await mod.fill('#field-password', 'moderator passphrase');
    await mod.getByRole('button', { name: 'Sign in' }).click();
    await mod.waitForURL(`${base}/moderate`);
    const item = mod.locator(`#queue-report-${id}`);
    expect(await item.innerText()).toContain('Cravings gone within days');
    await mod.screenshot({ path: 'test-results/moderation-queue.png' });
    await item.getByRole('button', { name: 'Approve' }).click();
    await expect(mod.locator('.notice').innerText()).resolves.toMatch(
      /^Report #\d+ approved and published\.$/,
    );

    await page.goto(`${base}/remedies/l-glutamine/sugar-cravings`);
    const card = page.locator(`#report-${id}`);
    await card.scrollIntoViewIfNeeded();
    const text = await card.innerText();
    expect(text).toContain('Cravings gone within days');
    expect(text).toContain('5 out of 5 stars');
    expect(text).toMatch(
      /Posted by Brianna Browser \(Cork, Ireland\) on [A-Z][a-z]{2} \d{2}, \d{4} · 1 post\b/,
    );
    expect(text).toMatch(/Dose:\s*1 g, as needed/);
    expect(text).toContain('Headache (mild)');
    await card.screenshot({ path: 'test-results/published-report.png' });
    await guest.close();
    await moderator.close();
  });

  // Regression: the browser refused to submit the editor while optional sections were empty.
  it('an editor saves a revision from the browser and sees it in the diff', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/admin/remedies/ginger/edit`);
    await page.fill('#field-email', 'editor@example.org');
    await page.fill('#field-password', 'editor passphrase');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${base}/admin/remedies/ginger/edit`);
    await page.fill(
      '#field-whenToStop',
      'Stop and get medical help at once if vomiting lasts more than a day.',
    );
    await page.fill('#field-note', 'Shorter wording');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.locator('.notice').innerText()).resolves.toBe('Saved.');
    await page.goto(`${base}/admin/remedies/ginger/diff?from=1&to=2`);
    // The paragraph changed in place: its words added and removed are marked within it.
    const line = page.locator('#diff-whenToStop + .diff-lines .diff-change').first();
    expect(await line.innerText()).toContain('medical help at once');
    expect(await line.locator('ins').count()).toBeGreaterThan(0);
    expect(await page.locator('#diff-whenToStop').innerText()).toBe(
      'When to stop and call your doctor',
    );
    await page.screenshot({ path: 'test-results/remedy-diff.png' });
    await context.close();
  });
});
