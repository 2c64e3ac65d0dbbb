// A tiny server-side JSX runtime: every string is escaped unless it is already Html, so a view
// cannot print user text unescaped by accident. (Classic transform: tsconfig's jsxFactory is `h`.)
export class Html {
  // Elements keep their children as parts and are joined once, when the page is read: joining at
  // every level copied each fragment once per level of nesting (a third of a page's time). Parts
  // kept as bytes (fragments reused across requests) are copied into the page, never re-encoded.
  private flat: string | null;
  constructor(private readonly parts: string | readonly (string | Html | Buffer)[]) {
    this.flat = typeof parts === 'string' ? parts : null;
  }
  get value(): string {
    if (this.flat === null) {
      const out: (string | Buffer)[] = [];
      this.collect(out);
      this.flat = out.map((p) => (typeof p === 'string' ? p : p.toString())).join('');
    }
    return this.flat;
  }
  collect(out: (string | Buffer)[]): void {
    if (this.flat !== null) out.push(this.flat);
    else
      for (const p of this.parts as readonly (string | Html | Buffer)[]) {
        if (p instanceof Html) p.collect(out);
        else out.push(p);
      }
  }
  /** The markup as UTF-8: runs of text encoded once, parts already in bytes copied as they are. */
  bytes(): Buffer {
    const out: (string | Buffer)[] = [];
    this.collect(out);
    const chunks: Buffer[] = [];
    let text: string[] = [];
    for (const p of out) {
      if (typeof p === 'string') text.push(p);
      else {
        if (text.length > 0) chunks.push(Buffer.from(text.join('')));
        text = [];
        chunks.push(p);
      }
    }
    if (text.length > 0) chunks.push(Buffer.from(text.join('')));
    return Buffer.concat(chunks);
  }
  toString(): string {
    return this.value;
  }
}

/** Markup encoded once, to be reused in many pages (see Html.bytes). */
export const encoded = (html: Html): Html => new Html([Buffer.from(html.value)]);

/** Trusted markup already in UTF-8 bytes. Never pass user text. */
export const rawBytes = (bytes: Buffer): Html => new Html([bytes]);

export type Child = Html | string | number | boolean | null | undefined | readonly Child[];
type Props = Record<string, unknown> & { children?: Child };
type Component = (props: Props) => Html;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const NEEDS_ESCAPE = /[&<>"']/;

export function escapeHtml(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string) : text;
}

/** Marks trusted markup (already escaped or produced by this runtime). Never pass user text. */
export const raw = (html: string): Html => new Html(html);

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

function renderChild(child: Child, out: (string | Html)[]): void {
  if (child === null || child === undefined || child === false || child === true) return;
  if (child instanceof Html) out.push(child);
  else if (Array.isArray(child)) for (const c of child as readonly Child[]) renderChild(c, out);
  else out.push(escapeHtml(String(child)));
}

function renderAttributes(props: Props | null): string {
  if (!props) return '';
  let out = '';
  for (const key in props) {
    if (key === 'children') continue;
    const value = props[key];
    if (value === null || value === undefined || value === false) continue;
    const name = key === 'className' ? 'class' : key === 'htmlFor' ? 'for' : key;
    out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return out;
}

export function h(tag: string | Component, props: Props | null, ...children: Child[]): Html {
  if (typeof tag === 'function') {
    return tag({ ...props, children: children.length === 1 ? children[0] : children });
  }
  const open = `<${tag}${renderAttributes(props)}>`;
  if (VOID.has(tag)) return new Html(open);
  const out: (string | Html)[] = [open];
  renderChild(children, out);
  out.push(`</${tag}>`);
  return new Html(out);
}

export function Fragment(props: { children?: Child }): Html {
  const out: (string | Html)[] = [];
  renderChild(props.children, out);
  return new Html(out);
}

export function render(node: Child): string {
  const out: (string | Html)[] = [];
  renderChild(node, out);
  return new Html(out).value;
}

type AttributeValue = string | number | boolean | null | undefined;

// eslint-disable-next-line @typescript-eslint/no-namespace -- TypeScript finds JSX types only in a namespace
export declare namespace h.JSX {
  type Element = Html;
  interface ElementChildrenAttribute {
    children: unknown;
  }
  interface IntrinsicElements {
    [tag: string]: { [attribute: string]: AttributeValue | Child; children?: Child };
  }
}
