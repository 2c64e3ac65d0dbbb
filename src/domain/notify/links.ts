// Signed links in mail: the payload travels in the link and an HMAC with the site's secret proves
// Remedex wrote it, so a link cannot be forged or altered. Links that must work once (an answer)
// carry a nonce that is spent in the database when used.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { siteSecret } from '../../db/repositories/mail/recipients.js';

const linkPayload = z.discriminatedUnion('k', [
  // Unsubscribe a member (u) or the guest address of a report (r). Never expires (RFC 8058).
  z.object({ k: z.literal('unsub'), s: z.enum(['u', 'r']), id: z.number().int() }),
  // Confirm a guest's address for mail about one report.
  z.object({ k: z.literal('confirm'), r: z.number().int(), e: z.number() }),
  // Answer "did it last?" about a report, once.
  z.object({ k: z.literal('lasted'), r: z.number().int(), d: z.number().int(), e: z.number() }),
]);
export type LinkPayload = z.infer<typeof linkPayload>;

async function secret(db: Db): Promise<Buffer> {
  return Buffer.from(await siteSecret(db, 'mail-links', randomBytes(32).toString('base64url')));
}

const mac = (key: Buffer, body: string) =>
  createHmac('sha256', key).update(body).digest().subarray(0, 24);

export async function signLink(db: Db, payload: LinkPayload): Promise<string> {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${mac(await secret(db), body).toString('base64url')}`;
}

/** The payload of a link Remedex signed, of the kind asked for; null when forged, altered or expired. */
export async function readLink<K extends LinkPayload['k']>(
  db: Db,
  token: string,
  kind: K,
  now: Date,
): Promise<Extract<LinkPayload, { k: K }> | null> {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) return null;
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(await secret(db), body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(body, 'base64url').toString());
  } catch {
    return null;
  }
  const result = linkPayload.safeParse(parsed);
  if (!result.success || result.data.k !== kind) return null;
  if ('e' in result.data && result.data.e < now.getTime()) return null;
  return result.data as Extract<LinkPayload, { k: K }>;
}

/** The nonce a single-use link is spent under: one answer per report and mail. */
export const answerNonce = (p: { r: number; d: number }) => `lasted:${p.r}:${p.d}`;
