import type { Insight, Statement } from '../../domain/insight/index.js';
import type { ResearchBeside } from '../../domain/reading/index.js';
import type { ReportHighlight } from '../../model/types.js';
import { plural } from '../format.js';
import { Fragment, type Html, h } from '../jsx.js';
import { urls } from '../urls.js';

// Server-rendered SVG charts, each with a table that says the same in text. Numbers always show
// the count they rest on; below the minimum count no share is shown at all.

const percent = (x: number) => `${Math.round(x * 100)}%`;
const share = (n: number, of: number) => (of === 0 ? '–' : percent(n / of));

export function SelfSelectionNote(props: { count: number }): Html {
  return (
    <p class="insight-note">
      From {plural(props.count, 'approved reader report')}. Readers chose to write in, and people
      with strong experiences write more often, so these numbers describe the reports, not your
      chances. They are not medical advice.
    </p>
  );
}

interface Bar {
  label: string;
  value: number;
  /** Shown after the count, e.g. "of 40". */
  note?: string;
  href?: string | undefined;
}

const width = (n: number, max: number) =>
  `width: ${n > 0 ? Math.max(1, Math.round((n / max) * 100)) : 0}%`;

/**
 * Horizontal bars in HTML, so their words keep the page's text size at every width (an SVG's text
 * shrank to 7 px on a phone). The same rows as a table, folded: the list reads well aloud already.
 */
