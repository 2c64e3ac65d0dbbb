// Amounts of a vitamin or mineral above its tolerable upper intake level ("5000mg of vitamin C",
// "50,000 IU of D3 daily"): over the maximum even where the remedy's article gives no maximum.
import type { SafetyFinding } from '../../model/safety.js';
import { extractDoses } from '../extraction/index.js';
import { upperLimits } from '../reference/index.js';
import { escapeRegExp } from '../common/index.js';

const TO_MG: Record<string, number> = { mg: 1, mcg: 0.001, g: 1000 };

/** The upper-limit findings in a text: one per nutrient over its limit. */
export function overUpperLimit(text: string): SafetyFinding[] {
  const doses = extractDoses(text);
  const out: SafetyFinding[] = [];
  for (const limit of upperLimits()) {
    const named = new RegExp(
      `(?<![\\w-])(?:${limit.nutrient.map(escapeRegExp).join('|')})(?![\\w-])`,
      'i',
    );
    const matches = doses
      .filter((d) => {
        // The nutrient named beside the amount: "vitamin C 5000 mg", "5000mg of vitamin C".
        const near = `${text.slice(Math.max(0, d.span.start - 25), d.span.start)} ${text.slice(d.span.end, d.span.end + 20).split(/[,;.]|\b(?:and|with|plus)\b/)[0]}`;
        if (d.substance ? !named.test(d.substance) : !named.test(near)) return false;
        const perDay = d.perDayMax ?? 1;
        if (d.unit === 'iu') return limit.iu !== undefined && d.amountMax * perDay > limit.iu;
        const toMg = TO_MG[d.unit];
        return toMg !== undefined && d.amountMax * toMg * perDay > limit.mg;
      })
      .map((d) => ({ start: d.span.start, end: d.span.end, text: d.span.text }));
    if (matches.length > 0)
      out.push({
        rule: `upper-limit:${limit.nutrient[0]!.replace(/\W+/g, '-')}`,
        category: 'over_max_dose',
        reason: `More ${limit.name} than most adults should take in a day (its tolerable upper intake level).`,
        matches,
        source: limit.source,
      });
  }
  return out;
}
