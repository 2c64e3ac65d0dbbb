// Moves a remedy page of an older site into Remedex: the remedy (created, or reused by name), its
// authors (reused by name), every post with its original date, stars (none when the page had
// none), Editor's Choice, vote and replies (undated when the page gave no date). A post's heading
// is its condition when it names one the site knows (by name or alias); otherwise the post goes
// under "General" for moderators to assign, unless conditions may be created. The article is kept
// as an imported overview that editors can restructure; its disclaimer and "when to stop" sections
// are used when the page has them.
import type { Db } from '../../db/database.js';
import { findRemedyAnyStatus } from '../../db/repositories/editorial/editing.js';
import {
  findConditionBySlug,
  insertConditionIfFree,
  listConditions,
} from '../../db/repositories/reading/conditions.js';
import { hasSamePost } from '../../db/repositories/reports/contributions.js';
import { insertReplies, type NewReply } from '../../db/repositories/reports/report-children.js';
import { insertReports } from '../../db/repositories/reports/reports.js';
import {
  findAuthorByName,
  insertUser,
  recountPostCounts,
  setLegacyPostCount,
} from '../../db/repositories/accounts/users.js';
import { type Article, emptyArticle } from '../../model/article.js';
import { createRemedy } from '../editorial/index.js';
import { settleReports } from '../insight/index.js';
import { slugify } from '../common/index.js';
import type { Condition, Rating } from '../../model/types.js';
import type { LegacyPage, LegacyPost, LegacyProblem, LegacySection } from './legacy-parse.js';

export interface LegacySummary {
  remedy: { slug: string; created: boolean };
  conditionsCreated: string[];
  authorsCreated: number;
  posts: number;
  replies: number;
  /** Posts already in (the same author, date and text): importing a page twice adds nothing. */
  alreadyThere: number;
  problems: LegacyProblem[];
}

/** What an imported remedy page says until an editor writes its own. */
export const DEFAULT_DISCLAIMER =
  'This page was imported from an older site. It is general information, not medical advice: talk to a qualified health professional before you start, stop or change any treatment. Reader reports are personal experiences.';
export const DEFAULT_WHEN_TO_STOP =
  'Stop and contact a doctor at once if you have a severe or allergic reaction, chest pain, trouble breathing, or symptoms that get worse or do not improve.';

const find = (sections: LegacySection[], pattern: RegExp) =>
  sections.find((s) => s.heading !== null && pattern.test(s.heading));

/** The page's article as an imported overview (editors can move it into sections later). */
export function importedArticle(page: LegacyPage, source: string): Article {
  const disclaimer = find(page.sections, /disclaimer/i);
  const whenToStop = find(page.sections, /when to stop/i);
  const paragraphs: string[] = [];
  for (const s of page.sections) {
    if (s === disclaimer || s === whenToStop) continue;
    if (s.heading) paragraphs.push(`**${s.heading}**`);
    paragraphs.push(...s.paragraphs);
  }
  const text = (p: string[] | undefined, fallback: string) =>
    p && p.length > 0 ? p.join('\n\n') : fallback;
  const article = emptyArticle();
  return {
    ...article,
    overview: {
      paragraphs: paragraphs.length > 0 ? paragraphs : [`Imported from ${source}.`],
      highlights: [],
    },
    whatItIs: { ...article.whatItIs, title: `What ${page.remedy} is` },
    whenToStop: text(whenToStop?.paragraphs, DEFAULT_WHEN_TO_STOP),
    disclaimer: text(disclaimer?.paragraphs, DEFAULT_DISCLAIMER),
  };
}

export interface LegacyOptions {
  publish: boolean;
  /** Make a condition of every heading that names none the site knows (`--conditions create`). */
  createConditions?: boolean;
}

/**
 * Imports one parsed page inside the caller's transaction. A new remedy is created as a draft
 * unless `publish`; an existing one keeps its status.
 */
export async function importLegacyPage(
  db: Db,
  page: LegacyPage,
  source: string,
  now: Date,
  options: LegacyOptions = { publish: false },
): Promise<LegacySummary> {
  const { slug, created, id: remedyId } = await legacyRemedy(db, page, source, now, options);
  const conditions = await conditionResolver(db, now, options.createConditions === true);
  const authors = authorResolver(db, now);
  const problems = [...page.problems];
  let posts = 0;
  let replies = 0;
  let alreadyThere = 0;
  const newIds: number[] = [];
  const pairs = new Map<number, { remedyId: number; conditionId: number }>();
  for (const post of page.posts) {
    const conditionId = await conditions.of(post.heading, post.line);
    if (
      await hasSamePost(db, {
        remedyId,
        displayName: post.author,
        postedAt: post.postedAt,
        body: post.body,
      })
    ) {
      alreadyThere++;
      continue;
    }
    const tags = conditions.isTopic(post.heading) ? [post.heading] : [];
    const id = await insertPost(db, post, remedyId, conditionId, authors, tags);
    posts++;
    replies += post.replies.length;
    newIds.push(id);
    pairs.set(conditionId, { remedyId, conditionId });
  }
  // Extraction reads every imported post; counts, insight and the search index follow.
  await settleReports(db, newIds, [...pairs.values()]);
  await recountPostCounts(db, authors.ids());
  problems.push(...conditions.notes());
  return {
    remedy: { slug, created },
    conditionsCreated: conditions.created,
    authorsCreated: authors.created(),
    posts,
    replies,
    alreadyThere,
    problems: problems.sort((a, b) => a.line - b.line),
  };
}

