import { Html, escapeHtml } from './jsx.js';

// A safe subset of Markdown for reader posts: paragraphs, line breaks, bullet and numbered lists,
// **bold**, *italic*, and links (http and https only, marked nofollow ugc). Everything is escaped
// first, so raw HTML in a post is shown as text, never interpreted.
const LINK =
  /\[([^\]\n]{1,200})\]\((https?:\/\/[^\s)]{1,500})\)|(https?:\/\/[^\s<]{1,500}[^\s<.,;:!?)\]'"])/g;

function inline(escaped: string): string {
  return escaped
    .replace(
      LINK,
      (_m, text: string | undefined, href: string | undefined, bare: string | undefined) => {
        const url = href ?? bare ?? '';
        return `<a href="${url}" rel="nofollow ugc noopener">${text ?? url}</a>`;
      },
    )
    .replace(/\*\*([^*\n]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[\s(])\*([^*\n]+)\*(?=[\s).,;:!?]|$)/g, '$1<em>$2</em>')
    .replace(/(^|[\s(])_([^_\n]+)_(?=[\s).,;:!?]|$)/g, '$1<em>$2</em>');
}

export function markdown(text: string): Html {
  const blocks = escapeHtml(text.replace(/\r\n?/g, '\n'))
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter((b) => b !== '');
  const out = blocks.map((block) => {
    const lines = block.split('\n');
    if (lines.every((l) => /^\s*[-*•]\s+/.test(l))) {
      return `<ul>${lines.map((l) => `<li>${inline(l.replace(/^\s*[-*•]\s+/, ''))}</li>`).join('')}</ul>`;
    }
    if (lines.every((l) => /^\s*\d+[.)]\s+/.test(l))) {
      return `<ol>${lines.map((l) => `<li>${inline(l.replace(/^\s*\d+[.)]\s+/, ''))}</li>`).join('')}</ol>`;
    }
    return `<p>${lines.map(inline).join('<br>')}</p>`;
  });
  return new Html(out.join(''));
}
