import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Redis } from 'ioredis';
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

// One counter per key in Redis, its window starting with the first request: the same rule as
// @fastify/rate-limit's own Redis store, whose keys for limits made with createRateLimit read
// "undefinedundefined" where a route should be (it has no route there). Keys here are the
// namespace and the limit's own key ("signin:ip:203.0.113.7").
const INCR = `local current = redis.call('INCR', KEYS[1])
if current == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {current, redis.call('PTTL', KEYS[1])}`;

type Counted = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** A rate-limit store over Redis, shared by every instance (REDIS_URL). */
export function redisRateStore(redis: Redis, nameSpace: string): FastifyRateLimitStoreCtor {
  return class RedisRateStore implements FastifyRateLimitStore {
    incr(key: string, done: Counted, timeWindow: number): void {
      redis
        .eval(INCR, 1, `${nameSpace}${key}`, String(timeWindow))
        .then((result) => {
          const [current, ttl] = result as [number, number];
          done(null, { current, ttl });
        })
        .catch((error: Error) => done(error));
    }
    child(): RedisRateStore {
      return this;
    }
  };
}
