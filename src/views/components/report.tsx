import type { Author, Reply, ReportWithReplies } from '../../domain/types.js';
import { formatDate, plural } from '../format.js';
import { type Html, h } from '../jsx.js';
import { urls } from '../urls.js';
import { Stars } from './stars.js';
import { Paragraphs } from './text.js';

function Byline(props: { verb: string; author: Author; postedAt: string }): Html {
  const { author } = props;
  return (
    <p class="byline">
      {props.verb} by{' '}
      {author.userId === null ? (
        <span class="author">{author.displayName}</span>
      ) : (
        <a class="author" href={urls.user(author.userId)}>
          {author.displayName}
        </a>
      )}
      {author.location ? <span class="place"> ({author.location})</span> : null} on{' '}
      <time datetime={props.postedAt}>{formatDate(props.postedAt)}</time>
      {author.postCount !== null ? (
        <span class="post-count"> · {plural(author.postCount, 'post')}</span>
      ) : null}
    </p>
  );
}

function ReplyItem(props: { reply: Reply }): Html {
  return (
    <li class="reply" id={`reply-${props.reply.id}`}>
      <Byline verb="Replied" author={props.reply.author} postedAt={props.reply.postedAt} />
      <Paragraphs text={props.reply.body} />
    </li>
  );
}

export interface ReportCardProps {
  report: ReportWithReplies;
  /** On lists that mix remedies, name the remedy and condition the report is about. */
  showContext?: boolean;
}

export function ReportCard(props: ReportCardProps): Html {
  const { report } = props;
  return (
    <article
      class="report"
      id={`report-${report.id}`}
      aria-labelledby={`report-${report.id}-title`}
    >
      <header>
        {props.showContext ? (
          <p class="context">
            <a href={urls.remedy(report.remedy.slug)}>{report.remedy.name}</a> for{' '}
            <a href={urls.remedyCondition(report.remedy.slug, report.condition.slug)}>
              {report.condition.name}
            </a>
          </p>
        ) : null}
        <h4 id={`report-${report.id}-title`} class="report-title">
          <a href={urls.report(report.id)}>{report.title ?? `Report #${report.id}`}</a>
        </h4>
        <Byline verb="Posted" author={report.author} postedAt={report.postedAt} />
        <p class="report-meta">
          <Stars rating={report.rating} />
          {report.editorsChoice ? <span class="badge badge-choice">Editor's Choice</span> : null}
        </p>
      </header>
      <div class="report-body">
        <Paragraphs text={report.body} />
      </div>
      {report.replies.length > 0 ? (
        <section class="replies" aria-label={`Replies to report ${report.id}`}>
          <h5>{plural(report.replies.length, 'reply', 'replies')}</h5>
          <ol>
            {report.replies.map((reply) => (
              <ReplyItem reply={reply} />
            ))}
          </ol>
        </section>
      ) : null}
      <footer>
        <a class="permalink" href={urls.report(report.id)}>
          Permalink
        </a>
        {report.helpfulCount > 0 ? (
          <span class="helpful">{plural(report.helpfulCount, 'reader')} found this helpful</span>
        ) : null}
      </footer>
    </article>
  );
}
