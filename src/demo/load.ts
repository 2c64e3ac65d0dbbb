import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.js';
import {
  createAuthors,
  insertReportBatch,
  isEmptySite,
  settleCounts,
} from '../domain/transfer/index.js';
import { type RemedyDraft, createConditions, createRemedy } from '../domain/editorial/index.js';
import { demoConditions } from './conditions.js';
import { DEMO_START, type GeneratorAuthor, Random, generateAuthors } from './generator.js';
import { lGlutamine } from './remedies/l-glutamine.js';
import {
  appleCiderVinegar,
  chamomile,
  draftElderberry,
  ginger,
  magnesium,
  peppermintOil,
  rawHoney,
  turmeric,
} from './remedies/others.js';
import { writeStories } from './stories/index.js';

export const demoRemedies: RemedyDraft[] = [
  lGlutamine,
  appleCiderVinegar,
  turmeric,
  ginger,
  magnesium,
  chamomile,
  peppermintOil,
  rawHoney,
  draftElderberry,
];

export const DEMO_SEED = 20261125;
export const DEMO_REPORTS = 480;
export const DEMO_AUTHORS = 60;

export interface DemoSummary {
  remedies: number;
  conditions: number;
  authors: number;
  reports: number;
}

export class SiteNotEmptyError extends Error {
  constructor() {
    super('the database already has content; demo content only goes into an empty database');
  }
}

/** Loads the demo site into an empty database, all in one transaction. */
export async function loadDemo(db: Kysely<DatabaseSchema>): Promise<DemoSummary> {
  return db.transaction().execute(async (trx) => {
    if (!(await isEmptySite(trx))) throw new SiteNotEmptyError();
    const random = new Random(DEMO_SEED);
    const createdAt = new Date(DEMO_START).toISOString();
    const conditionIds = await createConditions(trx, demoConditions, createdAt);

    const remedyIds = new Map<string, number>();
    for (const [i, draft] of demoRemedies.entries()) {
      const modifiedAt = new Date(Date.UTC(2025, 11 - i, 1 + i * 3)).toISOString();
      remedyIds.set(
        draft.slug,
        await createRemedy(trx, draft, conditionIds, {
          createdAt,
          modifiedAt,
          userId: null,
          note: 'First version of the article.',
        }),
      );
    }

    const drafts = generateAuthors(random, DEMO_AUTHORS);
    const ids = await createAuthors(
      trx,
      drafts.map((a) => ({ ...a, createdAt: new Date(a.createdAt).toISOString() })),
    );
    const authors: GeneratorAuthor[] = drafts.map((a, i) => ({ ...a, id: ids[i] as number }));
    const remedies = [...remedyIds].map(([slug, id]) => ({ id, slug, conditions: conditionIds }));
    const batch = writeStories({ random, remedies, authors, count: DEMO_REPORTS });
    await insertReportBatch(trx, batch);
    await settleCounts(trx);
    return {
      remedies: demoRemedies.length,
      conditions: demoConditions.length,
      authors: authors.length,
      reports: batch.length,
    };
  });
}
