import { Fragment, type Html, h } from '../jsx.js';

/** Plain text as paragraphs: blank lines separate paragraphs, single newlines become line breaks. */
export function Paragraphs(props: { text: string }): Html {
  const paragraphs = props.text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return (
    <>
      {paragraphs.map((paragraph) => {
        const lines = paragraph.split('\n');
        return <p>{lines.map((line, i) => (i === 0 ? line : [<br />, line]))}</p>;
      })}
    </>
  );
}

/** A labelled list item ("Label: text"), the shape most article sections use. */
export function PointItem(props: { label: string; text: string }): Html {
  return <li>{props.label ? [<strong>{props.label}:</strong>, ' ', props.text] : props.text}</li>;
}
