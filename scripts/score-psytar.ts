// Scores the extractor on the PsyTAR reviews (../shared/data/psytar-extraction.jsonl, another
// site's posts with a label format of its own; see the README beside it), per half and in all:
// - side effects by span: an extracted side effect is right when its words overlap a labelled
//   side-effect span; withdrawal effects, the condition's symptoms and indications are labelled
//   too, and an extracted side effect on one of those is wrong; rephrased mentions with no span
//   count as missed;
// - duration, within 15% (at least a day), as in score-extraction.ts; the label is the form's
//   duration field, which the extractor reads first, so `duration_in_text` scores it again on the
//   text without that field: how well it reads durations told in running text;
// - outcome against the annotators' weak label (helped / no_change), on posts that have one, as
//   improved or not: the label cannot say "worse" or "helped for a while".
// Doses are not scored: they are of the prescription drug under review, which Remedex ignores.
// Usage: npx tsx scripts/score-psytar.ts [FILE] [--verbose]
import { z } from 'zod';
import { PUBLIC_CONFIDENCE, extract } from '../src/domain/extraction/index.js';
import { type FieldScore, type Half, fieldScore, readLabelled, shown } from './labelled.js';

const spanned = z.object({ span: z.string(), negated: z.boolean().optional() });
const line = z.object({
  id: z.string(),
  text: z.string(),
  remedy: z.string().default(''),
  labels: z.object({
    side_effects: z.array(spanned),
    duration: z.object({ days: z.number().nullable(), span: z.string() }).nullish(),
  }),
  side_effects_unaligned: z.array(z.unknown()).nullish(),
  other_mentions: z.array(spanned.extend({ type: z.string() })).nullish(),
  weak_labels: z.object({ outcome: z.string().nullable() }),
});

/** Every place a span's text stands in the post (labels give the text, not the offsets). */
function places(text: string, span: string): [number, number][] {
  const out: [number, number][] = [];
  for (let at = text.indexOf(span); at >= 0 && span; at = text.indexOf(span, at + 1))
    out.push([at, at + span.length]);
  return out;
}
// The weak label has two classes, helped and no change ("worse" and "helped for a while" never
// appear in it), so an outcome is compared as the public "share improved" counts it.
const improved = (o: string) => o === 'helped' || o === 'helped_temporarily';
const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

export function scorePsytar(path: string, half: Half | 'all' = 'all', verbose = false) {
  const counts = {
    side_effects: [0, 0, 0],
    duration: [0, 0, 0],
    duration_in_text: [0, 0, 0],
    outcome: [0, 0, 0],
  };
  const traps: Record<string, number> = {};
  const rows = readLabelled(path, line, half);
  const add = (field: keyof typeof counts, tp: number, fp: number, fn: number) => {
    counts[field][0]! += tp;
    counts[field][1]! += fp;
    counts[field][2]! += fn;
  };
  for (const row of rows) {
    // The remedy under review is a prescribed medicine: its names, and the words for a medicine,
    // are the remedy here (on a remedy site they would be another treatment). A brand's first word
    // stands for it, as an editor would list it as an alias ("Effexor" for "Effexor XR").
    const names = row.remedy
      .split(/[()]/)
      .map((n) => n.trim())
      .filter(Boolean)
      .flatMap((n) => [n, n.split(' ')[0]!]);
    const context = {
      conditionTerms: [],
      remedyTerms: [...names, 'drug', 'medication', 'medicine', 'meds', 'pill', 'pills'],
    };
    const x = extract(row.text, context);
    // Side effects, by overlap with the labelled spans.
    const wanted = row.labels.side_effects
      .filter((s) => !s.negated)
      .map((s) => ({ places: places(row.text, s.span), found: false }));
    const others = (row.other_mentions ?? []).flatMap((m) =>
      places(row.text, m.span).map((p) => ({ type: m.type, p })),
    );
    for (const got of x.sideEffects.filter(
      (s) => !s.negated && s.term !== 'any' && s.confidence >= PUBLIC_CONFIDENCE,
    )) {
      const at: [number, number] = [got.span.start, got.span.end];
      const hit = wanted.find((w) => !w.found && w.places.some((p) => overlaps(p, at)));
      if (hit) {
        hit.found = true;
        add('side_effects', 1, 0, 0);
        continue;
      }
      if (wanted.some((w) => w.places.some((p) => overlaps(p, at)))) continue; // a second word of one
      add('side_effects', 0, 1, 0);
      const trap = others.find((o) => overlaps(o.p, at))?.type ?? 'unlabelled';
      traps[trap] = (traps[trap] ?? 0) + 1;
      if (verbose) console.log(`${row.id} side effect: extra "${got.span.text}" (${trap})`);
    }
    add(
      'side_effects',
      0,
      0,
      wanted.filter((w) => !w.found).length + (row.side_effects_unaligned?.length ?? 0),
    );
    // Duration, with the form's field, and without it.
    const want = row.labels.duration?.days ?? null;
    const prose = row.text.replace(/\n?Duration\/dosage:[^\n]*/i, '');
    const withoutField = extract(prose, context).duration;
    for (const [field, got] of [
      ['duration', x.duration?.days ?? null],
      ['duration_in_text', withoutField?.days ?? null],
    ] as const) {
      if (got !== null && want !== null && Math.abs(got - want) <= Math.max(1, 0.15 * want))
        add(field, 1, 0, 0);
      else add(field, 0, got !== null ? 1 : 0, want !== null ? 1 : 0);
    }
    // Outcome, where the annotators' sentences give one.
    const outcome = row.weak_labels.outcome;
    const gotOutcome = x.outcomeConfidence >= PUBLIC_CONFIDENCE ? x.outcome : 'unclear';
    if (outcome !== null) {
      if (gotOutcome !== 'unclear' && improved(gotOutcome) === improved(outcome))
        add('outcome', 1, 0, 0);
      else {
        add('outcome', 0, gotOutcome !== 'unclear' ? 1 : 0, 1);
        if (verbose)
          console.log(
            `${row.id} outcome: labelled ${outcome}, read ${x.outcome} at ${x.outcomeConfidence}`,
          );
      }
    }
  }
  return {
    posts: rows.length,
    fields: Object.fromEntries(
      Object.entries(counts).map(([k, [tp, fp, fn]]) => [k, fieldScore(tp!, fp!, fn!)]),
    ) as Record<keyof typeof counts, FieldScore>,
    /** What the wrong side effects were labelled as. */
    traps,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path =
    process.argv.slice(2).find((a) => !a.startsWith('--')) ??
    '../shared/data/psytar-extraction.jsonl';
  console.log(`extraction on ${path} (PsyTAR labels; doses not scored)`);
  for (const half of ['tune', 'score', 'all'] as const) {
    const s = scorePsytar(path, half, process.argv.includes('--verbose') && half === 'tune');
    console.log(
      `${half === 'all' ? 'all posts' : `${half} half`}${half === 'score' ? ' (never tuned on)' : ''}: ${s.posts} posts`,
    );
    for (const [field, f] of Object.entries(s.fields))
      console.log(
        `  ${field.padEnd(16)} precision ${shown(f.precision)}  recall ${shown(f.recall)}  (tp ${f.tp}, fp ${f.fp}, fn ${f.fn})`,
      );
    if (half === 'all')
      console.log(
        `  wrong side effects were: ${Object.entries(s.traps)
          .map(([t, n]) => `${t} ${n}`)
          .join(', ')}`,
      );
  }
}
