import { describe, expect, it } from 'vitest';
import { Fragment, escapeHtml, h, raw, render } from '../../src/views/jsx.js';

describe('JSX runtime', () => {
  it('escapes text and attribute values by default', () => {
    const evil = '<script>alert("x")</script> & \'quotes\'';
    const html = render(
      <p title={evil} class="a">
        {evil}
      </p>,
    );
    expect(html).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;" class="a">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;</p>',
    );
  });

  it('leaves out false, null and undefined, and writes true as a bare attribute', () => {
    expect(render(<input disabled={true} hidden={false} value={undefined} name={null} />)).toBe(
      '<input disabled>',
    );
    expect(
      render(
        <p>
          {null}
          {false}
          {undefined}
          {0}
        </p>,
      ),
    ).toBe('<p>0</p>');
  });

  it('renders components, fragments, arrays and trusted markup', () => {
    const Item = (props: { label: string }) => <li>{props.label}</li>;
    expect(
      render(
        <ul>
          {['a', 'b'].map((l) => (
            <Item label={l} />
          ))}
          <>{raw('<li>c</li>')}</>
        </ul>,
      ),
    ).toBe('<ul><li>a</li><li>b</li><li>c</li></ul>');
  });

  it('escapes only when needed', () => {
    expect(escapeHtml('plain text')).toBe('plain text');
    expect(escapeHtml('a<b')).toBe('a&lt;b');
  });
});
