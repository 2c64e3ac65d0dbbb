// What every site is asked for: an icon (no 404 on every page), a manifest, and robots.txt that
// keeps crawlers out of forms, moderation, admin, accounts and search results.
import { expect, it } from 'vitest';
import { textOf, useApp } from '../helpers/app.js';
import { describeEachDialect } from '../helpers/db.js';

describeEachDialect('site files', (site) => {
  const app = useApp(site);
  const withContact = useApp(site, { settings: { contactEmail: 'editors@example.org' } });

  it('links about, privacy and contact from every page footer, and serves each', async () => {
    for (const url of ['/', '/remedies/l-glutamine', '/nowhere']) {
      const page = (await app().inject({ url })).body;
      const footer = page.slice(page.indexOf('<footer class="site-footer"'));
      for (const link of ['/about', '/privacy', '/contact', '/moderation-log', '/data'])
        expect(footer, `${url} ${link}`).toContain(`href="${link}"`);
    }
    for (const [url, heading] of [
      ['/about', 'About Remedex'],
      ['/privacy', 'Privacy'],
      ['/contact', 'Contact'],
    ] as const) {
      const res = await app().inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).toContain(`<h1>${heading}</h1>`);
    }
    expect(textOf((await app().inject({ url: '/contact' })).body)).toContain(
      'has not published an address yet',
    );
    expect((await withContact().inject({ url: '/contact' })).body).toContain(
      'href="mailto:editors@example.org"',
    );
  });

  it('serves an icon at /favicon.ico and names it on every page, with the manifest', async () => {
    for (const url of ['/favicon.ico', '/favicon.svg']) {
      const res = await app().inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toBe('image/svg+xml');
      expect(res.body, url).toContain('<svg');
    }
    for (const url of ['/', '/remedies/l-glutamine', '/conditions', '/signin', '/nowhere']) {
      const page = (await app().inject({ url })).body;
      expect(page, url).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
      expect(page, url).toContain('<link rel="manifest" href="/manifest.webmanifest">');
    }
  });

  it('serves a web app manifest whose icon exists', async () => {
    const res = await app().inject({ url: '/manifest.webmanifest' });
    expect(res.headers['content-type']).toContain('application/manifest+json');
    const manifest = res.json<{ name: string; start_url: string; icons: { src: string }[] }>();
    expect(manifest).toMatchObject({ name: 'Remedex', start_url: '/' });
    for (const icon of manifest.icons)
      expect((await app().inject({ url: icon.src })).statusCode).toBe(200);
  });

  it('keeps crawlers out of forms, moderation, admin, accounts and search, and lets them read the rest', async () => {
    const res = await app().inject({ url: '/robots.txt' });
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    const rules = res.body
      .split('\n')
      .filter((l) => l.startsWith('Disallow: '))
      .map((l) => l.slice('Disallow: '.length));
    // Google's matching: a prefix, where * stands for any characters.
    const blocked = (path: string) =>
      rules.some((r) =>
        new RegExp(`^${r.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}`).test(path),
      );
    for (const path of [
      '/moderate',
      '/moderate/reports/3',
      '/admin/remedies',
      '/search?q=sleep',
      '/signin',
      '/account',
      '/remedies/ginger/reports/new',
      '/reports/12/edit',
      '/reports/12/lasted?t=x',
      '/mail/unsubscribe?t=x',
    ])
      expect(blocked(path), path).toBe(true);
    for (const path of [
      '/',
      '/remedies',
      '/remedies/ginger',
      '/remedies/ginger/nausea',
      '/conditions/ibs',
      '/reports/12',
      '/latest',
      '/moderation-log',
    ])
      expect(blocked(path), path).toBe(false);
  });
});
