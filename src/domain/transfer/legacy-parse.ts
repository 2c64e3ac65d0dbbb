import { REPORT_MAX_CHARS } from '../reports/index.js';
import { plainText } from '../common/index.js';
// Reads a remedy page saved as text from an older remedy site: the remedy's name, "Modified on",
// the article, then reader posts under condition headings ("Posted by NAME (PLACE) on MM/DD/YYYY
// N posts", stars, "Editor's Choice", the body) with replies ("Replied by …"). Mobile layouts
// without "Posted by", "N out of 5 stars", "N Posts" and untidy places are read too. Anything
// that cannot be read is returned with its line number: nothing is dropped silently.

export interface LegacyReply {
  line: number;
  author: string;
  place: string | null;
  postedAt: string | null;
  postCount: number | null;
  body: string;
}

export interface LegacyPost {
  line: number;
  condition: string;
  author: string;
  place: string | null;
  postedAt: string;
  postCount: number | null;
  rating: number | null;
  editorsChoice: boolean;
  body: string;
  replies: LegacyReply[];
}

export interface LegacyProblem {
  line: number;
  text: string;
  reason: string;
}

export interface LegacySection {
  heading: string | null;
  paragraphs: string[];
}

export interface LegacyPage {
  remedy: string;
  modifiedOn: string | null;
  /** The article as headed sections of paragraphs (bullets kept as lines). */
  sections: LegacySection[];
  posts: LegacyPost[];
  problems: LegacyProblem[];
}

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

const DATE = String.raw`(\d{1,2})\/(\d{1,2})\/(\d{4})`;
const COUNT = String.raw`(\d[\d,]*)\s+posts?`;
// "Posted by NAME (PLACE) on MM/DD/YYYY N posts" (place, date and count each optional).
const POSTED = new RegExp(
  String.raw`^posted\s+by\s+(.+?)(?:\s*\(([^)]*)\))?(?:\s+on\s+${DATE})?(?:\s+${COUNT})?\s*$`,
  'i',
);
// The mobile layout: "NAME (PLACE) on MM/DD/YYYY" on its own, stars and count on the next lines.
const MOBILE = new RegExp(String.raw`^([^()]{1,60}?)\s*(?:\(([^)]*)\))?\s+on\s+${DATE}\s*$`, 'i');
const REPLIED = new RegExp(
  String.raw`^replied\s+by\s+(.+?)(?:\s*\(([^)]*)\))?(?:\s+on\s+${DATE})?(?:\s+${COUNT})?\s*$`,
  'i',
);
const STARS = /^[★☆]{5}$/;
const OUT_OF = /^(\d)\s+out\s+of\s+5\s+stars?$/i;
const COUNT_LINE = new RegExp(String.raw`^${COUNT}$`, 'i');
const DATE_LINE = new RegExp(String.raw`^(?:on\s+)?${DATE}$`, 'i');
const PLACE_LINE = /^\(([^)]*)\)$/;
const CHOICE = /^editor'?s\s+choice$/i;
const COMMENTS_NOTE = /^the comments below\b/i;

const count = (s: string | undefined) => (s ? Number(s.replace(/,/g, '')) : null);
const isHeader = (line: string) => POSTED.test(line) || MOBILE.test(line);

/** A short title-like line right before a post: a condition heading. */
function looksLikeHeading(line: string): boolean {
  return (
    line.length > 0 &&
    line.length <= 60 &&
    !/[.!?:,;]$/.test(line) &&
    !isHeader(line) &&
    !REPLIED.test(line) &&
    /^[A-Z0-9]/.test(line)
  );
}

