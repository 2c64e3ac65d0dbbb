// Moves a WordPress site into Remedex, one item of its export at a time, inside the caller's
// transaction: posts and pages become remedies (title, slug, dates; tags as aliases; the body as an
// imported overview), approved comments become published reports and replies (a reply's thread is
// flattened to the report it hangs under), waiting comments go to the moderation queue, and spam,
// trash, pingbacks and trackbacks are skipped and counted. Commenters are guests: the same email is
// one author. Stars come from the comment meta keys in RATING_KEYS. Every post is read for facts
// and triaged for safety; a post that sets off a rule waits for a moderator even when approved.
import type { Db } from '../../db/database.js';
import { findRemedyAnyStatus } from '../../db/repositories/editorial/editing.js';
import { hasSamePost } from '../../db/repositories/reports/contributions.js';
import { insertReplies } from '../../db/repositories/reports/report-children.js';
import { insertReports } from '../../db/repositories/reports/reports.js';
import { type Article, emptyArticle } from '../../model/article.js';
import type { Rating } from '../../model/types.js';
import { slugify } from '../common/index.js';
import { createRemedy } from '../editorial/index.js';
import { settleReports } from '../insight/index.js';
import { triage } from '../safety/index.js';
import {
  DEFAULT_DISCLAIMER,
  DEFAULT_WHEN_TO_STOP,
  type conditionResolver,
} from './legacy-import.js';
import type { WxrComment, WxrItem } from './wordpress-read.js';

/** Comment meta keys read as a 1–5 star rating, first found wins (the common review plugins). */
export const RATING_KEYS = ['rating', 'stars', 'star_rating', 'review_rating', 'comment_rating'];

export interface WordPressOptions {
  publish: boolean;
  createConditions?: boolean;
}

export interface WordPressProblem {
  line: number;
  reason: string;
}

export interface WordPressSummary {
  remedies: { slug: string; created: boolean }[];
  reports: number;
  replies: number;
  /** Comments that went to the moderation queue (waiting, or setting off a safety rule). */
  queued: number;
  alreadyThere: number;
  skipped: Record<string, number>;
  problems: WordPressProblem[];
}

export const emptySummary = (): WordPressSummary => ({
  remedies: [],
  reports: 0,
  replies: 0,
  queued: 0,
  alreadyThere: 0,
  skipped: {},
  problems: [],
});

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** WordPress HTML to the plain text and Markdown subset Remedex keeps: paragraphs, lists, bold. */
export function htmlToText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/(?:p|div|h[1-6]|ul|ol|blockquote)>/gi, '\n\n')
    .replace(/<\/?(?:strong|b)\b[^>]*>/gi, '**')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (all, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(Number(e[1] === 'x' ? `0${e.slice(1)}` : e.slice(1)))
        : (ENTITIES[e.toLowerCase()] ?? all),
    )
    .split(/\n{2,}/)
    .map((p) =>
      p
        .split('\n')
        .map((l) => l.replace(/[ \t]+/g, ' ').trim())
        .filter(Boolean)
        .join('\n'),
    )
    .filter(Boolean)
    .join('\n\n');
}

const ratingOf = (c: WxrComment): Rating | null => {
  for (const key of RATING_KEYS) {
    const v = Number(c.meta.get(key));
    if (Number.isInteger(v) && v >= 1 && v <= 5) return v as Rating;
  }
  return null;
};

/** Remedies are posts and pages; every other kind of item is skipped and counted. */
const REMEDY_TYPES = new Set(['post', 'page']);
const LIVE = new Set(['publish', 'draft', 'pending', 'private', 'future']);

type Conditions = Awaited<ReturnType<typeof conditionResolver>>;

/** Imports one item of the export; `conditions` is shared by the items of one run. */
export async function importWordPressItem(
  db: Db,
  item: WxrItem,
  summary: WordPressSummary,
  conditions: Conditions,
  now: Date,
  options: WordPressOptions,
): Promise<void> {
  if (!REMEDY_TYPES.has(item.type) || !LIVE.has(item.status)) {
    const kind = REMEDY_TYPES.has(item.type)
      ? `${item.type} (${item.status})`
      : item.type || 'item';
    summary.skipped[kind] = (summary.skipped[kind] ?? 0) + 1;
    return;
  }
  if (!item.title) {
    summary.problems.push({ line: item.line, reason: 'an item with no title: not imported' });
    return;
  }
  const remedy = await wordPressRemedy(db, item, now, options, summary);
  const category = item.categories[0] ?? null;
  const conditionId = await conditions.of(category, item.line);
  // A category that names no condition stays with the reports as their topic.
  const tags = conditions.isTopic(category) ? [category] : [];
  await importComments(db, item, { remedyId: remedy.id, conditionId, tags }, summary, now);
}

