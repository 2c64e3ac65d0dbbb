// Reading WordPress exports (WXR) with a streaming XML parser, on a small hand-written export.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WxrError, WxrReader, htmlToText, wxrDate } from '../../src/domain/transfer/index.js';

const FIXTURE = 'test/fixtures/wordpress/small.xml';
const read = (xml: string, chunk = 0) => {
  const r = new WxrReader();
  const items = [];
  if (chunk > 0)
    for (let i = 0; i < xml.length; i += chunk) items.push(...r.write(xml.slice(i, i + chunk)));
  else items.push(...r.write(xml));
  return [...items, ...r.close()];
};

describe('the WXR reader', () => {
  it('reads items and comments with CDATA, entities, empty fields and line numbers', () => {
    const items = read(readFileSync(FIXTURE, 'utf8'));
    expect(items.map((i) => [i.type, i.status, i.title])).toEqual([
      ['post', 'publish', 'Fennel Seed & Tea'],
      ['attachment', 'inherit', 'fennel-photo'],
      ['page', 'trash', 'About this site'],
    ]);
    const post = items[0]!;
    expect(post).toMatchObject({
      line: 13,
      slug: 'fennel-seed-tea',
      date: '2015-03-02T09:00:00.000Z',
      categories: ['Bloating'],
      tags: ['fennel'],
    });
    expect(post.comments.map((c) => [c.id, c.parent, c.approved, c.type])).toContainEqual([
      107,
      999,
      '1',
      'comment',
    ]);
    const anonymous = post.comments.find((c) => c.id === 102)!;
    expect(anonymous).toMatchObject({ author: '', email: null, line: 40 });
    expect(post.comments[0]?.meta.get('rating')).toBe('5');
  });

  it('reads the same whatever the chunks the file arrives in', () => {
    const xml = readFileSync(FIXTURE, 'utf8');
    expect(JSON.stringify(read(xml, 7))).toBe(JSON.stringify(read(xml)));
  });

  it('stops at bad XML with its line, and refuses a file that is not an export', () => {
    const bad = '<rss>\n<channel>\n<item><title>A</title>\n</channel></rss>';
    expect(() => read(bad)).toThrow(WxrError);
    try {
      read(bad);
    } catch (error) {
      expect((error as WxrError).line).toBe(4);
    }
    expect(() => read('<feed></feed>')).toThrow(/not a WordPress export/);
  });

  it('turns WordPress HTML into paragraphs, lists and bold, and reads its dates', () => {
    expect(
      htmlToText(
        '<p>One &amp; two</p><ul><li>a</li><li>b</li></ul><p><strong>Yes</strong>&#8230;</p>',
      ),
    ).toBe('One & two\n\n- a\n- b\n\n**Yes**…');
    expect(wxrDate('0000-00-00 00:00:00')).toBeNull();
    expect(wxrDate('2016-01-10 08:00:00')).toBe('2016-01-10T08:00:00.000Z');
  });
});
