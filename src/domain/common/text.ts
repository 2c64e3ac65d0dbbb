// Small text rules shared by several use cases.

/** A URL segment from a name: "Sore Gums (Flossing)" → "sore-gums-flossing". */
export const slugify = (name: string): string =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);

/** Links in a post (guests may include only a few). */
export const countLinks = (text: string): number =>
  (text.match(/https?:\/\/|www\./gi) ?? []).length;

// C0 and C1 control characters except tab, line feed and carriage return; the bidirectional
// embeddings, overrides and isolates (they can make a name or a link read backwards); lone UTF-16
// surrogates (PostgreSQL and UTF-8 files cannot hold them). Marks such as U+200E stay: they are
// what right-to-left writers use.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const unwanted = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as it may be stored: invisible controls removed, broken characters replaced by �. */
export const plainText = (text: string): string =>
  text.replace(unwanted, '').replace(loneSurrogate, '\ufffd');

/**
 * Every string inside a parsed form, query or import line, through plainText. Objects and arrays
 * are rebuilt (own keys only), so nothing of a prototype is read.
 */
export function cleanInput(value: unknown): unknown {
  if (typeof value === 'string') return plainText(value);
  if (Array.isArray(value)) return value.map(cleanInput);
  if (value !== null && typeof value === 'object') {
    const clean: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (key === '__proto__') continue;
      clean[plainText(key)] = cleanInput((value as Record<string, unknown>)[key]);
    }
    return clean;
  }
  return value;
}

/** A form value as text; anything else (a JSON object, a number) counts as absent. */
export const asText = (value: unknown): string => (typeof value === 'string' ? value : '');

/** An absolute http(s) link with a host: the only kind a page may render as a link. */
export function isWebLink(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** A literal string as a regular-expression pattern. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
