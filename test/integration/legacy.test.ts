import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { importLegacyPage, parseLegacyPage, tidyPlace } from '../../src/domain/transfer/index.js';
import { textOf, useApp } from '../helpers/app.js';
import { describeEachDialect } from '../helpers/db.js';
import { sharedFile } from '../helpers/shared.js';

const REFERENCE = '../shared/reference/000_6c85b81ee9e177ea.txt';
const FIXTURE = 'test/fixtures/legacy/ginger-root.txt';

describe('reading saved legacy pages', () => {
  it.skipIf(!sharedFile(REFERENCE, 'the import of the reference remedy page'))(
    'recovers every post of the reference page with its fields',
    () => {
      const page = parseLegacyPage(readFileSync(REFERENCE, 'utf8'));
      expect(page.remedy).toBe('L-Glutamine');
      expect(page.modifiedOn).toBe('2025-12-01T12:00:00.000Z');
      expect(page.problems).toEqual([]);
      expect(page.posts).toHaveLength(1);
      expect(page.posts[0]).toMatchObject({
        heading: 'Age-Related Issues',
        author: 'Timh',
        place: 'Ky, Usa',
        postedAt: '2013-09-10T12:00:00.000Z',
        postCount: 2041,
        rating: 5,
        editorsChoice: true,
        replies: [],
      });
      expect(page.posts[0]?.body).toMatch(/^My dad has been struggling/);
      expect(page.posts[0]?.body).toMatch(
        /3-5 grms daily .* as little as one week time, and continue\./,
      );
      expect(page.sections.map((s) => s.heading)).toContain('When to Stop & Call Your Doctor');
    },
  );

  it('reads mobile headers, "N out of 5 stars", "N Posts", reply variants and untidy places', () => {
    const page = parseLegacyPage(readFileSync(FIXTURE, 'utf8'));
    expect(
      page.posts.map((p) => [
        p.heading,
        p.author,
        p.place,
        p.postedAt.slice(0, 10),
        p.postCount,
        p.rating,
        p.editorsChoice,
      ]),
    ).toEqual([
      ['Nausea', 'Maren', 'Bergen, Norway', '2012-03-02', 12, 4, false],
      ['Nausea', 'Ravi', 'Pune, India', '2015-11-20', 3, 5, true],
      ['Arthritis', 'Hana', 'Osaka, Japan', '2019-06-01', 77, 3, false],
      ['Arthritis', 'Olek', 'Krakow, Poland', '2020-02-28', null, 1, false],
    ]);
    expect(page.posts[0]?.body.split('\n\n')).toHaveLength(2);
    expect(
      page.posts[0]?.replies.map((r) => [r.author, r.place, r.postedAt?.slice(0, 10), r.postCount]),
    ).toEqual([
      ['Tomas', 'Galway, Ireland', '2012-03-05', 4],
      ['Ines', 'Lisbon, Portugal', '2012-03-07', 1],
    ]);
    // Nothing is dropped silently: the post with an impossible date is reported by line.
    expect(page.problems).toEqual([
      {
        line: 58,
        text: 'Posted by Dee on 13/45/2019 2 posts',
        reason: 'post not imported: the date is missing or is not a real date',
      },
    ]);
    expect(tidyPlace('LISBON ,  PORTUGAL')).toBe('Lisbon, Portugal');
    expect(tidyPlace('Ky, Usa')).toBe('Ky, Usa');
  });
});

const LAYOUTS = 'test/fixtures/legacy/layouts.txt';

describe('reading every layout of the old site', () => {
  it('reads the source address, the title, chrome, mobile and question-and-answer posts, votes and titles', () => {
    const page = parseLegacyPage(readFileSync(LAYOUTS, 'utf8'));
    expect(page.source).toBe('https://old-remedies.example.org/remedies/apple-cider-vinegar.html');
    expect(page.remedy).toBe('Apple Cider Vinegar'); // from the title, not the address
    expect(page.modifiedOn).toBe('2021-02-03T12:00:00.000Z');
    expect(page.problems).toEqual([]);
    expect(
      page.posts.map((p) => [
        p.heading,
        p.author,
        p.place,
        p.rating,
        p.postCount,
        p.outcome,
        p.title,
      ]),
    ).toEqual([
      ['Apple Cider Vinegar Dosages', 'Lena', 'Utrecht, Netherlands', null, 3, null, null],
      ['Heartburn', 'Nadia', 'Cairo, Egypt', 4, 12, null, 'Calmer evenings'],
      ['Heartburn', 'Walt', null, null, null, 'helped', null],
      ['Heartburn', 'Ruth', null, null, null, 'helped_temporarily', null],
    ]);
    // A lost non-breaking space ("Nadia?(Cairo") is a space; bullets stay a list; the vote stays.
    expect(page.posts[1]?.body).toContain('week.\n\n- I drank it through a straw\n- I rinsed');
    expect(page.posts[2]?.body).toBe(
      '[YEA] A capful in water settled my heartburn the first night.',
    );
    // Replies: "Donate" is link text, the place may stand alone, and no date means none.
    expect(page.posts[0]?.replies).toEqual([
      expect.objectContaining({ author: 'Bram', place: 'Leiden', postCount: 9, postedAt: null }),
    ]);
    expect(page.posts[3]?.replies[0]).toMatchObject({ author: 'Ruth', postedAt: null });
  });
});

