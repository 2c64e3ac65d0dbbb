import type { FastifyInstance } from 'fastify';
import {
  type SignUpRequest,
  coarsePlace,
  confirmSignUp,
  endSession,
  requestPasswordReset,
  resetPassword,
  resetTokenUsable,
  requestSignUp,
  signIn,
  signUpTokenUsable,
  startSession,
} from '../../domain/accounts/index.js';
import { asText, transaction, InvalidInput } from '../../domain/common/index.js';
import { emptyForm } from '../../views/components/form.js';
import {
  confirmSignUpPage,
  forgotPasswordPage,
  resetExpiredPage,
  resetPasswordPage,
  signInPage,
  signUpExpiredPage,
  signUpPage,
  signUpSentPage,
} from '../../views/pages/accounts.js';
import { type RouteDeps, html, pageContext, safeNext } from '../context.js';
import { formState, isBot, orFormError } from '../forms.js';
import { accountKey, limit } from '../limits.js';
import { changedNothing } from '../page-cache.js';
import { SESSION_COOKIE, clearSessionCookie, setNotice, setSessionCookie } from '../session.js';

type NextQuery = { Querystring: { next?: string } };

export function registerAccountRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const tools = accountTools(app, deps);
  signUpRoutes(app, deps, tools);
  signInRoutes(app, deps, tools);
  passwordRoutes(app, deps, tools);
  // JSON for the place preview enhancement (public/place.js); forms show the same without it.
  app.get<{ Querystring: { text?: unknown } }>('/api/place', async (request, reply) => {
    const text = typeof request.query.text === 'string' ? request.query.text.slice(0, 200) : '';
    reply.header('cache-control', 'public, max-age=3600');
    return { shown: coarsePlace(text) };
  });
}

interface AccountTools {
  cookie: { secure: boolean };
  perIp: (name: string, max: number, minutes: number) => ReturnType<typeof limit>;
  perAccount: (name: string, max: number, minutes: number) => ReturnType<typeof limit>;
}

/** The session cookie's settings and the rate limits the account forms share. */
function accountTools(app: FastifyInstance, deps: RouteDeps): AccountTools {
  return {
    cookie: { secure: deps.settings.publicUrl.startsWith('https:') },
    perIp: (name, max, minutes) => limit(app, `${name}:ip`, max, minutes),
    perAccount: (name, max, minutes) => limit(app, `${name}:account`, max, minutes, accountKey),
  };
}

/** Joining: the form, the mailed link, and confirming it. */
function signUpRoutes(app: FastifyInstance, deps: RouteDeps, tools: AccountTools): void {
  const { store, now } = deps;
  const { cookie, perIp, perAccount } = tools;
  app.get<NextQuery>('/signup', async (request, reply) =>
    html(
      reply,
      signUpPage(emptyForm, await pageContext(request, reply, true), safeNext(request.query.next)),
    ),
  );

  app.post<NextQuery>(
    '/signup',
    { preHandler: [perIp('signup', 10, 60), perAccount('signup', 5, 60), app.csrfProtection] },
    async (request, reply) => {
      changedNothing(request);
      const next = safeNext(request.query.next);
      if (isBot(request)) return reply.redirect('/', 303);
      const result = await orFormError(() =>
        transaction(store, (trx) => requestSignUp(trx, request.body, now())),
      );
      if (result instanceof InvalidInput) {
        return html(
          reply,
          signUpPage(formState(request, result), await pageContext(request, reply, true), next),
          422,
        );
      }
      await deps.mailer.send(signUpMail(result, deps.settings.publicUrl, next));
      return html(reply, signUpSentPage(result.email, await pageContext(request, reply)));
    },
  );

  app.get<{ Querystring: { token?: string; next?: string } }>(
    '/signup/confirm',
    async (request, reply) => {
      const token = asText(request.query.token);
      const ctx = await pageContext(request, reply, true);
      if (!token || !(await signUpTokenUsable(store, token, now())))
        return html(reply, signUpExpiredPage(ctx), 410);
      return html(reply, confirmSignUpPage(token, safeNext(request.query.next), ctx));
    },
  );

  app.post<NextQuery>(
    '/signup/confirm',
    { preHandler: [perIp('signup-confirm', 20, 60), app.csrfProtection] },
    async (request, reply) => {
      const result = await orFormError(() =>
        transaction(store, (trx) => confirmSignUp(trx, request.body, now())),
      );
      if (result instanceof InvalidInput) {
        const ctx = await pageContext(request, reply, true);
        return html(reply, signUpExpiredPage(ctx, result.fields.form), 410);
      }
      setSessionCookie(reply, await startSession(store, result.id, now()), cookie);
      setNotice(reply, 'signed-up');
      return reply.redirect(safeNext(request.query.next), 303);
    },
  );
}