/** The page's remedy: found by its name's slug, or created as a draft (published with --publish). */
async function legacyRemedy(
  db: Db,
  page: LegacyPage,
  source: string,
  now: Date,
  options: LegacyOptions,
) {
  const slug = slugify(page.remedy) || 'imported-remedy';
  const found = await findRemedyAnyStatus(db, slug);
  if (found) return { slug, created: false, id: found.id };
  const modified = page.modifiedOn ?? now.toISOString();
  await createRemedy(
    db,
    {
      slug,
      name: page.remedy,
      aliases: [],
      kind: 'home remedy',
      summary: `${page.remedy}: imported with its reader reports; the article awaits an editor.`,
      editorsChoice: false,
      // A draft until an editor has looked at it, unless the operator says otherwise.
      status: options.publish ? 'published' : 'draft',
      article: importedArticle(page, page.source ?? source),
      citations: [],
      uses: [],
    },
    new Map(),
    {
      createdAt: modified,
      modifiedAt: modified,
      userId: null,
      note: `Imported from ${page.source ?? source}`,
    },
  );
  const remedy = await findRemedyAnyStatus(db, slug);
  if (!remedy) throw new Error(`the remedy ${slug} was not created`);
  return { slug, created: true, id: remedy.id };
}

// Posts whose heading names no condition wait here for a moderator to move them.
const GENERAL = { slug: 'general', name: 'General', category: 'Unassigned' };

/** Headings to conditions: a known one by name or alias, else a new one or "General". */
export async function conditionResolver(db: Db, now: Date, create: boolean) {
  const known = await listConditions(db);
  const key = (s: string) => slugify(s);
  const match = (heading: string): Condition | undefined =>
    known.find((c) => [c.name, c.slug, ...c.aliases].some((n) => key(n) === key(heading)));
  const ids = new Map<string, number>();
  const created: string[] = [];
  const topics = new Map<string, { line: number; posts: number }>();
  const ensure = async (slug: string, name: string, category: string) => {
    const existing = ids.get(slug) ?? (await findConditionBySlug(db, slug))?.id;
    if (existing !== undefined) return ids.set(slug, existing).get(slug)!;
    // Two imports at once may both make it: the one that loses the race uses the other's.
    const made = await insertConditionIfFree(db, {
      slug,
      name,
      aliases: [],
      category,
      createdAt: now.toISOString(),
    });
    const id = made ?? (await findConditionBySlug(db, slug))!.id;
    if (made === null) return ids.set(slug, id).get(slug)!;
    created.push(name);
    return ids.set(slug, id).get(slug)!;
  };
  return {
    created,
    /** Whether a heading is a topic (kept as the post's tag), not a condition. */
    isTopic: (heading: string | null): heading is string =>
      heading !== null && !create && match(heading) === undefined,
    async of(heading: string | null, line = 0): Promise<number> {
      const condition = heading ? match(heading) : undefined;
      if (condition) return condition.id;
      if (heading && create) return ensure(key(heading) || 'other', heading, 'Imported');
      if (heading) {
        const t = topics.get(heading) ?? { line, posts: 0 };
        topics.set(heading, { ...t, posts: t.posts + 1 });
      }
      return ensure(GENERAL.slug, GENERAL.name, GENERAL.category);
    },
    /** A line for every heading that was not a condition, so nothing is changed in silence. */
    notes(): LegacyProblem[] {
      return [...topics].map(([heading, t]) => ({
        line: t.line,
        text: heading,
        reason: `not a known condition: ${t.posts} post(s) under it were put under "General" for moderators to assign, with the heading as their topic (--conditions create makes it a condition)`,
      }));
    },
  };
}

/** Authors by name: reused when the site knows the name, else created once. */
function authorResolver(db: Db, now: Date) {
  const ids = new Map<string, number>();
  let created = 0;
  return {
    ids: () => [...new Set(ids.values())],
    created: () => created,
    async of(
      name: string,
      place: string | null,
      firstSeen: string | null,
      postCount: number | null,
    ) {
      const key = name.toLowerCase();
      let id = ids.get(key) ?? (await findAuthorByName(db, name)) ?? undefined;
      if (id === undefined) {
        id = await insertUser(db, {
          displayName: name,
          email: null,
          location: place,
          role: 'member',
          createdAt: firstSeen ?? now.toISOString(),
        });
        created++;
      }
      ids.set(key, id);
      if (postCount !== null) await setLegacyPostCount(db, id, postCount);
      return id;
    },
  };
}

/** One post and its replies, as published reports and replies. */
async function insertPost(
  db: Db,
  post: LegacyPost,
  remedyId: number,
  conditionId: number,
  authors: ReturnType<typeof authorResolver>,
  tags: string[],
): Promise<number> {
  const userId = await authors.of(post.author, post.place, post.postedAt, post.postCount);
  const [id] = await insertReports(db, [
    {
      remedyId,
      conditionId,
      userId,
      displayName: post.author,
      location: post.place,
      postedAt: post.postedAt,
      rating: post.rating as Rating | null,
      title: post.title,
      body: post.body,
      editorsChoice: post.editorsChoice,
      status: 'approved',
      helpfulCount: 0,
      outcome: post.outcome,
      tags,
    },
  ]);
  const rows: NewReply[] = [];
  for (const r of post.replies)
    rows.push({
      reportId: id!,
      userId: await authors.of(r.author, r.place, r.postedAt, r.postCount),
      displayName: r.author,
      location: r.place,
      postedAt: r.postedAt,
      body: r.body,
      status: 'approved',
    });
  if (rows.length > 0) await insertReplies(db, rows);
  return id!;
}
