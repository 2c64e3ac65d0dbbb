import { REPORT_MAX_CHARS } from '../reports/index.js';
import { plainText } from '../common/index.js';
import type { Outcome } from '../../model/vocabulary.js';
import {
  CHOICE,
  COMMENTS_NOTE,
  COUNT_LINE,
  DATE_LINE,
  LEGACY,
  MOBILE,
  MODIFIED,
  OUT_OF,
  PLACE_LINE,
  POSTED,
  REPLIED,
  STARS,
  isChrome,
  isHeader,
  looksLikeHeading,
  monthDate,
  pageLines,
  paragraphs,
  remedyFromTitle,
  tidyPlace,
  usDate,
  voteOutcome,
} from './legacy-lines.js';
// Reads a remedy page saved as text from an older remedy site: an optional source URL, the title
// (the remedy's name is taken from it), "Modified on", the article, then reader posts in any of
// the site's layouts, mixed on one page: "Posted by NAME (PLACE) on MM/DD/YYYY N posts", the mobile
// "NAME (PLACE) on MM/DD/YYYY" with "N out of 5 stars", and the oldest question-and-answer lines
// "MM/DD/YYYY: NAME : text" with a vote in brackets; replies ("Replied by …") under them. A short
// line above a post is its heading (a condition or a topic; the importer decides which). Anything
// that cannot be read is returned with its line number: nothing is dropped silently.

export { tidyPlace, usDate };

export interface LegacyReply {
  line: number;
  author: string;
  place: string | null;
  /** Null when the page gave the reply no date (never the post's). */
  postedAt: string | null;
  postCount: number | null;
  body: string;
}

export interface LegacyPost {
  line: number;
  /** The heading above the post (a condition or a topic), or null. */
  heading: string | null;
  title: string | null;
  author: string;
  place: string | null;
  postedAt: string;
  postCount: number | null;
  /** Null: the page showed no stars. */
  rating: number | null;
  editorsChoice: boolean;
  /** The reader's vote on an old question-and-answer page, as an outcome. */
  outcome: Outcome | null;
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
  /** The address on the first line, when the page was saved with one. */
  source: string | null;
  remedy: string;
  modifiedOn: string | null;
  /** The article as headed sections of paragraphs (bullets kept as lines). */
  sections: LegacySection[];
  posts: LegacyPost[];
  problems: LegacyProblem[];
}

const count = (s: string | undefined) => (s ? Number(s.replace(/,/g, '')) : null);

/** A cursor over the page's lines (0-based; problems name 1-based line numbers). */
class Lines {
  constructor(readonly all: readonly string[]) {}
  at = (i: number): string => this.all[i] ?? '';
  /** The next non-blank line at or after i. */
  next(i: number): number {
    let k = i;
    while (k < this.all.length && !this.at(k)) k++;
    return k;
  }
  get length(): number {
    return this.all.length;
  }
}

export function parseLegacyPage(text: string): LegacyPage {
  const lines = new Lines(pageLines(text));
  const problems: LegacyProblem[] = [];
  const { source, remedy, start } = readTitle(lines, problems);
  // Where the posts begin: after the comments note, or at the first post header.
  let firstHeader = lines.all.findIndex((l, i) => i >= start && isHeader(l));
  if (firstHeader < 0) firstHeader = lines.length;
  const note = lines.all.findIndex(
    (l, i) => i >= start && i < firstHeader && COMMENTS_NOTE.test(l),
  );
  // Without the note, the posts begin at the heading right above the first post, if there is one.
  if (note < 0) {
    let k = firstHeader - 1;
    while (k > start && !lines.at(k)) k--;
    if (k > start && looksLikeHeading(lines.at(k)) && !lines.at(k - 1)) firstHeader = k;
  }
  const { sections, modifiedOn } = readArticle(
    lines,
    start,
    note >= 0 ? note : firstHeader,
    remedy,
    problems,
  );
  const posts = readPosts(lines, note >= 0 ? note + 1 : firstHeader, problems);
  return { source, remedy, modifiedOn, sections, posts, problems };
}

/** The source address (if any) and the title line; the remedy is named from the title. */
function readTitle(lines: Lines, problems: LegacyProblem[]) {
  let i = lines.next(0);
  let source: string | null = null;
  if (/^https?:\/\/\S+$/i.test(lines.at(i))) {
    source = lines.at(i);
    i = lines.next(i + 1);
  }
  while (i < lines.length && isChrome(lines.at(i))) i = lines.next(i + 1);
  const title = lines.at(i);
  if (!title)
    problems.push({ line: i + 1, text: '', reason: 'the page has no title to name the remedy' });
  return { source, remedy: remedyFromTitle(title), start: i + 1 };
}

