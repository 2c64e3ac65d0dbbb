import type {
  ConditionCategory,
  ConditionPage,
  Home,
  LatestReports,
  RemedyListing,
} from '../../domain/reading/index.js';
import type { Share } from '../../domain/common/index.js';
import type { Condition, RatingSummary } from '../../model/types.js';
import { EvidenceBadge } from '../components/article.js';
import { ReportsNotice } from '../components/notice.js';
import { FollowForm } from '../components/follow.js';
import { Pagination } from '../components/pagination.js';
import { ReportCard } from '../components/report.js';
import { Stars } from '../components/stars.js';
import { formatAverage, formatDate, percent, plural, formatCount } from '../format.js';
import { Fragment, type Html, h } from '../jsx.js';
import type { PageContext } from '../context.js';
import { Layout, page } from '../layout.js';
import { urls } from '../urls.js';

function Average({ summary }: { summary: RatingSummary }): Html {
  if (summary.count === 0) return <span class="muted">No reports yet</span>;
  if (summary.average === null)
    return <span class="muted">{plural(summary.count, 'report')}, not rated</span>;
  return (
    <span>
      {formatAverage(summary.average)}{' '}
      <span class="muted">
        out of 5 from{' '}
        {plural(summary.rated, summary.rated === summary.count ? 'report' : 'rated report')}
      </span>
    </span>
  );
}

