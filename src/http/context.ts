import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Mailer } from '../mail/mailer.js';
import type { Store } from '../domain/common/index.js';
import type { PageContext } from '../views/context.js';
import { takeNotice } from './session.js';
import { CSRF_SLOT } from '../views/components/form.js';

export interface Settings {
  publicUrl: string;
  trustedPostCount: number;
  editWindowMinutes: number;
  /** Fewer reports than this show "too few reports" instead of numbers. */
  insightMinReports: number;
  /** Multiplies every rate limit (1 in production; tests that post a lot raise it). */
  rateLimitFactor: number;
  /** A bearer token /metrics requires; when null, /metrics answers loopback requests only. */
  metricsToken: string | null;
  /** The open data's licence (OPEN_DATA_LICENSE). */
  openDataLicense: string;
  /** The editors' address on the contact page (CONTACT_EMAIL), or null. */
  contactEmail: string | null;
}

/** What every route gets: the database, settings, the mailer and the clock (tests move it). */
export interface RouteDeps {
  store: Store;
  settings: Settings;
  mailer: Mailer;
  now: () => Date;
}

const tokens = new WeakMap<FastifyReply, string>();

/**
 * The page context. A CSRF token (and its cookie) is made only for signed-in readers, whose header
 * has a sign-out form, or when the page has a form; anonymous reading pages stay cookie-free.
 */
export async function pageContext(
  request: FastifyRequest,
  reply: FastifyReply,
  hasForm = false,
): Promise<PageContext> {
  const csrfToken = request.viewer || hasForm ? await reply.generateCsrf() : '';
  if (csrfToken) tokens.set(reply, csrfToken);
  return {
    viewer: request.viewer,
    csrfToken,
    notice: takeNotice(request, reply),
    origin: request.server.publicUrl,
    path: request.url.split('?')[0] ?? '/',
  };
}

// Encoded once here: sent as a string, the page was measured for Content-Length and then encoded
// again on the socket (a twentieth of a remedy page).
// Stored cards' forms leave the token as CSRF_SLOT; a page with a token gets it put in on the way
// out. Anonymous pages keep the slot: their votes only lead to the sign-in form.
export const html = (reply: FastifyReply, body: string | Buffer, status = 200) => {
  const token = tokens.get(reply);
  const filled =
    token && body.includes(CSRF_SLOT) ? body.toString().replaceAll(CSRF_SLOT, token) : body;
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .send(typeof filled === 'string' ? Buffer.from(filled) : filled);
};

/**
 * Only same-site paths of plain URL characters may be redirect targets after sign-in or a
 * moderation action; anything else (another host, a backslash, a control or non-ASCII character,
 * which cannot go into a Location header) falls back to the home page.
 */
export function safeNext(next: unknown): string {
  return typeof next === 'string' &&
    next.length <= 2000 &&
    /^\/(?![/\\])[A-Za-z0-9\-._~!$&'()*+,;=:@%/?#]*$/.test(next)
    ? next
    : '/';
}
