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
        condition: 'Age-Related Issues',
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
        p.condition,
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

describeEachDialect('importing legacy pages', (site) => {
  const app = useApp(site);

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
    expect(first.problems.map((p) => p.line)).toEqual([58]);

    const remedy = await app().inject({ url: '/remedies/ginger-root' });
    expect(remedy.statusCode).toBe(200);
    const text = textOf(remedy.body);
    expect(text).toContain('Modified on Mar 14, 2024');
    expect(text).toMatch(/Stop and get medical help if you vomit blood/); // the page's "when to stop"
    expect(text).toMatch(/Ginger can thin the blood/); // the page's disclaimer

    const pair = textOf((await app().inject({ url: '/remedies/ginger-root/arthritis' })).body);
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
