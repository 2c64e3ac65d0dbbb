// The mail part of /account: what the member gets, and what they follow.
import type { MailSettings } from '../../domain/notify/index.js';
import { CsrfField, ErrorSummary, type FormState } from '../components/form.js';
import type { PageContext } from '../context.js';
import { formatDate } from '../format.js';
import { h } from '../jsx.js';
import { urls } from '../urls.js';

const WISHES = [
  ['moderation', 'When a moderator publishes my report, or does not (with the reason)'],
  ['replies', 'When someone replies to my report'],
  ['followUps', '“Did it last?”: 30 and 90 days after a report that said it helped'],
] as const;

function followName(f: MailSettings['follows'][number]) {
  if (f.remedySlug && f.conditionSlug)
    return (
      <a href={urls.remedyCondition(f.remedySlug, f.conditionSlug)}>
        {f.remedyName} for {f.conditionName}
      </a>
    );
  if (f.remedySlug) return <a href={urls.remedy(f.remedySlug)}>{f.remedyName}</a>;
  return <a href={urls.condition(f.conditionSlug ?? '')}>{f.conditionName}</a>;
}

export function AccountMail({
  mail,
  ctx,
  state,
}: {
  mail: MailSettings;
  ctx: PageContext;
  state: FormState;
}) {
  return (
    <section aria-labelledby="h-mail" id="mail">
      <h2 id="h-mail">Mail</h2>
      {mail.email ? (
        <p>
          Mail goes to <strong>{mail.email}</strong>, and only about what you choose here.
        </p>
      ) : (
        <p>Your account has no confirmed email yet, so Remedex sends you nothing.</p>
      )}
      {mail.unsubscribedAt ? (
        <p class="notice" role="status">
          You unsubscribed from all mail on {formatDate(mail.unsubscribedAt)}. Saving below starts
          it again.
        </p>
      ) : null}
      <form method="post" action="/account/mail" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <ErrorSummary errors={state.errors} />
        <fieldset>
          <legend>Send me mail</legend>
          {WISHES.map(([name, label]) => (
            <label class="check">
              <input type="checkbox" name={name} checked={mail.preferences[name]} /> {label}
            </label>
          ))}
        </fieldset>
        <button type="submit" class="primary">
          Save mail settings
        </button>
      </form>
      <h3>What I follow</h3>
      {mail.follows.length === 0 ? (
        <p class="muted">
          Nothing yet. “Follow” on a remedy, a condition or a remedy’s page for one condition sends
          a digest of its new reports.
        </p>
      ) : (
        <ul class="follows">
          {mail.follows.map((f) => (
            <li>
              {followName(f)}: a {f.frequency} digest of new reports{' '}
              <form method="post" action={`/account/follows/${f.id}`} class="inline">
                <CsrfField token={ctx.csrfToken} />
                <input
                  type="hidden"
                  name="frequency"
                  value={f.frequency === 'daily' ? 'weekly' : 'daily'}
                />
                <button type="submit" name="action" value="frequency">
                  Make it {f.frequency === 'daily' ? 'weekly' : 'daily'}
                </button>{' '}
                <button type="submit" name="action" value="remove">
                  Unfollow
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
