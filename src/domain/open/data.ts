// The open outcomes data: de-identified community numbers per remedy × condition and facts per
// report, as CSV and JSON Lines, rebuilt by the job queue (nightly) or by `remedex data build`.
// A count below INSIGHT_MIN_REPORTS is withheld, and so is anything it could be worked out from.
import { stringify } from 'csv-stringify/sync';
import { createGzip } from 'node:zlib';
import {
  type DataReportRow,
  findOpenDataFile,
  listDataReports,
  listOpenDataFiles,
  saveOpenDataFile,
} from '../../db/repositories/open/data.js';
import { listRemedyDates } from '../../db/repositories/open/sitemap.js';
import { insertJob } from '../../db/repositories/mail/jobs.js';
import type { Db } from '../../db/database.js';
import { type Store, transaction } from '../common/index.js';
import { openRemedy } from './catalog.js';
import { DATASETS, type Dataset } from './datasets.js';
import {
  OUTCOME_CELLS,
  type OutcomeCell,
  ValueCounts,
  withheldDerived,
  withheldOutcomes,
} from './suppression.js';

type Row = Record<string, string | number | null>;
const BATCH = 5_000;
export const DATA_JOB = 'data.rebuild';

/** One dataset written as CSV and JSON Lines at once, gzipped as it goes. */
class DatasetWriter {
  private readonly csv = gzipSink();
  private readonly jsonl = gzipSink();
  private bytes = { csv: 0, jsonl: 0 };
  rows = 0;
  constructor(private readonly dataset: Dataset) {
    const header = stringify([dataset.fields.map((f) => f.name)]);
    this.write('csv', header);
  }
  private write(kind: 'csv' | 'jsonl', text: string) {
    this.bytes[kind] += Buffer.byteLength(text);
    this[kind].gzip.write(text);
  }
  add(rows: readonly Row[]) {
    if (rows.length === 0) return;
    const columns = this.dataset.fields.map((f) => f.name);
    this.write('csv', stringify(rows.map((r) => columns.map((c) => r[c] ?? null))));
    this.write('jsonl', rows.map((r) => `${JSON.stringify(r)}\n`).join(''));
    this.rows += rows.length;
  }
  async finish(builtAt: string) {
    const [csv, jsonl] = await Promise.all([this.csv.done(), this.jsonl.done()]);
    const base = { rows: this.rows, builtAt };
    return [
      { ...base, name: `${this.dataset.name}.csv`, content: csv, bytes: this.bytes.csv },
      { ...base, name: `${this.dataset.name}.jsonl`, content: jsonl, bytes: this.bytes.jsonl },
    ];
  }
}

function gzipSink() {
  const gzip = createGzip();
  const chunks: Buffer[] = [];
  gzip.on('data', (c: Buffer) => chunks.push(c));
  const finished = new Promise<Buffer>((resolve, reject) => {
    gzip.on('end', () => resolve(Buffer.concat(chunks)));
    gzip.on('error', reject);
  });
  return { gzip, done: () => (gzip.end(), finished) };
}

/** A count as published: 0 and counts from the minimum up, nothing in between. */
const cell = (n: number, min: number): number | null => (n > 0 && n < min ? null : n);
const round = (x: number | null) => (x === null ? null : Math.round(x * 10_000) / 10_000);
const pairKey = (remedy: string, condition: string) => `${remedy}/${condition}`;

/** Writes the pairs and their details; returns each pair's withheld outcomes. */
async function pairRows(db: Db, min: number, pairs: DatasetWriter, details: DatasetWriter) {
  const hidden = new Map<string, Set<string>>();
  for (const { slug } of await listRemedyDates(db)) {
    const remedy = await openRemedy(db, slug, min);
    for (const { condition, insight: i } of remedy.conditions) {
      if (i.withheld) continue;
      const key = { remedy: slug, condition: condition.slug };
      const counts = Object.fromEntries(
        OUTCOME_CELLS.map((o) => [
          o,
          o === 'does_not_say'
            ? i.doesNotSay
            : (i.outcomes.find((x) => x.outcome === o)?.count ?? 0),
        ]),
      ) as Record<OutcomeCell, number>;
      const withheld = withheldOutcomes(counts, min);
      const derived = withheldDerived(withheld, i.known, min);
      hidden.set(pairKey(slug, condition.slug), withheld);
      const share = derived.share || i.improved === null ? null : i.improved;
      pairs.add([
        {
          ...key,
          remedy_name: remedy.remedy.name,
          condition_name: condition.name,
          reports: i.reports,
          known: derived.known ? null : i.known,
          improved: derived.improved ? null : (i.improved?.count ?? 0),
          improved_share: round(share?.share ?? null),
          improved_low: round(share?.low ?? null),
          improved_high: round(share?.high ?? null),
          ...Object.fromEntries(OUTCOME_CELLS.map((o) => [o, withheld.has(o) ? null : counts[o]])),
        },
      ]);
      details.add([
        ...i.doses
          .filter((d) => d.all >= min)
          .map((d) => ({
            ...key,
            measure: 'dose',
            value: d.band,
            label: d.label,
            reports: d.all,
            improved: cell(d.improved, min),
          })),
        ...i.sideEffects
          .filter((e) => e.count >= min)
          .map((e) => ({
            ...key,
            measure: 'side_effect',
            value: e.term,
            label: e.label,
            reports: e.count,
            improved: null,
          })),
        ...i.timeToEffect
          .filter((e) => e.count >= min)
          .map((e) => ({
            ...key,
            measure: 'time_to_effect',
            value: e.band,
            label: e.label,
            reports: e.count,
            improved: null,
          })),
      ]);
    }
  }
  return hidden;
}

