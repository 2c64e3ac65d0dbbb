import type { Condition, Report, RemedySummary } from '../../model/types.js';
import {
  doseFrequencies,
  doseUnits,
  durationUnits,
  forWhom,
  forms,
  outcomes,
  severities,
  sideEffectTerms,
} from '../../model/vocabulary.js';
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
import type { PageContext } from '../context.js';
import { formatDate } from '../format.js';
import { Fragment, type Html, h } from '../jsx.js';
import { Layout, page } from '../layout.js';
import { urls } from '../urls.js';

const pairs = (values: readonly string[]): [string, string][] => values.map((v) => [v, v]);
const entries = (o: Record<string, string>): [string, string][] => Object.entries(o);

function RatingField(props: { state: FormState }): Html {
  const current = valueOf(props.state, 'rating');
  const error = props.state.errors.rating;
  return (
    <fieldset
      class={error ? 'field field-error rating-field' : 'field rating-field'}
      id="field-rating"
    >
      <legend>How would you rate it overall?</legend>
      {error ? <p class="error-message">{error}</p> : null}
      <div class="row">
        {['5', '4', '3', '2', '1'].map((n) => (
          <label class="choice">
            <input type="radio" name="rating" value={n} checked={current === n} required /> {n}{' '}
            {n === '1' ? 'star' : 'stars'}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function SideEffectRow(props: { i: number; state: FormState }): Html {
  const { i, state } = props;
  return (
    <div class="row">
      <Select
        name={`sideEffect${i}`}
        label={`Side effect ${i}`}
        state={state}
        options={entries(sideEffectTerms)}
        placeholder="None"
      />
      <Select
        name={`severity${i}`}
        label="How bad"
        state={state}
        options={pairs(severities)}
        placeholder="—"
      />
      <TextField name={`sideEffectNote${i}`} label="Details" state={state} maxlength={120} />
    </div>
  );
}

export interface ReportFormView {
  remedy: RemedySummary;
  conditions: Condition[];
  state: FormState;
}

/** The condition, the stars, the title and the text. */
function ExperienceFields(props: {
  conditions: ReportFormView['conditions'];
  state: ReportFormView['state'];
}): Html {
  const { conditions, state } = props;
  return (
    <fieldset>
      <legend>Your experience</legend>
      <Select
        name="condition"
        label="What did you use it for?"
        state={state}
        required
        placeholder="Choose a condition"
        options={[
          ...conditions.map((c): [string, string] => [c.slug, c.name]),
          ['new', 'Something else: propose a new condition'],
        ]}
      />
      <TextField
        name="newCondition"
        label="New condition"
        hint="Only if you chose “Something else”. A moderator will review it."
        state={state}
        maxlength={80}
      />
      <RatingField state={state} />
      <TextField name="title" label="Title" state={state} maxlength={120} />
      <TextArea
        name="body"
        label="What happened?"
        hint="Plain text. Blank lines make paragraphs; **bold**, *italic* and lists starting with - work. No HTML."
        state={state}
        required
        rows={10}
        maxlength={10000}
      />
    </fieldset>
  );
}

/** What was taken: dose, form, brand, how long, how soon. */
function TakenFields(props: { state: ReportFormView['state'] }): Html {
  const { state } = props;
  return (
    <fieldset>
      <legend>What you took (optional)</legend>
      <div class="row">
        <TextField
          name="doseAmount"
          label="Amount"
          hint="For example 500, or 3-5"
          state={state}
          inputmode="decimal"
          maxlength={20}
        />
        <Select
          name="doseUnit"
          label="Unit"
          state={state}
          options={pairs(doseUnits)}
          placeholder="—"
        />
        <Select
          name="doseFrequency"
          label="How often"
          state={state}
          options={pairs(doseFrequencies)}
          placeholder="—"
        />
      </div>
      <div class="row">
        <Select name="form" label="Form" state={state} options={pairs(forms)} placeholder="—" />
        <TextField name="brand" label="Brand" state={state} maxlength={80} />
      </div>
      <div class="row">
        <TextField
          name="takenFor"
          label="Taken for"
          state={state}
          inputmode="numeric"
          maxlength={4}
        />
        <Select
          name="takenForUnit"
          label="Unit"
          state={state}
          options={Object.keys(durationUnits).map((u): [string, string] => [u, u])}
        />
        <TextField
          name="effectAfter"
          label="Noticed an effect after"
          state={state}
          inputmode="numeric"
          maxlength={4}
        />
        <Select
          name="effectAfterUnit"
          label="Unit"
          state={state}
          options={Object.keys(durationUnits).map((u): [string, string] => [u, u])}
        />
      </div>
    </fieldset>
  );
}

/** The outcome, side effects and for whom. */
function OutcomeFields(props: { state: ReportFormView['state'] }): Html {
  const { state } = props;
  return (
    <fieldset>
      <legend>How it went (optional)</legend>
      <Select
        name="outcome"
        label="Outcome"
        state={state}
        options={entries(outcomes)}
        placeholder="—"
      />
      <SideEffectRow i={1} state={state} />
      <SideEffectRow i={2} state={state} />
      <SideEffectRow i={3} state={state} />
      <Select
        name="forWhom"
        label="Who took it?"
        state={state}
        options={entries(forWhom)}
        placeholder="—"
      />
    </fieldset>
  );
}

/** Who is writing: the name shown, email and place for guests, any commercial tie. */
function AboutYouFields(props: {
  remedy: ReportFormView['remedy'];
  state: ReportFormView['state'];
  ctx: PageContext;
}): Html {
  const { remedy, state, ctx } = props;
  const guest = ctx.viewer === null;
  return (
    <fieldset>
      <legend>About you</legend>
      {guest ? (
        <>
          <p>
            Have an account?{' '}
            <a
              href={`/signin?next=${encodeURIComponent(`${urls.remedy(remedy.slug)}/reports/new`)}`}
            >
              Sign in
            </a>{' '}
            to post under your name and follow up later.
          </p>
          <TextField
            name="displayName"
            label="Name shown beside your report"
            state={state}
            required
            maxlength={60}
            autocomplete="nickname"
          />
          <TextField
            name="email"
            label="Email"
            hint="Never shown. Lets a moderator reach you."
            type="email"
            state={state}
            required
            autocomplete="email"
          />
          <label class="check">
            <input
              type="checkbox"
              name="followUpMail"
              checked={valueOf(state, 'followUpMail') === 'on'}
            />{' '}
            Email me about this report: the moderator’s decision, replies, and “did it last?” after
            30 and 90 days. We first send a link to confirm the address; every mail can unsubscribe.
          </label>
          <PlaceField
            name="location"
            label="Place"
            hint="For example: Leeds, UK."
            state={state}
            required
          />
        </>
      ) : (
        <PlaceField
          name="location"
          label="Place"
          hint={`Posting as ${ctx.viewer?.displayName ?? ''}.`}
          state={{
            ...state,
            values: { location: ctx.viewer?.location ?? '', ...state.values },
          }}
        />
      )}
      <TextField
        name="commercialTie"
        label="Do you sell, make or get paid for this product?"
        hint="If so, say how. It is shown with your report."
        state={state}
        maxlength={200}
      />
    </fieldset>
  );
}

export function reportFormPage(v: ReportFormView, ctx: PageContext): string {
  const { remedy, state } = v;
  return page(
    <Layout title={`Add a report on ${remedy.name}`} ctx={ctx} noindex>
      <nav class="breadcrumbs" aria-label="Breadcrumbs">
        <a href={urls.remedies()}>Remedies</a> ›{' '}
        <a href={urls.remedy(remedy.slug)}>{remedy.name}</a> › Add a report
      </nav>
      <section class="narrow wide-form">
        <h1>Add a report on {remedy.name}</h1>
        <p>
          Tell other readers what happened when you (or someone you care for) tried {remedy.name}.
          Reports are read by a moderator before they appear. Please do not give medical advice, and
          never stop a prescribed medicine without your doctor.
        </p>
        <ErrorSummary errors={state.errors} />
        <form method="post" action={`${urls.remedy(remedy.slug)}/reports`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <ExperienceFields conditions={v.conditions} state={state} />
          <TakenFields state={state} />
          <OutcomeFields state={state} />
          <AboutYouFields remedy={remedy} state={state} ctx={ctx} />
          <Honeypot />
          <button type="submit" class="primary">
            Send my report
          </button>
        </form>
      </section>
    </Layout>,
  );
}

const STATUS_WORDS: Record<Report['status'], string> = {
  pending: 'Awaiting review',
  approved: 'Published',
  rejected: 'Not published',
  spam: 'Not published',
};

/** What an author sees after sending a report, and whenever they come back to its link. */
export function reportStatusPage(report: Report, statusUrl: string, ctx: PageContext): string {
  return page(
    <Layout title={`Your report: ${STATUS_WORDS[report.status]}`} ctx={ctx} noindex>
      <section class="narrow">
        <p class="muted">Report #{report.id}</p>
        <h1>
          {report.status === 'pending'
            ? 'Thank you: your report is awaiting review'
            : STATUS_WORDS[report.status]}
        </h1>
        {report.status === 'pending' ? (
          <>
            <p>
              A moderator reads every report before it appears, usually within a day or two. Reports
              that mention something risky are read first.
            </p>
            <p>
              Keep this link to check on it later: <a href={statusUrl}>{statusUrl}</a>
            </p>
          </>
        ) : null}
        {report.status === 'approved' ? (
          <p>
            It is on the site: <a href={urls.report(report.id)}>read your report</a>.
          </p>
        ) : null}
        {report.status === 'rejected' || report.status === 'spam' ? (
          <p>
            A moderator decided not to publish it
            {report.moderationReason ? `: ${report.moderationReason}` : '.'}
          </p>
        ) : null}
        <h2>What you sent</h2>
        <ReportsNotice />
        <p>
          <strong>{report.remedy.name}</strong> for {report.condition.name}, sent on{' '}
          {formatDate(report.postedAt)}.
        </p>
        <blockquote class="post-body">{report.body}</blockquote>
        <p>
          <a href={urls.remedy(report.remedy.slug)}>Back to {report.remedy.name}</a>
        </p>
      </section>
    </Layout>,
  );
}
