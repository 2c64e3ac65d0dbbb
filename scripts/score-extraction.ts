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

const days = z.object({ days: z.number(), span: z.string() }).nullable();
const line = z.object({
  id: z.string(),
  source: z.string().default(''),
  text: z.string(),
  labels: z.object({
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
    const x = extract(row.text, { conditionTerms: conditionTerms(row.source) });
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
