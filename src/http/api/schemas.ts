// The read API's contract, defined once with zod: it validates what goes out (nothing outside a
// schema leaves: unknown keys are dropped) and is turned into the OpenAPI document.
import { z } from 'zod';
import { evidenceLevels } from '../../model/article.js';
import { outcomes } from '../../model/vocabulary.js';

const id = (name: string) => ({ id: name });
const url = z.string().describe('Absolute address of the page that shows it');
const share = z
  .object({
    count: z.int(),
    of: z.int(),
    share: z.number().nullable(),
    low: z.number().describe('Lower end of the 95% Wilson interval'),
    high: z.number().describe('Upper end of the 95% Wilson interval'),
  })
  .meta(id('Share'));

export const problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    instance: z.string(),
  })
  .meta({ ...id('Problem'), description: 'RFC 9457 problem details' });

export const ratings = z
  .object({
    count: z.int().describe('Published reports'),
    rated: z.int().describe('Reports with stars: the average and histogram rest on these'),
    average: z.number().nullable(),
    histogram: z.array(z.int()).length(5).describe('1-star count first'),
  })
  .meta(id('Ratings'));

export const insight = z
  .object({
    reports: z.int().describe('Published reports these numbers rest on'),
    minReports: z.int().describe('Below this many reports the numbers are withheld'),
    withheld: z.boolean(),
    known: z.int().describe('Reports that say how it went'),
    improved: share.nullable().describe('Improved (for good or for a while) of those that say'),
    outcomes: z.array(z.object({ outcome: z.string(), label: z.string(), count: z.int() })),
    doesNotSay: z.int().describe('Reports that do not say how it went'),
    doses: z.array(
      z.object({ band: z.string(), label: z.string(), improved: z.int(), all: z.int() }),
    ),
    sideEffects: z.array(
      z.object({
        term: z.string(),
        label: z.string(),
        count: z.int(),
        severe: z.int(),
        moderate: z.int(),
        mild: z.int(),
      }),
    ),
    timeToEffect: z.array(z.object({ band: z.string(), label: z.string(), count: z.int() })),
  })
  .meta({
    ...id('Insight'),
    description: 'What readers report, counted. Not medical advice: reports are not trials.',
  });

export const remedySummary = z
  .object({
    slug: z.string(),
    name: z.string(),
    kind: z.string(),
    summary: z.string(),
    editorsChoice: z.boolean(),
    url,
  })
  .meta(id('RemedySummary'));

export const condition = z
  .object({
    slug: z.string(),
    name: z.string(),
    aliases: z.array(z.string()),
    category: z.string(),
    description: z
      .string()
      .describe("The editors' short description, paragraphs apart by a blank line; '' for none"),
    url,
  })
  .meta(id('Condition'));

export const citation = z
  .object({
    key: z.string(),
    title: z.string(),
    source: z.string(),
    year: z.int().nullable(),
    url: z.string().nullable(),
  })
  .meta(id('Citation'));

const point = z.object({ label: z.string(), text: z.string() });
export const article = z
  .object({
    overview: z.object({ paragraphs: z.array(z.string()), highlights: z.array(point) }),
    whatItIs: z.object({
      title: z.string(),
      paragraphs: z.array(z.string()),
      points: z.array(point),
      sources: z.string(),
    }),
    research: z.object({
      intro: z.string(),
      findings: z.array(
        z.object({
          area: z.string(),
          claim: z.string(),
          evidence: z.enum(evidenceLevels),
          citations: z.array(z.string()).describe('Keys of the remedy’s citations'),
        }),
      ),
      context: z.string(),
    }),
    benefits: z.array(z.object({ title: z.string(), intro: z.string(), points: z.array(point) })),
    dosage: z.object({
      intro: z.string(),
      rows: z.array(
        z.object({
          purpose: z.string(),
          amountMin: z.number(),
          amountMax: z.number(),
          unit: z.string(),
          frequency: z.string(),
          note: z.string(),
        }),
      ),
    }),
    tips: z.array(point),
    sideEffects: z.object({
      intro: z.string(),
      common: z.array(point),
      occasional: z.array(point),
    }),
    cautions: z.array(z.string()),
    whenToStop: z.string(),
    reportHighlights: z.object({ helpful: z.array(point), cautionary: z.array(point) }),
    faq: z.array(z.object({ question: z.string(), answer: z.string() })),
    closing: z.array(z.string()),
    disclaimer: z.string(),
  })
  .meta({ ...id('Article'), description: 'The editorial article, section by section' });

export const remedyListing = z
  .object({ remedies: z.array(remedySummary.extend({ ratings })) })
  .meta(id('RemedyList'));

export const remedy = z
  .object({
    remedy: remedySummary.extend({
      aliases: z.array(z.string()),
      modifiedAt: z.string(),
      article,
    }),
    citations: z.array(citation),
    uses: z.array(
      z.object({
        condition,
        evidence: z.enum(evidenceLevels),
        note: z.string(),
        citations: z.array(z.string()),
      }),
    ),
    conditions: z.array(z.object({ condition, ratings, insight, url })),
    ratings,
    insight,
  })
  .meta(id('Remedy'));

