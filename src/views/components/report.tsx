import type { SafetyFinding } from '../../model/safety.js';
import type { Author, Update, Reply, ReportDetails, ReportWithReplies } from '../../model/types.js';
import { describeDays, forWhom, outcomes, sideEffectTerms } from '../../model/vocabulary.js';
import { formatDate, plural } from '../format.js';
import { type Html, Fragment, h, raw } from '../jsx.js';
import { urls } from '../urls.js';
import { Stars } from './stars.js';
import { markdown } from '../markdown.js';
import { CSRF_SLOT } from './form.js';
import { maskContacts } from '../../model/privacy.js';
import { icons } from './icons.js';

// Bodies as the public sees them: contact details masked (moderation pages show the original).
const publicBody = (text: string) => markdown(maskContacts(text));

export function PostCount(props: { count: number | null }): Html {
  return props.count !== null ? (
    <span class="post-count"> · {plural(props.count, 'post')}</span>
  ) : (
    <></>
  );
}

// A stored card leaves every post count open as a slot (an HTML comment no escaped text can
// contain), filled in when the card is read: the counts change with the authors' other posts.
/** Where a stored card leaves a post count open: `r<report id>` or `p<reply id>`. */
export const POST_COUNT_SLOT = /<!--#pc:([rp]\d+)-->/g;
const slot = (key: string) => raw(`<!--#pc:${key}-->`);
const reportSlot = (id: number) => `r${id}`;
const replySlot = (id: number) => `p${id}`;

function Byline(props: {
  verb: string;
  author: Author;
  /** Null: the post came from a page that gave it no date. */
  postedAt: string | null;
  slot?: string;
}): Html {
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
      {author.location ? <span class="place"> ({author.location})</span> : null}
      {props.postedAt !== null ? (
        <>
          {' '}
          on <time datetime={props.postedAt}>{formatDate(props.postedAt)}</time>
        </>
      ) : null}
      {props.slot !== undefined ? slot(props.slot) : <PostCount count={author.postCount} />}
    </p>
  );
}

function ReplyItem(props: { reply: Reply; remedySlug: string; slots: boolean }): Html {
  return (
    <li class="reply" id={`reply-${props.reply.id}`}>
      <Byline
        verb="Replied"
        author={props.reply.author}
        postedAt={props.reply.postedAt}
        {...(props.slots ? { slot: replySlot(props.reply.id) } : {})}
      />
      <SafetyNote findings={props.reply.safety} remedySlug={props.remedySlug} />
      <div class="post-body">{publicBody(props.reply.body)}</div>
    </li>
  );
}

const number = (n: number) => (Number.isInteger(n) ? String(n) : String(Number(n.toFixed(2))));

/** The structured fields an author gave, as a definition list; nothing when there are none. */
/** An author's dose as they entered it: "3–5 g, once a day". */
function doseText(dose: NonNullable<ReportDetails['dose']>): string {
  const amount =
    dose.min === dose.max ? number(dose.max) : `${number(dose.min)}–${number(dose.max)}`;
  return `${amount} ${dose.unit}${dose.frequency ? `, ${dose.frequency}` : ''}`;
}

/**
 * The line under a report's title that a reader scans: condition, stars, and what the author
 * entered of outcome, dose and how long they took it. Each value says what it is in words.
 */
