// Which counts and values the open data withholds, so that no one can be picked out: a count from
// 1 to min − 1 is withheld (primary), then whatever it could be worked out from (complementary);
// a report's value is published only when at least min reports of its pair share it.

export const OUTCOME_CELLS = [
  'helped',
  'helped_temporarily',
  'no_change',
  'worse',
  'side_effects_only',
  'does_not_say',
] as const;
export type OutcomeCell = (typeof OUTCOME_CELLS)[number];

/** The withheld cells of a pair's outcome row, whose cells add up to its reports. */
export function withheldOutcomes(
  counts: Record<OutcomeCell, number>,
  min: number,
): Set<OutcomeCell> {
  const withheld = new Set(OUTCOME_CELLS.filter((c) => counts[c] > 0 && counts[c] < min));
  // One withheld cell is the total less the others: withhold the next smallest with it.
  if (withheld.size === 1) {
    const next = OUTCOME_CELLS.filter((c) => !withheld.has(c) && counts[c] > 0).sort(
      (a, b) => counts[a] - counts[b],
    )[0];
    if (next) withheld.add(next);
  }
  return withheld;
}

/** The derived cells that would give a withheld one away. */
export function withheldDerived(withheld: Set<OutcomeCell>, known: number, min: number) {
  const knownHidden = withheld.has('does_not_say') || (known > 0 && known < min);
  const improvedHidden = withheld.has('helped') || withheld.has('helped_temporarily');
  return { known: knownHidden, improved: improvedHidden, share: knownHidden || improvedHidden };
}

/** How many reports of each pair share each value of each column, to publish only common ones. */
export class ValueCounts {
  private readonly counts = new Map<string, number>();
  private key = (pair: string, column: string, value: string) =>
    `${pair}\u0000${column}\u0000${value}`;
  add(pair: string, column: string, value: string | number | null): void {
    if (value === null) return;
    const k = this.key(pair, column, String(value));
    this.counts.set(k, (this.counts.get(k) ?? 0) + 1);
  }
  /** The value when at least `min` reports of the pair share it, else null. */
  keep<T extends string | number | null>(
    pair: string,
    column: string,
    value: T,
    min: number,
  ): T | null {
    if (value === null) return null;
    return (this.counts.get(this.key(pair, column, String(value))) ?? 0) >= min ? value : null;
  }
}
