// Every public URL is built here, so routes and links cannot drift apart.
export type Query = Record<string, string | number | null | undefined>;

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '' && !(key === 'page' && value === 1)) {
      params.set(key, String(value));
    }
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

const seg = encodeURIComponent;
export const urls = {
  home: () => '/',
  remedies: () => '/remedies',
  remedy: (slug: string, query?: Query) => withQuery(`/remedies/${seg(slug)}`, query),
  remedyCondition: (slug: string, condition: string, query?: Query) =>
    withQuery(`/remedies/${seg(slug)}/${seg(condition)}`, query),
  conditions: () => '/conditions',
  condition: (slug: string) => `/conditions/${seg(slug)}`,
  report: (id: number) => `/reports/${id}`,
  user: (id: number, query?: Query) => withQuery(`/users/${id}`, query),
  latest: (query?: Query) => withQuery('/latest', query),
  reportsFeed: () => '/feeds/reports.atom',
  revisionsFeed: () => '/feeds/revisions.atom',
  /** A remedy's feed, or a remedy × condition's. */
  remedyFeed: (slug: string, condition?: string) =>
    condition === undefined
      ? `/remedies/${seg(slug)}/feed.atom`
      : `/remedies/${seg(slug)}/${seg(condition)}/feed.atom`,
  conditionFeed: (slug: string) => `/conditions/${seg(slug)}/feed.atom`,
};
