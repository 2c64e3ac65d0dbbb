import type { RatingSummary, Tally } from '../../model/types.js';

/** Adds tallies up into one summary; averages are rounded only for display. */
export function summarise(tallies: readonly Tally[]): RatingSummary {
  const histogram: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  let count = 0;
  let sum = 0;
  for (const t of tallies) {
    count += t.count;
    sum += t.ratingSum;
    for (let i = 0; i < 5; i++) histogram[i as 0] += t.histogram[i as 0];
  }
  const rated = histogram.reduce((n, h) => n + h, 0);
  return { count, rated, average: rated === 0 ? null : sum / rated, histogram };
}

/** Count of reports a tally holds, or only those with the given star rating. */
export function countOf(tally: Tally, rating: number | null): number {
  return rating === null ? tally.count : (tally.histogram[rating - 1] ?? 0);
}
