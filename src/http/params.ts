import { z } from 'zod';
import { DomainError, type ErrorCode } from '../model/errors.js';
import { MAX_PAGE } from '../domain/common/index.js';
import { type Outcome, outcomes, reportSorts } from '../model/vocabulary.js';

// Every path and query value is parsed here. A malformed slug or id cannot name anything, so it is
// a 404; a malformed query value (page=abc, rating=9) is a 400 that says which value is wrong.
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(120);
const id = z.coerce.number().int().positive().max(2_147_483_647);

export function parseSlug(
  value: string,
  notFound: 'REMEDY_NOT_FOUND' | 'CONDITION_NOT_FOUND',
): string {
  const parsed = slug.safeParse(value);
  if (!parsed.success) throw new DomainError(notFound);
  return parsed.data;
}

export function parseId(
  value: string,
  notFound: Extract<ErrorCode, `${string}_NOT_FOUND`>,
): number {
  const parsed = id.safeParse(value);
  if (!/^\d+$/.test(value) || !parsed.success) throw new DomainError(notFound);
  return parsed.data;
}

const pageParam = z
  .string()
  .regex(/^\d+$/, 'The page number must be a whole number of 1 or more, such as ?page=2')
  .transform(Number)
  .pipe(
    z
      .number()
      .int()
      .min(1, 'The page number must be a whole number of 1 or more, such as ?page=2')
      .max(MAX_PAGE, `The page number must be at most ${MAX_PAGE}`),
  );
const ratingParam = z
  .string()
  .regex(/^[1-5]$/, 'The star rating must be a number from 1 to 5, such as ?rating=4')
  .transform(Number);

const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);
// A GET form's "any" choice arrives as an empty value.
const blank = (value: unknown) => {
  const v = single(value);
  return v === '' ? undefined : v;
};

export const listQuery = z.object({
  page: z.preprocess(single, pageParam.optional()).transform((v) => v ?? 1),
  rating: z.preprocess(single, ratingParam.optional()).transform((v) => v ?? null),
  condition: z.preprocess(single, z.string().max(120).optional()),
  sort: z.preprocess(
    blank,
    z
      .enum(reportSorts, {
        message: `Sort by one of ${reportSorts.join(', ')}, such as ?sort=helpful`,
      })
      .default('newest'),
  ),
  outcome: z.preprocess(
    blank,
    z
      .enum(Object.keys(outcomes) as [Outcome, ...Outcome[]], {
        message: `The outcome must be one of ${Object.keys(outcomes).join(', ')}`,
      })
      .optional(),
  ),
  dose: z.preprocess(
    blank,
    z
      .string()
      .regex(/^(?:day:\d{1,6}|amount:[a-z]{1,10}:\d{1,6}(?:\.\d{1,3})?)$/, {
        message: 'The dose band is not one this site offers; choose one from the list',
      })
      .optional(),
  ),
});

export type ListQuery = z.infer<typeof listQuery>;

/** The query values list pages read; no other value changes a page (the page cache keys on them). */
export const listQueryNames = Object.keys(listQuery.shape).sort();

/** Parses a query string's list values; unknown keys are ignored, as browsers and crawlers add them. */
export function parseListQuery(query: unknown): ListQuery {
  const parsed = listQuery.safeParse(query ?? {});
  if (!parsed.success) {
    throw new DomainError(
      'INVALID_QUERY',
      parsed.error.issues.map((i) => i.message).join('; ') + '.',
    );
  }
  return parsed.data;
}
