import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { InvalidInput, asText, transaction } from '../../domain/common/index.js';
import {
  LINK_BROKEN,
  answerLasted,
  confirmAddress,
  follow,
  lastedForm,
  unsubscribe,
  unsubscribeState,
} from '../../domain/notify/index.js';
import { emptyForm } from '../../views/components/form.js';
import {
  confirmAddressPage,
  lastedPage,
  mailMessagePage,
  unsubscribePage,
} from '../../views/pages/mail-links.js';
import { urls } from '../../views/urls.js';
import { type RouteDeps, html, pageContext, safeNext } from '../context.js';
import { formState, orFormError } from '../forms.js';
import { accountKey, limit } from '../limits.js';
import { parseId } from '../params.js';
import { changedNothing } from '../page-cache.js';
import { setNotice } from '../session.js';

type TokenQuery = { Querystring: { t?: unknown } };
const tokenOf = (value: unknown) => (typeof value === 'string' ? value.slice(0, 2000) : '');
const bodyOf = (request: FastifyRequest) =>
  (request.body as Record<string, unknown> | undefined) ?? {};

/** The page a follow form sits on, to come back to. */
function followedPage(body: Record<string, unknown>): string {
  const remedy = asText(body.remedy);
  const condition = asText(body.condition);
  const path = remedy
    ? condition
      ? urls.remedyCondition(remedy, condition)
      : urls.remedy(remedy)
    : urls.condition(condition);
  return safeNext(path);
}

/** Follows, and the pages the links in mail open (they work without signing in). */
export function registerMailRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const broken = async (request: FastifyRequest, reply: FastifyReply, title: string) =>
    html(reply, mailMessagePage(title, LINK_BROKEN, await pageContext(request, reply)), 410);

  followRoute(app, deps);
  unsubscribeRoutes(app, deps, broken);
  confirmRoutes(app, deps, broken);
  lastedRoutes(app, deps, broken);
}

type Broken = (
  request: FastifyRequest,
  reply: FastifyReply,
  title: string,
) => Promise<FastifyReply>;

function followRoute(app: FastifyInstance, deps: RouteDeps): void {
  const { store, now } = deps;
  app.post(
    '/follow',
    {
      preHandler: [
        limit(app, 'follow:account', 60, 60, accountKey),
        // Anonymous readers see the button on cached pages: it leads to sign-in and back.
        async (request, reply) => {
          if (request.viewer) return;
          setNotice(reply, 'sign-in-to-follow');
          const next = followedPage(bodyOf(request));
          return reply.redirect(`/signin?next=${encodeURIComponent(next)}`, 303);
        },
        app.csrfProtection,
      ],
    },
    async (request, reply) => {
      changedNothing(request);
      await transaction(store, (trx) => follow(trx, request.viewer, request.body, now()));
      setNotice(reply, 'followed');
      return reply.redirect(followedPage(bodyOf(request)), 303);
    },
  );
}

function unsubscribeRoutes(app: FastifyInstance, deps: RouteDeps, broken: Broken): void {
  const { store, now } = deps;
  // RFC 8058: the mail client POSTs "List-Unsubscribe=One-Click" to the header's address, with
  // no cookie and no page in between, so this POST takes no CSRF token: the signed link is the
  // proof. Opening the address in a browser (GET) only asks for the click.
  app.get<TokenQuery>(
    '/mail/unsubscribe',
    { preHandler: limit(app, 'mail-link', 60, 10) },
    async (request, reply) => {
      const token = tokenOf(request.query.t);
      const state = await orFormError(() =>
        transaction(store, (trx) => unsubscribeState(trx, token, now())),
      );
      if (state instanceof InvalidInput) return broken(request, reply, 'Stop mail from Remedex');
      const ctx = await pageContext(request, reply);
      return html(
        reply.header('cache-control', 'no-store'),
        unsubscribePage(token, state.unsubscribedAt, ctx),
      );
    },
  );
  // Some mail clients send the one-click POST as multipart/form-data; its body says nothing the
  // signed link does not, so that parser (for this route only) reads nothing.
  void app.register(async (scope) => {
    scope.addContentTypeParser('multipart/form-data', (_request, payload, done) => {
      payload.resume();
      done(null, {});
    });
    scope.post<TokenQuery>(
      '/mail/unsubscribe',
      { preHandler: limit(app, 'mail-link', 60, 10) },
      async (request, reply) => {
        changedNothing(request);
        const token = tokenOf(request.query.t ?? bodyOf(request).t);
        const done = await orFormError(() =>
          transaction(store, (trx) => unsubscribe(trx, token, now())),
        );
        if (done instanceof InvalidInput) return broken(request, reply, 'Stop mail from Remedex');
        const ctx = await pageContext(request, reply);
        return html(
          reply,
          mailMessagePage(
            'You are unsubscribed',
            'Remedex will send this address no more mail. Members can start it again in their account’s mail settings.',
            ctx,
          ),
        );
      },
    );
  });
}

