// Scores the safety triage on labelled real posts (default: ../shared/data/safety-dev.jsonl):
// recall on risky posts (every one should be flagged), the false-flag rate on benign posts (at
// most 1 in 10), and what fired where. Usage: npx tsx scripts/score-safety.ts [FILE] [--verbose]
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { demoRemedies } from '../src/demo/load.js';
import type { SafetyFinding } from '../src/model/safety.js';
import { type DoseContext, triage } from '../src/domain/safety/index.js';
import { type Half, readLabelled } from './labelled.js';

const line = z.object({
  id: z.string(),
  source: z.string().default(''),
  text: z.string(),
  risky: z.boolean(),
  categories: z.array(z.string()),
  why: z.string().optional(),
});

export interface SafetyScore {
  risky: number;
  benign: number;
  recall: number;
  falseFlagRate: number;
  categoryRecall: Record<string, { labelled: number; found: number }>;
  misses: string[];
  falseFlags: { id: string; rules: string[] }[];
}

/**
 * The remedy a post was filed under (named in its source line), as the site passes it to the
 * triage: its names, and its article's dosage table when Remedex has that remedy.
 */
function remedyContext(source: string): DoseContext | undefined {
  const name = /reader post, [^/]+\/\s*([^,]+),/.exec(source)?.[1]?.trim();
  if (!name) return undefined;
  const known = demoRemedies.find((r) => r.name.toLowerCase() === name.toLowerCase());
  return known
    ? { names: [known.name, ...known.aliases], rows: known.article.dosage.rows }
    : { names: [name], rows: [] };
}

export function scoreSafety(path: string, half: Half | 'all' = 'all'): SafetyScore {
  return scoreRows(readLabelled(path, line, half));
}

/**
 * Scores posts whose labels are kept apart from their texts (the PsyTAR emergency candidates,
 * labelled by Remedex in test/fixtures/safety): `textsPath` gives id and text, `labelsPath` the
 * labels by id. Only labelled posts are scored.
 */
export function scoreSafetyJoined(
  textsPath: string,
  labelsPath: string,
  half: Half | 'all' = 'all',
): SafetyScore {
  const labels = labelFile.parse(JSON.parse(readFileSync(labelsPath, 'utf8'))).labels;
  const byId = new Map(labels.map((l) => [l.id, l]));
  const texts = readLabelled(textsPath, z.object({ id: z.string(), text: z.string() }), half);
  const rows = texts.flatMap((t) => {
    const l = byId.get(t.id);
    return l ? [line.parse({ ...l, text: t.text })] : [];
  });
  return scoreRows(rows);
}

const labelFile = z.object({
  labels: z.array(
    z.object({
      id: z.string(),
      risky: z.boolean(),
      categories: z.array(z.string()),
      why: z.string(),
    }),
  ),
});

function scoreRows(rows: z.infer<typeof line>[]): SafetyScore {
  const score: SafetyScore = {
    risky: 0,
    benign: 0,
    recall: 0,
    falseFlagRate: 0,
    categoryRecall: {},
    misses: [],
    falseFlags: [],
  };
  let flaggedRisky = 0;
  let flaggedBenign = 0;
  for (const row of rows) {
    const findings: SafetyFinding[] = triage(row.text, remedyContext(row.source));
    const flagged = findings.length > 0;
    if (row.risky) {
      score.risky++;
      if (flagged) flaggedRisky++;
      else score.misses.push(row.id);
      for (const c of row.categories) {
        const entry = (score.categoryRecall[c] ??= { labelled: 0, found: 0 });
        entry.labelled++;
        if (findings.some((f) => f.category === c)) entry.found++;
      }
    } else {
      score.benign++;
      if (flagged) {
        flaggedBenign++;
        score.falseFlags.push({
          id: row.id,
          rules: findings.map((f) => `${f.rule}: "${f.matches[0]?.text}"`),
        });
      }
    }
  }
  // No risky post means no recall, no benign post no false-flag rate: NaN, never a flattering 1 or 0.
  score.recall = score.risky === 0 ? Number.NaN : flaggedRisky / score.risky;
  score.falseFlagRate = score.benign === 0 ? Number.NaN : flaggedBenign / score.benign;
  return score;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // --labels FILE: texts from the positional file, labels by id from FILE.
  const args = process.argv.slice(2);
  const at = args.indexOf('--labels');
  const labels = at >= 0 ? args[at + 1] : undefined;
  const path =
    args.find((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1)) ??
    '../shared/data/safety-dev.jsonl';
  const score = (half: Half | 'all') =>
    labels ? scoreSafetyJoined(path, labels, half) : scoreSafety(path, half);
  const pct = (n: number) => (Number.isNaN(n) ? 'n/a' : `${(n * 100).toFixed(1)}%`);
  console.log(`safety triage on ${path}${labels ? ` with labels from ${labels}` : ''}`);
  for (const half of ['tune', 'score'] as const) {
    const h = score(half);
    console.log(
      `${half} half${half === 'score' ? ' (never tuned on)' : ''}: recall ${pct(h.recall)} of ${h.risky} risky, false flags ${pct(h.falseFlagRate)} of ${h.benign} benign`,
    );
  }
  const s = score('all');
  console.log(`recall (risky posts flagged):   ${pct(s.recall)} of ${s.risky}  (target 95%)`);
  console.log(
    `false-flag rate (benign posts): ${pct(s.falseFlagRate)} of ${s.benign}  (target at most 10%)`,
  );
  for (const [c, v] of Object.entries(s.categoryRecall))
    console.log(`  category ${c}: ${v.found}/${v.labelled}`);
  // Only the tune half's posts are named: the score half is measured, never read.
  const tune = score('tune');
  if (tune.misses.length) console.log(`missed (tune half): ${tune.misses.join(', ')}`);
  for (const f of tune.falseFlags)
    console.log(`false flag (tune half) ${f.id}: ${f.rules.join('; ')}`);
}
