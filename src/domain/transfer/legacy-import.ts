// Moves a remedy page of an older site into Remedex: the remedy (created, or reused by name), its
// conditions and authors (reused by name), every post with its original date, stars, Editor's
// Choice and replies. The article is kept as an imported overview that editors can restructure;
// its disclaimer and "when to stop" sections are used when the page has them.
import type { Db } from '../../db/database.js';
import { findRemedyAnyStatus } from '../../db/repositories/editorial/editing.js';
import { findConditionBySlug, insertCondition } from '../../db/repositories/reading/conditions.js';
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
import type { Rating } from '../../model/types.js';
import type { LegacyPage, LegacyProblem, LegacySection } from './legacy-parse.js';

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

const DEFAULT_DISCLAIMER =
  'This page was imported from an older site. It is general information, not medical advice: talk to a qualified health professional before you start, stop or change any treatment. Reader reports are personal experiences.';
const DEFAULT_WHEN_TO_STOP =
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

/**
 * Imports one parsed page inside the caller's transaction. A new remedy is created as a draft
 * unless `publish`; an existing one keeps its status.
 */
export async function importLegacyPage(
  db: Db,
  page: LegacyPage,
  source: string,
  now: Date,
  options: { publish: boolean } = { publish: false },
): Promise<LegacySummary> {
  const slug = slugify(page.remedy) || 'imported-remedy';
  let remedy = await findRemedyAnyStatus(db, slug);
  const created = remedy === null;
  if (!remedy) {
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
        article: importedArticle(page, source),
        citations: [],
        uses: [],
      },
      new Map(),
      {
        createdAt: modified,
        modifiedAt: modified,
        userId: null,
        note: `Imported from ${source}`,
      },
    );
    remedy = await findRemedyAnyStatus(db, slug);
    if (!remedy) throw new Error(`the remedy ${slug} was not created`);
  }

  const conditionIds = new Map<string, number>();
  const conditionsCreated: string[] = [];
  const authorIds = new Map<string, number>();
  let authorsCreated = 0;
  const author = async (name: string, place: string | null, firstSeen: string | null) => {
    const key = name.toLowerCase();
    const known = authorIds.get(key) ?? (await findAuthorByName(db, name));
    if (known !== null && known !== undefined) {
      authorIds.set(key, known);
      return known;
    }
    const id = await insertUser(db, {
      displayName: name,
      email: null,
      location: place,
      role: 'member',
      createdAt: firstSeen ?? now.toISOString(),
    });
    authorsCreated++;
    authorIds.set(key, id);
    return id;
  };

  let posts = 0;
  let replies = 0;
  let alreadyThere = 0;
  const newIds: number[] = [];
  const pairs = new Map<number, { remedyId: number; conditionId: number }>();
  for (const post of page.posts) {
    const conditionSlug = slugify(post.condition) || 'other';
    let conditionId = conditionIds.get(conditionSlug);
    if (conditionId === undefined) {
      const existing = await findConditionBySlug(db, conditionSlug);
      conditionId =
        existing?.id ??
        (await insertCondition(db, {
          slug: conditionSlug,
          name: post.condition,
          aliases: [],
          category: 'Imported',
          createdAt: now.toISOString(),
        }));
      if (!existing) conditionsCreated.push(post.condition);
      conditionIds.set(conditionSlug, conditionId);
    }
    if (
      await hasSamePost(db, {
        remedyId: remedy.id,
        displayName: post.author,
        postedAt: post.postedAt,
        body: post.body,
      })
    ) {
      alreadyThere++;
      continue;
    }
    const userId = await author(post.author, post.place, post.postedAt);
    if (post.postCount !== null) await setLegacyPostCount(db, userId, post.postCount);
    const [id] = await insertReports(db, [
      {
        remedyId: remedy.id,
        conditionId,
        userId,
        displayName: post.author,
        location: post.place,
        postedAt: post.postedAt,
        // A post without stars is kept with a middle rating rather than dropped; reported below.
        rating: (post.rating ?? 3) as Rating,
        title: null,
        body: post.body,
        editorsChoice: post.editorsChoice,
        status: 'approved',
        helpfulCount: 0,
      },
    ]);
    posts++;
    newIds.push(id!);
    pairs.set(conditionId, { remedyId: remedy.id, conditionId });
    const rows: NewReply[] = [];
    for (const r of post.replies) {
      const replyAuthor = await author(r.author, r.place, r.postedAt);
      if (r.postCount !== null) await setLegacyPostCount(db, replyAuthor, r.postCount);
      rows.push({
        reportId: id!,
        userId: replyAuthor,
        displayName: r.author,
        location: r.place,
        postedAt: r.postedAt ?? post.postedAt,
        body: r.body,
        status: 'approved',
      });
    }
    if (rows.length > 0) await insertReplies(db, rows);
    replies += rows.length;
  }
  // Extraction reads every imported post; counts, insight and the search index follow.
  await settleReports(db, newIds, [...pairs.values()]);
  await recountPostCounts(db, [...new Set(authorIds.values())]);

  const problems = [...page.problems];
  for (const post of page.posts)
    if (post.rating === null)
      problems.push({
        line: post.line,
        text: `${post.author}, ${post.postedAt.slice(0, 10)}`,
        reason: 'no star rating found: imported with 3 stars',
      });
  return {
    remedy: { slug, created },
    conditionsCreated,
    authorsCreated,
    posts,
    replies,
    alreadyThere,
    problems,
  };
}
