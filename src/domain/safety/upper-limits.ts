// Amounts of a vitamin or mineral above its tolerable upper intake level ("5000mg of vitamin C",
// "50,000 IU of D3 daily"): over the maximum even where the remedy's article gives no maximum.
import type { SafetyFinding } from '../../model/safety.js';
import { TO_MG, extractDoses, numberOf } from '../extraction/index.js';
import { type UpperLimit, upperLimits } from '../reference/index.js';
import { escapeRegExp } from '../common/index.js';

const FORM = /^(?:softgels?|capsules?|caps|tablets?|tabs|pills?|gummies|drops|chews?)$/i;

// Each nutrient's names as one pattern, compiled once.
let named: [UpperLimit, RegExp][] | null = null;
const limitsNamed = (): [UpperLimit, RegExp][] =>
  (named ??= upperLimits().map((l) => [
    l,
    new RegExp(`(?<![\\w-])(?:${l.nutrient.map(escapeRegExp).join('|')})(?![\\w-])`, 'i'),
  ]));

/** The upper-limit findings in a text, filed under a remedy with these names: one per nutrient over its limit. */
export function overUpperLimit(text: string, remedyNames: readonly string[] = []): SafetyFinding[] {
  const doses = extractDoses(text);
  const out: SafetyFinding[] = [];
  for (const [limit, names] of limitsNamed()) {
    const matches = doses
      .filter((d) => {
        // The nutrient named beside the amount: "vitamin C 5000 mg", "5000mg of vitamin C".
        const near = `${text.slice(Math.max(0, d.span.start - 25), d.span.start)} ${text.slice(d.span.end, d.span.end + 20).split(/[,;.]|\b(?:and|with|plus)\b/)[0]}`;
        // An amount of a form ("10,000 IU softgels") in a report filed under the nutrient is of it.
        const form = d.substance === null || FORM.test(d.substance);
        const ofIt =
          d.substance && !form
            ? names.test(d.substance)
            : names.test(near) || remedyNames.some((n) => names.test(n));
        if (!ofIt) return false;
        // "Four of the 10,000 IU softgels": a count of pills of that strength.
        const count =
          /\b(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+(?:the|these|those|my)\s+$/i.exec(
            text.slice(Math.max(0, d.span.start - 25), d.span.start),
          );
        const pills = count ? numberOf(count[1]!) : 1;
        const perDay = (d.perDayMax ?? 1) * pills;
        if (d.unit === 'iu') return limit.iu !== undefined && d.amountMax * perDay > limit.iu;
        const toMg = TO_MG[d.unit as keyof typeof TO_MG];
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