export const conditionListing = z
  .object({
    conditions: z.array(condition.extend({ reports: z.int(), remedies: z.int() })),
  })
  .meta(id('ConditionList'));

export const conditionDetail = z
  .object({
    condition,
    reports: z.int(),
    remedies: z.array(
      z.object({
        remedy: remedySummary,
        ratings,
        positive: share.nullable().describe('Share of rated reports with 4 or 5 stars'),
        evidence: z.enum(evidenceLevels).nullable(),
        insight,
        url,
      }),
    ),
  })
  .meta({
    ...id('ConditionDetail'),
    description: 'Remedies ranked by the lower end of their share of 4–5 star reports',
  });

const source = z
  .object({
    field: z.string(),
    from: z.enum(['author', 'text']),
    text: z.string().optional().describe('The words the value was read from'),
  })
  .meta(id('FactSource'));

export const report = z
  .object({
    id: z.int(),
    url,
    remedy: z.object({ slug: z.string(), name: z.string() }),
    condition: z.object({ slug: z.string(), name: z.string() }),
    author: z.object({
      name: z.string(),
      memberId: z.int().nullable(),
      place: z.string().nullable().describe('Town or region and country, as published'),
    }),
    postedAt: z.string(),
    updatedAt: z.string().nullable(),
    rating: z.int().min(1).max(5).nullable(),
    title: z.string().nullable(),
    body: z.string(),
    helpfulCount: z.int(),
    details: z
      .object({
        doseMin: z.number().nullable(),
        doseMax: z.number().nullable(),
        doseUnit: z.string().nullable(),
        doseFrequency: z.string().nullable(),
        form: z.string().nullable(),
        brand: z.string().nullable(),
        takenDays: z.int().nullable(),
        effectDays: z.int().nullable(),
        outcome: z.string().nullable(),
        forWhom: z.string().nullable(),
      })
      .describe('What the author entered besides the text'),
    facts: z
      .object({
        outcome: z.string().nullable(),
        doseBand: z.object({ band: z.string(), label: z.string() }).nullable(),
        dailyMg: z.object({ min: z.number(), max: z.number() }).nullable(),
        takenDays: z.number().nullable(),
        effectDays: z.number().nullable(),
        forWhom: z.string().nullable(),
        sideEffects: z.array(
          z.object({ term: z.string(), label: z.string(), severity: z.string().nullable() }),
        ),
        sources: z.array(source),
      })
      .nullable()
      .describe('What the public numbers took from this report (entered, or read from its text)'),
  })
  .meta(id('Report'));

export const reportPage = z
  .object({
    reports: z.array(report),
    next: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last'),
  })
  .meta(id('ReportPage'));

export const pairInsight = z
  .object({
    remedy: z.object({ slug: z.string(), name: z.string() }),
    condition: z.object({ slug: z.string(), name: z.string() }).nullable(),
    insight,
    url,
  })
  .meta(id('PairInsight'));

export const searchResults = z
  .object({
    query: z.string(),
    remedies: z.array(remedySummary),
    conditions: z.array(condition),
    reports: z.array(
      z.object({
        id: z.int(),
        url,
        remedy: z.object({ slug: z.string(), name: z.string() }),
        condition: z.object({ slug: z.string(), name: z.string() }),
        title: z.string().nullable(),
        snippet: z.string().describe('Plain text around the match'),
        rating: z.int().nullable(),
        postedAt: z.string(),
      }),
    ),
    total: z.int(),
    capped: z.boolean().describe('More reports match than are counted'),
    page: z.int(),
    pageCount: z.int(),
    suggestion: z.string().nullable(),
  })
  .meta(id('SearchResults'));

const slug = z.string().regex(/^[a-z0-9-]{1,100}$/, 'A slug is lower-case letters, digits and -');

export const slugParams = z.object({ slug });
export const pairParams = z.object({ slug, condition: slug });
export const idParams = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31),
});

export const reportQuery = z.object({
  remedy: slug.optional().describe('A remedy’s slug'),
  condition: slug.optional().describe('A condition’s slug'),
  rating: z.coerce.number().int().min(1).max(5).optional(),
  outcome: z
    .enum(Object.keys(outcomes) as [keyof typeof outcomes, ...(keyof typeof outcomes)[]])
    .optional()
    .describe('As counted: entered by the author, or read from the text'),
  dose: z
    .string()
    .regex(/^[a-z0-9_:. -]{1,60}$/, 'A dose band is written as `insight.doses[].band` gives it')
    .optional()
    .describe('A dose band, as `insight.doses[].band` names it'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const searchQuery = z.object({
  q: z.string().max(200),
  remedy: slug.optional(),
  condition: slug.optional(),
  outcome: z
    .enum(Object.keys(outcomes) as [keyof typeof outcomes, ...(keyof typeof outcomes)[]])
    .optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
});