function ScanLine(props: { report: ReportWithReplies; showCondition: boolean }): Html {
  const { report } = props;
  const d = report.details;
  const parts: Html[] = [];
  if (props.showCondition)
    parts.push(<span class="meta-condition">For {report.condition.name}</span>);
  parts.push(<Stars rating={report.rating} />);
  if (d.outcome)
    parts.push(
      <span class={`meta-outcome outcome-${d.outcome}`}>
        {icons[d.outcome]} <span class="visually-hidden">Outcome: </span>
        {outcomes[d.outcome]}
      </span>,
    );
  if (d.dose)
    parts.push(
      <span class="meta-dose">
        {icons.dose} <span class="visually-hidden">Dose: </span>
        {doseText(d.dose)}
      </span>,
    );
  if (d.takenDays !== null)
    parts.push(
      <span class="meta-duration">
        {icons.duration} Taken for {describeDays(d.takenDays)}
      </span>,
    );
  if (report.editorsChoice) parts.push(<span class="badge badge-choice">Editor's Choice</span>);
  return <p class="report-meta">{parts}</p>;
}

/**
 * The structured fields an author gave that the scan line does not show, as a definition list;
 * nothing when there are none.
 */
export function Details(props: { details: ReportDetails; all?: boolean }): Html {
  const d = props.details;
  const rows: [string, Html | string][] = [];
  if (props.all && d.dose) rows.push(['Dose', doseText(d.dose)]);
  if (d.form) rows.push(['Form', d.form]);
  if (d.brand) rows.push(['Brand', d.brand]);
  if (props.all && d.takenDays !== null) rows.push(['Taken for', describeDays(d.takenDays)]);
  if (d.effectDays !== null) rows.push(['Effect after', describeDays(d.effectDays)]);
  if (props.all && d.outcome) rows.push(['Outcome', outcomes[d.outcome]]);
  if (d.sideEffects.length > 0) {
    rows.push([
      'Side effects',
      <>
        {icons.sideEffect}{' '}
        {d.sideEffects
          .map(
            (e) =>
              `${e.term === 'other' ? (e.note ?? 'other') : (sideEffectTerms[e.term as keyof typeof sideEffectTerms] ?? e.term)}${e.severity ? ` (${e.severity})` : ''}`,
          )
          .join(', ')}
      </>,
    ]);
  }
  if (d.forWhom && d.forWhom !== 'self') rows.push(['Taken by', forWhom[d.forWhom]]);
  if (rows.length === 0) return <></>;
  return (
    <dl class="details">
      {rows.map(([term, value]) => (
        <div>
          <dt>{term}:</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Shown on a published post that a safety rule flagged: readers see why, and where to read more. */
function SafetyNote(props: { findings: SafetyFinding[]; remedySlug: string }): Html {
  const reasons = [...new Set(props.findings.map((f) => f.reason))];
  if (reasons.length === 0) return <></>;
  const sources = [
    ...new Map(
      props.findings.flatMap((f) => (f.source ? [[f.source.url, f.source]] : [])),
    ).values(),
  ];
  return (
    <div class="safety-note" role="note">
      <strong>Safety note:</strong> {reasons.join(' ')}{' '}
      {sources.length > 0 ? (
        <>
          (Source:{' '}
          {sources.map((s, i) => (
            <>
              {i > 0 ? '; ' : ''}
              <a class="safety-source" href={s.url} rel="noopener">
                {s.title}
              </a>
            </>
          ))}
          .){' '}
        </>
      ) : null}
      This is one reader's experience, not advice.{' '}
      <a href={`${urls.remedy(props.remedySlug)}#when-to-stop`}>
        When to stop and call your doctor
      </a>
    </div>
  );
}

function UpdateItem(props: { update: Update; remedySlug: string }): Html {
  const f = props.update;
  return (
    <li class="update" id={`update-${f.id}`}>
      <p class="byline">
        Update on <time datetime={f.postedAt}>{formatDate(f.postedAt)}</time>
        {f.outcome ? <span class="muted"> · outcome now: {outcomes[f.outcome]}</span> : null}
      </p>
      <SafetyNote findings={f.safety} remedySlug={props.remedySlug} />
      <div class="post-body">{publicBody(f.body)}</div>
    </li>
  );
}

export interface ReportCardProps {
  report: ReportWithReplies;
  /** On lists that mix remedies, name the remedy and condition the report is about. */
  showContext?: boolean;
  /** Leave post counts as slots: the card is being rendered to be stored (see fillCard). */
  slots?: boolean;
  /** Carry the helpful buttons (on lists; the report's own page has its own). */
  voting?: boolean;
}

/** The helpful buttons of a card on a list; anonymous readers are asked to sign in. */
function CardVote(props: { id: number }): Html {
  return (
    <form method="post" action={`${urls.report(props.id)}/helpful`} class="card-vote">
      <input type="hidden" name="_csrf" value={CSRF_SLOT} />
      <span>Helpful?</span>{' '}
      <button type="submit" name="vote" value="yes">
        Yes
      </button>{' '}
      <button type="submit" name="vote" value="no">
        No
      </button>
    </form>
  );
}

/** A report's card as it is stored: post counts left as slots. */
export function cardFragment(report: ReportWithReplies): string {
  return ReportCard({ report, slots: true, voting: true }).value;
}

/** Where the report stands, its title, who posted it when, and its stars. */
function CardHeader(props: ReportCardProps): Html {
  const { report } = props;
  return (
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
        <a href={urls.report(report.id)}>
          {report.title ? maskContacts(report.title) : `Report #${report.id}`}
        </a>
      </h4>
      <Byline
        verb="Posted"
        author={report.author}
        postedAt={report.postedAt}
        {...(props.slots ? { slot: reportSlot(report.id) } : {})}
      />
      <ScanLine report={report} showCondition={!props.showContext} />
      {report.tags.length > 0 ? (
        <p class="report-tags">Topic on the site it came from: {report.tags.join(', ')}</p>
      ) : null}
    </header>
  );
}

export function ReportCard(props: ReportCardProps): Html {
  const { report } = props;
  return (
    <article
      class="report"
      id={`report-${report.id}`}
      aria-labelledby={`report-${report.id}-title`}
    >
      <CardHeader {...props} />
      <SafetyNote findings={report.safety} remedySlug={report.remedy.slug} />
      {report.editorsChoice ? (
        <p class="choice-reason">
          <strong>Why it is an Editor's Choice:</strong>{' '}
          {report.choiceReason ??
            'the editors chose it before a reason was recorded with each choice; it is kept for being clear and complete, not because it proves the remedy works.'}
        </p>
      ) : null}
      {report.editorNote ? (
        <p class="editor-note" role="note">
          <strong>Editor's note:</strong> {report.editorNote}
        </p>
      ) : null}
      <div class="report-body post-body">{publicBody(report.body)}</div>
      <Details details={report.details} />
      {report.details.commercialTie ? (
        <p class="commercial-tie">
          <strong>Commercial tie declared by the author:</strong> {report.details.commercialTie}
        </p>
      ) : null}
      {report.updates.length > 0 ? (
        <section class="updates" aria-label={`Updates to report ${report.id}`}>
          <ol>
            {report.updates.map((f) => (
              <UpdateItem update={f} remedySlug={report.remedy.slug} />
            ))}
          </ol>
        </section>
      ) : null}
      {report.replies.length > 0 ? (
        <section class="replies" aria-label={`Replies to report ${report.id}`}>
          <h5>{plural(report.replies.length, 'reply', 'replies')}</h5>
          <ol>
            {report.replies.map((reply) => (
              <ReplyItem
                reply={reply}
                remedySlug={report.remedy.slug}
                slots={props.slots === true}
              />
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
        {props.voting ? <CardVote id={report.id} /> : null}
      </footer>
    </article>
  );
}
