// Scores the safety triage on labelled real posts (default: ../shared/data/safety-dev.jsonl):
// recall on risky posts (every one should be flagged), the false-flag rate on benign posts (at
// most 1 in 10), and what fired where. Usage: npx tsx scripts/score-safety.ts [FILE] [--verbose]
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { type SafetyFinding, triage } from '../src/domain/safety/triage.js';

const line = z.object({
  id: z.string(),
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

export function scoreSafety(path: string): SafetyScore {
  const rows = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      const parsed = line.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
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
    const findings: SafetyFinding[] = triage(row.text);
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
  score.recall = score.risky === 0 ? 1 : flaggedRisky / score.risky;
  score.falseFlagRate = score.benign === 0 ? 0 : flaggedBenign / score.benign;
  return score;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path =
    process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '../shared/data/safety-dev.jsonl';
  const s = scoreSafety(path);
  console.log(`safety triage on ${path}`);
  console.log(
    `recall (risky posts flagged):   ${(s.recall * 100).toFixed(1)}% of ${s.risky}  (target 100%)`,
  );
  console.log(
    `false-flag rate (benign posts): ${(s.falseFlagRate * 100).toFixed(1)}% of ${s.benign}  (target at most 10%)`,
  );
  for (const [c, v] of Object.entries(s.categoryRecall))
    console.log(`  category ${c}: ${v.found}/${v.labelled}`);
  if (s.misses.length) console.log(`missed: ${s.misses.join(', ')}`);
  for (const f of s.falseFlags) console.log(`false flag ${f.id}: ${f.rules.join('; ')}`);
}