/** The article: headings are short lines between blank lines; the rest are paragraphs. */
function readArticle(
  lines: Lines,
  from: number,
  to: number,
  remedy: string,
  problems: LegacyProblem[],
) {
  let modifiedOn: string | null = null;
  const sections: LegacySection[] = [{ heading: null, paragraphs: [] }];
  for (let i = from; i < to; i++) {
    const line = lines.at(i);
    if (!line || isChrome(line)) continue;
    const modified = MODIFIED.exec(line);
    if (modified) {
      modifiedOn = monthDate(modified[1]!, modified[2]!, modified[3]!);
      if (!modifiedOn)
        problems.push({ line: i + 1, text: line, reason: 'the "Modified on" date is not a date' });
      continue;
    }
    if (line.toLowerCase().startsWith(`${remedy.toLowerCase()} - `)) continue; // "X - Editor's Choice"
    const isolated = !lines.at(i - 1) && !lines.at(i + 1);
    const heading = isolated && line.length <= 80 && !/[.!?:]$/.test(line) && !/^[•*-]/.test(line);
    if (heading) sections.push({ heading: line.replace(/^[^\p{L}\p{N}]+/u, ''), paragraphs: [] });
    else sections.at(-1)!.paragraphs.push(line.replace(/^[•*]\s*/, '• '));
  }
  return { sections, modifiedOn };
}

/** Every post from `from` on, each under the last heading above it. */
function readPosts(lines: Lines, from: number, problems: LegacyProblem[]): LegacyPost[] {
  const posts: LegacyPost[] = [];
  let heading: string | null = null;
  let i = from;
  while (i < lines.length) {
    const line = lines.at(i);
    if (!line || isChrome(line)) {
      i++;
      continue;
    }
    if (!isHeader(line)) {
      // A short line with a post under it (blank lines between) is a heading.
      const next = lines.next(i + 1);
      if (looksLikeHeading(line) && isHeader(lines.at(next))) heading = line;
      else problems.push({ line: i + 1, text: line, reason: 'not part of any post' });
      i = looksLikeHeading(line) && isHeader(lines.at(next)) ? next : i + 1;
      continue;
    }
    const read = LEGACY.test(line) ? readQuestionPost(lines, i) : readPost(lines, i);
    i = read.end;
    const { post, replies } = read;
    post.heading = heading;
    post.replies = replies.flatMap((r) => {
      if (r.body) return [r];
      problems.push({ line: r.line, text: lines.at(r.line - 1), reason: 'a reply with no text' });
      return [];
    });
    const reasons = unreadable(post);
    if (reasons.length > 0)
      problems.push({
        line: post.line,
        text: line,
        reason: `post not imported: ${reasons.join('; ')}`,
      });
    else posts.push(post);
  }
  return posts;
}

/** Why a post cannot be imported (empty when it can). */
function unreadable(post: LegacyPost): string[] {
  return [
    !post.postedAt ? 'the date is missing or is not a real date' : null,
    !post.body ? 'the post has no text' : null,
    post.body.length > REPORT_MAX_CHARS
      ? `the post is longer than ${REPORT_MAX_CHARS.toLocaleString('en-US')} characters`
      : null,
  ].filter((r): r is string => r !== null);
}

/** Where a post's (or reply's) text ends: at the next reply, post, or heading above a post. */
function bodyEnd(lines: Lines, from: number): number {
  let k = from;
  for (; k < lines.length; k++) {
    const l = lines.at(k);
    if (REPLIED.test(l) || isHeader(l)) break;
    if (looksLikeHeading(l) && !lines.at(k - 1) && isHeader(lines.at(lines.next(k + 1)))) break;
  }
  return k;
}

type Read = { post: LegacyPost; replies: LegacyReply[]; end: number };

