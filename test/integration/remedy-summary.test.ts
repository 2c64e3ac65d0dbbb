// The remedy page puts the community in reach: a summary band at the top with the research's
// word, the report count and the improved share with its interval and n; the article folds, but
// the disclaimer and "when to stop" never do.
import { expect, it } from 'vitest';
import { signedIn } from '../helpers/accounts.js';
import { textOf, useApp } from '../helpers/app.js';
import { describeEachDialect } from '../helpers/db.js';

describeEachDialect('remedy page summary', (site) => {
  const app = useApp(site);

  it('opens with the numbers, their n, and links to the reports and to adding one', async () => {
    const html = (await app().inject({ url: '/remedies/l-glutamine' })).body;
    const band = html.slice(
      html.indexOf('class="summary-band"'),
      html.indexOf('</section>', html.indexOf('class="summary-band"')),
    );
    const text = textOf(band);
    const api = (await app().inject({ url: '/api/v1/remedies/l-glutamine/insight' })).json<{
      insight: { reports: number; known: number };
    }>();
    expect(text).toContain(`Reader reports ${api.insight.reports}`);
    expect(text).toMatch(
      new RegExp(
        `Improved \\d+% \\(95% range \\d+%–\\d+%\\) of ${api.insight.known} reports that say`,
      ),
    );
    expect(text).toMatch(/Research Moderate evidence for/);
    expect(band).toContain('href="#reports"');
    expect(band).toContain('href="/remedies/l-glutamine/reports/new"');
    // The band comes before the article.
    expect(html.indexOf('class="summary-band"')).toBeLessThan(html.indexOf('class="article"'));
  });

  it('folds the article sections but never the disclaimer or when to stop', async () => {
    const html = (await app().inject({ url: '/remedies/l-glutamine' })).body;
    expect(html).toMatch(/<details class="article-section"><summary><h2 id="research-heading">/);
    expect(html).toMatch(
      /<details class="article-section" open><summary><h2 id="overview-heading">/,
    );
    for (const id of ['disclaimer-heading', 'when-to-stop-heading']) {
      const at = html.indexOf(`id="${id}"`);
      expect(at, id).toBeGreaterThan(0);
      const before = html.slice(0, at);
      // Not inside an open <details>: every details before it is closed again.
      expect((before.match(/<details/g) ?? []).length, id).toBe(
        (before.match(/<\/details>/g) ?? []).length,
      );
    }
  });

  it('has one set of list controls: condition, sort and outcome in one form', async () => {
    const html = (await app().inject({ url: '/remedies/l-glutamine' })).body;
    expect(html.match(/<form class="filter[^"]*"/g)).toEqual([
      '<form class="filter list-controls"',
    ]);
    for (const name of ['condition', 'sort', 'outcome'])
      expect(html, name).toMatch(new RegExp(`<select id="[^"]+" name="${name}">`));
    // A chosen condition goes to its own page with the other choices.
    const res = await app().inject({
      url: '/remedies/l-glutamine?condition=ibs&sort=helpful&outcome=helped&dose=',
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/remedies/l-glutamine/ibs?sort=helpful&outcome=helped');
  });

  it('says on a remedy × condition page what the editors found for the pair, and what the condition is', async () => {
    const { db } = site().database;
    const lede = async (url: string) => {
      const html = (await app().inject({ url })).body;
      return textOf(html.slice(html.indexOf('<h1'), html.indexOf('class="summary-band"')));
    };
    const remedy = await db
      .selectFrom('remedies')
      .select(['id', 'summary'])
      .where('slug', '=', 'l-glutamine')
      .executeTakeFirstOrThrow();
    const ibs = await lede('/remedies/l-glutamine/ibs');
    expect(ibs).toMatch(
      /The research on L-Glutamine for Irritable Bowel Syndrome, as the editors read it: \w+ evidence/,
    );
    expect(ibs).toContain('Irritable Bowel Syndrome. A long-running disorder of how the gut works');
    expect(ibs).not.toContain(remedy.summary);

    // A pair readers report on that the editors have not reviewed says so.
    const unreviewed = await db
      .selectFrom('report_tallies as t')
      .innerJoin('conditions as c', 'c.id', 't.condition_id')
      .select(['c.slug', 'c.name', 'c.id'])
      .where('t.remedy_id', '=', remedy.id)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('remedy_uses as u')
              .select('u.id')
              .whereRef('u.condition_id', '=', 't.condition_id')
              .whereRef('u.remedy_id', '=', 't.remedy_id'),
          ),
        ),
      )
      .executeTakeFirstOrThrow();
    expect(await lede(`/remedies/l-glutamine/${unreviewed.slug}`)).toContain(
      `The editors have not reviewed research on L-Glutamine for ${unreviewed.name}`,
    );

    // An editor's new description shows on the pair's page at once.
    const { agent: editor } = await signedIn(app, site, 'editor');
    await editor.get('/admin/conditions');
    await editor.post(`/admin/conditions/${unreviewed.id}/edit`, {
      name: unreviewed.name,
      category: 'Digestive Health',
      aliases: '',
      description: 'A freshly written line about this condition.',
    });
    expect(editor.last?.statusCode).toBe(303);
    // Its name was not touched, so its address stays (the demo's "bloating" is "Bloating and Gas").
    expect((await app().inject({ url: `/conditions/${unreviewed.slug}` })).statusCode).toBe(200);
    expect(await lede(`/remedies/l-glutamine/${unreviewed.slug}`)).toContain(
      'A freshly written line about this condition.',
    );
  });
});
