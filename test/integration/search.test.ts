import { describe, expect, it } from 'vitest';
import { searchReports } from '../../src/search/index.js';
import { MARK_START, parseQuery, toFts5 } from '../../src/search/query.js';
import { distance, suggest } from '../../src/domain/search/index.js';
import { Agent } from '../helpers/agent.js';
import { signedIn } from '../helpers/accounts.js';
import { textOf, useApp } from '../helpers/app.js';
import { describeEachDialect } from '../helpers/db.js';
import { guestReport } from '../helpers/reports.js';

describe('query syntax', () => {
  it('reads words, "phrases" and -exclusions, and quotes everything for FTS5', () => {
    const q = parseQuery('ginger "morning sickness" -tea tea* (x)');
    expect(q).toMatchObject({
      words: ['ginger', 'tea', 'x'],
      phrases: ['morning sickness'],
      excluded: ['tea'],
    });
    expect(toFts5(q)).toBe('("morning sickness" AND "ginger" AND "tea" AND "x") NOT ("tea")');
  });
  it('suggests close names only', () => {
    expect(distance('tumeric', 'turmeric')).toBe(1);
    expect(suggest('tumeric', ['Turmeric', 'Ginger'])).toBe('Turmeric');
    expect(suggest('banana', ['Turmeric', 'Ginger'])).toBeNull();
    // A word of a longer name: "glutamene" is one letter from "glutamine" in "L-Glutamine".
    expect(suggest('glutamene', ['L-Glutamine', 'Ginger'])).toBe('L-Glutamine');
    expect(suggest('pepermint', ['Peppermint Oil'])).toBe('Peppermint Oil');
    // Words that are already right suggest nothing.
    expect(suggest('ginger', ['Ginger Tea'])).toBeNull();
  });
});

