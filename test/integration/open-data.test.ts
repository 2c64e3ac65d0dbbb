// /data on both databases: the job queue builds the files (first at once, then nightly); they are
// CSV and JSON Lines with exactly the dictionary's columns; no small count, no text, name or place,
// no pending report; each report value is shared by enough reports of its pair.
import { parse } from 'csv-parse/sync';
import { gunzipSync } from 'node:zlib';
import { beforeAll, expect, it } from 'vitest';
import { DATASETS, buildOpenData } from '../../src/domain/open/index.js';
import { buildApp } from '../../src/http/app.js';
import { runJobsNow } from '../../src/http/jobs.js';
import { createMailer } from '../../src/mail/mailer.js';
import { saveOpenDataFile } from '../../src/db/repositories/open/data.js';
import { useApp } from '../helpers/app.js';
import { describeEachDialect } from '../helpers/db.js';

const MIN = 5;
const silent = { info() {}, warn() {} };
type Row = Record<string, string>;

describeEachDialect('open data', (site) => {
  const app = useApp(site);
  const csv = async (name: string): Promise<Row[]> =>
    parse((await app().inject({ url: `/data/${name}` })).body, { columns: true }) as Row[];

  beforeAll(async () => {
    const { db } = site().database;
    // Before the first build the page says so, and there is nothing to download.
    const before = await app().inject({ url: '/data' });
    expect(before.body).toContain('the first build is queued');
    expect((await app().inject({ url: '/data/pairs.csv' })).statusCode).toBe(404);
    const now = new Date('2026-12-02T12:00:00Z');
    const mailer = createMailer(null, 'Remedex', silent);
    const run = await runJobsNow(
      db,
      { publicUrl: 'http://localhost:3000', insightMinReports: MIN },
      mailer,
      () => now,
      silent,
    );
    expect(run.tasks).toBe(1);
  });

  it('builds every file by the job queue and queues the next build for 03:00 UTC', async () => {
    const { db } = site().database;
    const jobs = await db
      .selectFrom('jobs')
      .select(['dedupe_key', 'status', 'run_at'])
      .where('kind', '=', 'data.rebuild')
      .orderBy('dedupe_key')
      .execute();
    expect(jobs.map((j) => [j.dedupe_key, j.status])).toEqual([
      ['open-data:2026-12-03', 'queued'],
      ['open-data:first', 'done'],
    ]);
    expect(new Date(jobs[0]!.run_at).toISOString()).toBe('2026-12-03T03:00:00.000Z');
    const page = (await app().inject({ url: '/data' })).body;
    for (const d of DATASETS)
      for (const ext of ['csv', 'jsonl']) expect(page).toContain(`href="/data/${d.name}.${ext}"`);
    expect(page).toContain('Creative Commons Attribution 4.0');
  });

  it('writes the dictionary’s columns in CSV and JSON Lines alike', async () => {
    for (const d of DATASETS) {
      const names = d.fields.map((f) => f.name);
      const text = (await app().inject({ url: `/data/${d.name}.csv` })).body;
      expect(text.split('\n')[0], d.name).toBe(names.join(','));
      const lines = (await app().inject({ url: `/data/${d.name}.jsonl` })).body.trim().split('\n');
      expect(lines.length, d.name).toBe((parse(text, { columns: true }) as Row[]).length);
      for (const line of lines) expect(Object.keys(JSON.parse(line) as object)).toEqual(names);
    }
    const pkg = (await app().inject({ url: '/data/datapackage.json' })).json<{
      licenses: { name: string }[];
      resources: { name: string; schema: { fields: { name: string }[] } }[];
    }>();
    expect(pkg.licenses[0]!.name).toBe('CC-BY-4.0');
    expect(pkg.resources.map((r) => r.name)).toContain('reports-csv');
  });

  it('withholds every count from 1 to min − 1 and every pair below the minimum', async () => {
    const pairs = await csv('pairs.csv');
    expect(pairs.length).toBeGreaterThan(0);
    const countColumns = [
      'known',
      'improved',
      'helped',
      'helped_temporarily',
      'no_change',
      'worse',
      'side_effects_only',
      'does_not_say',
    ];
    for (const p of pairs) {
      expect(Number(p.reports)).toBeGreaterThanOrEqual(MIN);
      for (const c of countColumns)
        if (p[c] !== '')
          expect(Number(p[c]) === 0 || Number(p[c]) >= MIN, `${p.remedy}/${p.condition} ${c}`).toBe(
            true,
          );
      // No withheld cell can be worked out from the row's total.
      const parts = [
        'helped',
        'helped_temporarily',
        'no_change',
        'worse',
        'side_effects_only',
        'does_not_say',
      ];
      expect(parts.filter((c) => p[c] === '').length, `${p.remedy}/${p.condition}`).not.toBe(1);
    }
    for (const d of await csv('pair-details.csv'))
      expect(Number(d.reports)).toBeGreaterThanOrEqual(MIN);
    // The pairs' reports are the published ones, as the API counts them.
    const api = (
      await app().inject({
        url: `/api/v1/remedies/${pairs[0]!.remedy}/conditions/${pairs[0]!.condition}/insight`,
      })
    ).json<{ insight: { reports: number } }>();
    expect(Number(pairs[0]!.reports)).toBe(api.insight.reports);
  });

  it('holds no text, name or place, and each report value is shared by enough reports of its pair', async () => {
    const reports = await csv('reports.csv');
    const pairs = await csv('pairs.csv');
    expect(reports.length).toBe(pairs.reduce((n, p) => n + Number(p.reports), 0));
    const { db } = site().database;
    const people = await db
      .selectFrom('reports')
      .select(['display_name', 'location', 'title'])
      .execute();
    const words = new Set(
      people.flatMap((p) => [p.display_name, p.location, p.title]).filter((w): w is string => !!w),
    );
    for (const r of reports) for (const v of Object.values(r)) expect(words.has(v), v).toBe(false);
    const byPair = new Map<string, Row[]>();
    for (const r of reports)
      byPair.set(`${r.remedy}/${r.condition}`, [
        ...(byPair.get(`${r.remedy}/${r.condition}`) ?? []),
        r,
      ]);
    for (const rows of byPair.values())
      for (const column of [
        'rating',
        'month',
        'outcome',
        'dose_band',
        'taken_days',
        'effect_days',
        'for_whom',
      ])
        for (const r of rows)
          if (r[column] !== '')
            expect(
              rows.filter((x) => x[column] === r[column]).length,
              `${r.remedy}/${r.condition} ${column}=${r[column]}`,
            ).toBeGreaterThanOrEqual(MIN);
  });

  it('sends the stored gzip to readers that accept it, with an ETag', async () => {
    const res = await app().inject({
      url: '/data/reports.csv',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.rawPayload).toString().split('\n')[0]).toContain('remedy,condition');
    const again = await app().inject({
      url: '/data/reports.csv',
      headers: { 'if-none-match': String(res.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
    expect((await app().inject({ url: '/data/secrets.csv' })).statusCode).toBe(404);
  });

  it('names the operator’s licence (OPEN_DATA_LICENSE)', async () => {
    const other = await buildApp({
      db: site().database.db,
      settings: { openDataLicense: 'ODbL-1.0' },
    });
    try {
      expect((await other.inject({ url: '/data' })).body).toContain(
        'Open Data Commons Open Database License 1.0',
      );
    } finally {
      await other.close();
    }
  });

  it('survives two builds at once (the nightly job and `remedex data build`): one set of files', async () => {
    const { db } = site().database;
    const at = (n: number) => new Date(Date.UTC(2026, 11, 2, 13, 0, n));
    await Promise.all([0, 1, 2].map((n) => buildOpenData(db, { minReports: MIN, now: at(n) })));
    const files = await db.selectFrom('open_data_files').select(['name', 'built_at']).execute();
    expect(files.map((f) => f.name).sort()).toEqual(
      DATASETS.flatMap((d) => [`${d.name}.csv`, `${d.name}.jsonl`]).sort(),
    );
  });

  it('keeps one row per file when two saves overlap inside their transactions', async () => {
    const { db } = site().database;
    const file = (n: number) => ({
      name: 'pairs.csv',
      content: Buffer.from([n]),
      rows: n,
      bytes: n,
      builtAt: new Date(Date.UTC(2026, 11, 2, 14, 0, n)).toISOString(),
    });
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    // The first save holds its transaction open while the second starts its own.
    const first = db.transaction().execute(async (trx) => {
      await saveOpenDataFile(trx, file(1));
      await held;
    });
    await new Promise((r) => setTimeout(r, 50));
    const second = db.transaction().execute((trx) => saveOpenDataFile(trx, file(2)));
    await new Promise((r) => setTimeout(r, 50));
    release();
    await Promise.all([first, second]);
    const rows = await db
      .selectFrom('open_data_files')
      .select('rows')
      .where('name', '=', 'pairs.csv')
      .execute();
    expect(rows.map((r) => Number(r.rows))).toEqual([2]);
  });
});
