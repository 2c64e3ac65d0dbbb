import type { ConditionGroup, RemedyReports, CardRef } from '../../domain/reading/index.js';
import { outcomeOrder, outcomes, reportSorts } from '../../model/vocabulary.js';
import { ArticleBody, Disclaimer, WhenToStop } from '../components/article.js';
import { RatingHistogram } from '../components/histogram.js';
import { InsightPanel, ResearchBesideReports, Statements } from '../components/insight.js';
import { ReportsNotice } from '../components/notice.js';
import { RemedyHeader } from '../components/remedy-header.js';
import { Pagination } from '../components/pagination.js';
import { formatAverage, plural, formatCount } from '../format.js';
import { Fragment, type Html, h } from '../jsx.js';
import type { PageContext } from '../context.js';
import { Layout, pageBytes } from '../layout.js';
import { urls } from '../urls.js';
import { remedyHead } from '../structured-data.js';

/** What the page keeps between requests: a fragment cache, and report cards the app holds. */
export type FragmentKind = 'part' | 'article' | 'panel';
export interface RemedyPageParts {
  /** The fragment under this key, rendered only when it is not kept. */
  keep(kind: FragmentKind, key: string, render: () => Html): Html;
  /** A report card of the list, its post counts filled in. */
  card(card: CardRef): Html;
}

/** Parts rendered every time: for pages no one keeps (tests, previews). */
export const renderedParts = (fill: (card: CardRef) => Html): RemedyPageParts => ({
  keep: (_kind, _key, render) => render(),
  card: fill,
});

interface ListState {
  page?: number;
  rating?: number | null;
  outcome?: string | null;
  dose?: string | null;
}

function listUrl(v: RemedyReports, query: ListState): string {
  const q = {
    rating: 'rating' in query ? query.rating : v.rating,
    sort: v.sort === 'newest' ? null : v.sort,
    outcome: 'outcome' in query ? query.outcome : v.outcome,
    dose: 'dose' in query ? query.dose : v.dose,
    page: query.page ?? 1,
  };
  return v.condition
    ? urls.remedyCondition(v.remedy.slug, v.condition.slug, q)
    : urls.remedy(v.remedy.slug, q);
}

const sortLabels: Record<string, string> = {
  newest: 'Newest first',
  helpful: 'Most helpful',
  highest: 'Highest rating',
  lowest: 'Lowest rating',
};

/**
 * Condition, sort, outcome (and dose) as one GET form: it works without JavaScript and the URL can
 * be shared. It goes to the remedy's address, which sends a chosen condition to its own page with
 * the other choices.
 */
function ListControls(props: { v: RemedyReports }): Html {
  const { v } = props;
  return (
    <form
      class="filter list-controls"
      method="get"
      action={`${urls.remedy(v.remedy.slug)}#reports`}
    >
      <label for="condition-filter">Condition</label>{' '}
      <select id="condition-filter" name="condition">
        <option value="">All conditions</option>
        {v.groups.map((g) => (
          <option value={g.condition.slug} selected={v.condition?.id === g.condition.id}>
            {`${g.condition.name} (${g.summary.count})`}
          </option>
        ))}
      </select>{' '}
      <label for="sort">Sort</label>{' '}
      <select id="sort" name="sort">
        {reportSorts.map((s) => (
          <option value={s} selected={v.sort === s}>
            {sortLabels[s]}
          </option>
        ))}
      </select>{' '}
      <label for="outcome">Outcome</label>{' '}
      <select id="outcome" name="outcome">
        <option value="">Any</option>
        {outcomeOrder.map((o) => (
          <option value={o} selected={v.outcome === o}>
            {outcomes[o]}
          </option>
        ))}
      </select>
      {v.condition !== null && v.insight.doses.length > 0 ? (
        <>
          {' '}
          <label for="dose">Dose</label>{' '}
          <select id="dose" name="dose">
            <option value="">Any</option>
            {v.insight.doses.map((d) => (
              <option value={d.band} selected={v.dose === d.band}>
                {`${d.label} (${d.all})`}
              </option>
            ))}
          </select>
        </>
      ) : null}
      {v.rating !== null ? <input type="hidden" name="rating" value={v.rating} /> : null}{' '}
      <button type="submit">Show</button>
      {v.outcome !== null || v.dose !== null ? (
        <>
          {' '}
          <a href={`${listUrl(v, { outcome: null, dose: null })}#reports`}>Clear filters</a>
        </>
      ) : null}
    </form>
  );
}

