import { Html, escapeHtml } from '../jsx.js';

/** The text with each of the phrases marked, escaped like everything else. */
export function highlight(text: string, phrases: string[]): Html {
  const wanted = [...new Set(phrases.filter((p) => p.trim() !== ''))].sort(
    (a, b) => b.length - a.length,
  );
  if (wanted.length === 0) return new Html(escapeHtml(text));
  const re = new RegExp(
    wanted.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
    'gi',
  );
  let out = '';
  let last = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out += `${escapeHtml(text.slice(last, m.index))}<mark>${escapeHtml(m[0])}</mark>`;
    last = m.index + m[0].length;
    if (m[0] === '') re.lastIndex++;
  }
  return new Html(out + escapeHtml(text.slice(last)));
}
