// Draws public/share.png, the 1200×630 picture sharing previews show (OpenGraph, Twitter cards),
// from the site's icon, with Debian's Chromium. Run again after changing the icon:
//   npx tsx scripts/make-share-image.ts
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const icon = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const page = `<!doctype html><html><body style="margin:0;width:1200px;height:630px;display:flex;
align-items:center;justify-content:center;gap:56px;background:#faf9f6;font-family:sans-serif">
<div style="width:260px;height:260px">${icon.replace('<svg ', '<svg width="260" height="260" ')}</div>
<div><div style="font-size:120px;font-weight:700;color:#2f6b3f">Remedex</div>
<div style="font-size:40px;color:#333;max-width:640px">Natural remedies, and what happened when readers tried them</div></div>
</body></html>`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const tab = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await tab.setContent(page);
await tab.screenshot({ path: new URL('../public/share.png', import.meta.url).pathname });
await browser.close();
