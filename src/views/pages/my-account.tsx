import type { MyAccount } from '../../domain/accounts/index.js';
import type { MailSettings } from '../../domain/notify/index.js';
import { AccountMail } from './account-mail.js';
import {
  CsrfField,
  ErrorSummary,
  type FormState,
  PlaceField,
  TextField,
  emptyForm,
} from '../components/form.js';
import type { PageContext } from '../context.js';
import { formatDate } from '../format.js';
import { Fragment, h } from '../jsx.js';
import { Layout, page } from '../layout.js';
import { urls } from '../urls.js';

/** Each form of the page, with what was typed and what is wrong when it comes back. */
export interface AccountForms {
  profile: FormState;
  email: FormState;
  password: FormState;
  claim: FormState;
  remove: FormState;
  mail: FormState;
}
export const noAccountForms: AccountForms = {
  profile: emptyForm,
  email: emptyForm,
  password: emptyForm,
  claim: emptyForm,
  remove: emptyForm,
  mail: emptyForm,
};

const STATUS: Record<string, string> = {
  approved: 'Published',
  pending: 'Waiting for a moderator',
  rejected: 'Not published',
  spam: 'Removed as spam',
};
const KIND = { report: 'Report', reply: 'Reply', update: 'Update' } as const;

function Posts({ account }: { account: MyAccount }) {
  if (account.posts.length === 0) return <p class="muted">You have not posted anything yet.</p>;
  return (
    <table class="my-posts stack">
      <caption class="visually-hidden">Your reports, replies and updates</caption>
      <thead>
        <tr>
          <th scope="col">What</th>
          <th scope="col">On</th>
          <th scope="col">Sent</th>
          <th scope="col">Where it stands</th>
        </tr>
      </thead>
      <tbody>
        {account.posts.map((p) => (
          <tr>
            <td>{KIND[p.kind]}</td>
            <td data-label="On">
              {p.status === 'approved' ? <a href={urls.report(p.reportId)}>{p.about}</a> : p.about}
            </td>
            <td data-label="Sent">{p.postedAt ? formatDate(p.postedAt) : 'undated'}</td>
            <td data-label="Where it stands">
              {STATUS[p.status] ?? p.status}
              {p.reason && p.status !== 'approved' ? (
                <> — the moderator’s reason: {p.reason}</>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Form(props: {
  action: string;
  ctx: PageContext;
  state: FormState;
  submit: string;
  children: unknown;
  danger?: boolean;
}) {
  return (
    <form method="post" action={props.action} novalidate>
      <CsrfField token={props.ctx.csrfToken} />
      <ErrorSummary errors={props.state.errors} />
      {props.children as never}
      <button type="submit" class={props.danger ? 'danger' : 'primary'}>
        {props.submit}
      </button>
    </form>
  );
}

const password = (state: FormState, label = 'Your password') => (
  <TextField
    name="current"
    label={label}
    type="password"
    state={state}
    required
    autocomplete="current-password"
    keepValue={false}
  />
);

function Settings({
  account,
  ctx,
  forms,
}: {
  account: MyAccount;
  ctx: PageContext;
  forms: AccountForms;
}) {
  const profile = {
    ...forms.profile,
    values: {
      displayName: account.displayName,
      location: account.placeTyped ?? '',
      ...forms.profile.values,
    },
  };
  return (
    <>
      <section aria-labelledby="h-profile">
        <h2 id="h-profile">Name and place</h2>
        <Form
          action="/account/profile"
          ctx={ctx}
          state={forms.profile}
          submit="Save name and place"
        >
          <TextField
            name="displayName"
            label="Name shown beside your posts"
            state={profile}
            required
            maxlength={60}
            autocomplete="nickname"
          />
          <PlaceField name="location" label="Place" state={profile} />
        </Form>
      </section>
      <section aria-labelledby="h-email">
        <h2 id="h-email">Email</h2>
        <p>
          Now: <strong>{account.email ?? 'none'}</strong>. Never shown to anyone. A new address
          takes effect when you open the link we send to it.
        </p>
        <Form action="/account/email" ctx={ctx} state={forms.email} submit="Send the link">
          <TextField
            name="email"
            label="New email"
            type="email"
            state={forms.email}
            required
            autocomplete="email"
          />
          {password(forms.email)}
        </Form>
      </section>
      <section aria-labelledby="h-password">
        <h2 id="h-password">Password</h2>
        <Form action="/account/password" ctx={ctx} state={forms.password} submit="Change password">
          {password(forms.password, 'Current password')}
          <TextField
            name="password"
            label="New password"
            hint="At least 10 characters."
            type="password"
            state={forms.password}
            required
            autocomplete="new-password"
            keepValue={false}
          />
        </Form>
        <form method="post" action="/account/sessions">
          <CsrfField token={ctx.csrfToken} />
          <button type="submit">Sign out everywhere</button>{' '}
          <span class="muted">Ends every session of your account, this one included.</span>
        </form>
      </section>
    </>
  );
}

function YourData({ ctx, forms }: { ctx: PageContext; forms: AccountForms }) {
  return (
    <>
      <section aria-labelledby="h-claim">
        <h2 id="h-claim">Reports you posted as a guest</h2>
        <p>
          Give the email you posted them with: we send it a link, valid for {24} hours, that makes
          them yours.
        </p>
        <Form action="/account/claims" ctx={ctx} state={forms.claim} submit="Send the link">
          <TextField
            name="email"
            label="Email you posted with"
            type="email"
            state={forms.claim}
            required
            autocomplete="email"
          />
        </Form>
      </section>
      <section aria-labelledby="h-data">
        <h2 id="h-data">Your data</h2>
        <p>
          <a class="button" href="/account/data.json" download="remedex-my-data.json">
            Download my data
          </a>{' '}
          Everything Remedex holds about you, as JSON: your account, your place as you typed it,
          your email, posts, updates, votes and flags.
        </p>
      </section>
      <section aria-labelledby="h-delete">
        <h2 id="h-delete">Delete my account</h2>
        <Form
          action="/account/delete"
          ctx={ctx}
          state={forms.remove}
          submit="Delete my account"
          danger
        >
          <fieldset>
            <legend>Your reports and replies</legend>
            <label>
              <input
                type="radio"
                name="posts"
                value="keep"
                checked={forms.remove.values.posts !== 'remove'}
              />{' '}
              Keep them, shown as by “a former member”, with your name and place removed
            </label>
            <label>
              <input
                type="radio"
                name="posts"
                value="remove"
                checked={forms.remove.values.posts === 'remove'}
              />{' '}
              Delete them too (the numbers they counted in are recounted)
            </label>
          </fieldset>
          {password(forms.remove)}
        </Form>
      </section>
    </>
  );
}

export function myAccountPage(
  account: MyAccount,
  mail: MailSettings,
  ctx: PageContext,
  forms: AccountForms = noAccountForms,
): string {
  return page(
    <Layout title="My account" ctx={ctx} noindex>
      <section class="narrow my-account">
        <h1>My account</h1>
        <p>
          Signed in as <strong>{account.displayName}</strong>
          {account.place ? <> from {account.place}</> : null}.{' '}
          <a href={urls.user(account.id)}>Your public page</a> shows what everyone sees.
        </p>
        <section aria-labelledby="h-posts">
          <h2 id="h-posts">My posts</h2>
          <Posts account={account} />
        </section>
        <Settings account={account} ctx={ctx} forms={forms} />
        <AccountMail mail={mail} ctx={ctx} state={forms.mail} />
        <YourData ctx={ctx} forms={forms} />
      </section>
    </Layout>,
  );
}

/** A link from an email: the button that uses it, then what it did or why it did nothing. */
export function accountLinkPage(
  title: string,
  message: string,
  ctx: PageContext,
  confirm?: { action: string; token: string; button: string },
): string {
  return page(
    <Layout title={title} ctx={ctx} noindex>
      <section class="narrow">
        <h1>{title}</h1>
        {message ? <p>{message}</p> : null}
        {confirm ? (
          <form method="post" action={confirm.action}>
            <CsrfField token={ctx.csrfToken} />
            <input type="hidden" name="token" value={confirm.token} />
            <button type="submit" class="primary">
              {confirm.button}
            </button>
          </form>
        ) : null}
        <p>
          <a href="/account">Back to my account</a>
        </p>
      </section>
    </Layout>,
  );
}
