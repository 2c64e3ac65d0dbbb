import type { SearchResults } from '../../domain/search/index.js';
import { outcomes } from '../../model/vocabulary.js';
import { ReportsNotice } from '../components/notice.js';
import { Pagination } from '../components/pagination.js';
import { Stars } from '../components/stars.js';
import type { PageContext } from '../context.js';
import { formatDate, formatCount } from '../format.js';
import { Fragment, Html, escapeHtml, h } from '../jsx.js';
import { Layout, page } from '../layout.js';
import { urls, withQuery } from '../urls.js';
import { maskContacts } from '../../model/privacy.js';

// As in src/search/query.ts: control characters no stored text holds.
const MARK_START = '\u0002';
const MARK_END = '\u0003';

/** A snippet from the engine with its match marks turned into <mark>, everything else escaped. */
export function snippetHtml(snippet: string): Html {
  // Contact details are masked; a snippet that held one loses its marks with it.
  const bare = snippet.split(MARK_START).join('').split(MARK_END).join('');
  const masked = maskContacts(bare);
  if (masked !== bare) return new Html(escapeHtml(masked));
  return new Html(
    escapeHtml(snippet).split(MARK_START).join('<mark>').split(MARK_END).join('</mark>'),
  );
}

export interface SearchView {
  q: string;
  filters: {
    remedy: string | null;
    condition: string | null;
    rating: number | null;
    outcome: string | null;
  };
  results: SearchResults;
}

export function searchPage(v: SearchView, ctx: PageContext): string {
  const r = v.results;
  const link = (q: string) => withQuery('/search', { q });
  return page(
    <Layout title={v.q ? `Search: ${v.q}` : 'Search'} ctx={ctx} noindex>
      <h1>Search</h1>
      <SearchForm v={v} />
      {r.suggestion ? (
        <p class="suggestion">
          Did you mean <a href={link(r.suggestion)}>{r.suggestion}</a>?
        </p>
      ) : null}
      {r.remedies.length > 0 ? (
        <section aria-labelledby="search-remedies">
          <h2 id="search-remedies">Remedies</h2>
          <ul>
            {r.remedies.map((m) => (
              <li>
                <a href={urls.remedy(m.slug)}>{m.name}</a> <span class="muted">{m.summary}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {r.conditions.length > 0 ? (
        <section aria-labelledby="search-conditions">
          <h2 id="search-conditions">Conditions</h2>
          <ul>
            {r.conditions.map((c) => (
              <li>
                <a href={urls.condition(c.slug)}>{c.name}</a>{' '}
                <span class="muted">{c.category}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {v.q ? <ReportResults v={v} /> : null}
    </Layout>,
  );
}

/** One filter: "Any", then its values, the current one selected. */
function FilterSelect(props: {
  label: string;
  name: string;
  options: [string, string][];
  current: string | null;
}) {
  return (
    <label>
      {props.label}{' '}
      <select name={props.name}>
        <option value="">Any</option>
        {props.options.map(([value, text]) => (
          <option value={value} selected={props.current === value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The query and its filters, as a plain GET form. */
function SearchForm({ v }: { v: SearchView }) {
  const r = v.results;
  return (
    <form method="get" action="/search" class="search-form" role="search">
      <label for="search-q">Search remedies, conditions and reports</label>
      <div class="row">
        <input
          id="search-q"
          type="search"
          name="q"
          value={v.q}
          placeholder="For example: ginger, bloating, “slept better”"
        />
        <button type="submit" class="primary">
          Search
        </button>
      </div>
      <p class="hint">Use "quotes" for a phrase and -word to leave a word out.</p>
      <div class="row">
        <FilterSelect
          label="Remedy"
          name="remedy"
          options={r.facets.remedies.map((m) => [m.slug, m.name])}
          current={v.filters.remedy}
        />
        <FilterSelect
          label="Condition"
          name="condition"
          options={r.facets.conditions.map((c) => [c.slug, c.name])}
          current={v.filters.condition}
        />
        <FilterSelect
          label="Rating"
          name="rating"
          options={[5, 4, 3, 2, 1].map((n) => [String(n), `${n} stars`])}
          current={v.filters.rating === null ? null : String(v.filters.rating)}
        />
        <FilterSelect
          label="Outcome"
          name="outcome"
          options={Object.entries(outcomes)}
          current={v.filters.outcome}
        />
      </div>
    </form>
  );
}

/** The reports that match, most relevant first, in pages. */
function ReportResults({ v }: { v: SearchView }) {
  const r = v.results;
  const href = (n: number) => withQuery('/search', { q: v.q, ...v.filters, page: n });
  return (
    <section aria-labelledby="search-reports">
      <h2 id="search-reports">
        Reports ({formatCount(r.page.total)}
        {r.capped ? '+' : ''})
      </h2>
      {r.capped ? (
        <p class="muted">
          Many reports match: these are the most relevant of the newest {formatCount(r.candidates)}.
          Add a word, a "phrase" or a filter to narrow them down.
        </p>
      ) : null}
      {r.reports.length === 0 ? (
        <p class="empty">
          No report matches
          {v.filters.remedy || v.filters.condition || v.filters.rating || v.filters.outcome
            ? ' with these filters'
            : ''}
          .
        </p>
      ) : (
        <>
          <ReportsNotice />
          <ol class="search-results">
            {r.reports.map(({ report, snippet, title }) => (
              <li>
                <a href={urls.report(report.id)}>
                  {title !== null
                    ? snippetHtml(title)
                    : (report.title ?? `${report.remedy.name} for ${report.condition.name}`)}
                </a>
                <p class="muted">
                  {report.remedy.name} · {report.condition.name} · <Stars rating={report.rating} />{' '}
                  · {report.author.displayName} · {formatDate(report.postedAt)}
                </p>
                <p class="snippet">{snippetHtml(snippet)}</p>
              </li>
            ))}
          </ol>
        </>
      )}
      <Pagination info={r.page} href={href} label="Search result pages" />
    </section>
  );
}