function confirmRoutes(app: FastifyInstance, deps: RouteDeps, broken: Broken): void {
  const { store, now } = deps;
  app.get<TokenQuery>(
    '/mail/confirm',
    { preHandler: limit(app, 'mail-link', 60, 10) },
    async (request, reply) =>
      html(
        reply.header('cache-control', 'no-store'),
        confirmAddressPage(tokenOf(request.query.t), await pageContext(request, reply, true)),
      ),
  );
  app.post(
    '/mail/confirm',
    { preHandler: [limit(app, 'mail-link', 60, 10), app.csrfProtection] },
    async (request, reply) => {
      changedNothing(request);
      const token = tokenOf(bodyOf(request).t);
      const done = await orFormError(() =>
        transaction(store, (trx) => confirmAddress(trx, token, now())),
      );
      if (done instanceof InvalidInput) return broken(request, reply, 'Confirm your email');
      return html(
        reply,
        mailMessagePage(
          'Your email is confirmed',
          'Thank you. Remedex will mail you about your report, and about nothing else.',
          await pageContext(request, reply),
        ),
      );
    },
  );
}

/** "Did it last?": one question, opened from the 30- and 90-day mails without signing in. */
function lastedRoutes(app: FastifyInstance, deps: RouteDeps, broken: Broken): void {
  const { store, now } = deps;
  type Lasted = { Params: { id: string }; Querystring: { t?: unknown } };
  const title = 'Did it last?';
  const show = async (
    request: FastifyRequest<Lasted>,
    reply: FastifyReply,
    token: string,
    state = emptyForm,
    status = 200,
  ) => {
    const id = parseId(request.params.id, 'REPORT_NOT_FOUND');
    const form = await orFormError(() =>
      transaction(store, (trx) => lastedForm(trx, id, token, now())),
    );
    if (form instanceof InvalidInput) return broken(request, reply, title);
    const ctx = await pageContext(request, reply, true);
    return html(
      reply.header('cache-control', 'no-store'),
      lastedPage(form, token, ctx, state),
      status,
    );
  };
  app.get<Lasted>(
    '/reports/:id/lasted',
    { preHandler: limit(app, 'mail-link', 60, 10) },
    async (request, reply) => show(request, reply, tokenOf(request.query.t)),
  );
  app.post<Lasted>(
    '/reports/:id/lasted',
    { preHandler: [limit(app, 'lasted', 20, 10), app.csrfProtection] },
    async (request, reply) => {
      const id = parseId(request.params.id, 'REPORT_NOT_FOUND');
      const token = tokenOf(bodyOf(request).t);
      const result = await orFormError(() =>
        transaction(store, (trx) => answerLasted(trx, id, token, request.body, now())),
      );
      if (result instanceof InvalidInput) {
        // A broken or spent link has no form to show again; a missing answer does.
        if (result.fields.form) {
          changedNothing(request);
          return html(
            reply,
            mailMessagePage(title, result.fields.form, await pageContext(request, reply)),
            result.fields.form === LINK_BROKEN ? 410 : 409,
          );
        }
        changedNothing(request);
        return show(request, reply, token, formState(request, result), 422);
      }
      return html(
        reply,
        mailMessagePage(
          'Thank you',
          result === 'published'
            ? 'Your answer is added to your report as a dated update.'
            : 'Your answer will be added to your report once a moderator has read what you wrote.',
          await pageContext(request, reply),
        ),
      );
    },
  );
}
