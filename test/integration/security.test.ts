import { expect, it } from 'vitest';
import { Agent } from '../helpers/agent.js';
import { signedIn } from '../helpers/accounts.js';
import { textOf, useApp } from '../helpers/app.js';
import { describeEachDialect } from '../helpers/db.js';

describeEachDialect('security', (site) => {
  const app = useApp(site);
  // A second app with its own rate-limit counters, untouched by the other tests here.
  const fresh = useApp(site);
  const fill = (url: string) =>
    url
      .replace(/:id\b/g, '1')
      .replace(/:type\b/g, 'report')
      .replace(/:slug\b/g, 'l-glutamine');

  const ONE_CLICK = ['/mail/unsubscribe'];
  it('refuses every POST form without a valid CSRF token, even for an admin', async () => {
    const posts = app().routeTable.filter((r) => r.method === 'POST');
    expect(posts.length).toBeGreaterThanOrEqual(15);
    const { agent: admin } = await signedIn(app, site, 'admin');
    for (const route of posts) {
      const res = await admin.post(
        fill(route.url),
        { action: 'approve', body: 'x'.repeat(40) },
        { csrf: false },
      );
      // RFC 8058's one-click unsubscribe comes from a mail client with no cookie or page: the
      // signed link is its proof instead, and without one it does nothing.
      if (ONE_CLICK.includes(route.url)) {
        expect(res.statusCode, `POST ${route.url}`).toBe(410);
        continue;
      }
      expect(res.statusCode, `POST ${route.url}`).toBe(403);
      expect(textOf(res.body), `POST ${route.url}`).toContain('This form has expired');
    }
  });

  it('limits report submissions per address (ten an hour)', async () => {
    const agent = new Agent(fresh);
    await agent.get('/remedies/ginger/reports/new');
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++)
      statuses.push(
        (
          await agent.post('/remedies/ginger/reports', {
            condition: 'nausea',
            rating: '4',
            body: 'too short',
          })
        ).statusCode,
      );
    expect(statuses.slice(0, 10).every((s) => s === 422)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it('on http: no HSTS or upgrade-insecure-requests; a Permissions-Policy everywhere', async () => {
    for (const url of ['/', '/remedies/l-glutamine', '/signin', '/nowhere']) {
      const res = await app().inject({ url });
      expect(res.headers['strict-transport-security'], url).toBeUndefined();
      expect(String(res.headers['content-security-policy']), url).not.toContain(
        'upgrade-insecure-requests',
      );
      expect(res.headers['permissions-policy'], url).toContain('camera=()');
    }
  });

  it('sends no session or CSRF cookie to anonymous readers of public pages', async () => {
    for (const url of ['/', '/remedies/l-glutamine', '/conditions/ibs', '/latest']) {
      const res = await app().inject({ url });
      expect(res.headers['set-cookie'], url).toBeUndefined();
    }
  });
});