function CategoryList(props: { categories: ConditionCategory[]; headingLevel: 2 | 3 }): Html {
  return (
    <div class="categories">
      {props.categories.map((c) => (
        <section>
          {props.headingLevel === 2 ? <h2>{c.category}</h2> : <h3>{c.category}</h3>}
          <ul>
            {c.conditions.map((l) => (
              <li>
                <a href={urls.condition(l.condition.slug)}>{l.condition.name}</a>{' '}
                <span class="muted">({plural(l.reportCount, 'report')})</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

export function homePage(v: Home, ctx: PageContext): string {
  return page(
    <Layout
      ctx={ctx}
      title="Remedex"
      description="Natural remedies: editorial articles and readers' first-hand reports, grouped by condition."
      feeds={[
        { title: 'New reports on Remedex', href: urls.reportsFeed() },
        { title: 'Article changes on Remedex', href: urls.revisionsFeed() },
      ]}
    >
      <section class="hero">
        <h1>Natural remedies, and what happened when people tried them</h1>
        <p class="lede">
          {plural(v.remedyCount, 'remedy', 'remedies')} with editorial articles and{' '}
          {plural(v.reportCount, 'reader report')}, grouped by condition. Every number says how many
          reports it rests on.
        </p>
      </section>
      <section aria-labelledby="featured-heading">
        <h2 id="featured-heading">Editor's Choice</h2>
        <ul class="cards">
          {v.featured.map((f) => (
            <li class="card">
              <h3>
                <a href={urls.remedy(f.remedy.slug)}>{f.remedy.name}</a>
              </h3>
              <p>{f.remedy.summary}</p>
              <p>
                <Average summary={f.summary} />
              </p>
            </li>
          ))}
        </ul>
      </section>
      <div class="two-col">
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading">Latest reports</h2>
          <ReportsNotice />
          <ul class="latest-list">
            {v.latest.map((r) => (
              <li>
                <a href={urls.report(r.id)}>
                  {r.title ?? `${r.remedy.name} for ${r.condition.name}`}
                </a>
                <br />
                <Stars rating={r.rating} />{' '}
                <span class="muted">
                  {r.remedy.name} · {r.condition.name} · {r.author.displayName} ·{' '}
                  {formatDate(r.postedAt)}
                </span>
              </li>
            ))}
          </ul>
          <p>
            <a href={urls.latest()}>All the latest reports →</a>
          </p>
        </section>
        <section aria-labelledby="conditions-heading">
          <h2 id="conditions-heading">Conditions</h2>
          <CategoryList categories={v.categories} headingLevel={3} />
        </section>
      </div>
    </Layout>,
  );
}

export function remediesPage(list: RemedyListing[], ctx: PageContext): string {
  const letters = [...new Set(list.map((l) => l.remedy.name.charAt(0).toUpperCase()))];
  return page(
    <Layout
      ctx={ctx}
      title="Remedies A–Z"
      description="Every remedy on Remedex with its number of reader reports and average rating."
    >
      <h1>Remedies A–Z</h1>
      <nav class="letters" aria-label="Jump to letter">
        {letters.map((l) => (
          <a href={`#letter-${l}`}>{l}</a>
        ))}
      </nav>
      <table class="remedy-table stack">
        <caption class="visually-hidden">
          Remedies with their number of reports and average rating
        </caption>
        <thead>
          <tr>
            <th scope="col">Remedy</th>
            <th scope="col">Kind</th>
            <th scope="col" class="num">
              Reports
            </th>
            <th scope="col" class="num">
              Average rating
            </th>
          </tr>
        </thead>
        <tbody>
          {list.map((l, i) => {
            const letter = l.remedy.name.charAt(0).toUpperCase();
            const first = i === 0 || list[i - 1]?.remedy.name.charAt(0).toUpperCase() !== letter;
            return (
              <tr id={first ? `letter-${letter}` : undefined}>
                <th scope="row">
                  <a href={urls.remedy(l.remedy.slug)}>{l.remedy.name}</a>
                  {l.remedy.editorsChoice ? (
                    <>
                      {' '}
                      <span class="badge badge-choice">Editor's Choice</span>
                    </>
                  ) : null}
                </th>
                <td data-label="Kind">{l.remedy.kind}</td>
                <td class="num" data-label="Reports">
                  {formatCount(l.summary.count)}
                </td>
                <td class="num" data-label="Average rating">
                  {l.summary.average === null ? '–' : `${formatAverage(l.summary.average)} / 5`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Layout>,
  );
}

export function conditionsPage(categories: ConditionCategory[], ctx: PageContext): string {
  return page(
    <Layout
      ctx={ctx}
      title="Conditions"
      description="Health conditions by category, with the remedies readers reported on for each."
    >
      <h1>Conditions</h1>
      <CategoryList categories={categories} headingLevel={2} />
    </Layout>,
  );
}

/** A share's 95% interval as a small bar (0–100%), beside the numbers that say the same. */
function IntervalBar(props: { share: Share }): Html {
  const { share } = props;
  return (
    <svg class="interval-bar" viewBox="0 0 100 10" width="80" height="10" aria-hidden="true">
      <rect x="0" y="3" width="100" height="4" class="chart-track" />
      <rect
        x={Math.round(share.low * 100)}
        y="1"
        width={Math.max(1, Math.round((share.high - share.low) * 100))}
        height="8"
        class="chart-interval"
      />
      <circle cx={Math.round((share.share ?? 0) * 100)} cy="5" r="3" class="chart-point" />
    </svg>
  );
}

/** One remedy's row in a condition's ranking, every number with the reports it rests on. */
function RankedRow(props: {
  r: ConditionPage['remedies'][number];
  rank: number;
  condition: ConditionPage['condition'];
}) {
  const { r, rank, condition } = props;
  return (
    <tr>
      <td class="rank">{rank}</td>
      <th scope="row">
        <a href={urls.remedyCondition(r.remedy.slug, condition.slug)}>{r.remedy.name}</a>
      </th>
      <td class="num" data-label="Reports">
        {formatCount(r.summary.count)}
      </td>
      <td class="num" data-label="Rated 4–5 stars">
        {r.tooFew
          ? 'too few reports'
          : `${percent(r.positive.share ?? 0)} (${percent(r.positive.low)}–${percent(r.positive.high)}) of ${r.positive.n}`}
      </td>
      <td class="num" data-label="Improved">
        {r.insight.tooFew || r.insight.known < r.insight.minCount ? (
          'too few reports'
        ) : (
          <>
            <IntervalBar share={r.insight.improved} />{' '}
            {`${percent(r.insight.improved.share ?? 0)} (${percent(r.insight.improved.low)}–${percent(r.insight.improved.high)}) of ${r.insight.known}`}
          </>
        )}
        {r.comparison?.note === 'reporting_bias' ? (
          <span class="disagree">weak research: beware reporting bias</span>
        ) : null}
        {r.comparison?.note === 'poor_reports' ? (
          <span class="disagree">strong research, poor reports</span>
        ) : null}
      </td>
      <td class="num" data-label="Average rating">
        {r.summary.average === null ? '–' : `${formatAverage(r.summary.average)} / 5`}
      </td>
      <td data-label="Editorial evidence">
        {r.evidence ? (
          <EvidenceBadge level={r.evidence} />
        ) : (
          <span class="muted">Not reviewed</span>
        )}
      </td>
    </tr>
  );
}

/** The editors' description of a condition, when they wrote one. */
function ConditionDescription({ condition }: { condition: Condition }) {
  if (!condition.description) return <></>;
  return (
    <div class="condition-description">
      {condition.description.split('\n\n').map((p) => (
        <p>{p}</p>
      ))}
      <p class="muted">From the editors. Not medical advice: see a doctor for a diagnosis.</p>
    </div>
  );
}

export function conditionPage(v: ConditionPage, ctx: PageContext): string {
  const { condition } = v;
  return page(
    <Layout
      ctx={ctx}
      title={condition.name}
      description={
        condition.description
          ? condition.description.split('\n\n')[0]
          : `Remedies readers reported on for ${condition.name}, ranked, with their latest reports.`
      }
      feeds={[
        { title: `New reports on ${condition.name}`, href: urls.conditionFeed(condition.slug) },
      ]}
    >
      <nav class="breadcrumbs" aria-label="Breadcrumbs">
        <a href={urls.conditions()}>Conditions</a> › {condition.category} › {condition.name}
      </nav>
      <h1>{condition.name}</h1>
      {condition.aliases.length > 0 ? (
        <p class="muted">Also called: {condition.aliases.join(', ')}</p>
      ) : null}
      <ConditionDescription condition={condition} />
      <FollowForm condition={condition.slug} />
      <section aria-labelledby="ranked-heading">
        <h2 id="ranked-heading">Remedies reported for {condition.name}</h2>
        <p class="context-note">
          Ranked by the lower end of the 95% range for the share of reports giving 4 or 5 stars, so
          many consistent reports count for more than a few glowing ones. Reports come from readers
          who chose to write in, so they are not a measure of how well a remedy works.
        </p>
        {v.remedies.length === 0 ? (
          <p class="empty">No remedy has reports for this condition yet.</p>
        ) : (
          <table class="remedy-table stack ranking">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Remedy</th>
                <th scope="col" class="num">
                  Reports
                </th>
                <th scope="col" class="num">
                  Rated 4–5 stars (95% range)
                </th>
                <th scope="col" class="num">
                  Improved (95% range)
                </th>
                <th scope="col" class="num">
                  Average rating
                </th>
                <th scope="col">Editorial evidence</th>
              </tr>
            </thead>
            <tbody>
              {v.remedies.map((r, i) => (
                <RankedRow r={r} rank={i + 1} condition={condition} />
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="condition-latest-heading">
        <h2 id="condition-latest-heading">Latest reports for {condition.name}</h2>
        <ReportsNotice />
        {v.latest.length === 0 ? (
          <p class="empty">No reports yet.</p>
        ) : (
          v.latest.map((r) => <ReportCard report={r} showContext voting />)
        )}
      </section>
    </Layout>,
  );
}

export function latestPage(v: LatestReports, ctx: PageContext): string {
  return page(
    <Layout
      ctx={ctx}
      title={v.page.page > 1 ? `Latest reports (page ${v.page.page})` : 'Latest reports'}
      description="The newest reader reports on every remedy."
      feeds={[{ title: 'New reports on Remedex', href: urls.reportsFeed() }]}
    >
      <h1>Latest reports</h1>
      <ReportsNotice />
      {v.reports.length === 0 ? (
        <p class="empty">No reports yet.</p>
      ) : (
        <>
          {v.reports.map((r) => (
            <ReportCard report={r} showContext voting />
          ))}
        </>
      )}
      <Pagination info={v.page} href={(n) => urls.latest({ page: n })} />
    </Layout>,
  );
}
