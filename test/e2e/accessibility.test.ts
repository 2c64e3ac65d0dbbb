// axe-core in Chromium over the main page types, in the light and the dark theme: no serious or
// critical WCAG 2 A/AA violation (contrast included) on any of them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, useLiveSite } from '../helpers/browser.js';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

const PATHS = [
  '/',
  '/remedies',
  '/remedies/l-glutamine',
  '/remedies/l-glutamine/ibs',
  '/conditions',
  '/conditions/ibs',
  '/latest',
  '/search?q=bloating',
  '/remedies/l-glutamine/reports/new',
  '/signin',
  '/about',
  '/privacy',
];

interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

describe.skipIf(!chromiumAvailable)('accessibility (axe-core)', () => {
  const live = useLiveSite();

  for (const scheme of ['light', 'dark'] as const)
    it(`finds no serious violation on the main pages (${scheme} theme)`, async () => {
      // axe is injected as a script; the site's CSP rightly refuses inline scripts.
      const context = await live().browser.newContext({ bypassCSP: true, colorScheme: scheme });
      const page = await context.newPage();
      const found: string[] = [];
      for (const path of PATHS) {
        await page.goto(`${live().base}${path}`);
        await page.addScriptTag({ content: axeSource });
        const violations = (await page.evaluate(
          `axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] }).then((r) => r.violations)`,
        )) as Violation[];
        for (const v of violations)
          if (v.impact === 'serious' || v.impact === 'critical')
            found.push(`${path}: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }
      await context.close();
      expect(found).toEqual([]);
    });
});
