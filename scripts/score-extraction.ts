// Scores the extractor on labelled posts (default: ../shared/data/extraction-dev.jsonl): precision
// and recall per field. Usage: npx tsx scripts/score-extraction.ts [FILE] [--verbose]
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { demoConditions } from '../src/demo/conditions.js';
import { extract } from '../src/domain/extraction/extract.js';

/** The condition a labelled post was filed under (named in its source line), with its aliases. */
function conditionTerms(source: string): string[] {
  const name = /reader post, ([^/]+?) \//.exec(source)?.[1]?.trim() ?? '';
  const known = demoConditions.find(
    (c) =>
      c.name.toLowerCase() === name.toLowerCase() ||
      c.aliases.some((a) => a.toLowerCase() === name.toLowerCase()),
  );
  return name ? [name, ...(known?.aliases ?? [])] : [];
}

/** The remedy a post is about, with the short forms readers use for it. */
function remedyTerms(name: string): string[] {
  const initials = name
    .split(/\s+/)
    .map((w) => w[0] ?? '')
    .join('');
  return name
    ? [
        name,
        ...(initials.length > 1 ? [initials] : []),
        ...name.split(/\s+/).filter((w) => w.length > 3),
      ]
    : [];
}

const days = z.object({ days: z.number(), span: z.string() }).nullable();
const line = z.object({
  id: z.string(),
  source: z.string().default(''),
  remedy: z.string().default(''),
  text: z.string(),
  labels: z.object({
    dose: z.array(
      z.object({
        amount_min: z.number().nullable(),
        amount_max: z.number().nullable(),
        unit: z.string().nullable(),
        daily_amount_min: z.number().nullable(),
        daily_amount_max: z.number().nullable(),
      }),
    ),
    duration: days,
    time_to_effect: days,
    outcome: z.string(),
    side_effects: z.array(z.object({ term: z.string(), negated: z.boolean() })),
    for_whom: z.string(),
  }),
});

export interface FieldScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

const score = (tp: number, fp: number, fn: number): FieldScore => ({
  tp,
  fp,
  fn,
  precision: tp + fp === 0 ? 1 : tp / (tp + fp),
  recall: tp + fn === 0 ? 1 : tp / (tp + fn),
});
const closeDays = (a: number, b: number) => Math.abs(a - b) <= Math.max(1, 0.15 * b);

export function scoreExtraction(path: string, verbose = false): Record<string, FieldScore> {
  const rows = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = line.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
  const counts: Record<string, [number, number, number]> = {
    dose: [0, 0, 0],
    daily_mg: [0, 0, 0],
    duration: [0, 0, 0],
    time_to_effect: [0, 0, 0],
    outcome: [0, 0, 0],
    side_effects: [0, 0, 0],
    for_whom: [0, 0, 0],
  };
  const add = (field: string, tp: number, fp: number, fn: number) => {
    const c = counts[field] as [number, number, number];
    c[0] += tp;
    c[1] += fp;
    c[2] += fn;
  };
  for (const row of rows) {
    const x = extract(row.text, {
      conditionTerms: conditionTerms(row.source),
      remedyTerms: remedyTerms(row.remedy),
    });
    const l = row.labels;
    for (const [field, got, want] of [
      ['duration', x.duration?.days ?? null, l.duration?.days ?? null],
      ['time_to_effect', x.timeToEffect?.days ?? null, l.time_to_effect?.days ?? null],
    ] as const) {
      if (got !== null && want !== null && closeDays(got, want)) add(field, 1, 0, 0);
      else {
        add(field, 0, got !== null ? 1 : 0, want !== null ? 1 : 0);
        if (verbose && (got !== null || want !== null))
          console.log(`${row.id} ${field}: got ${got} want ${want}`);
      }
    }
    // Outcome and for-whom: a prediction of "unclear" is no prediction.
    for (const [field, got, want] of [
      ['outcome', x.outcome, l.outcome],
      ['for_whom', x.forWhom, l.for_whom],
    ] as const) {
      if (got !== 'unclear' && got === want) add(field, 1, 0, 0);
      else {
        add(field, 0, got !== 'unclear' ? 1 : 0, want !== 'unclear' ? 1 : 0);
        if (verbose) console.log(`${row.id} ${field}: got ${got} want ${want}`);
      }
    }
    // A dose matches a labelled one with the same amount (or range) and unit; the daily amount in
    // mg is scored on the matched pairs where either side has one.
    const open = [...l.dose];
    for (const d of x.doses) {
      const i = open.findIndex(
        (w) =>
          w.unit?.replace(/s$/, '') === d.unit.replace(/s$/, '') &&
          w.amount_min !== null &&
          Math.abs(w.amount_min - d.amountMin) < 1e-6 &&
          Math.abs((w.amount_max ?? w.amount_min) - d.amountMax) < 1e-6,
      );
      if (i < 0) {
        add('dose', 0, 1, 0);
        if (verbose) console.log(`${row.id} dose: extra ${d.span.text}`);
        continue;
      }
      const w = open.splice(i, 1)[0]!;
      add('dose', 1, 0, 0);
      const wantDaily = w.daily_amount_min;
      if (wantDaily !== null && d.dailyMgMin !== null && Math.abs(wantDaily - d.dailyMgMin) < 1e-3)
        add('daily_mg', 1, 0, 0);
      else if (wantDaily !== null || d.dailyMgMin !== null) {
        add('daily_mg', 0, d.dailyMgMin !== null ? 1 : 0, wantDaily !== null ? 1 : 0);
        if (verbose)
          console.log(`${row.id} daily: got ${d.dailyMgMin} want ${wantDaily} (${d.span.text})`);
      }
    }
    for (const w of open) {
      add('dose', 0, 0, 1);
      if (w.daily_amount_min !== null) add('daily_mg', 0, 0, 1);
      if (verbose) console.log(`${row.id} dose: missed ${JSON.stringify(w)}`);
    }
    const want = new Set(l.side_effects.filter((s) => !s.negated).map((s) => s.term));
    const got = new Set(x.sideEffects.filter((s) => !s.negated).map((s) => s.term));
    const tp = [...got].filter((t) => want.has(t)).length;
    add('side_effects', tp, got.size - tp, want.size - tp);
    if (verbose && (got.size !== tp || want.size !== tp))
      console.log(`${row.id} side effects: got ${[...got]} want ${[...want]}`);
  }
  return Object.fromEntries(
    Object.entries(counts).map(([k, [tp, fp, fn]]) => [k, score(tp, fp, fn)]),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path =
    process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '../shared/data/extraction-dev.jsonl';
  const scores = scoreExtraction(path, process.argv.includes('--verbose'));
  console.log(`extraction on ${path} (target: precision and recall at least 0.85 for every field)`);
  for (const [field, s] of Object.entries(scores)) {
    console.log(
      `  ${field.padEnd(15)} precision ${s.precision.toFixed(2)}  recall ${s.recall.toFixed(2)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`,
    );
  }
}
