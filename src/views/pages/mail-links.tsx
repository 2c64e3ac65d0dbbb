// The pages the links in mail open: unsubscribe, confirm an address, and "did it last?".
import { type LastedForm } from '../../domain/notify/index.js';
import { lastedAnswers } from '../../model/mail.js';
import { CsrfField, ErrorSummary, type FormState, TextArea, valueOf } from '../components/form.js';
import type { PageContext } from '../context.js';
import { formatDate } from '../format.js';
import { Fragment, type Html, h } from '../jsx.js';
import { Layout, page } from '../layout.js';
import { urls, withQuery } from '../urls.js';

function linkPage(title: string, ctx: PageContext, body: Html): string {
  return page(
    <Layout title={title} ctx={ctx} noindex>
      <section class="narrow">
        <h1>{title}</h1>
        {body}
      </section>
    </Layout>,
  );
}

/** A link that did not work, or what a used one did. */
export function mailMessagePage(title: string, message: string, ctx: PageContext): string {
  return linkPage(
    title,
    ctx,
    <>
      <p>{message}</p>
      <p>
        <a href="/">Remedex home</a>
        {ctx.viewer ? (
          <>
            {' '}
            · <a href="/account#mail">Your mail settings</a>
          </>
        ) : null}
      </p>
    </>,
  );
}

/** Opening an unsubscribe link asks for the click; a mail client's one-click POST needs none. */
export function unsubscribePage(
  token: string,
  unsubscribedAt: string | null,
  ctx: PageContext,
): string {
  if (unsubscribedAt)
    return mailMessagePage(
      'You are unsubscribed',
      `Remedex has sent this address nothing since ${formatDate(unsubscribedAt)}, and will send nothing more. Members can start mail again in their account's mail settings.`,
      ctx,
    );
  return linkPage(
    'Stop mail from Remedex',
    ctx,
    <>
      <p>
        After this, Remedex sends this address no more mail: no decisions, replies, “did it last?”
        questions or digests. Members can start it again in their account’s mail settings.
      </p>
      <form method="post" action={withQuery('/mail/unsubscribe', { t: token })}>
        <button type="submit" class="primary" name="List-Unsubscribe" value="One-Click">
          Unsubscribe
        </button>
      </form>
    </>,
  );
}

export function confirmAddressPage(token: string, ctx: PageContext): string {
  return linkPage(
    'Confirm your email',
    ctx,
    <>
      <p>
        Confirm this address to get mail about your report: the moderator’s decision, replies, and a
        “did it last?” question after 30 and 90 days. Every mail has an unsubscribe link.
      </p>
      <form method="post" action="/mail/confirm">
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="t" value={token} />
        <button type="submit" class="primary">
          Confirm my email
        </button>
      </form>
    </>,
  );
}

const when = (days: number) => (days >= 60 ? `${Math.round(days / 30)} months` : `${days} days`);

/** One question, no sign-in: the answer becomes a dated update of the report. */
export function lastedPage(
  form: LastedForm,
  token: string,
  ctx: PageContext,
  state: FormState,
): string {
  const r = form.report;
  const title = `Did it last? ${r.remedyName} for ${r.conditionName}`;
  if (form.answered)
    return mailMessagePage(title, 'This question was answered already: thank you.', ctx);
  const chosen = valueOf(state, 'answer');
  return linkPage(
    title,
    ctx,
    <>
      <p>
        {when(form.days)} after <a href={urls.report(r.id)}>your report</a>, how is {r.remedyName}{' '}
        doing for your {r.conditionName.toLowerCase()}? Your answer is added to the report as a
        dated update, so readers can see how it held up.
      </p>
      <form method="post" action={`/reports/${r.id}/lasted`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="t" value={token} />
        <ErrorSummary errors={state.errors} />
        <fieldset aria-describedby={state.errors.answer ? 'answer-error' : undefined}>
          <legend>Is it still helping?</legend>
          {state.errors.answer ? (
            <p class="error-message" id="answer-error">
              {state.errors.answer}
            </p>
          ) : null}
          {Object.entries(lastedAnswers).map(([value, label]) => (
            <label class="check">
              <input type="radio" name="answer" value={value} checked={chosen === value} required />{' '}
              {label}
            </label>
          ))}
        </fieldset>
        <TextArea
          name="note"
          label="Anything to add? (optional)"
          hint="A moderator reads added words before they are shown. Please leave out names, emails and phone numbers."
          state={state}
          rows={4}
          maxlength={2000}
        />
        <button type="submit" class="primary">
          Add my answer
        </button>
      </form>
    </>,
  );
}
