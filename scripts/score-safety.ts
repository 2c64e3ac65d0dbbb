// Scores the safety triage on labelled real posts (default: ../shared/data/safety-dev.jsonl):
// recall on risky posts (every one should be flagged), the false-flag rate on benign posts (at
// most 1 in 10), and what fired where. Usage: npx tsx scripts/score-safety.ts [FILE] [--verbose]
import { z } from 'zod';
import { demoRemedies } from '../src/demo/load.js';
import { type DoseContext, type SafetyFinding, triage } from '../src/domain/safety/triage.js';
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
  const rows = readLabelled(path, line, half);
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
  const path =
    process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '../shared/data/safety-dev.jsonl';
  const pct = (n: number) => (Number.isNaN(n) ? 'n/a' : `${(n * 100).toFixed(1)}%`);
  console.log(`safety triage on ${path}`);
  for (const half of ['tune', 'score'] as const) {
    const h = scoreSafety(path, half);
    console.log(
      `${half} half${half === 'score' ? ' (never tuned on)' : ''}: recall ${pct(h.recall)} of ${h.risky} risky, false flags ${pct(h.falseFlagRate)} of ${h.benign} benign`,
    );
  }
  const s = scoreSafety(path);
  console.log(`recall (risky posts flagged):   ${pct(s.recall)} of ${s.risky}  (target 100%)`);
  console.log(
    `false-flag rate (benign posts): ${pct(s.falseFlagRate)} of ${s.benign}  (target at most 10%)`,
  );
  for (const [c, v] of Object.entries(s.categoryRecall))
    console.log(`  category ${c}: ${v.found}/${v.labelled}`);
  if (s.misses.length) console.log(`missed: ${s.misses.join(', ')}`);
  for (const f of s.falseFlags) console.log(`false flag ${f.id}: ${f.rules.join('; ')}`);
}
