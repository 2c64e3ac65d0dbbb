import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/model/errors.js';
import { parseId, parseListQuery, parseSlug } from '../../src/http/params.js';

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof DomainError ? error.code : 'other';
  }
  return 'none';
};

describe('query and path parsing', () => {
  it('defaults page to 1 and rating to none', () => {
    expect(parseListQuery({})).toEqual({
      page: 1,
      rating: null,
      condition: undefined,
      sort: 'newest',
      outcome: undefined,
      dose: undefined,
    });
    expect(parseListQuery({ page: '3', rating: '5', utm_source: 'x' })).toMatchObject({
      page: 3,
      rating: 5,
    });
  });

  it.each([
    { page: '-1' },
    { page: 'abc' },
    { page: '0' },
    { page: '1.5' },
    { rating: '9' },
    { rating: '0' },
    { page: '999999999' },
  ])('refuses %o as an invalid query', (query) => {
    expect(code(() => parseListQuery(query))).toBe('INVALID_QUERY');
  });

  it('takes the first of repeated values', () => {
    expect(parseListQuery({ page: ['2', '3'] }).page).toBe(2);
  });

  it('treats malformed slugs and ids as not found', () => {
    expect(parseSlug('l-glutamine', 'REMEDY_NOT_FOUND')).toBe('l-glutamine');
    expect(code(() => parseSlug('../etc', 'REMEDY_NOT_FOUND'))).toBe('REMEDY_NOT_FOUND');
    expect(code(() => parseSlug('UPPER', 'CONDITION_NOT_FOUND'))).toBe('CONDITION_NOT_FOUND');
    expect(parseId('42', 'REPORT_NOT_FOUND')).toBe(42);
    for (const bad of ['0', '-3', 'abc', '1e3', '99999999999']) {
      expect(code(() => parseId(bad, 'USER_NOT_FOUND'))).toBe('USER_NOT_FOUND');
    }
  });
});
