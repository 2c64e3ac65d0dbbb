// Research beside the community's numbers, and the plain statements pages make from the numbers.
import type { Insight } from './numbers.js';
import type { EvidenceLevel } from '../../model/article.js';

// Research beside the community's numbers

export interface EvidenceComparison {
  evidence: EvidenceLevel;
  /** Null when the numbers agree with the evidence or there are too few reports to say. */
  note: 'reporting_bias' | 'poor_reports' | null;
}

/**
 * Weak evidence with most reports positive suggests reporting bias; strong evidence with poor
 * reports deserves a note. Judged on the Wilson interval, so small numbers never trigger either.
 */
export function compareWithEvidence(evidence: EvidenceLevel, insight: Insight): EvidenceComparison {
  if (insight.tooFew || insight.known < insight.minCount) return { evidence, note: null };
  const weak = evidence === 'limited' || evidence === 'anecdotal';
  if (weak && insight.improved.low > 0.5) return { evidence, note: 'reporting_bias' };
  if (evidence === 'strong' && insight.improved.high < 0.5)
    return { evidence, note: 'poor_reports' };
  return { evidence, note: null };
}

// "What people are saying": statements built from counts only, each with its count and a link
// target (a filter of the report list). No invented text.

export interface Statement {
  text: string;
  count: number;
  of: number;
  filter: { outcome?: string; dose?: string } | null;
  tone: 'helpful' | 'cautionary';
}

const pct = (n: number, of: number) => `${Math.round((100 * n) / of)}%`;

export function statementsFor(insight: Insight): Statement[] {
  if (insight.tooFew || insight.known === 0) return [];
  const out: Statement[] = [];
  const outcome = (o: string) => insight.outcomes.find((x) => x.outcome === o)?.count ?? 0;
  const known = insight.known;
  const helped = outcome('helped');
  if (helped > 0)
    out.push({
      text: `${helped} of ${known} reports that say how it went (${pct(helped, known)}) say it helped.`,
      count: helped,
      of: known,
      filter: { outcome: 'helped' },
      tone: 'helpful',
    });
  const bestDose = [...insight.doses].sort((a, b) => b.improved - a.improved)[0];
  if (bestDose && bestDose.improved >= 2)
    out.push({
      text: `The dose most often named by those who improved: ${bestDose.label} (${bestDose.improved} reports).`,
      count: bestDose.improved,
      of: insight.improved.successes,
      filter: { dose: bestDose.band },
      tone: 'helpful',
    });
  const fastest = [...insight.effects].sort((a, b) => b.count - a.count)[0];
  if (fastest && fastest.count >= 2) {
    const withTime = insight.effects.reduce((n, e) => n + e.count, 0);
    out.push({
      text: `Of ${withTime} reports that say when it started to work, ${fastest.count} noticed it ${fastest.label === 'within a day' ? 'within a day' : `after ${fastest.label}`}.`,
      count: fastest.count,
      of: withTime,
      filter: null,
      tone: 'helpful',
    });
  }
  const cautionary: [string, string][] = [
    ['helped_temporarily', 'say it helped only for a while'],
    ['no_change', 'noticed no change'],
    ['worse', 'say it made things worse'],
  ];
  for (const [o, words] of cautionary) {
    const n = outcome(o);
    if (n > 0)
      out.push({
        text: `${n} of ${known} ${words}.`,
        count: n,
        of: known,
        filter: { outcome: o },
        tone: 'cautionary',
      });
  }
  const side = insight.sideEffects[0];
  if (side)
    out.push({
      text: `The side effect mentioned most: ${side.label.toLowerCase()}, in ${side.count} of ${insight.count} reports.`,
      count: side.count,
      of: insight.count,
      filter: null,
      tone: 'cautionary',
    });
  return out;
}
