import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  LINK_HOURS,
  changePassword,
  changeProfile,
  confirmClaim,
  confirmEmailChange,
  deleteMyAccount,
  myAccount,
  myData,
  requestClaim,
  requestEmailChange,
  signOutEverywhere,
  startSession,
} from '../../domain/accounts/index.js';
import { InvalidInput, asText, transaction } from '../../domain/common/index.js';
import { changeFollow, mailSettings, saveMailSettings } from '../../domain/notify/index.js';
import {
  type AccountForms,
  accountLinkPage,
  myAccountPage,
  noAccountForms,
} from '../../views/pages/my-account.js';
import { type RouteDeps, html, pageContext } from '../context.js';
import { parseId } from '../params.js';
import { formState, orFormError } from '../forms.js';
import { accountKey, limit } from '../limits.js';
import { changedNothing } from '../page-cache.js';
import { clearSessionCookie, setNotice, setSessionCookie } from '../session.js';

type TokenQuery = { Querystring: { token?: string } };

/** Sign-in first, then back here: the account pages are only for their member. */
async function toSignIn(request: FastifyRequest, reply: FastifyReply) {
  if (request.viewer) return;
  return reply.redirect(`/signin?next=${encodeURIComponent(request.url)}`, 303);
}

type Work = (request: FastifyRequest, reply: FastifyReply) => Promise<string>;
interface FormTools {
  render: (
    request: FastifyRequest,
    reply: FastifyReply,
    forms?: Partial<AccountForms>,
    status?: number,
  ) => Promise<FastifyReply>;
  /** A form of the account page: the work, then a notice, or the page again with its errors. */
  post: (
    url: string,
    form: keyof AccountForms,
    work: Work,
    options?: { changesPages?: boolean; max?: number },
  ) => void;
}

function formTools(app: FastifyInstance, deps: RouteDeps): FormTools {
  const render: FormTools['render'] = async (request, reply, forms = {}, status = 200) =>
    html(
      reply,
      myAccountPage(
        await myAccount(deps.store, request.viewer),
        await mailSettings(deps.store, request.viewer),
        await pageContext(request, reply, true),
        { ...noAccountForms, ...forms },
      ),
      status,
    );
  const post: FormTools['post'] = (url, form, work, options = {}) => {
    app.post(
      url,
      {
        preHandler: [
          toSignIn,
          limit(app, `account-${form}:account`, options.max ?? 20, 60, accountKey),
          app.csrfProtection,
        ],
      },
      async (request, reply) => {
        if (!options.changesPages) changedNothing(request);
        const result = await orFormError(() => work(request, reply));
        if (result instanceof InvalidInput)
          return render(request, reply, { [form]: formState(request, result) }, 422);
        return reply.redirect(result, 303);
      },
    );
  };
  return { render, post };
}

/** The member's own account: /account, its forms, the emailed links, download and deletion. */
export function registerMyAccountRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const tools = formTools(app, deps);
  app.get('/account', { preHandler: toSignIn }, async (request, reply) =>
    tools.render(request, reply),
  );
  for (const alias of ['/settings', '/me'])
    app.get(alias, async (_request, reply) => reply.redirect('/account', 301));
  settingsRoutes(deps, tools.post);
  mailRoutes(deps, tools.post);
  dataRoutes(app, deps, tools.post);
  linkRoutes(app, deps);
}

/** Name and place, email, password. */
function settingsRoutes(deps: RouteDeps, post: FormTools['post']): void {
  const { store, now } = deps;
  post(
    '/account/profile',
    'profile',
    async (request, reply) => {
      await transaction(store, (trx) => changeProfile(trx, request.viewer, request.body));
      setNotice(reply, 'saved');
      return '/account';
    },
    { changesPages: true },
  );

  post(
    '/account/email',
    'email',
    async (request, reply) => {
      const link = await transaction(store, (trx) =>
        requestEmailChange(trx, request.viewer, request.body, now()),
      );
      const url = `${deps.settings.publicUrl}/account/email/confirm?token=${encodeURIComponent(link.token)}`;
      await deps.mailer.send({
        to: link.email,
        subject: 'Confirm your new Remedex email',
        text: `Hello ${link.displayName},\n\nOpen this link, signed in to Remedex, to make this address your account's email:\n\n${url}\n\nThe link works once, for ${LINK_HOURS} hours. If you did not ask, ignore this message; nothing changes.\n`,
      });
      setNotice(reply, 'email-link-sent');
      return '/account';
    },
    { max: 5 },
  );

  post(
    '/account/password',
    'password',
    async (request, reply) => {
      const id = await transaction(store, (trx) =>
        changePassword(trx, request.viewer, request.body, now()),
      );
      setSessionCookie(reply, await startSession(store, id, now()), {
        secure: deps.settings.publicUrl.startsWith('https:'),
      });
      setNotice(reply, 'password-changed');
      return '/account';
    },
    { max: 5 },
  );
}

