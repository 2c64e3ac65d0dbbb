// Scores the extractor on labelled posts (default: ../shared/data/extraction-dev.jsonl): precision
// and recall per field. Usage: npx tsx scripts/score-extraction.ts [FILE] [--verbose]
import { z } from 'zod';
import { demoConditions } from '../src/demo/conditions.js';
import { PUBLIC_CONFIDENCE, extract } from '../src/domain/extraction/index.js';
import { type FieldScore, type Half, fieldScore, halfOf, readLabelled, shown } from './labelled.js';

export { type FieldScore, halfOf };

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

// "days": null marks a vague span ("a few days"): the post says it, but no number is right.
const days = z.object({ days: z.number().nullable(), span: z.string() }).nullable();
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
    side_effects: z.array(
      z.object({ term: z.string(), negated: z.boolean(), span: z.string().nullish() }),
    ),
    for_whom: z.string(),
  }),
});

const closeDays = (a: number, b: number) => Math.abs(a - b) <= Math.max(1, 0.15 * b);

export function scoreExtraction(
  path: string,
  verbose = false,
  half: Half | 'all' = 'all',
): Record<string, FieldScore> {
  const rows = readLabelled(path, line, half);
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
      // The site counts an outcome only at or above the public confidence.
      ['outcome', x.outcomeConfidence >= PUBLIC_CONFIDENCE ? x.outcome : 'unclear', l.outcome],
      ['for_whom', x.forWhom, l.for_whom],
    ] as const) {
      if (got !== 'unclear' && got === want) add(field, 1, 0, 0);
      else {
        add(field, 0, got !== 'unclear' ? 1 : 0, want !== 'unclear' ? 1 : 0);
        if (verbose) console.log(`${row.id} ${field}: got ${got} want ${want}`);
      }
    }
    // A dose matches a labelled one with the same amount (or range) and unit.
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
      open.splice(i, 1);
      add('dose', 1, 0, 0);
    }
    for (const w of open) {
      add('dose', 0, 0, 1);
      if (verbose) console.log(`${row.id} dose: missed ${JSON.stringify(w)}`);
    }
    // Daily amounts in mg are scored on their own: every one the extractor states counts, whether
    // or not its dose matched (the public dose chart uses them all).
    const wantDaily = l.dose.map((w) => w.daily_amount_min).filter((v): v is number => v !== null);
    for (const d of x.doses) {
      if (d.dailyMgMin === null) continue;
      const i = wantDaily.findIndex((w) => Math.abs(w - d.dailyMgMin!) < 1e-3);
      if (i >= 0) {
        wantDaily.splice(i, 1);
        add('daily_mg', 1, 0, 0);
      } else {
        add('daily_mg', 0, 1, 0);
        if (verbose) console.log(`${row.id} daily: extra ${d.dailyMgMin} (${d.span.text})`);
      }
    }
    add('daily_mg', 0, 0, wantDaily.length);
    if (verbose && wantDaily.length > 0) console.log(`${row.id} daily: missed ${wantDaily}`);
    // A side effect is right when it names the labelled term or stands on the labelled words
    // (the lexicon's term for "tummy ache" may differ from the labeller's). Only those the site
    // counts: at or above the public confidence.
    const want = l.side_effects
      .filter((s) => !s.negated)
      .map((s) => ({
        term: s.term,
        at: s.span ? row.text.indexOf(s.span) : -1,
        len: s.span?.length ?? 0,
        found: false,
      }));
    const got = x.sideEffects.filter(
      (s) => !s.negated && s.term !== 'any' && s.confidence >= PUBLIC_CONFIDENCE,
    );
    for (const g of got) {
      const hit = want.find(
        (w) =>
          !w.found &&
          (w.term === g.term || (w.at >= 0 && w.at < g.span.end && g.span.start < w.at + w.len)),
      );
      if (hit) {
        hit.found = true;
        add('side_effects', 1, 0, 0);
      } else if (!want.some((w) => w.term === g.term)) {
        add('side_effects', 0, 1, 0);
        if (verbose)
          console.log(`${row.id} side effect: extra ${g.term} "${g.span.text}" (${g.confidence})`);
      }
    }
    for (const w of want.filter((w) => !w.found)) {
      add('side_effects', 0, 0, 1);
      if (verbose) console.log(`${row.id} side effect: missed ${w.term}`);
    }
  }
  return Object.fromEntries(
    Object.entries(counts).map(([k, [tp, fp, fn]]) => [k, fieldScore(tp, fp, fn)]),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path =
    process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '../shared/data/extraction-dev.jsonl';
  const verbose = process.argv.includes('--verbose');
  console.log(`extraction on ${path} (target: precision and recall at least 0.85 for every field)`);
  for (const half of ['tune', 'score', 'all'] as const) {
    console.log(
      `${half === 'all' ? 'all posts' : `${half} half`}${half === 'score' ? ' (never tuned on)' : ''}:`,
    );
    for (const [field, s] of Object.entries(
      scoreExtraction(path, verbose && half === 'tune', half),
    ))
      console.log(
        `  ${field.padEnd(15)} precision ${shown(s.precision)}  recall ${shown(s.recall)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`,
      );
  }
}