export function parseLegacyPage(text: string): LegacyPage {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const at = (i: number) => (lines[i] ?? '').trim();
  const problems: LegacyProblem[] = [];
  const remedy = at(0);
  if (!remedy)
    problems.push({ line: 1, text: '', reason: 'the first line must be the remedy name' });

  // Where the posts begin: after the comments note, or at the first post header.
  let firstHeader = lines.findIndex((l) => isHeader(l.trim()));
  if (firstHeader < 0) firstHeader = lines.length;
  let postsStart = lines.findIndex((l, i) => i < firstHeader && COMMENTS_NOTE.test(l.trim()));
  const articleEnd = postsStart >= 0 ? postsStart : firstHeader;
  postsStart = postsStart >= 0 ? postsStart + 1 : firstHeader;

  // The article: headings are short lines between blank lines; the rest are paragraphs.
  let modifiedOn: string | null = null;
  const sections: LegacySection[] = [{ heading: null, paragraphs: [] }];
  for (let i = 1; i < articleEnd; i++) {
    const line = at(i);
    if (!line) continue;
    const modified = /modified on\s+([a-z]{3})[a-z]*\.?\s+(\d{1,2}),\s+(\d{4})/i.exec(line);
    if (modified) {
      const month = MONTHS[(modified[1] ?? '').toLowerCase()];
      modifiedOn = month ? usDate(month, Number(modified[2]), Number(modified[3])) : null;
      if (!modifiedOn)
        problems.push({ line: i + 1, text: line, reason: 'the "Modified on" date is not a date' });
      continue;
    }
    if (/^(?:health benefits|add new post|comments)$|^add new post comments$/i.test(line)) continue;
    if (line.toLowerCase().startsWith(`${remedy.toLowerCase()} - `)) continue; // "X - Editor's Choice"
    const isolated = !at(i - 1) && !at(i + 1);
    const heading = isolated && line.length <= 80 && !/[.!?:]$/.test(line) && !/^[•*-]/.test(line);
    if (heading) sections.push({ heading: line.replace(/^[^\p{L}\p{N}]+/u, ''), paragraphs: [] });
    else sections.at(-1)!.paragraphs.push(line.replace(/^[•*]\s*/, '• '));
  }

  // The posts.
  const posts: LegacyPost[] = [];
  let condition: string | null = null;
  let i = postsStart;

  while (i < lines.length) {
    const line = at(i);
    if (!line) {
      i++;
      continue;
    }
    const header = POSTED.exec(line) ?? MOBILE.exec(line);
    if (!header) {
      // A short line before a post (blank lines between) names the condition.
      let next = i + 1;
      while (next < lines.length && !at(next)) next++;
      if (looksLikeHeading(line) && isHeader(at(next))) {
        condition = line;
        i = next;
        continue;
      }
      problems.push({ line: i + 1, text: line, reason: 'not part of any post' });
      i++;
      continue;
    }
    const start = i;
    const month = Number(header[3]);
    const day = Number(header[4]);
    const year = Number(header[5]);
    const postedAt = header[3] ? usDate(month, day, year) : null;
    let place = header[2] !== undefined ? tidyPlace(header[2]) : null;
    let postCount = count(header[6]);
    let rating: number | null = null;
    let editorsChoice = false;
    i++;
    // Lines right under the header: place, count, stars, "Editor's Choice", in any order.
    for (; i < lines.length; i++) {
      const l = at(i);
      if (!l) continue;
      if (STARS.test(l)) rating = [...l].filter((c) => c === '★').length;
      else if (OUT_OF.test(l)) rating = Number(OUT_OF.exec(l)?.[1]);
      else if (COUNT_LINE.test(l)) postCount = count(COUNT_LINE.exec(l)?.[1]);
      else if (CHOICE.test(l)) editorsChoice = true;
      else if (PLACE_LINE.test(l) && place === null)
        place = tidyPlace(PLACE_LINE.exec(l)?.[1] ?? '');
      else break;
    }
    // The body runs to the next reply, post or condition heading.
    const bodyStart = i;
    const end = (from: number) => {
      let k = from;
      for (; k < lines.length; k++) {
        const l = at(k);
        if (REPLIED.test(l) || isHeader(l)) break;
        if (looksLikeHeading(l) && !at(k - 1)) {
          let n = k + 1;
          while (n < lines.length && !at(n)) n++;
          if (isHeader(at(n))) break;
        }
      }
      return k;
    };
    i = end(bodyStart);
    const body = paragraphs(lines.slice(bodyStart, i));
    const replies: LegacyReply[] = [];
    while (i < lines.length && REPLIED.test(at(i))) {
      const r = REPLIED.exec(at(i))!;
      const replyLine = i + 1;
      let rPlace = r[2] !== undefined ? tidyPlace(r[2]) : null;
      let rDate = r[3] ? usDate(Number(r[3]), Number(r[4]), Number(r[5])) : null;
      let rCount = count(r[6]);
      i++;
      // Place, date and count may each sit on a line of their own, with or without parentheses.
      for (let n = 0; n < 4 && i < lines.length; n++) {
        const l = at(i);
        if (!l) {
          i++;
          continue;
        }
        if (PLACE_LINE.test(l) && rPlace === null)
          rPlace = tidyPlace(PLACE_LINE.exec(l)?.[1] ?? '');
        else if (DATE_LINE.test(l) && rDate === null) {
          const d = DATE_LINE.exec(l)!;
          rDate = usDate(Number(d[1]), Number(d[2]), Number(d[3]));
        } else if (COUNT_LINE.test(l) && rCount === null) rCount = count(COUNT_LINE.exec(l)?.[1]);
        else if (
          rPlace === null &&
          /^[\p{L} .'-]+,\s*[\p{L} .'-]+$/u.test(l) &&
          (DATE_LINE.test(at(i + 1)) || COUNT_LINE.test(at(i + 1)))
        )
          rPlace = tidyPlace(l);
        else break;
        i++;
      }
      const replyStart = i;
      i = end(replyStart);
      const replyBody = paragraphs(lines.slice(replyStart, i));
      if (!replyBody) {
        problems.push({ line: replyLine, text: at(replyLine - 1), reason: 'a reply with no text' });
        continue;
      }
      replies.push({
        line: replyLine,
        author: r[1]!.trim(),
        place: rPlace,
        postedAt: rDate,
        postCount: rCount,
        body: replyBody,
      });
    }
    const author = header[1]!.trim();
    const reasons = [
      !postedAt ? 'the date is missing or is not a real date' : null,
      !condition ? 'no condition heading above it' : null,
      !body ? 'the post has no text' : null,
      body.length > REPORT_MAX_CHARS
        ? `the post is longer than ${REPORT_MAX_CHARS.toLocaleString('en-US')} characters`
        : null,
    ].filter((r): r is string => r !== null);
    if (reasons.length > 0) {
      problems.push({
        line: start + 1,
        text: line,
        reason: `post not imported: ${reasons.join('; ')}`,
      });
      continue;
    }
    posts.push({
      line: start + 1,
      condition: condition!,
      author,
      place,
      postedAt: postedAt!,
      postCount,
      rating,
      editorsChoice,
      body,
      replies,
    });
  }
  return { remedy, modifiedOn, sections, posts, problems };
}

