// Reads a WordPress export (WXR, an RSS file with wp: elements) as a stream with saxes: each
// <item> (post, page or anything else) with its categories, tags and comments is handed on as soon
// as it closes, so an export of any size is read in the memory one item needs. Bad XML stops the
// reading with its line number.
import { SaxesParser } from 'saxes';

export interface WxrComment {
  line: number;
  id: number;
  author: string;
  email: string | null;
  date: string | null;
  content: string;
  /** "1" approved, "0" waiting, "spam", "trash". */
  approved: string;
  /** "", "comment", "review", "pingback", "trackback"… */
  type: string;
  parent: number;
  meta: Map<string, string>;
}

export interface WxrItem {
  line: number;
  title: string;
  slug: string;
  type: string;
  status: string;
  date: string | null;
  modified: string | null;
  content: string;
  categories: string[];
  tags: string[];
  comments: WxrComment[];
}

/** XML that cannot be read, with the line it stopped at. */
export class WxrError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

/** "2020-01-31 09:15:00" in UTC (the *_gmt fields) to ISO; null when empty or zero. */
export function wxrDate(value: string): string | null {
  const m = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)$/.exec(value.trim());
  if (!m || m[1] === '0000') return null;
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

const emptyComment = (line: number): WxrComment => ({
  line,
  id: 0,
  author: '',
  email: null,
  date: null,
  content: '',
  approved: '',
  type: '',
  parent: 0,
  meta: new Map(),
});

const emptyItem = (line: number): WxrItem => ({
  line,
  title: '',
  slug: '',
  type: '',
  status: '',
  date: null,
  modified: null,
  content: '',
  categories: [],
  tags: [],
  comments: [],
});

/** Where each element's text goes, by the element that holds it. */
function setItemField(item: WxrItem, name: string, text: string, domain: string | undefined) {
  if (name === 'title') item.title = text.trim();
  else if (name === 'wp:post_name') item.slug = text.trim();
  else if (name === 'wp:post_type') item.type = text.trim();
  else if (name === 'wp:status') item.status = text.trim();
  else if (name === 'wp:post_date_gmt') item.date = wxrDate(text);
  else if (name === 'wp:post_modified_gmt') item.modified = wxrDate(text);
  else if (name === 'content:encoded') item.content = text;
  else if (name === 'category' && domain === 'category') item.categories.push(text.trim());
  else if (name === 'category' && domain === 'post_tag') item.tags.push(text.trim());
}

function setCommentField(c: WxrComment, name: string, text: string) {
  const t = text.trim();
  if (name === 'wp:comment_id') c.id = Number(t);
  else if (name === 'wp:comment_author') c.author = t;
  else if (name === 'wp:comment_author_email') c.email = t || null;
  else if (name === 'wp:comment_date_gmt') c.date = wxrDate(t);
  else if (name === 'wp:comment_content') c.content = text;
  else if (name === 'wp:comment_approved') c.approved = t;
  else if (name === 'wp:comment_type') c.type = t;
  else if (name === 'wp:comment_parent') c.parent = Number(t) || 0;
}

/**
 * A WXR reader: `write` chunks of the file and take the items finished so far; `close` at the end.
 * Throws WxrError on XML that is not well formed.
 */
export class WxrReader {
  private readonly parser = new SaxesParser({ position: true });
  private readonly done: WxrItem[] = [];
  private item: WxrItem | null = null;
  private comment: WxrComment | null = null;
  private meta: { key: string; value: string } | null = null;
  private text = '';
  private domain: string | undefined;
  private sawRss = false;

  constructor() {
    const p = this.parser;
    p.on('error', (e) => {
      throw new WxrError(p.line, e.message.replace(/^\S+:\d+:\d+: /, ''));
    });
    p.on('opentag', (tag) => {
      this.text = '';
      if (tag.name === 'rss') this.sawRss = true;
      else if (tag.name === 'item') this.item = emptyItem(p.line);
      else if (tag.name === 'wp:comment' && this.item) this.comment = emptyComment(p.line);
      else if (tag.name === 'wp:commentmeta' && this.comment) this.meta = { key: '', value: '' };
      if (tag.name === 'category') this.domain = String(tag.attributes.domain ?? '');
    });
    p.on('text', (t) => {
      this.text += t;
    });
    p.on('cdata', (t) => {
      this.text += t;
    });
    p.on('closetag', (tag) => this.closed(tag.name));
  }

  private closed(name: string): void {
    const text = this.text;
    this.text = '';
    if (this.meta) {
      if (name === 'wp:meta_key') this.meta.key = text.trim();
      else if (name === 'wp:meta_value') this.meta.value = text.trim();
      else if (name === 'wp:commentmeta') {
        this.comment?.meta.set(this.meta.key, this.meta.value);
        this.meta = null;
      }
    } else if (this.comment) {
      if (name === 'wp:comment') {
        this.item?.comments.push(this.comment);
        this.comment = null;
      } else setCommentField(this.comment, name, text);
    } else if (this.item) {
      if (name === 'item') {
        this.done.push(this.item);
        this.item = null;
      } else setItemField(this.item, name, text, this.domain);
    }
  }

  /** Reads a chunk; returns the items it finished. */
  write(chunk: string): WxrItem[] {
    this.parser.write(chunk);
    return this.done.splice(0);
  }

  /** Ends the file; returns the last items. */
  close(): WxrItem[] {
    this.parser.close();
    if (!this.sawRss) throw new WxrError(1, 'not a WordPress export (no <rss> element)');
    return this.done.splice(0);
  }
}
