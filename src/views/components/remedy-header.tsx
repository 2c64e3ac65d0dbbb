// The top of a remedy page and of a remedy × condition page.
import type { RemedyReports } from '../../domain/reading/index.js';
import type { Condition } from '../../model/types.js';
import { EvidenceBadge } from './article.js';
import { FollowForm } from './follow.js';
import { SummaryBand } from './summary-band.js';
import { formatDate, plural } from '../format.js';
import { Fragment, h } from '../jsx.js';
import { urls } from '../urls.js';

/**
 * What a remedy × condition page is about: the editors' word on the remedy for this condition (or
 * that they have none), and what the condition is, rather than the remedy's summary again.
 */
function PairLede({ v, condition }: { v: RemedyReports; condition: Condition }) {
  const use = v.uses.find((u) => u.condition.id === condition.id);
  const about = condition.description.split('\n\n')[0];
  return (
    <>
      {use ? (
        <p class="lede">
          The research on {v.remedy.name} for {condition.name}, as the editors read it:{' '}
          <EvidenceBadge level={use.evidenceLevel} /> {use.note}
        </p>
      ) : (
        <p class="lede">
          The editors have not reviewed research on {v.remedy.name} for {condition.name}; this page
          gathers what readers report.
        </p>
      )}
      {about ? (
        <p class="pair-condition">
          <strong>{condition.name}.</strong> {about}{' '}
          <a href={urls.condition(condition.slug)}>Other remedies for {condition.name}</a>
        </p>
      ) : null}
    </>
  );
}

/** Name, summary (or what the editors say of the pair), dates, the report count, the band and the follow button. */
export function RemedyHeader({ v, title }: { v: RemedyReports; title: string }) {
  const { remedy } = v;
  return (
    <header class="remedy-header">
      <h1>
        {title}
        {remedy.editorsChoice ? (
          <>
            {' '}
            <span class="badge badge-choice">Editor's Choice</span>
          </>
        ) : null}
      </h1>
      {v.condition ? (
        <PairLede v={v} condition={v.condition} />
      ) : (
        <p class="lede">{remedy.summary}</p>
      )}
      <p class="muted">
        <span class="kind">{remedy.kind}</span> · Modified on{' '}
        <time datetime={remedy.modifiedAt}>{formatDate(remedy.modifiedAt)}</time>
        {' · '}
        <a href="#reports">{plural(v.summary.count, 'reader report')}</a>
      </p>
      <SummaryBand v={v} />
      <FollowForm remedy={remedy.slug} {...(v.condition ? { condition: v.condition.slug } : {})} />
    </header>
  );
}