describeEachDialect('importing legacy pages', (site) => {
  const app = useApp(site);

  it('puts posts whose heading is no condition under "General", says so, and invents no stars or dates', async () => {
    const db = site().database.db;
    const page = parseLegacyPage(readFileSync(LAYOUTS, 'utf8'));
    const now = new Date('2026-11-25T12:00:00Z');
    // The demo has readers of the same first names; only this import's reports are compared.
    const { last } = await db
      .selectFrom('reports')
      .select((e) => e.fn.max('id').as('last'))
      .executeTakeFirstOrThrow();
    const s = await db
      .transaction()
      .execute((trx) => importLegacyPage(trx, page, LAYOUTS, now, { publish: true }));
    expect(s).toMatchObject({ posts: 4, replies: 2, conditionsCreated: ['General'] });
    expect(s.problems).toEqual([
      expect.objectContaining({ text: 'Apple Cider Vinegar Dosages', line: 14 }),
    ]);
    const rows = await db
      .selectFrom('reports as r')
      .innerJoin('conditions as c', 'c.id', 'r.condition_id')
      .innerJoin('remedies as m', 'm.id', 'r.remedy_id')
      .select(['r.display_name', 'c.slug', 'r.rating', 'r.outcome', 'r.title'])
      .where('m.slug', '=', 'apple-cider-vinegar')
      .where('r.id', '>', Number(last ?? 0))
      .orderBy('r.posted_at')
      .execute();
    expect(rows.map((r) => [r.display_name, r.slug, r.rating, r.outcome, r.title])).toEqual([
      ['Walt', 'acid-reflux', null, 'helped', null],
      ['Ruth', 'acid-reflux', null, 'helped_temporarily', null],
      ['Lena', 'general', null, null, null],
      ['Nadia', 'acid-reflux', 4, null, 'Calmer evenings'],
    ]);
    // The topic heading is kept as the post's tag, shown on its card.
    const lena = await db
      .selectFrom('reports')
      .select(['id', 'tags'])
      .where('display_name', '=', 'Lena')
      .where('id', '>', Number(last ?? 0))
      .where('posted_at', '<', '2017-01-01')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(lena.tags ?? '[]')).toEqual(['Apple Cider Vinegar Dosages']);
    const card = textOf((await app().inject({ url: `/reports/${lena.id}` })).body);
    expect(card).toContain('Topic on the site it came from: Apple Cider Vinegar Dosages');
    const bram = await db
      .selectFrom('replies')
      .select('posted_at')
      .where('display_name', '=', 'Bram')
      .executeTakeFirstOrThrow();
    expect(bram.posted_at).toBeNull();
    const again = await db
      .transaction()
      .execute((trx) => importLegacyPage(trx, page, LAYOUTS, now));
    expect(again).toMatchObject({ posts: 0, alreadyThere: 4 });
  });

  it('lets two imports at once both put posts under "General", made once', async () => {
    const db = site().database.db;
    const text = readFileSync(LAYOUTS, 'utf8');
    // Two sites' pages of other remedies, each with a topic heading, imported at the same time.
    const pages = ['Nettle', 'Fennel'].map((name) => {
      const page = parseLegacyPage(
        text.replace('Apple Cider Vinegar Cures', `${name} Cures`).replace(/Lena|Bram/g, name),
      );
      page.posts = page.posts.slice(0, 1);
      return page;
    });
    const before = await db
      .selectFrom('conditions')
      .select('id')
      .where('slug', '=', 'general')
      .execute();
    const results = await Promise.all(
      pages.map((page) =>
        db
          .transaction()
          .execute((trx) => importLegacyPage(trx, page, LAYOUTS, new Date(), { publish: true })),
      ),
    );
    expect(results.map((r) => r.posts)).toEqual([1, 1]);
    const general = await db
      .selectFrom('conditions')
      .select('id')
      .where('slug', '=', 'general')
      .execute();
    expect(general).toHaveLength(1);
    if (before.length === 0)
      expect(
        results.flatMap((r) => r.conditionsCreated).filter((c) => c === 'General').length,
      ).toBeLessThanOrEqual(1);
  });

  it('makes a condition of a heading only when told to', async () => {
    const db = site().database.db;
    const page = parseLegacyPage(
      readFileSync(LAYOUTS, 'utf8').replace('Apple Cider Vinegar Dosages', 'Hiccups'),
    );
    page.posts = page.posts.slice(0, 1).map((p) => ({ ...p, body: `${p.body} (again)` }));
    const s = await db
      .transaction()
      .execute((trx) =>
        importLegacyPage(trx, page, LAYOUTS, new Date(), { publish: true, createConditions: true }),
      );
    expect(s.conditionsCreated).toEqual(['Hiccups']);
    expect(s.problems).toEqual([]);
  });

  it('creates the remedy, conditions and authors, keeps dates and counts, reads facts, and is idempotent', async () => {
    const db = site().database.db;
    const page = parseLegacyPage(readFileSync(FIXTURE, 'utf8'));
    const now = new Date('2026-11-25T12:00:00Z');
    const first = await db
      .transaction()
      .execute((trx) => importLegacyPage(trx, page, FIXTURE, now, { publish: true }));
    expect(first).toMatchObject({
      remedy: { slug: 'ginger-root', created: true },
      posts: 4,
      replies: 2,
    });
    // Both headings name known conditions ("Arthritis" by an alias of Osteoarthritis): nothing is
    // created. The post with an impossible date is reported by its line.
    expect(first.problems.map((p) => p.line)).toEqual([58]);
    expect(first.conditionsCreated).toEqual([]);

    const remedy = await app().inject({ url: '/remedies/ginger-root' });
    expect(remedy.statusCode).toBe(200);
    const text = textOf(remedy.body);
    expect(text).toContain('Modified on Mar 14, 2024');
    expect(text).toMatch(/Stop and get medical help if you vomit blood/); // the page's "when to stop"
    expect(text).toMatch(/Ginger can thin the blood/); // the page's disclaimer

    const pair = textOf((await app().inject({ url: '/remedies/ginger-root/osteoarthritis' })).body);
    expect(pair).toMatch(/Hana \(Osaka, Japan\) on Jun 0?1, 2019/);
    expect(pair).toContain('77 posts');

    const ravi = await db
      .selectFrom('reports as r')
      .innerJoin('report_facts as f', 'f.report_id', 'r.id')
      .select(['r.id', 'r.editors_choice', 'r.rating', 'f.dose_band', 'f.outcome', 'f.for_whom'])
      .where('r.display_name', '=', 'Ravi')
      .executeTakeFirstOrThrow();
    expect(ravi).toMatchObject({
      editors_choice: 1,
      rating: 5,
      dose_band: 'day:500',
      outcome: 'helped',
      for_whom: 'other',
    });

    const again = await db
      .transaction()
      .execute((trx) => importLegacyPage(trx, page, FIXTURE, now));
    expect(again).toMatchObject({ remedy: { created: false }, posts: 0, alreadyThere: 4 });
  });
});

