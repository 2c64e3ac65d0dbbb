// Formatting shared by every page, in one place so dates and numbers read the same everywhere.
const dateFormat = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthYear = new Intl.DateTimeFormat('en-US', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

export const formatDate = (iso: string): string => dateFormat.format(new Date(iso));
export const formatMonthYear = (iso: string): string => monthYear.format(new Date(iso));
// One formatter for all counts: toLocaleString builds a new one on every call (slow on busy pages).
const countFormat = new Intl.NumberFormat('en-US');
export const formatCount = (n: number): string => countFormat.format(n);
export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${formatCount(n)} ${n === 1 ? one : many}`;
/** Averages to one decimal: more precision than the data supports would mislead. */
export const formatAverage = (average: number | null): string =>
  average === null ? '–' : average.toFixed(1);

/** A share as a whole percentage: finer would claim more than self-selected reports can tell. */
export const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** Text for a description or a share card: markup dropped, cut at a word, at most `max` long. */
export function excerpt(text: string, max = 155): string {
  const plain = text
    .replace(/[*_`#>[\]()~]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max - 1);
  const word = cut.lastIndexOf(' ');
  return `${(word > max / 2 ? cut.slice(0, word) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}