/** A "Posted by" or mobile post: its header, the lines under it, its text and replies. */
function readPost(lines: Lines, start: number): Read {
  const header = (POSTED.exec(lines.at(start)) ?? MOBILE.exec(lines.at(start)))!;
  const post: LegacyPost = {
    line: start + 1,
    heading: null,
    title: null,
    author: header[1]!.trim(),
    place: header[2] !== undefined ? tidyPlace(header[2]) : null,
    postedAt: header[3]
      ? (usDate(Number(header[3]), Number(header[4]), Number(header[5])) ?? '')
      : '',
    postCount: count(header[6]),
    rating: null,
    editorsChoice: false,
    outcome: null,
    body: '',
    replies: [],
  };
  let i = start + 1;
  // Lines right under the header: place, count, stars, "Editor's Choice", in any order.
  for (; i < lines.length; i++) {
    const l = lines.at(i);
    if (!l) continue;
    if (STARS.test(l)) post.rating = [...l].filter((c) => c === '★').length;
    else if (OUT_OF.test(l)) post.rating = Number(OUT_OF.exec(l)?.[1]);
    else if (COUNT_LINE.test(l)) post.postCount = count(COUNT_LINE.exec(l)?.[1]);
    else if (CHOICE.test(l)) post.editorsChoice = true;
    else if (PLACE_LINE.test(l) && post.place === null)
      post.place = tidyPlace(PLACE_LINE.exec(l)?.[1] ?? '');
    else break;
  }
  const end = bodyEnd(lines, i);
  const { title, body } = titled(lines.all.slice(i, end));
  post.title = title;
  post.body = body;
  const replies = readReplies(lines, end);
  return { post, replies: replies.replies, end: replies.end };
}

/** A post's first paragraph is its title when it is one short line with more text after it. */
function titled(body: readonly string[]): { title: string | null; body: string } {
  const first = body.findIndex((l) => l !== '');
  const rest = body.slice(first + 1);
  if (first >= 0 && rest[0] === '' && rest.some((l) => l) && looksLikeHeading(body[first]!))
    return { title: body[first]!, body: paragraphs(rest) };
  return { title: null, body: paragraphs(body) };
}

/** "MM/DD/YYYY: NAME : text", the text running on to the next post. */
function readQuestionPost(lines: Lines, start: number): Read {
  const m = LEGACY.exec(lines.at(start))!;
  const vote = m[1] ?? m[6] ?? null;
  const end = bodyEnd(lines, start + 1);
  const text = [m[7] ?? '', ...lines.all.slice(start + 1, end)];
  const post: LegacyPost = {
    line: start + 1,
    heading: null,
    title: null,
    author: m[5]!.trim(),
    place: null,
    postedAt: usDate(Number(m[2]), Number(m[3]), Number(m[4])) ?? '',
    postCount: null,
    rating: null,
    editorsChoice: false,
    outcome: vote ? voteOutcome(vote) : null,
    // The vote stays at the head of the text, as the reader wrote it.
    body: paragraphs([vote ? `${vote} ${text[0]}`.trim() : text[0]!, ...text.slice(1)]),
    replies: [],
  };
  const replies = readReplies(lines, end);
  return { post, replies: replies.replies, end: replies.end };
}

/** The replies from `from` on: each header, its optional place, date and count lines, its text. */
function readReplies(lines: Lines, from: number): { replies: LegacyReply[]; end: number } {
  const replies: LegacyReply[] = [];
  let i = from;
  while (i < lines.length && REPLIED.test(lines.at(i))) {
    const r = REPLIED.exec(lines.at(i))!;
    const reply: LegacyReply = {
      line: i + 1,
      author: r[1]!.trim(),
      place: r[2] !== undefined ? tidyPlace(r[2]) : null,
      postedAt: r[3] ? usDate(Number(r[3]), Number(r[4]), Number(r[5])) : null,
      postCount: count(r[6]),
      body: '',
    };
    i = replyDetails(lines, i + 1, reply);
    const end = bodyEnd(lines, i);
    reply.body = paragraphs(lines.all.slice(i, end));
    replies.push(reply);
    i = end;
  }
  return { replies, end: i };
}

/** Place, date and count may each sit on a line of their own, with or without parentheses. */
function replyDetails(lines: Lines, from: number, reply: LegacyReply): number {
  let i = from;
  for (let n = 0; n < 5 && i < lines.length; n++, i++) {
    const l = lines.at(i);
    if (!l) continue;
    if (/^donate$/i.test(l)) continue;
    if (PLACE_LINE.test(l) && reply.place === null)
      reply.place = tidyPlace(PLACE_LINE.exec(l)![1]!);
    else if (DATE_LINE.test(l) && reply.postedAt === null) {
      const d = DATE_LINE.exec(l)!;
      reply.postedAt = usDate(Number(d[1]), Number(d[2]), Number(d[3]));
    } else if (COUNT_LINE.test(l) && reply.postCount === null)
      reply.postCount = count(COUNT_LINE.exec(l)?.[1]);
    else if (
      reply.place === null &&
      /^[\p{L} .'-]+,\s*[\p{L} .'-]+$/u.test(l) &&
      [lines.at(i + 1), lines.at(lines.next(i + 1))].some(
        (x) => DATE_LINE.test(x) || COUNT_LINE.test(x),
      )
    )
      reply.place = tidyPlace(l);
    else break;
  }
  return i;
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
