// A report's own page, and the form its author edits it with.
import { type ReportPageExtras, noExtras, FlagForm, ModeratorTools } from './report-tools.js';
import type { ReadFact } from '../../domain/insight/index.js';
import type { EditState } from '../../domain/reports/index.js';
import type { ReportWithReplies } from '../../model/types.js';
import { outcomes } from '../../model/vocabulary.js';
import {
  CsrfField,
  ErrorSummary,
  type FormState,
  Honeypot,
  Select,
  TextArea,
  PlaceField,
  TextField,
  valueOf,
} from '../components/form.js';
import { ReportsNotice } from '../components/notice.js';
import { ReportCard } from '../components/report.js';
import type { PageContext } from '../context.js';
import { excerpt, formatDate } from '../format.js';
import { Fragment, h } from '../jsx.js';
import { Layout, page } from '../layout.js';
import { urls } from '../urls.js';
import { maskContacts } from '../../model/privacy.js';

export function reportPage(
  report: ReportWithReplies,
  ctx: PageContext,
  extras: ReportPageExtras = noExtras,
): string {
  const title = report.title
    ? maskContacts(report.title)
    : `${report.remedy.name} for ${report.condition.name}`;
  return page(
    <Layout
      title={title}
      description={excerpt(
        `A reader's report on ${report.remedy.name} for ${report.condition.name}: ${maskContacts(report.body)}`,
      )}
      canonical={urls.report(report.id)}
      ogType="article"
      ctx={ctx}
    >
      <nav class="breadcrumbs" aria-label="Breadcrumbs">
        <a href={urls.remedies()}>Remedies</a> ›{' '}
        <a href={urls.remedy(report.remedy.slug)}>{report.remedy.name}</a> ›{' '}
        <a href={urls.remedyCondition(report.remedy.slug, report.condition.slug)}>
          {report.condition.name}
        </a>
      </nav>
      <h1>
        {report.remedy.name} for {report.condition.name}
      </h1>
      <ReportsNotice />
      <ReportCard report={report} />
      {extras.facts && extras.facts.length > 0 && report.status === 'approved' ? (
        <ReadFacts report={report} facts={extras.facts} />
      ) : null}
      <ReportActions report={report} ctx={ctx} extras={extras} />
      {report.replies.length > 0 ? (
        <section aria-label="Flag a reply">
          {report.replies.map((r) => (
            <FlagForm
              action={`/replies/${r.id}/flag`}
              state={{ values: {}, errors: {} }}
              ctx={ctx}
              label={`Flag the reply by ${r.author.displayName}`}
              idPrefix={`flag-reply-${r.id}-`}
            />
          ))}
        </section>
      ) : null}
      {extras.moderation ? (
        <ModeratorTools report={report} ctx={ctx} targets={extras.moderation} />
      ) : null}
      {extras.isAuthor ? <UpdateForm report={report} ctx={ctx} state={extras.update} /> : null}
      <ReplyForm report={report} ctx={ctx} state={extras.reply} />
      <p>
        <a href={urls.remedyCondition(report.remedy.slug, report.condition.slug)}>
          More reports on {report.remedy.name} for {report.condition.name}
        </a>{' '}
        ·{' '}
        <a href={`${urls.remedy(report.remedy.slug)}#when-to-stop`}>
          When to stop and call your doctor
        </a>
      </p>
    </Layout>,
  );
}

type ReportProps = { report: ReportWithReplies; ctx: PageContext };

