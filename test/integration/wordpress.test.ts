// Importing a WordPress export: remedies from posts, reports and replies from comments, the queue
// for waiting and risky ones, nothing from spam, trash or pings, and nothing at all on bad XML.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  WxrReader,
  conditionResolver,
  emptySummary,
  importWordPressItem,
} from '../../src/domain/transfer/index.js';
import type { Db } from '../../src/db/database.js';
import { runCli } from '../helpers/cli.js';
import { describeEachDialect } from '../helpers/db.js';

const FIXTURE = 'test/fixtures/wordpress/small.xml';

async function importFile(db: Db, path: string) {
  const summary = emptySummary();
  const now = new Date('2026-11-25T12:00:00Z');
  await db.transaction().execute(async (trx) => {
    const conditions = await conditionResolver(trx, now, false);
    const reader = new WxrReader();
    for (const item of [...reader.write(readFileSync(path, 'utf8')), ...reader.close()])
      await importWordPressItem(trx, item, summary, conditions, now, { publish: true });
  });
  return summary;
}

describeEachDialect('importing a WordPress export', (site) => {
  it('makes a remedy of the post, reports and replies of its comments, and queues the rest', async () => {
    const { db } = site().database;
    const s = await importFile(db, FIXTURE);
    expect(s).toMatchObject({
      remedies: [{ slug: 'fennel-seed-tea', created: true }],
      reports: 3,
      replies: 2,
      queued: 2, // Piet's waiting comment, and Rosa's that stops a prescription
      skipped: { attachment: 1, 'page (trash)': 1, spam: 1, trash: 1, pingback: 1 },
    });
    // The reply to a deleted comment is named by its line, not dropped in silence.
    expect(s.problems).toEqual([expect.objectContaining({ line: 89 })]);
    const reports = await db
      .selectFrom('reports as r')
      .innerJoin('remedies as m', 'm.id', 'r.remedy_id')
      .innerJoin('conditions as c', 'c.id', 'r.condition_id')
      .select(['r.id', 'r.display_name', 'r.status', 'r.rating', 'r.author_email', 'c.slug'])
      .where('m.slug', '=', 'fennel-seed-tea')
      .orderBy('r.posted_at')
      .execute();
    expect(reports.map((r) => [r.display_name, r.status, r.rating, r.slug])).toEqual([
      ['Greta', 'approved', 5, 'bloating'],
      ['Piet', 'pending', null, 'bloating'],
      ['Rosa', 'pending', null, 'bloating'],
    ]);
    // The nested thread is flattened under Greta's report; the anonymous reply has a name.
    const replies = await db
      .selectFrom('replies')
      .select(['display_name', 'author_email', 'status'])
      .where('report_id', '=', reports[0]!.id)
      .orderBy('posted_at')
      .execute();
    expect(replies.map((r) => [r.display_name, r.author_email])).toEqual([
      ['Anonymous', null],
      ['Greta', 'greta@example.org'],
    ]);
    // The remedy's overview keeps the post's text as paragraphs and a list.
    const remedy = await db
      .selectFrom('remedies')
      .select(['article', 'aliases', 'status'])
      .where('slug', '=', 'fennel-seed-tea')
      .executeTakeFirstOrThrow();
    expect(remedy.status).toBe('published');
    expect(String(remedy.article)).toContain('- Chew half a teaspoon');
    // Importing the same file again adds nothing.
    const again = await importFile(db, FIXTURE);
    expect(again).toMatchObject({ reports: 0, replies: 0, alreadyThere: 3 });
  });
});

const REAL = 'test/fixtures/wordpress/export.xml';

describeEachDialect('importing an export made by WordPress itself', (site) => {
  // Made by scripts/wordpress-fixture.sh with wp_insert_post, wp_insert_comment and export_wp().
  it('reads what WordPress wrote: posts, nested comments, waiting, trash, pings and ratings', async () => {
    const { db } = site().database;
    const s = await importFile(db, REAL);
    expect(s).toMatchObject({
      remedies: [
        { slug: 'peppermint-tea', created: true },
        { slug: 'lemon-balm', created: true },
      ],
      reports: 4,
      replies: 2,
      queued: 1,
      skipped: { trash: 1, pingback: 1 },
      problems: [],
    });
    const rows = await db
      .selectFrom('reports as r')
      .innerJoin('remedies as m', 'm.id', 'r.remedy_id')
      .select(['m.slug', 'r.display_name', 'r.rating', 'r.status', 'r.author_email'])
      .where('m.slug', 'in', ['peppermint-tea', 'lemon-balm'])
      .orderBy('r.posted_at')
      .execute();
    expect(rows.map((r) => [r.slug, r.display_name, r.rating, r.status])).toEqual([
      ['peppermint-tea', 'Agnes', 5, 'approved'],
      ['peppermint-tea', 'Cora', 2, 'pending'],
      ['lemon-balm', 'Dafydd', 4, 'approved'],
      ['lemon-balm', 'Agnes', null, 'approved'],
    ]);
    // "Sleep Problems" names no condition: the reports wait under General with it as their topic.
    const balm = await db
      .selectFrom('reports as r')
      .innerJoin('conditions as c', 'c.id', 'r.condition_id')
      .select(['c.slug', 'r.tags'])
      .where('r.display_name', '=', 'Dafydd')
      .executeTakeFirstOrThrow();
    expect([balm.slug, JSON.parse(balm.tags ?? '[]')]).toEqual(['general', ['Sleep Problems']]);
    // One email, one author: Agnes's report, reply and second report all carry it.
    const agnes = await db
      .selectFrom('replies')
      .select('author_email')
      .where('display_name', '=', 'Agnes')
      .executeTakeFirstOrThrow();
    expect(agnes.author_email).toBe(rows[0]!.author_email);
  });
});

describe('remedex import-wordpress', () => {
  const dir = mkdtempSync(join(tmpdir(), 'remedex-wp-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const env = { DATABASE_URL: `sqlite:${join(dir, 'site.db')}`, DEMO_CONTENT: 'off' };

  it('names the line of bad XML and writes nothing', async () => {
    const broken = join(dir, 'broken.xml');
    writeFileSync(
      broken,
      readFileSync(FIXTURE, 'utf8').replace('<title>fennel-photo</title>', '<title>fennel-photo'),
    );
    const result = await runCli(['import-wordpress', broken], env);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(new RegExp(`${broken}:\\d+: not valid XML`));
    expect(result.err).toContain('nothing was imported');
    expect((await runCli(['export'], env)).out).not.toContain('"type":"remedies"');
  });

  it('imports a good file and prints what it made of it', async () => {
    const result = await runCli(['import-wordpress', FIXTURE, '--publish'], env);
    expect(result.code).toBe(0);
    expect(result.out).toContain('3 report(s) and 2 reply(ies) imported, 2 waiting for moderation');
    expect(result.out).toMatch(/skipped: .*1 spam/);
  });
});