function BarChart(props: {
  id: string;
  title: string;
  bars: Bar[];
  total: number;
  after?: Html;
}): Html {
  const max = Math.max(1, ...props.bars.map((b) => b.value));
  return (
    <figure class="chart" aria-labelledby={`${props.id}-caption`}>
      <figcaption id={`${props.id}-caption`}>{props.title}</figcaption>
      <ol class="bars">
        {props.bars.map((b) => (
          <li class="bar-row">
            <span class="bar-label">{b.href ? <a href={b.href}>{b.label}</a> : b.label}</span>
            <span class="bar-track" aria-hidden="true">
              <span class="bar-fill" style={width(b.value, max)}></span>
            </span>
            <span class="bar-value">
              {String(b.value)} <span class="muted">({share(b.value, props.total)})</span>
            </span>
          </li>
        ))}
      </ol>
      {props.after ?? null}
      <details class="chart-twin">
        <summary>The same as a table</summary>
        <table class="chart-table">
          <thead>
            <tr>
              <th scope="col">{props.title.split(':')[0]}</th>
              <th scope="col">Reports</th>
              <th scope="col">Share</th>
            </tr>
          </thead>
          <tbody>
            {props.bars.map((b) => (
              <tr>
                <th scope="row">{b.label}</th>
                <td>
                  {String(b.value)}
                  {b.note ? <span class="muted"> {b.note}</span> : null}
                </td>
                <td>{share(b.value, props.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** The improved share as a point on a 0–100% scale with its 95% interval as a band. */
function ImprovedChart(props: { insight: Insight }): Html {
  const { improved } = props.insight;
  const at = (v: number) => `${Math.round(v * 1000) / 10}%`;
  return (
    <figure class="chart" aria-labelledby="improved-caption">
      <figcaption id="improved-caption">
        <strong>{percent(improved.share ?? 0)}</strong> improved, for good or for a while:{' '}
        {improved.successes} of {plural(improved.n, 'report')} that say how it went (95% interval{' '}
        {percent(improved.low)}–{percent(improved.high)}).
      </figcaption>
      <div class="improved-scale" aria-hidden="true">
        <span class="improved-track"></span>
        <span
          class="improved-interval"
          style={`left: ${at(improved.low)}; width: ${at(Math.max(0.005, improved.high - improved.low))}`}
        ></span>
        <span class="improved-point" style={`left: ${at(improved.share ?? 0)}`}></span>
      </div>
      <div class="improved-ticks" aria-hidden="true">
        {[0, 0.25, 0.5, 0.75, 1].map((t) => (
          <span>{percent(t)}</span>
        ))}
      </div>
    </figure>
  );
}

export interface InsightLinks {
  /** The report list filtered to one outcome or dose band (null: no list to link to). */
  filter: ((f: { outcome?: string; dose?: string }) => string) | null;
}

/** The outcome, dose, side-effect and timing charts, each bar linking to its reports. */
function InsightCharts({ insight: i, links }: { insight: Insight; links: InsightLinks }): Html {
  return (
    <div class="chart-grid">
      <BarChart
        id="chart-outcomes"
        title="Outcome: how it went"
        total={i.known}
        bars={i.outcomes
          .filter((o) => o.outcome !== 'unknown')
          .map((o) => ({
            label: o.label,
            value: o.count,
            href: links.filter && o.count > 0 ? links.filter({ outcome: o.outcome }) : undefined,
          }))}
        after={
          <p class="does-not-say">
            <span class="swatch" aria-hidden="true"></span> Does not say how it went:{' '}
            {plural(i.count - i.known, 'report')} of {i.count}, not counted above.
          </p>
        }
      />
      {i.doses.length > 0 ? (
        <BarChart
          id="chart-doses"
          title="Dose among those who improved"
          total={i.improved.successes}
          bars={i.doses
            .filter((d) => d.improved > 0)
            .map((d) => ({
              label: d.label,
              value: d.improved,
              note: `of ${d.all} at this dose`,
              href: links.filter ? links.filter({ dose: d.band }) : undefined,
            }))}
        />
      ) : null}
      {i.sideEffects.length > 0 ? (
        <BarChart
          id="chart-side-effects"
          title="Side effects mentioned"
          total={i.count}
          bars={i.sideEffects.slice(0, 10).map((s) => ({
            label: s.label,
            value: s.count,
            note:
              s.severe + s.moderate + s.mild > 0
                ? `(${[
                    s.severe ? `${s.severe} severe` : '',
                    s.moderate ? `${s.moderate} moderate` : '',
                    s.mild ? `${s.mild} mild` : '',
                  ]
                    .filter(Boolean)
                    .join(', ')})`
                : undefined,
          }))}
        />
      ) : null}
      {i.effects.length > 0 ? (
        <BarChart
          id="chart-effect"
          title="Time until an effect"
          total={i.effects.reduce((n, e) => n + e.count, 0)}
          bars={i.effects.map((e) => ({ label: e.label, value: e.count }))}
        />
      ) : null}
    </div>
  );
}

/** Everything the reports say, as charts and tables; "too few reports" below the minimum. */
export function InsightPanel(props: {
  insight: Insight;
  subject: string;
  links: InsightLinks;
}): Html {
  const { insight: i, links } = props;
  return (
    <section class="insight" id="insight" aria-labelledby="insight-heading">
      <h2 id="insight-heading">What readers report about {props.subject}</h2>
      {i.tooFew ? (
        <p class="too-few">
          Too few reports to show numbers: {plural(i.count, 'approved report')}, and numbers are
          shown from {i.minCount}.
        </p>
      ) : (
        <>
          <SelfSelectionNote count={i.count} />
          {i.known >= i.minCount ? (
            <ImprovedChart insight={i} />
          ) : (
            <p class="too-few">Too few reports say how it went ({i.known}) to show a share.</p>
          )}
          <InsightCharts insight={i} links={links} />
          <p class="muted">
            Values the author entered are used as they are; for the rest, Remedex reads the dose,
            outcome, timing and side effects from the report's text, so a few may be misread.
          </p>
        </>
      )}
    </section>
  );
}

/** "What people are saying": counted statements, each linking to the reports behind it. */
export function Statements(props: {
  statements: Statement[];
  links: InsightLinks;
  highlights: { helpful: ReportHighlight[]; cautionary: ReportHighlight[] };
}): Html {
  if (props.statements.length === 0) return <></>;
  const list = (tone: Statement['tone']) =>
    props.statements
      .filter((s) => s.tone === tone)
      .map((s) => (
        <li>
          {s.text}{' '}
          {s.filter && props.links.filter ? (
            <a href={props.links.filter(s.filter)}>Read these {plural(s.count, 'report')}</a>
          ) : null}
        </li>
      ));
  const examples = (reports: ReportHighlight[]) =>
    reports.map((r) => (
      <li>
        <a href={urls.report(r.id)}>{r.title ?? `Report #${r.id}`}</a>{' '}
        <span class="muted">
          by {r.authorName}, {r.rating === null ? 'not rated' : plural(r.rating, 'star')},{' '}
          {plural(r.helpfulCount, 'helpful vote')}
        </span>
      </li>
    ));
  return (
    <section class="saying" aria-labelledby="saying-heading">
      <h2 id="saying-heading">What people are saying</h2>
      <p class="muted">Counted from the reports below; every statement links to them.</p>
      <div class="saying-columns">
        <div>
          <h3>Helpful experiences</h3>
          <ul>{list('helpful')}</ul>
          {props.highlights.helpful.length > 0 ? (
            <>
              <p>Most helpful reports among those it helped:</p>
              <ul>{examples(props.highlights.helpful)}</ul>
            </>
          ) : null}
        </div>
        <div>
          <h3>Mixed and cautionary</h3>
          <ul>{list('cautionary')}</ul>
          {props.highlights.cautionary.length > 0 ? (
            <>
              <p>Most helpful of the mixed or negative reports:</p>
              <ul>{examples(props.highlights.cautionary)}</ul>
            </>
          ) : null}
        </div>
      </div>
    </section>
  );
}

const evidenceWords: Record<string, string> = {
  strong: 'Strong evidence',
  moderate: 'Moderate evidence',
  limited: 'Limited evidence',
  anecdotal: 'Anecdotal evidence only',
};

/** Each editorial use beside the community's numbers for the same condition. */
export function ResearchBesideReports(props: { rows: ResearchBeside[]; remedySlug: string }): Html {
  if (props.rows.length === 0) return <></>;
  return (
    <section class="research-beside" aria-labelledby="research-beside-heading">
      <h2 id="research-beside-heading">Research and reader reports, side by side</h2>
      <table class="stack">
        <thead>
          <tr>
            <th scope="col">Condition</th>
            <th scope="col">Research</th>
            <th scope="col">Reader reports</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr>
              <th scope="row">
                <a href={urls.remedyCondition(props.remedySlug, r.use.condition.slug)}>
                  {r.use.condition.name}
                </a>
              </th>
              <td data-label="Research">
                {evidenceWords[r.use.evidenceLevel] ?? r.use.evidenceLevel}
                {r.use.citations.length > 0 ? (
                  <span class="muted"> ({plural(r.use.citations.length, 'source')})</span>
                ) : null}
              </td>
              <td data-label="Reader reports">
                {r.insight.tooFew || r.insight.known < r.insight.minCount ? (
                  <>Too few reports ({r.insight.count})</>
                ) : (
                  <>
                    {percent(r.insight.improved.share ?? 0)} improved (
                    {percent(r.insight.improved.low)}–{percent(r.insight.improved.high)}), n ={' '}
                    {r.insight.known}
                  </>
                )}
                {r.comparison.note === 'reporting_bias' ? (
                  <p class="disagree">
                    Most reports are positive but the research is weak: people who were helped are
                    more likely to write in. Treat the reports with caution.
                  </p>
                ) : null}
                {r.comparison.note === 'poor_reports' ? (
                  <p class="disagree">
                    The research is strong but most readers report no improvement: dose, form or
                    expectations may differ from the studies.
                  </p>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
