// A small element tree from saxes (the XML parser the WordPress import uses), for tests that check
// documents by their structure.
import { SaxesParser } from 'saxes';

export interface XmlElement {
  name: string;
  /** The namespace. */
  uri: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlElement = { name: '#document', uri: '', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes))
      attrs[k] = typeof v === 'string' ? v : v.value;
    const el: XmlElement = { name: tag.local, uri: tag.uri, attrs, children: [], text: '' };
    stack.at(-1)!.children.push(el);
    stack.push(el);
  });
  parser.on('text', (t) => (stack.at(-1)!.text += t));
  parser.on('cdata', (t) => (stack.at(-1)!.text += t));
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  return root.children[0]!;
}

export const childrenNamed = (el: XmlElement, name: string) =>
  el.children.filter((c) => c.name === name);
export const textOfChild = (el: XmlElement, name: string) =>
  childrenNamed(el, name)[0]?.text.trim() ?? null;
