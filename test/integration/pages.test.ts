import { describe, expect, it } from 'vitest';
import { getConditionPage } from '../../src/domain/reading/index.js';
import { useApp, textOf } from '../helpers/app.js';
import { describeEachDialect } from '../helpers/db.js';

describeEachDialect('reading pages', (site) => {
  const app = useApp(site);
  const get = (url: string) => app().inject({ method: 'GET', url });

  describe('remedy page', () => {
    it('shows the whole article with every section, the disclaimer and the modified date', async () => {
      const res = await get('/remedies/l-glutamine');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      const text = textOf(res.body);
      for (const heading of [
        'Overview',
        'What L-Glutamine is, and why the body cares',
        'Key research findings',
        'Top 6 benefits of L-Glutamine',
        'How to take L-Glutamine: forms and dosage',
        'Timing and practical tips',
        'Side effects',
        'Commonly reported',
        'Occasionally reported',
        'Who should be extra cautious',
        'When to stop and call your doctor',
        'What readers report',
        'Most helpful experiences',
        'Mixed or cautionary reports',
        'Frequently asked questions',
        'Important medical disclaimer',
        'Sources',
      ]) {
        expect(text, heading).toContain(heading);
      }
      expect(text).toContain('Modified on Dec 01, 2025');
      expect(res.body).toContain('<span class="badge badge-choice">Editor&#39;s Choice</span>');
      expect(res.body).toContain('<table class="dosage stack">');
      expect(res.body).toMatch(/id="when-to-stop"/);
    });

    it('lists reports under condition headings with author, place, date, post count, stars and permalink', async () => {
      const res = await get('/remedies/l-glutamine');
      const text = textOf(res.body);
      expect(res.body).toMatch(/<section class="condition-group" id="condition-[a-z-]+"/);
      expect(text).toMatch(
        /Posted by \S[^(]* \([^)]+\) on [A-Z][a-z]{2} \d{2}, \d{4} · \d+ posts?/,
      );
      expect(text).toMatch(/[1-5] out of 5 stars/);
      expect(res.body).toMatch(/<a class="permalink" href="\/reports\/\d+">Permalink<\/a>/);
      expect(res.body).toMatch(/href="\/users\/\d+"/);
      expect(text).toContain('Reader reports are personal experiences');
      expect((res.body.match(/<article class="report"/g) ?? []).length).toBe(25);
      expect(res.body).toContain('href="/remedies/l-glutamine?page=2#reports"');
    });

    it('shows replies with their own author, place and post count', async () => {
      const { db } = site().database;
      const withReply = await db
        .selectFrom('replies as p')
        .innerJoin('reports as r', 'r.id', 'p.report_id')
        .select(['r.id'])
        .where('p.user_id', 'is not', null)
        .where('p.location', 'is not', null)
        .executeTakeFirstOrThrow();
      const text = textOf((await get(`/reports/${withReply.id}`)).body);
      expect(text).toMatch(
        /Replied by \S[^(]* \([^)]+\) on [A-Z][a-z]{2} \d{2}, \d{4} · \d+ posts?/,
      );
    });

    it('paginates with stable URLs and a 404 past the last page', async () => {
      const page2 = await get('/remedies/l-glutamine?page=2');
      expect(page2.statusCode).toBe(200);
      expect(page2.body).toContain('<span aria-current="page">2</span>');
      expect(textOf(page2.body)).toContain('When to stop and call your doctor');
      expect(textOf(page2.body)).toContain('Important medical disclaimer');
      expect((await get('/remedies/l-glutamine?page=999')).statusCode).toBe(404);
    });

    it('filters by star rating through the histogram links', async () => {
      const res = await get('/remedies/l-glutamine?rating=5');
      expect(res.statusCode).toBe(200);
      const stars = [
        ...res.body.matchAll(/<article class="report"[\s\S]*?(\d) out of 5 stars/g),
      ].map((m) => m[1]);
      expect(stars.length).toBeGreaterThan(0);
      expect(new Set(stars)).toEqual(new Set(['5']));
      expect(res.body).toContain('Showing 5-star reports only');
      expect((await get('/remedies/l-glutamine')).body).toContain(
        'href="/remedies/l-glutamine?rating=4"',
      );
    });

    it('filters by condition: the form redirects to the condition page, which lists only it', async () => {
      const redirect = await get('/remedies/l-glutamine?condition=ibs&rating=4');
      expect(redirect.statusCode).toBe(303);
      expect(redirect.headers.location).toBe('/remedies/l-glutamine/ibs?rating=4');
      const res = await get('/remedies/l-glutamine/ibs');
      expect(res.statusCode).toBe(200);
      const text = textOf(res.body);
      expect(text).toContain('L-Glutamine for Irritable Bowel Syndrome');
      expect(text).toContain('When to stop and call your doctor');
      const headings = [
        ...res.body.matchAll(/<section class="condition-group" id="condition-([a-z-]+)"/g),
      ].map((m) => m[1]);
      expect(new Set(headings)).toEqual(new Set(['ibs']));
    });

    it('answers unknown remedies, conditions and drafts with a 404 page', async () => {
      for (const url of [
        '/remedies/no-such-thing',
        '/remedies/elderberry',
        '/remedies/l-glutamine/no-such-condition',
        '/remedies/Bad%20Slug',
      ]) {
        const res = await get(url);
        expect(res.statusCode, url).toBe(404);
        expect(res.headers['content-type']).toContain('text/html');
        expect(res.body).toContain('Error 404');
      }
    });

    it.each([
      '/remedies/l-glutamine?page=-1',
      '/remedies/l-glutamine?page=abc',
      '/remedies/l-glutamine?rating=9',
      '/latest?page=0',
      '/users/1?page=x',
    ])('answers %s with a readable 400 page', async (url) => {
      const res = await get(url);
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('That address has a value we cannot use');
      expect(res.body).toMatch(/The page number must be|The star rating must be/);
    });
  });

  describe('lists', () => {
    it('home shows Editor’s Choice remedies, latest reports and conditions by category', async () => {
      const res = await get('/');
      expect(res.statusCode).toBe(200);
      const text = textOf(res.body);
      expect(text).toContain("Editor's Choice");
      expect(text).toContain('L-Glutamine');
      expect(text).toContain('Latest reports');
      expect(text).toContain('Digestive Health');
      expect(text).not.toContain('Elderberry');
    });

    it('remedies A–Z with counts and averages, drafts left out', async () => {
      const res = await get('/remedies');
      const text = textOf(res.body);
      const names = [...res.body.matchAll(/<th scope="row"><a href="\/remedies\/([a-z-]+)">/g)].map(
        (m) => m[1],
      );
      expect(names).toEqual([...names].sort());
      expect(names).toHaveLength(8);
      expect(names).not.toContain('elderberry');
      expect(text).toMatch(/L-Glutamine Editor's Choice supplement \d+ \d\.\d \/ 5/);
    });

    it('conditions grouped by category, and a condition ranking its remedies', async () => {
      expect(textOf((await get('/conditions')).body)).toMatch(
        /Digestive Health .*Irritable Bowel Syndrome/,
      );
      const res = await get('/conditions/ibs');
      expect(res.statusCode).toBe(200);
      const text = textOf(res.body);
      expect(text).toContain('Remedies reported for Irritable Bowel Syndrome');
      expect(text).toMatch(
        /1 (L-Glutamine|Peppermint Oil) \d+ \d+% \(\d+%–\d+%\) of \d+ \d+% \(\d+%–\d+%\) of \d+ \d\.\d \/ 5/,
      );
      expect(text).toContain('Ranked by the lower end of the 95% range');
      expect(text).toContain('Improved (95% range)');
      expect(text).toContain('Strong evidence');
      expect(text).toContain('Latest reports for Irritable Bowel Syndrome');
      expect((await get('/conditions/nothing-here')).statusCode).toBe(404);
    });

    it('ranks a condition’s remedies by the lower bound of their share of 4–5 star reports', async () => {
      for (const slug of ['ibs', 'nausea', 'insomnia', 'bloating']) {
        const lows = (await getConditionPage(site().database.db, slug)).remedies.map(
          (r) => r.positive.low,
        );
        expect(lows, slug).toEqual([...lows].sort((a, b) => b - a));
      }
    });

    it('latest reports site-wide, newest first, paginated', async () => {
      const res = await get('/latest');
      const dates = [
        ...res.body.matchAll(/<article class="report"[\s\S]*?<time datetime="([^"]+)"/g),
      ].map((m) => m[1] as string);
      expect(dates).toHaveLength(25);
      expect(dates).toEqual([...dates].sort().reverse());
      expect((await get('/latest?page=2')).statusCode).toBe(200);
      expect((await get('/latest?page=500')).statusCode).toBe(404);
    });
  });

  describe('reports and profiles', () => {
    it('one report with its remedy, condition and a link to the remedy’s “when to stop”', async () => {
      const res = await get('/reports/1');
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('href="/remedies/');
      expect(res.body).toContain('#when-to-stop"');
      for (const url of ['/reports/999999', '/reports/abc', '/reports/0'])
        expect((await get(url)).statusCode, url).toBe(404);
    });

    it('hides reports that are not approved', async () => {
      const { db } = site().database;
      const hidden = await db
        .insertInto('reports')
        .values({
          remedy_id: 1,
          condition_id: 1,
          user_id: null,
          display_name: 'Pending',
          location: null,
          posted_at: new Date().toISOString(),
          rating: 3,
          title: null,
          body: 'waiting',
          editors_choice: 0,
          status: 'pending',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      expect((await get(`/reports/${hidden.id}`)).statusCode).toBe(404);
      await db.deleteFrom('reports').where('id', '=', hidden.id).execute();
    });

    it('a profile with place, member since, post count and reports', async () => {
      const res = await get('/users/1');
      expect(res.statusCode).toBe(200);
      const text = textOf(res.body);
      expect(text).toMatch(/Member since [A-Z][a-z]+ \d{4}/);
      expect(text).toMatch(/Posts \d+ posts/);
      expect(text).toMatch(/Reports by \S+ \(\d+\)/);
      expect((await get('/users/424242')).statusCode).toBe(404);
    });

    it('escapes whatever readers write', async () => {
      const { db } = site().database;
      const evil = '<script>alert("x")</script><img src=x onerror=alert(1)>';
      const row = await db
        .insertInto('reports')
        .values({
          remedy_id: 1,
          condition_id: 1,
          user_id: null,
          display_name: evil,
          location: evil,
          posted_at: new Date().toISOString(),
          rating: 4,
          title: evil,
          body: evil,
          editors_choice: 0,
          status: 'approved',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const res = await get(`/reports/${row.id}`);
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain('<script>alert');
      expect(res.body).not.toContain('<img src=x');
      expect(res.body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      await db.deleteFrom('reports').where('id', '=', row.id).execute();
    });
  });

  describe('site', () => {
    it('serves the stylesheet and security headers, and a 404 page for unknown paths', async () => {
      const css = await get('/static/styles.css');
      expect(css.statusCode).toBe(200);
      expect(css.headers['content-type']).toContain('text/css');
      const res = await get('/definitely/not/here');
      expect(res.statusCode).toBe(404);
      expect(res.body).toContain('Page not found');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    });

    it('works with trailing slashes', async () => {
      expect((await get('/remedies/')).statusCode).toBe(200);
    });
  });
});
