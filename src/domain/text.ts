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
