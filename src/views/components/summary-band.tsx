import type { RemedyReports } from '../../domain/reading/index.js';
import { evidenceLevels } from '../../model/article.js';
import { formatCount, percent, plural } from '../format.js';
import { Fragment, type Html, h } from '../jsx.js';
import { urls } from '../urls.js';
import { EvidenceBadge } from './article.js';

/**
 * The remedy page at a glance, above the article: the research's strongest word, how many readers
 * reported and how many of those who say improved (with its interval and n), the conditions most
 * reported, and the way to the reports and to adding one.
 */
export function SummaryBand({ v }: { v: RemedyReports }): Html {
  const i = v.insight;
  const uses = v.condition ? v.uses.filter((u) => u.condition.id === v.condition?.id) : v.uses;
  const strongest = [...uses].sort(
    (a, b) => evidenceLevels.indexOf(a.evidenceLevel) - evidenceLevels.indexOf(b.evidenceLevel),
  )[0];
  const shown = !i.tooFew && i.known >= i.minCount;
  const add = `${urls.remedy(v.remedy.slug)}/reports/new${v.condition ? `?condition=${encodeURIComponent(v.condition.slug)}` : ''}`;
  return (
    <section class="summary-band" aria-label="At a glance">
      <dl>
        <div>
          <dt>Research</dt>
          <dd>
            {strongest ? (
              <>
                <EvidenceBadge level={strongest.evidenceLevel} />
                {v.condition ? null : <> for {strongest.condition.name}</>}
              </>
            ) : (
              'not reviewed by the editors'
            )}
          </dd>
        </div>
        <div>
          <dt>Reader reports</dt>
          <dd>{formatCount(v.summary.count)}</dd>
        </div>
        <div>
          <dt>Improved</dt>
          <dd>
            {shown
              ? `${percent(i.improved.share ?? 0)} (95% range ${percent(i.improved.low)}–${percent(i.improved.high)}) of ${plural(i.known, 'report')} that say`
              : `too few reports say how it went (${i.known})`}
          </dd>
        </div>
        {v.condition === null && v.groups.length > 0 ? (
          <div>
            <dt>Most reported for</dt>
            <dd>
              {v.groups.slice(0, 3).map((g, n) => (
                <>
                  {n > 0 ? ', ' : ''}
                  <a href={urls.remedyCondition(v.remedy.slug, g.condition.slug)}>
                    {g.condition.name}
                  </a>{' '}
                  <span class="muted">({formatCount(g.summary.count)})</span>
                </>
              ))}
            </dd>
          </div>
        ) : null}
      </dl>
      <p class="summary-actions">
        <a class="button" href="#reports">
          Read the reports
        </a>{' '}
        <a class="button primary" href={add}>
          Add a report
        </a>
      </p>
    </section>
  );
}
