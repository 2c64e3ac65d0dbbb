import type { RatingSummary } from '../../model/types.js';
import { formatAverage, formatCount, plural } from '../format.js';
import { Fragment, type Html, h } from '../jsx.js';
import { Stars } from './stars.js';

export interface HistogramProps {
  summary: RatingSummary;
  /** Link that filters the list to one star rating (null: all ratings). */
  href: (rating: number | null) => string;
  current: number | null;
}

/** Ratings as bars with counts; each row filters the reports. The counts are the data table. */
export function RatingHistogram(props: HistogramProps): Html {
  const { summary } = props;
  const max = Math.max(1, ...summary.histogram);
  return (
    <section class="histogram" aria-labelledby="ratings-heading">
      <h3 id="ratings-heading">Ratings</h3>
      <p class="average">
        {summary.average === null ? (
          'No ratings yet.'
        ) : (
          <>
            Average <strong>{formatAverage(summary.average)}</strong> out of 5 from{' '}
            {summary.rated === summary.count
              ? plural(summary.count, 'report')
              : `${plural(summary.rated, 'rated report')} (${formatCount(summary.count - summary.rated)} not rated)`}
          </>
        )}
      </p>
      <table>
        <caption class="visually-hidden">Number of reports by star rating</caption>
        <tbody>
          {[5, 4, 3, 2, 1].map((stars) => {
            const n = summary.histogram[stars - 1] ?? 0;
            const width = Math.round((n / max) * 100);
            return (
              <tr class={props.current === stars ? 'current' : undefined}>
                <th scope="row">
                  {n > 0 && props.current !== stars ? (
                    <a href={props.href(stars)}>
                      <Stars rating={stars} />
                    </a>
                  ) : (
                    <Stars rating={stars} />
                  )}
                </th>
                <td class="bar-cell">
                  <span class="bar" style={`width:${width}%`}></span>
                </td>
                <td class="count">{n}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {props.current !== null ? (
        <p>
          Showing {props.current}-star reports only. <a href={props.href(null)}>Show all ratings</a>
        </p>
      ) : null}
    </section>
  );
}