/** What the remedy's numbers take from the report, and where each value came from. */
function ReadFacts({ report, facts }: { report: ReportWithReplies; facts: ReadFact[] }) {
  return (
    <section class="read-facts" aria-labelledby="read-facts-heading">
      <h2 id="read-facts-heading">What the numbers take from this report</h2>
      <table class="stack">
        <tbody>
          {facts.map((f) => (
            <tr>
              <th scope="row">{f.label}</th>
              <td>{f.value}</td>
              <td class="muted">{f.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="muted">
        Values the author did not enter are read from the text automatically and may be misread.
        They count in the numbers on{' '}
        <a href={urls.remedyCondition(report.remedy.slug, report.condition.slug)}>
          {report.remedy.name} for {report.condition.name}
        </a>
        .
      </p>
    </section>
  );
}

/** Voting, the author's edit link and the flag form. */
function ReportActions({ report, ctx, extras }: ReportProps & { extras: ReportPageExtras }) {
  return (
    <div class="report-actions">
      {extras.isAuthor ? null : (
        <form method="post" action={`${urls.report(report.id)}/helpful`} class="inline" id="vote">
          <CsrfField token={ctx.csrfToken} />
          {extras.vote ? (
            <>
              <span>
                {extras.vote === 'helpful'
                  ? 'You found this helpful.'
                  : 'You found this not helpful.'}
              </span>{' '}
              <button type="submit" name="vote" value="undo">
                Undo
              </button>
            </>
          ) : (
            <>
              <span>Was this report helpful?</span>{' '}
              <button type="submit" name="vote" value="yes">
                Helpful
              </button>{' '}
              <button type="submit" name="vote" value="no">
                Not helpful
              </button>
              {ctx.viewer ? null : <span class="muted"> (you will be asked to sign in)</span>}
            </>
          )}
        </form>
      )}
      {extras.edit?.canEdit ? (
        <a class="button" href={`${urls.report(report.id)}/edit`}>
          Edit your report (until {formatDate(extras.edit.closesAt)})
        </a>
      ) : null}
      <FlagForm
        action={`${urls.report(report.id)}/flag`}
        state={extras.flag}
        ctx={ctx}
        label="Flag this report"
        idPrefix="flag-report-"
      />
    </div>
  );
}

/** The author's "did it last?" update. */
function UpdateForm({ report, ctx, state }: ReportProps & { state: FormState }) {
  return (
    <section class="narrow" aria-labelledby="update-heading">
      <h2 id="update-heading">Add an update</h2>
      <p>How are things now? Updates appear under your report with their date.</p>
      <ErrorSummary errors={state.errors} />
      <form method="post" action={`${urls.report(report.id)}/updates`}>
        <CsrfField token={ctx.csrfToken} />
        <TextArea
          name="body"
          label="Your update"
          state={state}
          required
          rows={4}
          maxlength={5000}
        />
        <Select
          name="outcome"
          label="Outcome now"
          state={state}
          options={Object.entries(outcomes)}
          placeholder="Unchanged"
        />
        <button type="submit">Add the update</button>
      </form>
    </section>
  );
}

/** A reply; guests say who they are. */
function ReplyForm({ report, ctx, state }: ReportProps & { state: FormState }) {
  const guest = ctx.viewer === null;
  return (
    <section class="narrow" aria-labelledby="reply-heading">
      <h2 id="reply-heading">Reply to this report</h2>
      <ErrorSummary errors={state.errors} />
      <form method="post" action={`${urls.report(report.id)}/replies`}>
        <CsrfField token={ctx.csrfToken} />
        <TextArea
          name="body"
          label="Your reply"
          hint="Share your own experience or ask a question. Please do not give medical advice."
          state={state}
          required
          rows={4}
          maxlength={5000}
        />
        {guest ? (
          <>
            <TextField
              name="displayName"
              label="Name shown beside your reply"
              state={state}
              required
              maxlength={60}
            />
            <TextField
              name="email"
              label="Email"
              hint="Never shown."
              type="email"
              state={state}
              required
            />
            <PlaceField name="location" label="Place" state={state} />
            <Honeypot />
          </>
        ) : null}
        <button type="submit" class="primary">
          Send my reply
        </button>
      </form>
    </section>
  );
}

export function editReportPage(
  report: ReportWithReplies,
  state: FormState,
  edit: EditState,
  ctx: PageContext,
): string {
  const values = {
    rating: String(report.rating),
    title: report.title ?? '',
    body: report.body,
    ...state.values,
  };
  const s: FormState = { values, errors: state.errors };
  return page(
    <Layout title="Edit your report" ctx={ctx} noindex>
      <section class="narrow wide-form">
        <h1>Edit your report</h1>
        <p>
          You can edit it until {formatDate(edit.closesAt)}. Each saved edit keeps the previous
          version
          {edit.revisions > 0 ? ` (${edit.revisions} kept so far)` : ''}. After that, add a dated
          update instead.
        </p>
        <ErrorSummary errors={s.errors} />
        <form method="post" action={`${urls.report(report.id)}/edit`}>
          <CsrfField token={ctx.csrfToken} />
          <fieldset class="field rating-field" id="field-rating">
            <legend>Rating</legend>
            <div class="row">
              {['5', '4', '3', '2', '1'].map((n) => (
                <label class="choice">
                  <input
                    type="radio"
                    name="rating"
                    value={n}
                    checked={valueOf(s, 'rating') === n}
                  />{' '}
                  {n} stars
                </label>
              ))}
            </div>
          </fieldset>
          <TextField name="title" label="Title" state={s} maxlength={120} />
          <TextArea
            name="body"
            label="What happened?"
            state={s}
            required
            rows={10}
            maxlength={10000}
          />
          <button type="submit" class="primary">
            Save my changes
          </button>
        </form>
      </section>
    </Layout>,
  );
}
