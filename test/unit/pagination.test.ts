import { describe, expect, it } from 'vitest';
import { pageInfo, planPage, startPages } from '../../src/domain/common/index.js';

const groups = [
  { key: 'a', count: 30 },
  { key: 'b', count: 10 },
  { key: 'c', count: 0 },
  { key: 'd', count: 12 },
];

describe('planPage', () => {
  it('fills the first page from the first group', () => {
    expect(planPage(groups, 1, 25)).toEqual([{ key: 'a', offset: 0, limit: 25 }]);
  });

  it('continues a group across a page boundary and spans into the next', () => {
    expect(planPage(groups, 2, 25)).toEqual([
      { key: 'a', offset: 25, limit: 5 },
      { key: 'b', offset: 0, limit: 10 },
      { key: 'd', offset: 0, limit: 10 },
    ]);
  });

  it('skips empty groups and ends with the last partial page', () => {
    expect(planPage(groups, 3, 25)).toEqual([{ key: 'd', offset: 10, limit: 2 }]);
  });

  it('plans nothing past the end', () => {
    expect(planPage(groups, 4, 25)).toEqual([]);
  });

  it('covers every report exactly once over all pages', () => {
    const seen: string[] = [];
    for (let page = 1; page <= 3; page++) {
      for (const s of planPage(groups, page, 25)) {
        for (let i = 0; i < s.limit; i++) seen.push(`${s.key}${s.offset + i}`);
      }
    }
    expect(seen).toHaveLength(52);
    expect(new Set(seen).size).toBe(52);
  });
});

describe('startPages', () => {
  it('gives the page each group begins on', () => {
    expect([...startPages(groups, 25)]).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 2],
    ]);
  });
});

describe('pageInfo', () => {
  it('always has at least one page, so an empty list renders', () => {
    expect(pageInfo(1, 0)).toMatchObject({ pageCount: 1, total: 0 });
    expect(pageInfo(2, 51, 25).pageCount).toBe(3);
  });
});
