import { type ReadFact } from '../../domain/insight/report-facts.js';
import type { EditState } from '../../domain/reports/conversation.js';
import type { Condition, RemedySummary, ReportWithReplies } from '../../model/types.js';
import { outcomes } from '../../model/vocabulary.js';
import {
  CsrfField,
  ErrorSummary,
  type FormState,
  Honeypot,
  Select,
  TextArea,
  TextField,
  valueOf,
} from '../components/form.js';
import { ReportsNotice } from '../components/notice.js';
import { ReportCard } from '../components/report.js';
import type { PageContext } from '../context.js';
import { formatDate } from '../format.js';
import { Fragment, type Html, h } from '../jsx.js';
import { Layout, page } from '../layout.js';
import { urls } from '../urls.js';

export const flagReasonLabels = {
  spam: 'Spam or advertising',
  unsafe: 'Unsafe advice',
  'off-topic': 'Off-topic',
  other: 'Something else',
};

export interface ReportPageExtras {
  reply: FormState;
  followUp: FormState;
  flag: FormState;
  edit: EditState | null;
  voted: boolean;
  isAuthor: boolean;
  /** For moderators: where the report may be moved. */
  moderation: { remedies: RemedySummary[]; conditions: Condition[] } | null;
  /** What the remedy's numbers take from this report, and where each value came from. */
  facts: ReadFact[] | null;
}

export const noExtras: ReportPageExtras = {
  reply: { values: {}, errors: {} },
  followUp: { values: {}, errors: {} },
  flag: { values: {}, errors: {} },
  facts: null,
  edit: null,
  voted: false,
  isAuthor: false,
  moderation: null,
};

