import type { PageInfo } from '../../domain/common/index.js';
import { Fragment, type Html, h } from '../jsx.js';

/** Numbered pages around the current one, with first, last, previous and next; plain links. */
export function Pagination(props: {
  info: PageInfo;
  href: (page: number) => string;
  label?: string;
}): Html {
  const { page, pageCount } = props.info;
  if (pageCount <= 1) return <></>;
  const shown = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2]);
  const numbers = [...shown].filter((n) => n >= 1 && n <= pageCount).sort((a, b) => a - b);
  const items: Html[] = [];
  let previous = 0;
  for (const n of numbers) {
    if (n - previous > 1) items.push(<li class="gap">…</li>);
    items.push(
      <li>
        {n === page ? (
          <span aria-current="page">{n}</span>
        ) : (
          <a href={props.href(n)} aria-label={`Page ${n}`}>
            {n}
          </a>
        )}
      </li>,
    );
    previous = n;
  }
  return (
    <nav class="pagination" aria-label={props.label ?? 'Pages'}>
      <ul>
        {page > 1 ? (
          <li>
            <a href={props.href(page - 1)} rel="prev">
              ← Previous
            </a>
          </li>
        ) : null}
        {items}
        {page < pageCount ? (
          <li>
            <a href={props.href(page + 1)} rel="next">
              Next →
            </a>
          </li>
        ) : null}
      </ul>
      <p class="page-of">
        Page {page} of {pageCount}
      </p>
    </nav>
  );
}
