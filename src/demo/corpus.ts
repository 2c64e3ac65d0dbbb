import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.js';
import {
  createAuthors,
  insertReportBatch,
  isEmptySite,
  settleCounts,
} from '../domain/transfer/index.js';
import { createConditions, createRemedy } from '../domain/editorial/index.js';
import { demoConditions } from './conditions.js';
import {
  DEMO_START,
  type GeneratorAuthor,
  type GeneratorRemedy,
  Random,
  generateAuthors,
  generateReports,
  take,
} from './generator.js';
import { SiteNotEmptyError, demoRemedies } from './load.js';
import { scenarios } from './scenarios.js';

export interface CorpusOptions {
  reports: number;
  seed: number;
  onProgress?: (done: number) => void;
}

export interface CorpusSummary {
  remedies: number;
  conditions: number;
  authors: number;
  reports: number;
  largest: { slug: string; reports: number };
  smallest: { slug: string; reports: number };
}

/** Reports written per transaction: big enough to be fast, small enough to keep the WAL modest. */
const CHUNK = 20_000;

/**
 * A benchmark site with `reports` reports and remedies, conditions and authors in proportion
 * (one remedy per 5,000 reports, one condition per 20,000, one author per 20), reusing the demo
 * articles and scenarios. Remedy sizes follow a Zipf-like curve, so the first (L-Glutamine) is the
 * largest, as on real sites.
 */
export async function writeCorpus(
  db: Kysely<DatabaseSchema>,
  o: CorpusOptions,
): Promise<CorpusSummary> {
  const random = new Random(o.seed);
  const remedyCount = Math.max(8, Math.ceil(o.reports / 5000));
  const conditionCount = Math.max(demoConditions.length, Math.ceil(o.reports / 20_000));
  const authorCount = Math.max(50, Math.ceil(o.reports / 20));
  const createdAt = new Date(DEMO_START).toISOString();
  const published = demoRemedies.filter((r) => r.status === 'published');

  const setup = await db.transaction().execute(async (trx) => {
    if (!(await isEmptySite(trx))) throw new SiteNotEmptyError();
    const conditions = [...demoConditions];
    for (let i = conditions.length; i < conditionCount; i++) {
      const base = demoConditions[i % demoConditions.length] as (typeof demoConditions)[number];
      conditions.push({ ...base, slug: `${base.slug}-${i}`, name: `${base.name} ${i}` });
    }
    const conditionIds = await createConditions(trx, conditions, createdAt);
    const remedies: GeneratorRemedy[] = [];
    const slugs: string[] = [];
    for (let i = 0; i < remedyCount; i++) {
      const base = published[i % published.length] as (typeof published)[number];
      const scenario = scenarios.find((s) => s.remedy === base.slug) as (typeof scenarios)[number];
      const round = Math.floor(i / published.length);
      const slug = round === 0 ? base.slug : `${base.slug}-${round}`;
      const name = round === 0 ? base.name : `${base.name} ${round}`;
      const id = await createRemedy(
        trx,
        { ...base, slug, name, uses: round === 0 ? base.uses : [] },
        conditionIds,
        {
          createdAt,
          modifiedAt: createdAt,
          userId: null,
          note: 'Benchmark corpus.',
        },
      );
      // Later rounds also report on synthetic conditions, so condition pages fill up too.
      const extra =
        round === 0
          ? []
          : [
              {
                id: conditionIds.get(conditions[(i * 7) % conditions.length]?.slug ?? '') as number,
                name: `${name} condition`,
                weight: 2,
              },
            ];
      remedies.push({
        id,
        name,
        conditions: [
          ...scenario.conditions.map(([c, weight]) => ({
            id: conditionIds.get(c) as number,
            name: demoConditions.find((d) => d.slug === c)?.name ?? c,
            weight,
          })),
          ...extra.filter((e) => e.id !== undefined),
        ],
        doses: scenario.doses,
        sideEffects: scenario.sideEffects,
        positive: scenario.positive,
        weight: 1 / Math.pow(i + 1, 0.7),
      });
      slugs.push(slug);
    }
    const drafts = generateAuthors(random, authorCount);
    const ids = await createAuthors(
      trx,
      drafts.map((a) => ({ ...a, createdAt: new Date(a.createdAt).toISOString() })),
    );
    const authors: GeneratorAuthor[] = drafts.map((a, i) => ({ ...a, id: ids[i] as number }));
    return { remedies, slugs, authors, conditions: conditions.length };
  });

  const stream = generateReports({ random, remedies: setup.remedies, authors: setup.authors });
  const perRemedy = new Map<number, number>();
  let done = 0;
  while (done < o.reports) {
    const chunk = take(stream, Math.min(CHUNK, o.reports - done));
    for (const c of chunk)
      perRemedy.set(c.report.remedyId, (perRemedy.get(c.report.remedyId) ?? 0) + 1);
    await db.transaction().execute((trx) => insertReportBatch(trx, chunk));
    done += chunk.length;
    o.onProgress?.(done);
  }
  await db.transaction().execute((trx) => settleCounts(trx, { extract: false }));

  const sizes = setup.remedies.map((r, i) => ({
    slug: setup.slugs[i] as string,
    reports: perRemedy.get(r.id) ?? 0,
  }));
  sizes.sort((a, b) => b.reports - a.reports);
  return {
    remedies: setup.remedies.length,
    conditions: setup.conditions,
    authors: setup.authors.length,
    reports: done,
    largest: sizes[0] as CorpusSummary['largest'],
    smallest: sizes.at(-1) as CorpusSummary['smallest'],
  };
}