function ConditionIndex(props: { v: RemedyReports }): Html {
  const { v } = props;
  return (
    <nav class="condition-index" aria-labelledby="by-condition-heading">
      <h3 id="by-condition-heading">Reports by condition</h3>
      <ul>
        {v.groups.map((g) => (
          <li>
            <a href={urls.remedyCondition(v.remedy.slug, g.condition.slug)}>{g.condition.name}</a>{' '}
            <span class="muted">
              {plural(g.summary.count, 'report')},{' '}
              {g.summary.average === null
                ? 'not rated'
                : `average ${formatAverage(g.summary.average)}`}
            </span>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** This page's reports under their condition headings, in the order the pages run. */
function GroupedReports(props: { v: RemedyReports; parts: RemedyPageParts }): Html {
  const { v, parts } = props;
  const byCondition = new Map<string, CardRef[]>();
  for (const c of v.cards)
    byCondition.set(c.condition.slug, [...(byCondition.get(c.condition.slug) ?? []), c]);
  const group = (slug: string): ConditionGroup | undefined =>
    v.groups.find((g) => g.condition.slug === slug);
  return (
    <>
      {[...byCondition].map(([slug, cards]) => {
        const g = group(slug);
        const continued = g !== undefined && v.condition === null && g.startPage < v.page.page;
        return (
          <section
            class="condition-group"
            id={`condition-${slug}`}
            aria-labelledby={`condition-${slug}-heading`}
          >
            <h3 id={`condition-${slug}-heading`}>
              <a href={urls.remedyCondition(v.remedy.slug, slug)}>{cards[0]?.condition.name}</a>
              {continued ? <span class="muted"> (continued)</span> : null}
            </h3>
            {cards.map((card) => parts.card(card))}
          </section>
        );
      })}
    </>
  );
}

function ReportsHead(props: { v: RemedyReports }): Html {
  const { v } = props;
  const subject = v.condition ? `${v.remedy.name} for ${v.condition.name}` : v.remedy.name;
  return (
    <>
      <h2 id="reports-heading">
        Reader reports on {subject}{' '}
        <span class="muted">
          (
          {v.outcome !== null || v.dose !== null
            ? `${formatCount(v.page.total)} of ${formatCount(v.summary.count)} match the filters`
            : formatCount(v.summary.count)}
          )
        </span>
      </h2>
      <p>
        <a
          class="button primary"
          href={`${urls.remedy(v.remedy.slug)}/reports/new${v.condition ? `?condition=${encodeURIComponent(v.condition.slug)}` : ''}`}
        >
          Add a report
        </a>
      </p>
      <ReportsNotice />
      <p class="print-only">
        Printed: the first reports of each condition. All of them are at{' '}
        {urls.remedy(v.remedy.slug)} on Remedex.
      </p>
      <div class="reports-tools">
        <RatingHistogram
          summary={v.summary}
          current={v.rating}
          href={(rating) => listUrl(v, { rating })}
        />
        <div>
          {v.groups.length > 0 ? <ListControls v={v} /> : null}
          {v.condition === null && v.groups.length > 0 ? <ConditionIndex v={v} /> : null}
        </div>
      </div>
    </>
  );
}

function Reports(props: { v: RemedyReports; parts: RemedyPageParts }): Html {
  const { v } = props;
  return (
    <section class="reports" id="reports" aria-labelledby="reports-heading">
      {kept(v, props.parts, 'reports-head', () => (
        <ReportsHead v={v} />
      ))}
      {v.cards.length === 0 ? (
        <p class="empty">
          No reports {v.rating !== null ? `with ${v.rating} stars ` : ''}
          {v.outcome !== null || v.dose !== null ? 'match these filters.' : 'yet.'}
        </p>
      ) : (
        <GroupedReports v={v} parts={props.parts} />
      )}
      <Pagination
        info={v.page}
        href={(n) => `${listUrl(v, { page: n })}#reports`}
        label="Report pages"
      />
    </section>
  );
}

// Everything above the report cards changes only with the remedy's page version (raised by the
// database on every write it shows, votes and outcomes of the example reports included) and the
// reader's choices in the URL, so it is rendered once per version and choice and kept, encoded.
// Report cards are kept by their own versions; post counts are filled in per request.
function kept(v: RemedyReports, parts: RemedyPageParts, part: string, render: () => Html): Html {
  if (v.pageKey === null) return render();
  const key = [
    v.pageKey,
    part,
    v.insightKey,
    v.condition?.slug,
    v.rating,
    v.sort,
    v.outcome,
    v.dose,
    v.page.page,
    v.page.total,
    v.page.pageCount,
  ].join('|');
  return parts.keep('part', key, render);
}

// The article is the same for every reader until an editor saves it: it is rendered once per
// revision and kept (the key changes with every save, use or citation change).
function articleFragment(v: RemedyReports, parts: RemedyPageParts): Html {
  const { remedy } = v;
  const key = [
    remedy.id,
    remedy.modifiedAt,
    v.citations.map((c) => `${c.id}:${c.key}`).join(','),
    v.uses
      .map((u) => `${u.condition.slug}:${u.condition.name}:${u.evidenceLevel}:${u.note}`)
      .join(','),
  ].join('|');
  return parts.keep('article', key, () => (
    <ArticleBody
      name={remedy.name}
      article={remedy.article}
      citations={v.citations}
      uses={v.uses}
    />
  ));
}

// The charts change only with the numbers (v.insightKey names them) and with what their links
// carry, so each is rendered once per version of the numbers and kept.
function insightFragment(v: RemedyReports, parts: RemedyPageParts): Html {
  const subject = v.condition ? `${v.remedy.name} for ${v.condition.name}` : v.remedy.name;
  const key = [v.insightKey, v.remedy.slug, v.condition?.slug, subject, v.rating, v.sort].join('|');
  return parts.keep('panel', key, () => (
    <InsightPanel
      insight={v.insight}
      subject={subject}
      links={{
        filter: v.condition
          ? (f) => `${listUrl(v, { outcome: f.outcome ?? null, dose: f.dose ?? null })}#reports`
          : null,
      }}
    />
  ));
}

export function remedyPage(v: RemedyReports, ctx: PageContext, parts: RemedyPageParts): Buffer {
  const { remedy } = v;
  const a = remedy.article;
  const title = v.condition ? `${remedy.name} for ${v.condition.name}` : remedy.name;
  const onlyReports = v.condition !== null || v.page.page > 1 || v.rating !== null;
  return pageBytes(
    <Layout ctx={ctx} {...remedyHead(v, title, ctx)}>
      {kept(v, parts, 'top', () => (
        <>
          <nav class="breadcrumbs" aria-label="Breadcrumbs">
            <a href={urls.remedies()}>Remedies</a> ›{' '}
            {v.condition ? <a href={urls.remedy(remedy.slug)}>{remedy.name}</a> : remedy.name}
            {v.condition ? <> › {v.condition.name}</> : null}
          </nav>
          <RemedyHeader v={v} title={title} />
          <Disclaimer text={a.disclaimer} />
          {onlyReports ? (
            <>
              <p>
                This page lists reader reports only.{' '}
                <a href={urls.remedy(remedy.slug)}>Read the full {remedy.name} article</a>.
              </p>
              <WhenToStop text={a.whenToStop} />
            </>
          ) : (
            articleFragment(v, parts)
          )}
          {insightFragment(v, parts)}
        </>
      ))}
      {v.condition
        ? kept(v, parts, 'statements', () => (
            <Statements
              statements={v.statements}
              highlights={v.highlights}
              links={{
                filter: (f) =>
                  `${listUrl(v, { outcome: f.outcome ?? null, dose: f.dose ?? null })}#reports`,
              }}
            />
          ))
        : null}
      {kept(v, parts, 'research', () => (
        <ResearchBesideReports
          rows={
            v.condition
              ? v.research.filter((r) => r.use.condition.id === v.condition?.id)
              : v.research
          }
          remedySlug={remedy.slug}
        />
      ))}
      <Reports v={v} parts={parts} />
    </Layout>,
  );
}
