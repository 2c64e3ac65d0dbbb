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
export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
/** Averages to one decimal: more precision than the data supports would mislead. */
export const formatAverage = (average: number | null): string =>
  average === null ? '–' : average.toFixed(1);

/** A share as a whole percentage: finer would claim more than self-selected reports can tell. */
export const percent = (share: number): string => `${Math.round(share * 100)}%`;