/** What mail the member gets, and their follows. */
function mailRoutes(deps: RouteDeps, post: FormTools['post']): void {
  const { store } = deps;
  post('/account/mail', 'mail', async (request, reply) => {
    await transaction(store, (trx) => saveMailSettings(trx, request.viewer, request.body));
    setNotice(reply, 'saved');
    return '/account#mail';
  });
  post('/account/follows/:id', 'mail', async (request, reply) => {
    const id = parseId((request.params as { id: string }).id, 'PAGE_NOT_FOUND');
    await transaction(store, (trx) => changeFollow(trx, request.viewer, id, request.body));
    setNotice(reply, 'saved');
    return '/account#mail';
  });
}

/** Claiming guest reports, deleting the account, signing out everywhere, downloading. */
function dataRoutes(app: FastifyInstance, deps: RouteDeps, post: FormTools['post']): void {
  const { store, now } = deps;
  post(
    '/account/claims',
    'claim',
    async (request, reply) => {
      const link = await transaction(store, (trx) =>
        requestClaim(trx, request.viewer, request.body, now()),
      );
      if (link)
        await deps.mailer.send({
          to: link.email,
          subject: 'Claim your Remedex reports',
          text: `Hello,\n\n${link.displayName} asked to make the reports posted as a guest with this address part of their Remedex account. If that is you, open this link while signed in:\n\n${deps.settings.publicUrl}/account/claim?token=${encodeURIComponent(link.token)}\n\nThe link works once, for ${LINK_HOURS} hours. If it was not you, ignore this message; nothing changes.\n`,
        });
      setNotice(reply, 'claim-link-sent');
      return '/account';
    },
    { max: 5 },
  );

  post(
    '/account/delete',
    'remove',
    async (request, reply) => {
      await transaction(store, (trx) => deleteMyAccount(trx, request.viewer, request.body));
      clearSessionCookie(reply);
      setNotice(reply, 'account-deleted');
      return '/';
    },
    { changesPages: true, max: 5 },
  );

  app.post(
    '/account/sessions',
    { preHandler: [toSignIn, app.csrfProtection] },
    async (request, reply) => {
      changedNothing(request);
      await transaction(store, (trx) => signOutEverywhere(trx, request.viewer));
      clearSessionCookie(reply);
      setNotice(reply, 'signed-out-everywhere');
      return reply.redirect('/', 303);
    },
  );

  app.get('/account/data.json', { preHandler: toSignIn }, async (request, reply) =>
    reply
      .header('cache-control', 'no-store')
      .header('content-disposition', 'attachment; filename="remedex-my-data.json"')
      .send(await transaction(store, (trx) => myData(trx, request.viewer, now()))),
  );
}

/**
 * The emailed links. Opening one shows a button; only the button's POST uses it, so a mail
 * scanner that fetches links uses nothing up.
 */
function linkRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { store, now } = deps;
  const links = {
    '/account/email/confirm': {
      title: 'Confirm your new email',
      button: 'Make it my email',
      use: async (request: FastifyRequest, token: string) => {
        const email = await transaction(store, (trx) =>
          confirmEmailChange(trx, request.viewer, token, now()),
        );
        return `Your account's email is now ${email}.`;
      },
    },
    '/account/claim': {
      title: 'Claim your guest reports',
      button: 'Make them mine',
      use: async (request: FastifyRequest, token: string) => {
        const n = await transaction(store, (trx) =>
          confirmClaim(trx, request.viewer, token, now()),
        );
        return n === 1
          ? 'One post is now part of your account.'
          : `${n} posts are now part of your account.`;
      },
    },
  };
  for (const [url, link] of Object.entries(links)) {
    app.get<TokenQuery>(url, { preHandler: toSignIn }, async (request, reply) => {
      const ctx = await pageContext(request, reply, true);
      const token = typeof request.query.token === 'string' ? request.query.token : '';
      return html(
        reply,
        accountLinkPage(link.title, '', ctx, { action: url, token, button: link.button }),
      );
    });
    app.post(url, { preHandler: [toSignIn, app.csrfProtection] }, async (request, reply) => {
      const token = asText((request.body as Record<string, unknown> | undefined)?.token);
      const result = await orFormError(() => link.use(request, token));
      const ctx = await pageContext(request, reply, true);
      if (result instanceof InvalidInput)
        return html(
          reply,
          accountLinkPage(link.title, result.fields.form ?? 'The link did not work.', ctx),
          410,
        );
      return html(reply, accountLinkPage(link.title, result, ctx));
    });
  }
}
