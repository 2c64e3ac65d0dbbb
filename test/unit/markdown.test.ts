import { describe, expect, it } from 'vitest';
import { markdown } from '../../src/views/markdown.js';

const md = (text: string) => markdown(text).value;

describe('markdown subset', () => {
  it('makes paragraphs and line breaks', () => {
    expect(md('One\ntwo\n\nThree')).toBe('<p>One<br>two</p><p>Three</p>');
  });
  it('makes lists, bold and italic', () => {
    expect(md('- a\n- **b**')).toBe('<ul><li>a</li><li><strong>b</strong></li></ul>');
    expect(md('1. first\n2. *second*')).toBe('<ol><li>first</li><li><em>second</em></li></ol>');
  });
  it('never lets HTML through', () => {
    expect(md('<script>alert(1)</script> <b onclick="x">hi</b>')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;b onclick=&quot;x&quot;&gt;hi&lt;/b&gt;</p>',
    );
  });
  it('links http(s) only, as nofollow user content', () => {
    expect(md('see https://example.org/a.')).toBe(
      '<p>see <a href="https://example.org/a" rel="nofollow ugc noopener">https://example.org/a</a>.</p>',
    );
    expect(md('[site](https://example.org)')).toBe(
      '<p><a href="https://example.org" rel="nofollow ugc noopener">site</a></p>',
    );
    expect(md('[x](javascript:alert(1))')).toBe('<p>[x](javascript:alert(1))</p>');
    expect(md('[x](https://e.org/" onmouseover="y)')).not.toContain('" onmouseover');
  });
  it('leaves multiplication signs and snake_case alone', () => {
    expect(md('2*3*4 and file_name_here')).toBe('<p>2*3*4 and file_name_here</p>');
  });
});
