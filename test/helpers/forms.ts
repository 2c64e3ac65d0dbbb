// Reads a form's fields out of a page as a browser would submit them (tests only; regex-based
// because the markup comes from our own views).
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

export function formFields(html: string, action: string): Record<string, string[]> {
  const start = html.indexOf(`action="${action}"`);
  if (start < 0) throw new Error(`no form with action ${action}`);
  const end = html.indexOf('</form>', start);
  const form = html.slice(start, end);
  const fields: Record<string, string[]> = {};
  const add = (name: string, value: string) => (fields[name] ??= []).push(value);
  for (const m of form.matchAll(/<input([^>]*)>/g)) {
    const attrs = m[1] ?? '';
    const name = /name="([^"]*)"/.exec(attrs)?.[1];
    const type = /type="([^"]*)"/.exec(attrs)?.[1] ?? 'text';
    if (!name || type === 'submit') continue;
    if ((type === 'checkbox' || type === 'radio') && !/\schecked\b/.test(attrs)) continue;
    add(name, unescape(/value="([^"]*)"/.exec(attrs)?.[1] ?? (type === 'checkbox' ? 'on' : '')));
  }
  for (const m of form.matchAll(/<textarea([^>]*)>([\s\S]*?)<\/textarea>/g)) {
    const name = /name="([^"]*)"/.exec(m[1] ?? '')?.[1];
    if (name) add(name, unescape(m[2] ?? ''));
  }
  for (const m of form.matchAll(/<select([^>]*)>([\s\S]*?)<\/select>/g)) {
    const name = /name="([^"]*)"/.exec(m[1] ?? '')?.[1];
    if (!name) continue;
    const selected =
      /<option value="([^"]*)" selected>/.exec(m[2] ?? '') ??
      /<option value="([^"]*)"/.exec(m[2] ?? '');
    add(name, unescape(selected?.[1] ?? ''));
  }
  return fields;
}

/** Flattens single values for Agent.post (which repeats array values). */
export const asForm = (fields: Record<string, string[]>): Record<string, string | string[]> =>
  Object.fromEntries(
    Object.entries(fields)
      .filter(([k]) => k !== '_csrf')
      .map(([k, v]) => [k, v.length === 1 ? (v[0] as string) : v]),
  );