describeEachDialect('search', (site) => {
  const app = useApp(site, { settings: { rateLimitFactor: 10 } });

  it('counts up to a cap and ranks only the newest candidates, so common words stay fast', async () => {
    const db = site().database.db;
    const filters = { remedy: null, condition: null, rating: null, outcome: null };
    const q = parseQuery('helped');
    const all = await searchReports(db, q, filters, 0, 1000, {
      candidates: 10000,
      countCap: 10000,
    });
    expect(all.capped).toBe(false);
    expect(all.total).toBeGreaterThan(20);
    const bounded = await searchReports(db, q, filters, 0, 10, { candidates: 8, countCap: 5 });
    expect(bounded).toMatchObject({ total: 5, capped: true });
    // The 8 newest matches, in relevance order among themselves.
    const newest = all.hits
      .map((h) => h.id)
      .sort((a, b) => b - a)
      .slice(0, 8);
    expect(bounded.hits.map((h) => h.id).sort((a, b) => b - a)).toEqual(newest);
    // Every hit shows where it matched: in its text, or else in its title.
    expect(
      bounded.hits.every((h) => h.snippet.includes(MARK_START) || h.title?.includes(MARK_START)),
    ).toBe(true);
  });

  it('counts from the candidates when they outnumber the cap, as the count query would', async () => {
    const db = site().database.db;
    const filters = { remedy: null, condition: null, rating: null, outcome: null };
    for (const words of ['helped', 'ginger tea', '"every morning"']) {
      const q = parseQuery(words);
      const exact = await searchReports(db, q, filters, 0, 5, { candidates: 3, countCap: 10_000 });
      const fromCandidates = await searchReports(db, q, filters, 0, 5, {
        candidates: 10_000,
        countCap: 9_999,
      });
      expect(fromCandidates.total, words).toBe(exact.total);
      const capped = await searchReports(db, q, filters, 0, 5, { candidates: 10_000, countCap: 2 });
      expect(capped, words).toMatchObject({
        total: Math.min(2, exact.total),
        capped: exact.total > 2,
      });
    }
  });

  it('ranks two words like bm25 does when each is said once: both in the title first, then shorter reports', async () => {
    if (site().database.dialect === 'postgres') return; // PostgreSQL ranks with ts_rank
    const db = site().database.db;
    const filters = { remedy: null, condition: null, rating: null, outcome: null };
    const { hits } = await searchReports(db, parseQuery('every morning'), filters, 0, 50);
    expect(hits.length).toBeGreaterThan(2);
    const rows = await db
      .selectFrom('reports')
      .select(['id', 'title', 'body'])
      .where(
        'id',
        'in',
        hits.map((h) => h.id),
      )
      .execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    const key = (id: number) => {
      const r = byId.get(id)!;
      const title = (r.title ?? '').toLowerCase();
      return [['every', 'morni'].filter((n) => title.includes(n)).length, r.body.length];
    };
    for (let i = 1; i < hits.length; i++) {
      const [t0, l0] = key(hits[i - 1]!.id);
      const [t1, l1] = key(hits[i]!.id);
      expect(
        t0! > t1! || (t0 === t1 && l0! <= l1!),
        `${hits[i - 1]!.id} before ${hits[i]!.id}`,
      ).toBe(true);
    }
  });

  const search = async (query: string) => app().inject({ url: `/search?${query}` });

  it('shows a reader’s own brackets in a snippet as text, never as a highlight', async () => {
    const { agent } = await signedIn(app, site, 'moderator');
    await agent.get('/remedies/l-glutamine/reports/new');
    await agent.post('/remedies/l-glutamine/reports', {
      ...guestReport,
      body: 'The zebrafinch ⟦powder⟧ and ⟦ more ⟧ made my stomach calmer within a fortnight.',
    });
    const id = /\/reports\/(\d+)/.exec(String(agent.last?.headers.location))?.[1];
    await agent.get('/moderate');
    await agent.post(`/moderate/reports/${id}`, { action: 'approve' });
    const res = await search('q=zebrafinch');
    expect(res.body).toContain('<mark>zebrafinch</mark>');
    expect(res.body).toContain('⟦powder⟧');
    expect(res.body).not.toContain('<mark>powder');
  });

  it('finds reports by stem with highlighted snippets, names first', async () => {
    const res = await search('q=cramping');
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/<mark>cramp\w*<\/mark>/i);
    const names = await search('q=glutamine');
    expect(textOf(names.body)).toMatch(/Remedies L-Glutamine/);
    expect(textOf((await search('q=bowel')).body)).toMatch(/Conditions Irritable Bowel Syndrome/);
  });

  it('understands phrases and exclusions', async () => {
    const phrase = await search(`q=${encodeURIComponent('"crystallised ginger"')}`);
    const snippets = [...phrase.body.matchAll(/<p class="snippet">([\s\S]*?)<\/p>/g)].map(
      (m) => m[1] ?? '',
    );
    expect(snippets.length).toBeGreaterThan(0);
    for (const s of snippets)
      expect(s.toLowerCase()).toMatch(/<mark>crystallised(<\/mark> <mark>| )ginger<\/mark>/);
    const excluded = await search(`q=${encodeURIComponent('ginger -tea')}`);
    const total = Number(/Reports \((\d+)\)/.exec(textOf(excluded.body))?.[1]);
    const all = Number(/Reports \((\d+)\)/.exec(textOf((await search('q=ginger')).body))?.[1]);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(all);
  });

  it('marks a match in a report’s title when its text does not hold the word', async () => {
    const { agent } = await signedIn(app, site, 'moderator');
    await agent.get('/remedies/l-glutamine/reports/new');
    await agent.post('/remedies/l-glutamine/reports', {
      ...guestReport,
      title: 'Quokkaberry calm at last',
      body: 'My stomach settled within a fortnight of the powder in water each morning.',
    });
    const id = /\/reports\/(\d+)/.exec(String(agent.last?.headers.location))?.[1];
    await agent.get('/moderate');
    await agent.post(`/moderate/reports/${id}`, { action: 'approve' });
    const res = await search('q=quokkaberry');
    expect(res.body).toMatch(
      /<a href="\/reports\/\d+"><mark>Quokkaberry<\/mark> calm at last<\/a>/,
    );
    const hits = await searchReports(
      site().database.db,
      parseQuery('quokkaberry'),
      { remedy: null, condition: null, rating: null, outcome: null },
      0,
      10,
    );
    expect(hits.hits).toHaveLength(1);
    expect(hits.hits[0]?.title).toContain(MARK_START);
  });

  it('lists a condition only when the words match its name or an alias, not letters inside', async () => {
    // "bloating" holds the letters of the alias "OA" (osteoarthritis).
    const res = textOf((await search('q=bloating')).body);
    expect(res).not.toMatch(/Conditions Osteoarthritis/);
    expect(textOf((await search('q=oa')).body)).toMatch(/Conditions Osteoarthritis/);
    expect(textOf((await search('q=arthritis')).body)).toMatch(/Conditions Osteoarthritis/);
  });

  it('says in its placeholders that conditions and symptoms can be searched too', async () => {
    const res = await search('q=');
    expect(res.body).toContain('placeholder="A remedy, condition or symptom"');
    expect(res.body).toMatch(/id="search-q"[^>]*placeholder="For example: ginger, bloating/);
  });

  it('filters by rating, outcome, remedy and condition', async () => {
    const res = await search('q=helped&rating=5&remedy=ginger');
    const stars = [...res.body.matchAll(/(\d) out of 5 stars/g)].map((m) => m[1]);
    expect(stars.length).toBeGreaterThan(0);
    expect(new Set(stars)).toEqual(new Set(['5']));
    expect(textOf(res.body)).not.toMatch(/L-Glutamine · /);
    // The form shows the filters chosen.
    expect(res.body).toMatch(/<option value="5" selected>5 stars<\/option>/);
    expect(res.body).toMatch(/<option value="ginger" selected>/);
    expect((await search('q=helped&outcome=nonsense')).statusCode).toBe(400);
  });

  it('suggests a remedy name for a misspelling', async () => {
    const res = await search('q=tumeric');
    expect(textOf(res.body)).toContain('Did you mean Turmeric?');
  });

  it('indexes a report in the transaction that publishes it, and forgets it when removed', async () => {
    const agent = new Agent(app);
    await agent.get('/remedies/ginger/reports/new');
    const res = await agent.post('/remedies/ginger/reports', {
      ...guestReport,
      condition: 'nausea',
      body: 'The zanzibarish aftertaste surprised me, but the nausea eased within an hour.',
    });
    const id = Number(/\/reports\/(\d+)\//.exec(res.headers.location as string)?.[1]);
    expect(textOf((await search('q=zanzibarish')).body)).toContain('Reports (0)');
    const { agent: mod } = await signedIn(app, site, 'moderator');
    await mod.get('/moderate');
    await mod.post(`/moderate/reports/${id}`, { action: 'approve' });
    expect(textOf((await search('q=zanzibarish')).body)).toContain('Reports (1)');
    await mod.post(`/moderate/reports/${id}`, { action: 'reject', reason: 'Test removal' });
    expect(textOf((await search('q=zanzibarish')).body)).toContain('Reports (0)');
  });

  it('never breaks on odd input, and offers a search box on every page', async () => {
    for (const q of ['"unbalanced', 'a*b(c)', 'NOT', '-', '""', 'the', "o'brien ^ : {x}"]) {
      expect((await search(`q=${encodeURIComponent(q)}`)).statusCode, q).toBe(200);
    }
    expect((await app().inject({ url: '/remedies' })).body).toContain('action="/search"');
  });

  it('answers autocomplete with remedy and condition names as JSON', async () => {
    const res = await app().inject({ url: '/api/autocomplete?q=gin' });
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.json()).toEqual({
      suggestions: [{ type: 'remedy', name: 'Ginger', slug: 'ginger' }],
    });
    expect((await app().inject({ url: '/api/autocomplete?q=i' })).json()).toEqual({
      suggestions: [],
    });
  });
});
