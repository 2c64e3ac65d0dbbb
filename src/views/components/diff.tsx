// Sections that changed, as an editor reads them: added, removed and changed lines, and inside a
// changed line the words removed and added.
import type { DiffSection } from '../../domain/editorial/index.js';
import { Fragment, type Html, h } from '../jsx.js';

export function DiffSections(props: { sections: DiffSection[]; level?: 'h2' | 'h3' }): Html {
  const Heading = props.level ?? 'h2';
  return (
    <>
      {props.sections.map((s) => (
        <section class="diff" aria-labelledby={`diff-${s.key}`}>
          {h(Heading, { id: `diff-${s.key}` }, s.name)}
          <div class="diff-lines">
            {s.lines.map((l) =>
              l.op === 'add' ? (
                <p class="diff-add">
                  <span class="visually-hidden">Added: </span>
                  <ins>{l.text}</ins>
                </p>
              ) : l.op === 'del' ? (
                <p class="diff-del">
                  <span class="visually-hidden">Removed: </span>
                  <del>{l.text}</del>
                </p>
              ) : l.op === 'change' ? (
                <p class="diff-change">
                  <span class="visually-hidden">Changed: </span>
                  {l.pieces.map((p) =>
                    p.op === 'add' ? (
                      <ins>{p.text}</ins>
                    ) : p.op === 'del' ? (
                      <del>{p.text}</del>
                    ) : (
                      p.text
                    ),
                  )}
                </p>
              ) : (
                <p class="diff-same">{l.text}</p>
              ),
            )}
          </div>
        </section>
      ))}
    </>
  );
}