/** Signing in and out. */
function signInRoutes(app: FastifyInstance, deps: RouteDeps, tools: AccountTools): void {
  const { store, now } = deps;
  const { cookie, perIp } = tools;
  app.get<NextQuery>('/signin', async (request, reply) =>
    html(
      reply,
      signInPage(emptyForm, await pageContext(request, reply, true), safeNext(request.query.next)),
    ),
  );

  app.post<NextQuery>(
    '/signin',
    {
      preHandler: [
        perIp('signin', 30, 15),
        // Per account and address: ten wrong passwords from one place do not lock the owner out
        // everywhere else.
        limit(app, 'signin:account', 10, 15, (r) => `${accountKey(r)}:${r.ip}`),
        app.csrfProtection,
      ],
    },
    async (request, reply) => {
      changedNothing(request);
      const next = safeNext(request.query.next);
      const result = await orFormError(() => signIn(store, request.body));
      if (result instanceof InvalidInput) {
        return html(
          reply,
          signInPage(formState(request, result), await pageContext(request, reply, true), next),
          422,
        );
      }
      setSessionCookie(reply, await startSession(store, result.id, now()), cookie);
      setNotice(reply, 'signed-in');
      return reply.redirect(next, 303);
    },
  );

  app.post('/signout', { preHandler: [app.csrfProtection] }, async (request, reply) => {
    changedNothing(request);
    // Only a live session is ended: a made-up cookie writes nothing.
    const token = request.cookies[SESSION_COOKIE];
    if (token && request.viewer) await endSession(store, token);
    clearSessionCookie(reply);
    setNotice(reply, 'signed-out');
    return reply.redirect('/', 303);
  });
}

/** A forgotten password: asking for a link, and choosing a new one. */
function passwordRoutes(app: FastifyInstance, deps: RouteDeps, tools: AccountTools): void {
  const { store, now } = deps;
  const { cookie, perIp, perAccount } = tools;
  app.get('/password/forgot', async (request, reply) =>
    html(reply, forgotPasswordPage(emptyForm, await pageContext(request, reply, true))),
  );

  app.post(
    '/password/forgot',
    {
      preHandler: [
        perIp('reset-request', 10, 60),
        perAccount('reset-request', 3, 60),
        app.csrfProtection,
      ],
    },
    async (request, reply) => {
      changedNothing(request);
      const result = await orFormError(() =>
        transaction(store, (trx) => requestPasswordReset(trx, request.body, now())),
      );
      if (result instanceof InvalidInput) {
        return html(
          reply,
          forgotPasswordPage(formState(request, result), await pageContext(request, reply, true)),
          422,
        );
      }
      if (result) {
        const link = `${deps.settings.publicUrl}/password/reset?token=${encodeURIComponent(result.token)}`;
        await deps.mailer.send({
          to: result.email,
          subject: 'Choose a new Remedex password',
          text: `Hello ${result.displayName},\n\nSomeone (we hope you) asked to change the password of your Remedex account. Choose a new one here:\n\n${link}\n\nThe link works once, for one hour. If you did not ask, ignore this message; your password stays as it is.\n`,
        });
      }
      setNotice(reply, 'reset-sent');
      return reply.redirect('/signin', 303);
    },
  );

  app.get<{ Querystring: { token?: string } }>('/password/reset', async (request, reply) => {
    const token = typeof request.query.token === 'string' ? request.query.token : '';
    const ctx = await pageContext(request, reply, true);
    if (!token || !(await resetTokenUsable(store, token, now())))
      return html(reply, resetExpiredPage(ctx), 410);
    return html(reply, resetPasswordPage(token, emptyForm, ctx));
  });

  app.post(
    '/password/reset',
    { preHandler: [perIp('reset', 10, 60), app.csrfProtection] },
    async (request, reply) => {
      changedNothing(request);
      const result = await orFormError(() =>
        transaction(store, (trx) => resetPassword(trx, request.body, now())),
      );
      if (result instanceof InvalidInput) {
        const token = asText((request.body as Record<string, unknown>).token);
        const ctx = await pageContext(request, reply, true);
        if (result.fields.form) return html(reply, resetExpiredPage(ctx), 410);
        return html(reply, resetPasswordPage(token, formState(request, result), ctx), 422);
      }
      setSessionCookie(reply, await startSession(store, result, now()), cookie);
      setNotice(reply, 'password-changed');
      return reply.redirect('/', 303);
    },
  );
}

/** The one message a sign-up sends: a link to finish, or a note to the address's owner. */
function signUpMail(r: SignUpRequest, publicUrl: string, next: string) {
  if (r.kind === 'exists')
    return {
      to: r.email,
      subject: 'Someone tried to join Remedex with your email',
      text: `Hello ${r.displayName},\n\nSomeone (we hope you) tried to create a Remedex account with this address, which already has one. Nothing was changed.\n\nSign in: ${publicUrl}/signin\nForgot your password? ${publicUrl}/password/forgot\n\nIf it was not you, ignore this message.\n`,
    };
  const link = `${publicUrl}/signup/confirm?token=${encodeURIComponent(r.token)}${next === '/' ? '' : `&next=${encodeURIComponent(next)}`}`;
  return {
    to: r.email,
    subject: 'Finish joining Remedex',
    text: `Hello ${r.displayName},\n\nOpen this link to finish creating your Remedex account:\n\n${link}\n\nThe link works once, for a day. If you did not ask to join, ignore this message; no account is made.\n`,
  };
}