/** Whether a fact was entered by its author or read from the text. */
function sourceOf(sources: Record<string, unknown>, field: string): string | null {
  const s = sources[field];
  return s === 'author' ? 'author' : typeof s === 'string' ? 'text' : null;
}

const mgOf = (r: DataReportRow) =>
  r.dailyMgMin === null || r.dailyMgMax === null ? null : `${r.dailyMgMin}-${r.dailyMgMax}`;
const COLUMNS = ['dose_band', 'taken_days', 'effect_days', 'for_whom', 'rating', 'month'] as const;
const columnValue = (r: DataReportRow, c: (typeof COLUMNS)[number]) =>
  c === 'dose_band'
    ? r.doseBand
    : c === 'taken_days'
      ? r.takenDays
      : c === 'effect_days'
        ? r.effectDays
        : c === 'for_whom'
          ? r.forWhom
          : c === 'rating'
            ? r.rating
            : r.postedAt.slice(0, 7);

function countValues(r: DataReportRow, into: ValueCounts) {
  const pair = pairKey(r.remedy, r.condition);
  for (const c of COLUMNS) into.add(pair, c, columnValue(r, c));
  into.add(pair, 'daily_mg', mgOf(r));
  for (const term of r.sideEffects) into.add(pair, 'side_effect', term);
}

/** A report's row: each value only when at least `min` reports of its pair share it. */
function reportRow(
  r: DataReportRow,
  values: ValueCounts,
  hidden: Map<string, Set<string>>,
  min: number,
): Row {
  const pair = pairKey(r.remedy, r.condition);
  const sources = r.sources ? (JSON.parse(r.sources) as Record<string, unknown>) : {};
  const outcome = r.outcome !== null && !hidden.get(pair)?.has(r.outcome) ? r.outcome : null;
  const keep = (c: (typeof COLUMNS)[number]) => values.keep(pair, c, columnValue(r, c), min);
  const mg = values.keep(pair, 'daily_mg', mgOf(r), min) !== null;
  const effects = r.sideEffects.filter((t) => values.keep(pair, 'side_effect', t, min) !== null);
  return {
    remedy: r.remedy,
    condition: r.condition,
    rating: keep('rating'),
    month: keep('month'),
    outcome,
    outcome_from: outcome ? sourceOf(sources, 'outcome') : null,
    dose_band: keep('dose_band'),
    daily_mg_min: mg ? r.dailyMgMin : null,
    daily_mg_max: mg ? r.dailyMgMax : null,
    taken_days: keep('taken_days'),
    effect_days: keep('effect_days'),
    for_whom: keep('for_whom'),
    side_effects: effects.length > 0 ? effects.join('; ') : null,
  };
}

/** Every published report of the pairs in the files, a batch at a time. */
async function eachReportBatch(db: Db, min: number, use: (batch: DataReportRow[]) => void) {
  for (let after = 0; ;) {
    const batch = await listDataReports(db, min, after, BATCH);
    use(batch);
    if (batch.length < BATCH) return;
    after = batch.at(-1)!.id;
  }
}

export interface DataBuild {
  files: { name: string; rows: number; bytes: number }[];
  builtAt: string;
}

/** Builds every file, then replaces the stored ones in one transaction. */
export async function buildOpenData(
  store: Store,
  o: { minReports: number; now: Date },
): Promise<DataBuild> {
  const min = o.minReports;
  const builtAt = o.now.toISOString();
  const [pairsSet, detailsSet, reportsSet] = DATASETS;
  const pairs = new DatasetWriter(pairsSet!);
  const details = new DatasetWriter(detailsSet!);
  const reports = new DatasetWriter(reportsSet!);
  const hidden = await pairRows(store, min, pairs, details);
  // Two passes: how many reports share each value, then the rows with only the common values.
  const values = new ValueCounts();
  await eachReportBatch(store, min, (batch) => batch.forEach((r) => countValues(r, values)));
  await eachReportBatch(store, min, (batch) =>
    reports.add(batch.map((r) => reportRow(r, values, hidden, min))),
  );
  const files = (await Promise.all([pairs, details, reports].map((w) => w.finish(builtAt)))).flat();
  await transaction(store, async (trx) => {
    for (const f of files) await saveOpenDataFile(trx, f);
  });
  return { builtAt, files: files.map(({ name, rows, bytes }) => ({ name, rows, bytes })) };
}

/** The next nightly build (03:00 UTC), and a first one at once while nothing was ever built. */
export async function scheduleOpenData(db: Db, now: Date): Promise<void> {
  const next = new Date(now);
  next.setUTCHours(3, 0, 0, 0);
  if (next <= now) next.setUTCDate(next.getUTCDate() + 1);
  const job = (runAt: Date, dedupeKey: string) =>
    insertJob(db, {
      kind: DATA_JOB,
      payload: {},
      runAt: runAt.toISOString(),
      dedupeKey,
      maxAttempts: 3,
      createdAt: now.toISOString(),
    });
  await job(next, `open-data:${next.toISOString().slice(0, 10)}`);
  if ((await listOpenDataFiles(db)).length === 0) await job(now, 'open-data:first');
}

export interface StoredFile {
  name: string;
  rows: number;
  bytes: number;
  compressed: number;
  builtAt: string;
}

/** The files as last built (none before the first build). */
export const openDataFiles = (db: Db): Promise<StoredFile[]> => listOpenDataFiles(db);

/** One file, gzipped, or null when it is not one of the datasets' or not built yet. */
export async function openDataFile(db: Db, name: string) {
  const known = DATASETS.some((d) => name === `${d.name}.csv` || name === `${d.name}.jsonl`);
  return known ? findOpenDataFile(db, name) : null;
}
