#!/usr/bin/env node
// `remedex serve` on the compiled build (`npm run build`), the way `npm start` runs the site: no
// TypeScript loader thread beside the server, which saves about 50 MB of resident memory against
// bin/remedex.js under the same load. Every other command runs from the sources (bin/remedex.js).
import { existsSync } from 'node:fs';
import { URL } from 'node:url';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('No build in dist/: run `npm run build` first (`npm start` does).');
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(['serve', ...process.argv.slice(2)]);