async function wordPressRemedy(
  db: Db,
  item: WxrItem,
  now: Date,
  options: WordPressOptions,
  summary: WordPressSummary,
): Promise<{ id: number }> {
  const slug = slugify(item.slug || item.title) || 'imported-remedy';
  const found = await findRemedyAnyStatus(db, slug);
  if (found) {
    summary.remedies.push({ slug, created: false });
    return found;
  }
  const at = item.modified ?? item.date ?? now.toISOString();
  await createRemedy(
    db,
    {
      slug,
      name: item.title,
      aliases: item.tags.slice(0, 20),
      kind: 'home remedy',
      summary: `${item.title}: imported from WordPress with its comments; the article awaits an editor.`,
      editorsChoice: false,
      status: options.publish && item.status === 'publish' ? 'published' : 'draft',
      article: wordPressArticle(item),
      citations: [],
      uses: [],
    },
    new Map(),
    { createdAt: item.date ?? at, modifiedAt: at, userId: null, note: 'Imported from WordPress' },
  );
  const remedy = await findRemedyAnyStatus(db, slug);
  if (!remedy) throw new Error(`the remedy ${slug} was not created`);
  summary.remedies.push({ slug, created: true });
  return remedy;
}

function wordPressArticle(item: WxrItem): Article {
  const article = emptyArticle();
  const paragraphs = htmlToText(item.content).split('\n\n').filter(Boolean);
  return {
    ...article,
    overview: {
      paragraphs: paragraphs.length > 0 ? paragraphs : [`Imported: ${item.title}.`],
      highlights: [],
    },
    whatItIs: { ...article.whatItIs, title: `What ${item.title} is` },
    whenToStop: DEFAULT_WHEN_TO_STOP,
    disclaimer: DEFAULT_DISCLAIMER,
  };
}

/** Each comment is a report (top level) or a reply to the report its thread starts from. */
type Place = { remedyId: number; conditionId: number; tags: string[] };

async function importComments(
  db: Db,
  item: WxrItem,
  place: Place,
  summary: WordPressSummary,
  now: Date,
): Promise<void> {
  const { remedyId, conditionId } = place;
  const byId = new Map(item.comments.map((c) => [c.id, c]));
  const reportOf = new Map<number, number>(); // comment id → report id
  const newIds: number[] = [];
  // Each comment's text, read from its HTML once.
  const texts = new Map<number, string>();
  for (const c of item.comments) {
    const text = keptText(c, summary);
    if (text !== null) texts.set(c.id, text);
  }
  const kept = item.comments.filter((c) => texts.has(c.id));
  for (const c of kept.filter((k) => k.parent === 0)) {
    const id = await importReport(db, c, texts.get(c.id)!, place, summary, now);
    if (id !== null) reportOf.set(c.id, id);
    if (id !== null && id > 0) newIds.push(id);
  }
  for (const c of kept.filter((k) => k.parent !== 0)) {
    // Up the thread to its first comment: Remedex keeps replies one level under a report.
    let top = c;
    for (let n = 0; top.parent !== 0 && n < 100; n++) {
      const up = byId.get(top.parent);
      if (!up) break;
      top = up;
    }
    const reportId = top.parent === 0 ? reportOf.get(top.id) : undefined;
    if (reportId === undefined) {
      summary.problems.push({
        line: c.line,
        reason: `comment ${c.id} answers comment ${c.parent}, which is not in the file or was not imported: not imported`,
      });
      continue;
    }
    if (reportId < 0) continue; // its report was there already
    await insertReplies(db, [
      {
        reportId,
        userId: null,
        displayName: c.author || 'Anonymous',
        location: null,
        postedAt: c.date,
        body: texts.get(c.id)!,
        status: c.approved === '1' ? 'approved' : 'pending',
        authorEmail: c.email,
      },
    ]);
    summary.replies++;
    if (c.approved !== '1') summary.queued++;
  }
  await settleReports(db, newIds, [{ remedyId, conditionId }]);
}

/**
 * A comment's text, or null when it is not imported: spam, trash, pingbacks and trackbacks are
 * counted, an empty one is named by its line.
 */
function keptText(c: WxrComment, summary: WordPressSummary): string | null {
  const skip =
    c.approved === 'spam' || c.approved === 'trash'
      ? c.approved
      : c.type === 'pingback' || c.type === 'trackback'
        ? c.type
        : null;
  if (skip) {
    summary.skipped[skip] = (summary.skipped[skip] ?? 0) + 1;
    return null;
  }
  const text = htmlToText(c.content);
  if (!text)
    summary.problems.push({ line: c.line, reason: `comment ${c.id} has no text: not imported` });
  return text || null;
}

/** A top-level comment as a report; -1 when it is there already, null when it cannot be. */
async function importReport(
  db: Db,
  c: WxrComment,
  body: string,
  { remedyId, conditionId, tags }: Place,
  summary: WordPressSummary,
  now: Date,
): Promise<number | null> {
  const postedAt = c.date ?? now.toISOString();
  const displayName = c.author || 'Anonymous';
  if (await hasSamePost(db, { remedyId, displayName, postedAt, body })) {
    summary.alreadyThere++;
    return -1;
  }
  const safety = triage(body);
  // A post that sets off a safety rule never publishes without review.
  const status = c.approved === '1' && safety.length === 0 ? 'approved' : 'pending';
  const [id] = await insertReports(db, [
    {
      remedyId,
      conditionId,
      userId: null,
      displayName,
      location: c.meta.get('location') ?? null,
      postedAt,
      rating: ratingOf(c),
      title: null,
      body,
      editorsChoice: false,
      status,
      helpfulCount: 0,
      authorEmail: c.email,
      safety,
      tags,
    },
  ]);
  summary.reports++;
  if (status === 'pending') summary.queued++;
  return id ?? null;
}
