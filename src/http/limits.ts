import type { FastifyInstance, FastifyRequest } from 'fastify';

const MINUTE = 60_000;

export class TooManyRequests extends Error {
  readonly statusCode = 429;
  constructor() {
    super('Too many requests');
  }
}

/**
 * A preHandler that counts requests under `name` per key (IP by default) and refuses with 429
 * past `max` within `minutes`. Built on createRateLimit rather than app.rateLimit, because the
 * latter runs only once per request, and routes here stack limits (per IP and per account).
 */
export function limit(
  app: FastifyInstance,
  name: string,
  max: number,
  minutes: number,
  key: (request: FastifyRequest) => string = (request) => request.ip,
) {
  const check = app.createRateLimit({
    max: max * app.rateLimitFactor,
    timeWindow: minutes * MINUTE,
    keyGenerator: (request) => `${name}:${key(request)}`,
  });
  return async (request: FastifyRequest): Promise<void> => {
    const result = await check(request);
    if (!result.isAllowed && result.isExceeded) throw new TooManyRequests();
  };
}

/** The account a form names (its email), or the signed-in member, for per-account limits. */
export function accountKey(request: FastifyRequest): string {
  if (request.viewer) return `user:${request.viewer.id}`;
  const email = (request.body as Record<string, unknown> | undefined)?.email;
  return typeof email === 'string' && email.trim() !== ''
    ? `email:${email.trim().toLowerCase()}`
    : `ip:${request.ip}`;
}