/** Lines to paragraphs: blank lines separate them, lines within one are joined with spaces. */
function paragraphs(lines: readonly string[]): string {
  const out: string[] = [];
  let current: string[] = [];
  for (const raw of lines) {
    const l = raw.trim();
    if (!l) {
      if (current.length) out.push(current.join(' '));
      current = [];
    } else current.push(l);
  }
  if (current.length) out.push(current.join(' '));
  return out.join('\n\n');
}

/** A saved page that is not one: nothing of it is imported. */
export class LegacyRefused extends Error {}

/**
 * The file's text, or LegacyRefused when it is not a page saved as UTF-8 text: empty, binary,
 * UTF-16 (a NUL in every other byte), or an HTML page (save it as text first).
 */
export function decodeLegacyFile(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new LegacyRefused('the file is empty');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw new LegacyRefused('the file is UTF-16 text; save it as UTF-8');
  if (bytes.includes(0)) throw new LegacyRefused('the file is not text (it holds NUL bytes)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new LegacyRefused('the file is not UTF-8 text');
  }
  if (/^\s*<(?:!doctype|html|head|body|\?xml)\b/i.test(text.replace(/^\ufeff/, '')))
    throw new LegacyRefused('the file is an HTML page; save the page as text first');
  return plainText(text.replace(/^\ufeff/, ''));
}

/** Why a parsed page cannot be a remedy page (no plausible title, no post), or null. */
export function legacyRefusal(page: LegacyPage): string | null {
  if (!/^[\p{L}\p{N}][\p{L}\p{N}\p{M} '’&(),./+-]{0,79}$/u.test(page.remedy))
    return `line 1 is not a remedy name ("${page.remedy.slice(0, 40)}")`;
  if (page.posts.length === 0)
    return page.problems.length > 0
      ? 'no post could be read (see the lines above)'
      : 'no post in the recognised format ("Posted by NAME (PLACE) on MM/DD/YYYY")';
  return null;
}