function ModeratorTools(props: {
  report: ReportWithReplies;
  ctx: PageContext;
  targets: { remedies: RemedySummary[]; conditions: Condition[] };
}): Html {
  const { report, ctx, targets } = props;
  const path = `/moderate/reports/${report.id}`;
  const back = <input type="hidden" name="back" value={urls.report(report.id)} />;
  return (
    <section class="moderator-tools" aria-labelledby="moderator-tools-heading">
      <h2 id="moderator-tools-heading">Moderator tools</h2>
      <form method="post" action={path} class="reason-form">
        <CsrfField token={ctx.csrfToken} />
        {back}
        <input type="hidden" name="action" value="choice" />
        <input type="hidden" name="on" value={report.editorsChoice ? 'off' : 'on'} />
        <label>
          <span class="visually-hidden">Reason (shown to readers)</span>
          <input
            type="text"
            name="reason"
            placeholder="Reason, shown to readers"
            required
            maxlength={300}
          />
        </label>
        <button type="submit">
          {report.editorsChoice ? "Remove Editor's Choice" : "Make Editor's Choice"}
        </button>
      </form>
      <form method="post" action={path} class="reason-form">
        <CsrfField token={ctx.csrfToken} />
        {back}
        <input type="hidden" name="action" value="note" />
        <label>
          <span class="visually-hidden">Editor's note</span>
          <input
            type="text"
            name="note"
            value={report.editorNote ?? ''}
            placeholder="Editor's note (empty removes it)"
            maxlength={500}
          />
        </label>
        <button type="submit">Pin the note</button>
      </form>
      <form method="post" action={path} class="reason-form">
        <CsrfField token={ctx.csrfToken} />
        {back}
        <input type="hidden" name="action" value="move" />
        <label>
          <span class="visually-hidden">Remedy</span>
          <select name="remedy">
            {targets.remedies.map((m) => (
              <option value={m.slug} selected={m.slug === report.remedy.slug}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span class="visually-hidden">Condition</span>
          <select name="condition">
            {targets.conditions.map((c) => (
              <option value={c.slug} selected={c.slug === report.condition.slug}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Move</button>
      </form>
      <form method="post" action={path} class="reason-form">
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="action" value="reject" />
        <label>
          <span class="visually-hidden">Why it is removed</span>
          <input
            type="text"
            name="reason"
            placeholder="Why it is removed (public)"
            required
            maxlength={300}
          />
        </label>
        <button type="submit">Remove</button>
      </form>
    </section>
  );
}

function FlagForm(props: {
  action: string;
  state: FormState;
  ctx: PageContext;
  label: string;
}): Html {
  const open = Object.keys(props.state.errors).length > 0;
  return (
    <details class="flag" open={open}>
      <summary>{props.label}</summary>
      <form method="post" action={props.action}>
        <CsrfField token={props.ctx.csrfToken} />
        <Select
          name="reason"
          label="What is wrong?"
          state={props.state}
          required
          options={Object.entries(flagReasonLabels)}
          placeholder="Choose a reason"
        />
        <TextField
          name="note"
          label="Tell the moderators more"
          state={props.state}
          maxlength={500}
        />
        <button type="submit">Send to the moderators</button>
      </form>
    </details>
  );
}

export function reportPage(
  report: ReportWithReplies,
  ctx: PageContext,
  extras: ReportPageExtras = noExtras,
): string {
  const title = report.title ?? `${report.remedy.name} for ${report.condition.name}`;
  const guest = ctx.viewer === null;
  return page(
    <Layout
      title={title}
      description={`A reader's report on ${report.remedy.name} for ${report.condition.name}.`}
      canonical={urls.report(report.id)}
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
        <section class="read-facts" aria-labelledby="read-facts-heading">
          <h2 id="read-facts-heading">What the numbers take from this report</h2>
          <table>
            <tbody>
              {extras.facts.map((f) => (
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
      ) : null}
      <div class="report-actions">
        {ctx.viewer && !extras.isAuthor ? (
          extras.voted ? (
            <p class="muted">You voted on this report.</p>
          ) : (
            <form method="post" action={`${urls.report(report.id)}/helpful`} class="inline">
              <CsrfField token={ctx.csrfToken} />
              <span>Was this report helpful?</span>{' '}
              <button type="submit" name="vote" value="yes">
                Helpful
              </button>{' '}
              <button type="submit" name="vote" value="no">
                Not helpful
              </button>
            </form>
          )
        ) : null}
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
        />
      </div>
      {report.replies.length > 0 ? (
        <section aria-label="Flag a reply">
          {report.replies.map((r) => (
            <FlagForm
              action={`/replies/${r.id}/flag`}
              state={{ values: {}, errors: {} }}
              ctx={ctx}
              label={`Flag the reply by ${r.author.displayName}`}
            />
          ))}
        </section>
      ) : null}
      {extras.moderation ? (
        <ModeratorTools report={report} ctx={ctx} targets={extras.moderation} />
      ) : null}
      {extras.isAuthor ? (
        <section class="narrow" aria-labelledby="follow-up-heading">
          <h2 id="follow-up-heading">Add an update</h2>
          <p>How are things now? Updates appear under your report with their date.</p>
          <ErrorSummary errors={extras.followUp.errors} />
          <form method="post" action={`${urls.report(report.id)}/follow-ups`}>
            <CsrfField token={ctx.csrfToken} />
            <TextArea
              name="body"
              label="Your update"
              state={extras.followUp}
              required
              rows={4}
              maxlength={5000}
            />
            <Select
              name="outcome"
              label="Outcome now"
              state={extras.followUp}
              options={Object.entries(outcomes)}
              placeholder="Unchanged"
            />
            <button type="submit">Add the update</button>
          </form>
        </section>
      ) : null}
      <section class="narrow" aria-labelledby="reply-heading">
        <h2 id="reply-heading">Reply to this report</h2>
        <ErrorSummary errors={extras.reply.errors} />
        <form method="post" action={`${urls.report(report.id)}/replies`}>
          <CsrfField token={ctx.csrfToken} />
          <TextArea
            name="body"
            label="Your reply"
            hint="Share your own experience or ask a question. Please do not give medical advice."
            state={extras.reply}
            required
            rows={4}
            maxlength={5000}
          />
          {guest ? (
            <>
              <TextField
                name="displayName"
                label="Name shown beside your reply"
                state={extras.reply}
                required
                maxlength={60}
              />
              <TextField
                name="email"
                label="Email"
                hint="Never shown."
                type="email"
                state={extras.reply}
                required
              />
              <TextField name="location" label="Place" state={extras.reply} maxlength={80} />
              <Honeypot />
            </>
          ) : null}
          <button type="submit" class="primary">
            Send my reply
          </button>
        </form>
      </section>
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
