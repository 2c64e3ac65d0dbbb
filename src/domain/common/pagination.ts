export const REPORTS_PER_PAGE = 25;
/** Beyond this a page number is refused rather than scanned for. */
export const MAX_PAGE = 100_000;

export interface PageInfo {
  page: number;
  perPage: number;
  total: number;
  pageCount: number;
}

export function pageInfo(page: number, total: number, perPage = REPORTS_PER_PAGE): PageInfo {
  return { page, perPage, total, pageCount: Math.max(1, Math.ceil(total / perPage)) };
}

export interface Segment<K> {
  key: K;
  offset: number;
  limit: number;
}

/**
 * Reports of a remedy are shown grouped (by condition), group after group. Knowing each group's
 * size, a page is planned as a few per-group slices, each an index range scan, instead of one
 * query that sorts every report of the remedy.
 */
export function planPage<K>(
  groups: readonly { key: K; count: number }[],
  page: number,
  perPage = REPORTS_PER_PAGE,
): Segment<K>[] {
  let skip = (page - 1) * perPage;
  let want = perPage;
  const segments: Segment<K>[] = [];
  for (const group of groups) {
    if (want === 0) break;
    if (skip >= group.count) {
      skip -= group.count;
      continue;
    }
    const limit = Math.min(want, group.count - skip);
    segments.push({ key: group.key, offset: skip, limit });
    want -= limit;
    skip = 0;
  }
  return segments;
}

/** The page on which a group starts, for a table of contents that links into the pages. */
export function startPages<K>(
  groups: readonly { key: K; count: number }[],
  perPage = REPORTS_PER_PAGE,
): Map<K, number> {
  const pages = new Map<K, number>();
  let before = 0;
  for (const group of groups) {
    pages.set(group.key, Math.floor(before / perPage) + 1);
    before += group.count;
  }
  return pages;
}
