import {
  CsrfField,
  ErrorSummary,
  type FormState,
  Honeypot,
  PlaceField,
  TextField,
} from '../components/form.js';
import type { PageContext } from '../context.js';
import { h } from '../jsx.js';
import { Layout, page } from '../layout.js';

function AccountForm(props: {
  title: string;
  action: string;
  ctx: PageContext;
  state: FormState;
  submit: string;
  children?: unknown;
}) {
  return page(
    <Layout title={props.title} ctx={props.ctx} noindex>
      <section class="narrow">
        <h1>{props.title}</h1>
        <ErrorSummary errors={props.state.errors} />
        <form method="post" action={props.action} novalidate>
          <CsrfField token={props.ctx.csrfToken} />
          {props.children as never}
          <button type="submit" class="primary">
            {props.submit}
          </button>
        </form>
      </section>
    </Layout>,
  );
}

export function signUpPage(state: FormState, ctx: PageContext, next: string): string {
  return AccountForm({
    title: 'Join Remedex',
    action: `/signup?next=${encodeURIComponent(next)}`,
    ctx,
    state,
    submit: 'Create my account',
    children: [
      <p>
        An account lets you post reports without retyping your details, follow up on them, and mark
        reports as helpful. Already a member? <a href="/signin">Sign in</a>.
      </p>,
      <TextField
        name="displayName"
        label="Name shown beside your posts"
        state={state}
        required
        autocomplete="nickname"
        maxlength={60}
      />,
      <TextField
        name="email"
        label="Email"
        hint="Never shown to anyone. Used to reset your password."
        type="email"
        state={state}
        required
        autocomplete="email"
      />,
      <TextField
        name="password"
        label="Password"
        hint="At least 10 characters."
        type="password"
        state={state}
        required
        autocomplete="new-password"
        keepValue={false}
      />,
      <PlaceField
        name="location"
        label="Place"
        hint="Shown beside your posts, for example: Leeds, UK."
        state={state}
      />,
      <Honeypot />,
    ],
  });
}

export function signInPage(state: FormState, ctx: PageContext, next: string): string {
  return AccountForm({
    title: 'Sign in',
    action: `/signin?next=${encodeURIComponent(next)}`,
    ctx,
    state,
    submit: 'Sign in',
    children: [
      <TextField
        name="email"
        label="Email"
        type="email"
        state={state}
        required
        autocomplete="email"
      />,
      <TextField
        name="password"
        label="Password"
        type="password"
        state={state}
        required
        autocomplete="current-password"
        keepValue={false}
      />,
      <p>
        <a href="/password/forgot">Forgot your password?</a> · New here?{' '}
        <a href="/signup">Join Remedex</a>
      </p>,
    ],
  });
}

export function forgotPasswordPage(state: FormState, ctx: PageContext): string {
  return AccountForm({
    title: 'Choose a new password',
    action: '/password/forgot',
    ctx,
    state,
    submit: 'Email me a link',
    children: [
      <p>
        Enter the email of your account. We will send it a link to choose a new password; it works
        once, for an hour.
      </p>,
      <TextField
        name="email"
        label="Email"
        type="email"
        state={state}
        required
        autocomplete="email"
      />,
    ],
  });
}

export function resetPasswordPage(token: string, state: FormState, ctx: PageContext): string {
  return AccountForm({
    title: 'Choose a new password',
    action: '/password/reset',
    ctx,
    state,
    submit: 'Save my new password',
    children: [
      <input type="hidden" name="token" value={token} />,
      <TextField
        name="password"
        label="New password"
        hint="At least 10 characters."
        type="password"
        state={state}
        required
        autocomplete="new-password"
        keepValue={false}
      />,
    ],
  });
}

export function resetExpiredPage(ctx: PageContext): string {
  return page(
    <Layout title="This link has expired" ctx={ctx} noindex>
      <section class="narrow">
        <h1>This link has expired</h1>
        <p>
          Password links work once, for an hour. <a href="/password/forgot">Ask for a new one</a>.
        </p>
      </section>
    </Layout>,
  );
}

/** The answer to every valid sign-up form, whether or not the email already had an account. */
export function signUpSentPage(email: string, ctx: PageContext): string {
  return page(
    <Layout title="Check your email" ctx={ctx} noindex>
      <section class="narrow">
        <h1>Check your email</h1>
        <p>
          We have sent a message to <strong>{email}</strong>. Open the link in it within a day to
          finish joining Remedex. If the address already has an account, the message says so and how
          to sign in.
        </p>
        <p>
          Nothing arrived? Look in your spam folder, or <a href="/signup">try again</a>.
        </p>
      </section>
    </Layout>,
  );
}

export function confirmSignUpPage(token: string, next: string, ctx: PageContext): string {
  return AccountForm({
    title: 'Finish joining Remedex',
    action: `/signup/confirm?next=${encodeURIComponent(next)}`,
    ctx,
    state: { values: {}, errors: {} },
    submit: 'Create my account',
    children: [
      <p>One step left: confirm that this is your email address, and your account is ready.</p>,
      <input type="hidden" name="token" value={token} />,
    ],
  });
}

export function signUpExpiredPage(ctx: PageContext, message?: string): string {
  return page(
    <Layout title="This link cannot be used" ctx={ctx} noindex>
      <section class="narrow">
        <h1>This link cannot be used</h1>
        <p>
          {message ?? 'Sign-up links work once, for a day.'} <a href="/signup">Sign up again</a>, or{' '}
          <a href="/signin">sign in</a>.
        </p>
      </section>
    </Layout>,
  );
}
