import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_DAYS, type Viewer, viewerForSession } from '../domain/accounts/index.js';
import type { Store } from '../domain/common/index.js';
import type { ReportDecision } from '../domain/moderation/index.js';

declare module 'fastify' {
  interface FastifyRequest {
    viewer: Viewer | null;
  }
}

export const SESSION_COOKIE = 'remedex_session';
const NOTICE_COOKIE = 'remedex_notice';
// @fastify/csrf-protection's cookie, holding the secret that form tokens are made from.
const CSRF_COOKIE = '_csrf';

export interface CookieSettings {
  secure: boolean;
}

/** Reads the session cookie on every request; an unknown or expired token simply means "guest". */
export function installSessions(app: FastifyInstance, store: Store, now: () => Date): void {
  app.decorateRequest('viewer', null);
  // Callback style: most requests carry no session, and then this costs no promise.
  app.addHook('onRequest', (request, _reply, done) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return done();
    viewerForSession(store, token, now()).then((viewer) => {
      request.viewer = viewer;
      done();
    }, done);
  });
}

/** The session cookie; a new session also gets a new CSRF secret (the old one may be known). */
export function setSessionCookie(
  reply: FastifyReply,
  token: string,
  settings: CookieSettings,
): void {
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: settings.secure,
    maxAge: SESSION_DAYS * 86_400,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

// One-off messages after a redirect come from this fixed list, so a cookie can never inject text:
// the most a cookie adds is a number (a report's), checked as digits.
export const notices = {
  'signed-in': 'Welcome back. You are signed in.',
  'signed-up': 'Welcome to Remedex. Your account is ready.',
  'signed-out': 'You are signed out.',
  'signed-out-everywhere': 'Every session of your account has ended, this one included.',
  'email-link-sent': 'We have sent a link to your new address. Open it to make it your email.',
  'claim-link-sent':
    'If reports were posted as a guest with that email, we have sent it a link that makes them yours.',
  'account-deleted': 'Your account is deleted.',
  'password-changed': 'Your password has been changed and you are signed in.',
  'reset-sent':
    'If an account has that email, we have sent it a link to choose a new password. The link works once, for an hour.',
  'reply-pending': 'Thank you. Your reply will appear once a moderator has looked at it.',
  'reply-published': 'Your reply is published.',
  'update-added': 'Your update has been added to your report.',
  'report-updated': 'Your report has been updated.',
  'edit-waiting':
    'Thank you. Your edit will show once a moderator has looked at it; until then readers see your report as it was.',
  'marked-helpful': 'Thank you: you marked this report as helpful.',
  'marked-unhelpful': 'Thank you: you marked this report as not helpful.',
  'vote-undone': 'Your vote is taken back.',
  'sign-in-to-vote': 'Sign in to vote; you will come back to the report.',
  'sign-in-to-follow': 'Sign in to follow; you will come back to the page.',
  'mail-confirm-sent':
    'We have sent you a link to confirm your email: open it to get mail about this report.',
  followed:
    'You follow it now: its new reports come in your digest. My account lists what you follow.',
  flagged: 'Thank you. A moderator will look at what you flagged.',
  moderated: 'Done.',
  saved: 'Saved.',
  'condition-saved': 'The condition is saved, and its page shows the change now.',
  'condition-added': 'The condition is added; readers can now choose it for their reports.',
  'reply-approve': 'The reply is published.',
  'reply-reject': 'The reply is removed.',
  'reply-spam': 'The reply is marked as spam, with everything else its author posted.',
  'update-approve': 'The update is published on its report.',
  'update-reject': 'The update is removed; the report stays as it was.',
  'edit-approve': 'The edit is approved, and readers now see the report as edited.',
  'edit-reject': 'The edit is rejected; readers still see the report as it was.',
  'condition-accept': 'The proposed condition is accepted and listed.',
  'condition-reject': 'The proposed condition is folded into the one you chose, with its reports.',
  'flags-dismissed': 'The flags are cleared; it stays as it is.',
  'conditions-merged':
    'The conditions are merged: the reports and uses moved, and the old address redirects.',
} as const;
export type NoticeKey = keyof typeof notices;

/** Notices about one report, the number filled in as the notice is read. */
export const reportNotices: Record<ReportDecision, (n: number) => string> = {
  approved: (n) => `Report #${n} approved and published.`,
  'already-approved': (n) => `Report #${n} was already published; nothing changed.`,
  rejected: (n) => `Report #${n} rejected: it stays off the site, and its author is told why.`,
  removed: (n) => `Report #${n} removed from the site; its author is told why.`,
  'already-rejected': (n) => `Report #${n} was already off the site; nothing changed.`,
  spam: (n) => `Report #${n} marked as spam, with everything else its author posted.`,
  moved: (n) => `Report #${n} moved; the numbers of both pages are recounted.`,
  chosen: (n) => `Report #${n} is now an Editor's Choice, with your reason shown on it.`,
  unchosen: (n) => `Report #${n} is no longer an Editor's Choice.`,
  noted: (n) => `Your note is pinned to report #${n}.`,
  unnoted: (n) => `The note on report #${n} is removed.`,
};
type ReportNoticeKey = ReportDecision;

/** Notices with a count, filled in as the notice is read. */
export const countNotices = {
  'bulk-approved': (n: number) =>
    n === 1 ? 'One report approved and published.' : `${n} reports approved and published.`,
} as const;
type CountNoticeKey = keyof typeof countNotices;

export function setCountNotice(reply: FastifyReply, key: CountNoticeKey, n: number): void {
  setNoticeCookie(reply, `count:${key}:${n}`);
}

export function setReportNotice(reply: FastifyReply, key: ReportNoticeKey, id: number): void {
  setNoticeCookie(reply, `report:${key}:${id}`);
}

export function setNotice(reply: FastifyReply, key: NoticeKey): void {
  setNoticeCookie(reply, key);
}

function setNoticeCookie(reply: FastifyReply, value: string): void {
  reply.setCookie(NOTICE_COOKIE, value, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: reply.server.secureCookies,
    maxAge: 60,
  });
}

/** The pending notice, if any, cleared as it is read. */
export function takeNotice(request: FastifyRequest, reply: FastifyReply): string | null {
  const key = request.cookies[NOTICE_COOKIE];
  if (!key) return null;
  reply.clearCookie(NOTICE_COOKIE, { path: '/' });
  const about = /^(report|count):([a-z-]+):(\d{1,12})$/.exec(key);
  if (about) {
    const [, of, kind = '', n = ''] = about;
    if (of === 'report')
      return Object.hasOwn(reportNotices, kind)
        ? reportNotices[kind as ReportNoticeKey](Number(n))
        : null;
    return Object.hasOwn(countNotices, kind)
      ? countNotices[kind as CountNoticeKey](Number(n))
      : null;
  }
  return Object.hasOwn(notices, key) ? notices[key as NoticeKey] : null;
}
