import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { loadDemo } from '../../src/demo/load.js';
import { ImportRefused, exportLines, importLines } from '../../src/domain/transfer/index.js';
import { rebuildTallies } from '../../src/db/repositories/reading/tallies.js';
import { buildApp } from '../../src/http/app.js';
import type { Db } from '../../src/db/database.js';
import { type TestDatabase, dialects, freshDatabase } from '../helpers/db.js';

const NOW = new Date('2026-11-25T12:00:00.000Z');

async function exportAll(db: Db): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of exportLines(db, NOW, 97)) lines.push(line);
  return lines;
}

async function* from(lines: readonly string[]): AsyncGenerator<string> {
  for (const l of lines) yield l;
}

async function importAll(db: Db, lines: readonly string[], skipInvalid = false, keepRoles = true) {
  return (db as Extract<Db, { transaction: unknown }>)
    .transaction()
    .execute((trx) => importLines(trx, from(lines), { skipInvalid, keepRoles }));
}

// Search is compared within SQLite only: PostgreSQL ranks with ts_rank, not bm25.
async function pages(db: Db, search = true): Promise<string[]> {
  const app = await buildApp({ db: db as Parameters<typeof buildApp>[0]['db'] });
  const out: string[] = [];
  for (const url of [
    '/remedies/l-glutamine',
    '/remedies/l-glutamine/ibs?sort=helpful',
    '/conditions/ibs',
    '/reports/10',
    ...(search ? ['/search?q=cramps'] : []),
  ]) {
    const res = await app.inject({ url });
    expect(res.statusCode, url).toBe(200);
    out.push(res.body.replace(/name="_csrf" value="[^"]*"/g, ''));
  }
  await app.close();
  return out;
}

/** Where two pages first differ, with some context, or null when they are the same. */
function firstDifference(a: string, b: string): string | null {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: …${a.slice(Math.max(0, i - 80), i + 80)}… vs …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}

const databases: TestDatabase[] = [];
afterAll(async () => {
  for (const d of databases) await d.drop();
});
async function fresh(dialect: (typeof dialects)[number]) {
  const d = await freshDatabase(dialect);
  databases.push(d);
  await migrateToLatest(d.database.db);
  return d.database.db;
}

describe('export and import', () => {
  it('gives the same site after export → import, across both databases and back', async () => {
    const source = await fresh('sqlite');
    await loadDemo(source);
    // The demo has no votes, updates, flags or moderation yet: add one of each.
    const at = NOW.toISOString();
    await source
      .insertInto('users')
      .values({
        id: 900,
        display_name: 'Mo',
        email: 'mo@example.org',
        location: null,
        role: 'moderator',
        created_at: at,
        password_hash: 'scrypt$secret',
      })
      .execute();
    await source
      .insertInto('helpful_votes')
      .values({ report_id: 10, user_id: 900, created_at: at, helpful: 0 })
      .execute();
    await source
      .insertInto('follows')
      .values({
        user_id: 900,
        remedy_id: 1,
        condition_id: null,
        frequency: 'daily',
        created_at: at,
        digested_until: at,
      })
      .execute();
    await source
      .insertInto('updates')
      .values({
        report_id: 10,
        posted_at: at,
        body: 'Still fine.',
        outcome: 'helped',
        status: 'approved',
        safety: null,
      })
      .execute();
    await source
      .insertInto('report_side_effects')
      .values({ report_id: 10, term: 'bloating', severity: 'mild', note: null })
      .execute();
    await source
      .insertInto('report_revisions')
      .values({ report_id: 10, user_id: 900, created_at: at, content: '{"body":"old"}' })
      .execute();
    await source
      .insertInto('flags')
      .values({
        target_type: 'report',
        target_id: 10,
        reason: 'spam',
        note: null,
        user_id: 900,
        created_at: at,
        resolved_at: null,
      })
      .execute();
    await source
      .insertInto('moderation_actions')
      .values({
        actor_id: 900,
        action: 'approve',
        target_type: 'report',
        target_id: 10,
        reason: '',
        summary: 'Report #10 was published.',
        created_at: at,
      })
      .execute();
    // A report imported without stars, and a reply without a date, travel as they are.
    await source.updateTable('reports').set({ rating: null }).where('id', '=', 11).execute();
    await rebuildTallies(source);
    await source
      .updateTable('replies')
      .set({ posted_at: null })
      .where(
        'id',
        '=',
        (await source.selectFrom('replies').select('id').executeTakeFirstOrThrow()).id,
      )
      .execute();
    const first = await exportAll(source);
    expect(first.some((l) => l.includes('"rating":null'))).toBe(true);
    expect(
      first.some((l) => l.startsWith('{"type":"replies"') && l.includes('"posted_at":null')),
    ).toBe(true);
    for (const table of [
      'helpful_votes',
      'updates',
      'report_side_effects',
      'report_revisions',
      'flags',
      'moderation_actions',
      'remedy_use_citations',
    ])
      expect(
        first.some((l) => l.startsWith(`{"type":"${table}"`)),
        table,
      ).toBe(true);
    expect(first.join('\n')).not.toContain('scrypt$secret');
    expect(first[0]).toContain('"type":"remedex-export"');
    expect(first.some((l) => l.includes('"password_hash"'))).toBe(false);

    // SQLite → the other dialect (PostgreSQL when it runs) → SQLite again.
    const middle = await fresh(dialects.at(-1)!);
    await importAll(middle, first);
    const second = await exportAll(middle);
    expect(second.slice(1)).toEqual(first.slice(1));
    const back = await fresh('sqlite');
    await importAll(back, second);
    expect((await exportAll(back)).slice(1)).toEqual(first.slice(1));

    // The same pages, numbers and search results.
    const original = await pages(source);
    for (const copy of [await pages(back), await pages(middle, middle === back)])
      copy.forEach((html, i) => expect(firstDifference(html, original[i]!)).toBeNull());

    // Importing the same file again changes nothing.
    const again = await importAll(back, first);
    expect(Object.values(again.written).reduce((a, b) => a + b, 0)).toBe(0);
    expect((await exportAll(back)).slice(1)).toEqual(first.slice(1));
  });

  it('imports the updates of a file written before they were named so ("follow_ups")', async () => {
    const source = await fresh('sqlite');
    await loadDemo(source);
    await source
      .insertInto('updates')
      .values({
        report_id: 10,
        posted_at: NOW.toISOString(),
        body: 'Still fine a year on.',
        outcome: null,
        status: 'approved',
        safety: null,
      })
      .execute();
    const older = (await exportAll(source)).map((l) =>
      l.replace(/^\{"type":"updates"/, '{"type":"follow_ups"'),
    );
    expect(older.some((l) => l.startsWith('{"type":"follow_ups"'))).toBe(true);
    const target = await fresh('sqlite');
    await importAll(target, older);
    const rows = await target.selectFrom('updates').select('body').execute();
    expect(rows.map((r) => r.body)).toContain('Still fine a year on.');
  });

  it('names every bad line with its reason and writes nothing, unless told to skip them', async () => {
    const db = await fresh('sqlite');
    const header = JSON.stringify({
      type: 'remedex-export',
      version: 1,
      exported_at: NOW.toISOString(),
    });
    const condition = {
      id: 1,
      slug: 'nausea',
      name: 'Nausea',
      aliases: '[]',
      category: 'Digestive Health',
      created_at: NOW.toISOString(),
      status: 'active',
      redirect_to: null,
    };
    const lines = [
      header,
      JSON.stringify({ type: 'conditions', row: condition }),
      '{not json',
      JSON.stringify({ type: 'conditions', row: { ...condition, id: 2, slug: 'Bad Slug' } }),
      JSON.stringify({ type: 'potions', row: {} }),
      JSON.stringify({
        type: 'conditions',
        row: { ...condition, id: 3, slug: 'x', colour: 'red' },
      }),
      JSON.stringify({
        type: 'remedy_uses',
        row: { id: 1, remedy_id: 99, condition_id: 1, evidence_level: 'strong', note: '' },
      }),
    ];
    const refused = await importAll(db, lines).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ImportRefused);
    expect((refused as ImportRefused).problems).toEqual([
      { line: 3, reason: 'is not valid JSON' },
      { line: 4, reason: 'conditions: slug must be a slug such as leaky-gut' },
      { line: 5, reason: 'unknown type "potions"' },
      { line: 6, reason: 'conditions: unknown column(s) colour' },
      {
        line: 7,
        reason:
          'remedy_uses.remedy_id 99 names no row of remedies in the site or earlier in the file',
      },
    ]);
    expect(await db.selectFrom('conditions').selectAll().execute()).toEqual([]);

    const skipped = await importAll(db, lines, true);
    expect(skipped.problems).toHaveLength(5);
    expect(skipped.written).toEqual({ conditions: 1 });
    expect((await db.selectFrom('conditions').select('slug').execute()).map((c) => c.slug)).toEqual(
      ['nausea'],
    );
  });
});

describe('import trusts nothing the forms would refuse', () => {
  const header = JSON.stringify({
    type: 'remedex-export',
    version: 1,
    exported_at: NOW.toISOString(),
  });
  const user = (id: number, email: string, role = 'member') =>
    JSON.stringify({
      type: 'users',
      row: {
        id,
        display_name: `Member ${id}`,
        email,
        location: null,
        role,
        created_at: NOW.toISOString(),
        post_count: 0,
      },
    });
  const refusedProblems = async (db: Db, lines: string[], keepRoles = false) => {
    const refused = await importAll(db, lines, false, keepRoles).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ImportRefused);
    return (refused as ImportRefused).problems;
  };

  it('refuses a role above member without --keep-roles, a repeated id or email, and a javascript: link', async () => {
    const db = await fresh('sqlite');
    await loadDemo(db);
    const remedy = await db.selectFrom('remedies').select('id').executeTakeFirstOrThrow();
    const citation = (id: number, url: string) =>
      JSON.stringify({
        type: 'citations',
        row: { id, remedy_id: remedy.id, key: `c-${id}`, title: 'T', source: 'S', year: 2020, url },
      });
    const demoEmail = 'taken@example.org';
    await db
      .insertInto('users')
      .values({
        id: 6000,
        display_name: 'Taken',
        email: demoEmail,
        location: null,
        role: 'member',
        created_at: NOW.toISOString(),
      })
      .execute();
    const problems = await refusedProblems(db, [
      header,
      user(5001, 'outsider@example.org', 'admin'),
      user(5002, 'a@example.org'),
      user(5002, 'b@example.org'),
      user(5003, 'A@example.org'),
      user(5004, demoEmail),
      citation(7001, 'javascript:alert(1)'),
      citation(7002, 'https://pubmed.ncbi.nlm.nih.gov/1/'),
    ]);
    expect(problems).toEqual([
      {
        line: 2,
        reason:
          'users: role admin is imported only with --keep-roles (an outside file must not make admins)',
      },
      { line: 4, reason: 'users: id 5002 is already on an earlier line' },
      { line: 5, reason: 'users: email "A@example.org" is already on line 3' },
      {
        line: 6,
        reason: 'users.email "taken@example.org" already belongs to users 6000 in the site',
      },
      { line: 7, reason: 'citations: url must be an http(s) link' },
    ]);
    expect(
      await db
        .selectFrom('users')
        .select('id')
        .where('id', '>=', 5001)
        .where('id', '<', 6000)
        .execute(),
    ).toEqual([]);
    // The operator moving their own site keeps its roles.
    const kept = await importAll(
      db,
      [header, user(5001, 'outsider@example.org', 'admin')],
      false,
      true,
    );
    expect(kept.written).toEqual({ users: 1 });
  });

  for (const dialect of dialects)
    it(`imports text with control characters into ${dialect} without them`, async () => {
      const db = await fresh(dialect);
      const lines = [
        header,
        JSON.stringify({
          type: 'users',
          row: {
            id: 1,
            display_name: 'Nul\u0000 Byte\u202e',
            email: null,
            location: 'Here\u0007',
            role: 'member',
            created_at: NOW.toISOString(),
            post_count: 0,
          },
        }),
      ];
      expect((await importAll(db, lines)).written).toEqual({ users: 1 });
      expect(await db.selectFrom('users').select(['display_name', 'location']).execute()).toEqual([
        { display_name: 'Nul Byte', location: 'Here' },
      ]);
    });
});

describe('remedex export and import commands', () => {
  const dir = mkdtempSync(join(tmpdir(), 'remedex-transfer-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = runCli;

  it('exports to a file, imports it, and reports bad lines by number with exit code 1', async () => {
    const source = { DATABASE_URL: `sqlite:${join(dir, 'source.db')}` };
    expect((await run(['demo'], source)).code).toBe(0);
    const file = join(dir, 'site.jsonl');
    const exported = await run(['export', '--out', file], source);
    expect(exported.code).toBe(0);
    expect(exported.err).toMatch(/Exported 1,\d{3} lines to/);
    const target = { DATABASE_URL: `sqlite:${join(dir, 'target.db')}` };
    const imported = await run(['import', file], target);
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/reports 480 read, 480 new/);

    const bad = join(dir, 'bad.jsonl');
    writeFileSync(
      bad,
      '{"type":"remedex-export","version":1,"exported_at":"2026-11-25T00:00:00Z"}\nnope\n',
    );
    const refused = await run(['import', bad], { DATABASE_URL: `sqlite:${join(dir, 'empty.db')}` });
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`${bad}:2: is not valid JSON`);
    expect(refused.err).toMatch(/Nothing was imported/);
    expect((await run(['import'], target)).code).toBe(2);
  });
});