describe('remedex import-legacy refuses what is not a saved page', () => {
  const dir = mkdtempSync(join(tmpdir(), 'remedex-legacy-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const env = { DATABASE_URL: `sqlite:${join(dir, 'site.db')}`, DEMO_CONTENT: 'off' };
  const file = (name: string, bytes: Buffer | string) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };

  it.each([
    ['empty', '', 'the file is empty'],
    ['random bytes', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), 'not'],
    ['an HTML page', '<!DOCTYPE html>\n<html><body><p>Ginger</p></body></html>', 'an HTML page'],
    [
      'UTF-16 text',
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(readFileSync(FIXTURE, 'utf8'), 'utf16le'),
      ]),
      'UTF-16',
    ],
    ['prose with no post', 'Ginger\n\nGinger is a root people use for nausea.\n', 'no post'],
  ])('refuses %s with exit code 1 and creates nothing', async (name, bytes, reason) => {
    const path = file(`${name.replace(/\W+/g, '-')}.txt`, bytes);
    const result = await runCli(['import-legacy', path], env);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`${path}: not imported:`);
    expect(result.err).toContain(reason);
    expect((await runCli(['export'], env)).out).not.toContain('"type":"remedies"');
  });

  it('refuses a page with any problem under --strict, and names the problems', async () => {
    const strictEnv = { ...env, DATABASE_URL: `sqlite:${join(dir, 'strict.db')}` };
    const strict = await runCli(['import-legacy', LAYOUTS, '--strict'], strictEnv);
    expect(strict.code).toBe(1);
    expect(strict.err).toContain(`${LAYOUTS}:14: not a known condition`);
    expect(strict.err).toContain('not imported (--strict)');
    expect((await runCli(['export'], strictEnv)).out).not.toContain('"type":"remedies"');
    const bad = await runCli(['import-legacy', LAYOUTS, '--conditions', 'maybe'], strictEnv);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain('--conditions takes one value: create');
    const loose = await runCli(['import-legacy', LAYOUTS, '--conditions', 'create'], strictEnv);
    expect(loose.code).toBe(0);
    expect(loose.out).toContain('new condition(s) (Apple Cider Vinegar Dosages, Heartburn)');
  });

  it('creates an imported remedy as a draft, published only with --publish', async () => {
    const draftEnv = { ...env, DATABASE_URL: `sqlite:${join(dir, 'draft.db')}` };
    const imported = await runCli(['import-legacy', FIXTURE], draftEnv);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('new draft remedy /remedies/ginger-root');
    const published = await runCli(['import-legacy', FIXTURE, '--publish'], {
      ...env,
      DATABASE_URL: `sqlite:${join(dir, 'published.db')}`,
    });
    expect(published.out).toContain('new published remedy /remedies/ginger-root');
    const exported = (await runCli(['export'], draftEnv)).out;
    expect(exported).toMatch(/"type":"remedies","row":\{[^\n]*"status":"draft"/);
  });
});
