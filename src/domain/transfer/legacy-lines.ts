// The lines of a remedy page saved as text from an older site, by kind: post and reply headers of
// every layout the site used, their star, count and place lines, page chrome, and the small
// readers (dates, places, paragraphs) the page reader shares.
import type { Outcome } from '../../model/vocabulary.js';

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** MM/DD/YYYY to an ISO timestamp at noon UTC; null for a date that does not exist. */
export function usDate(month: number, day: number, year: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day, 12));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day || year < 1990 || year > 2100)
    return null;
  return d.toISOString();
}

/** "Mar 14, 2024" (any case, month abbreviated or not) to an ISO timestamp, or null. */
export function monthDate(month: string, day: string, year: string): string | null {
  const m = MONTHS[month.slice(0, 3).toLowerCase()];
  return m ? usDate(m, Number(day), Number(year)) : null;
}

/** "Tidy place": "LISBON ,  PORTUGAL" → "Lisbon, Portugal"; "Pune,India" → "Pune, India". */
export function tidyPlace(raw: string): string | null {
  const parts = raw
    .split(',')
    .map((p) => p.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  if (parts.length === 0) return null;
  const word = (w: string) =>
    w.length <= 2 && w === w.toUpperCase()
      ? w // state codes stay: "Ky", "TX" as written
      : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
  return parts
    .map((p) =>
      p
        .split(' ')
        .map((w) => (w === w.toUpperCase() || w === w.toLowerCase() ? word(w) : w))
        .join(' '),
    )
    .join(', ');
}

/**
 * A page's lines, trimmed. Saving a page as text often turns a non-breaking space into "?": one
 * between two words or a word and a bracket ("Posted by Ana?(Lima)", "took it?twice") is a space.
 * A real question mark is followed by a space or the line's end, or by a capital letter.
 */
export function pageLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/(?<=[\p{L}\p{N})])\?(?=[\p{Ll}\p{N}(])/gu, ' ').trim());
}

const DATE = String.raw`(\d{1,2})\/(\d{1,2})\/(\d{4})`;
const COUNT = String.raw`(\d[\d,]*)\s+posts?`;
// "Posted by NAME (PLACE) on MM/DD/YYYY N posts" (place, date and count each optional).
export const POSTED = new RegExp(
  String.raw`^posted\s+by\s+(.+?)(?:\s*\(([^)]*)\))?(?:\s+on\s+${DATE})?(?:\s+${COUNT})?\s*$`,
  'i',
);
// The mobile layout: "NAME (PLACE) on MM/DD/YYYY" on its own, stars and count on the next lines.
export const MOBILE = new RegExp(
  String.raw`^([^()]{1,60}?)\s*(?:\(([^)]*)\))?\s+on\s+${DATE}\s*$`,
  'i',
);
// "Replied by NAME" with the rest of a header, or a contributor's "Donate" link text after the name.
export const REPLIED = new RegExp(
  String.raw`^replied\s+by\s+(.+?)(?:\s+donate)?(?:\s*\(([^)]*)\))?(?:\s+on\s+${DATE})?(?:\s+${COUNT})?\s*$`,
  'i',
);
// The oldest layout, a question-and-answer page: "MM/DD/YYYY: NAME : text", the text sometimes
// opening with the reader's vote in brackets (before or after the date).
export const LEGACY = new RegExp(
  String.raw`^(?:(\[[^\]]{2,40}\])\s*)?${DATE}\s*:\s*([^:]{1,60}?)\s*:\s*(?:(\[[^\]]{2,40}\])\s*)?(.*)$`,
  'i',
);
export const STARS = /^[★☆]{5}$/;
export const OUT_OF = /^(\d)\s+out\s+of\s+5\s+stars?$/i;
export const COUNT_LINE = new RegExp(String.raw`^${COUNT}$`, 'i');
export const DATE_LINE = new RegExp(String.raw`^(?:on\s+)?${DATE}$`, 'i');
export const PLACE_LINE = /^\(([^)]*)\)$/;
export const CHOICE = /^editor'?s\s+choice$/i;
export const COMMENTS_NOTE = /^the comments below\b/i;
export const MODIFIED =
  /^\|?\s*(?:last\s+)?modified\s+on\s+([a-z]{3,9})\.?\s+(\d{1,2}),\s+(\d{4})\s*$/i;

// Page furniture: navigation, buttons, the ratings histogram and its filter notes.
const CHROME = [
  /^(?:natural remedies|home remedies|health benefits|add new post|comments|add new post comments|home|next|previous|back to top|read more|show more|load more|menu|search|share|print|email|donate)$/i,
  /^(?:«|»|‹|›|<|>|\||\d+|page \d+(?: of \d+)?)(?:\s+(?:«|»|‹|›|\||\d+))*$/i, // pager
  /^\d\s+stars?\s*\(\d[\d,]*\)$/i, // "5 star (1)"
  /^\d{1,3}\s*%$/, // "100%"
  /^showing\s+(?:\d\s+stars?|all)\s+reviews?$/i,
  /^(?:sort by|filter by)\b.{0,40}$/i,
];
export const isChrome = (line: string): boolean => CHROME.some((re) => re.test(line));

export const isHeader = (line: string): boolean =>
  POSTED.test(line) || MOBILE.test(line) || LEGACY.test(line);

/** A short title-like line: a condition or topic heading, or a post's title. */
export function looksLikeHeading(line: string): boolean {
  return (
    line.length > 0 &&
    line.length <= 60 &&
    !/[.!?:,;]$/.test(line) &&
    !isHeader(line) &&
    !REPLIED.test(line) &&
    !isChrome(line) &&
    /^[\p{Lu}\p{N}]/u.test(line)
  );
}

/** "[YEA]", "[WORKED TEMPORARILY]": a reader's vote on an old question-and-answer page. */
export function voteOutcome(vote: string): Outcome | null {
  const v = vote
    .replace(/[[\]!]/g, '')
    .trim()
    .toUpperCase();
  if (v === 'YEA' || v.startsWith('BETTER')) return 'helped';
  if (v === 'WORKED TEMPORARILY') return 'helped_temporarily';
  if (v === 'NAY') return 'no_change';
  if (v === 'SIDE EFFECTS' || v === 'WARNING') return 'worse';
  return null;
}

/** The remedy a page is about, from its title ("X Remedies", "X Cures and Health Benefits"). */
export function remedyFromTitle(title: string): string {
  return title
    .replace(/\s+feedback\s+for\s+.+$/i, '')
    .replace(
      /\s+(?:home\s+)?(?:remedies|remedy|cures?(?:\s+and\s+health\s+benefits)?|health\s+benefits|benefits|uses)$/i,
      '',
    )
    .trim();
}

/**
 * Lines to paragraphs: blank lines separate them, lines within one are joined with spaces. Bullet
 * lines ("•", "*", "-") make a list of their own, one item a line, as the Markdown subset reads it.
 */
export function paragraphs(lines: readonly string[]): string {
  const out: string[] = [];
  let current: string[] = [];
  let list = false;
  const flush = () => {
    if (current.length) out.push(current.join(list ? '\n' : ' '));
    current = [];
  };
  for (const l of lines) {
    const bullet = /^[•*-]\s/.test(l);
    if (!l || (current.length > 0 && bullet !== list)) flush();
    if (!l) continue;
    list = bullet;
    current.push(bullet ? l.replace(/^[•*-]\s*/, '- ') : l);
  }
  flush();
  return out.join('\n\n');
}
