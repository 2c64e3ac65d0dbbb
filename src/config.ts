import { z } from 'zod';

// Every setting comes from the environment and is checked once at start; a bad value names the
// variable in a one-line error so an operator can fix it without reading code.
const onOff = z.enum(['on', 'off'], { message: 'must be "on" or "off"' });

const configSchema = z.object({
  PORT: z.coerce
    .number({ message: 'must be a port number' })
    .int('must be a whole number')
    .min(0, 'must be 0–65535')
    .max(65535, 'must be 0–65535')
    .default(3000),
  HOST: z.string().min(1, 'must not be empty').default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^(sqlite:.+|postgres(ql)?:\/\/.+)$/, 'must be sqlite:PATH or postgres://…')
    .default('sqlite:data/remedex.db'),
  DEMO_CONTENT: onOff.default('on'),
  PUBLIC_URL: z
    .string()
    .regex(
      /^https?:\/\/[^/]+$/,
      'must be an http(s) origin without a path, such as https://remedex.example',
    )
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/.+/, 'must be smtp://… or smtps://…')
    .optional(),
  MAIL_FROM: z
    .string()
    .min(3, 'must be an address such as Remedex <no-reply@example.org>')
    .default('Remedex <no-reply@localhost>'),
  TRUSTED_POST_COUNT: z.coerce
    .number({ message: 'must be a whole number' })
    .int('must be a whole number')
    .min(0, 'must be 0 or more')
    .default(3),
  EDIT_WINDOW_MINUTES: z.coerce
    .number({ message: 'must be a whole number' })
    .int('must be a whole number')
    .min(0, 'must be 0 or more')
    .default(1440),
  PAGE_CACHE: onOff.default('on'),
  RATE_LIMIT_FACTOR: z.coerce
    .number({ message: 'must be a number' })
    .min(1, 'must be 1 or more')
    .default(1),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/.+/, 'must be redis://host:port')
    .optional(),
  INSIGHT_MIN_REPORTS: z.coerce
    .number({ message: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be 1 or more')
    .default(5),
  TRUST_PROXY: z
    .string()
    .regex(
      /^(off|\d{1,2}|[0-9a-fA-F:./]+(\s*,\s*[0-9a-fA-F:./]+)*)$/,
      'must be "off", a hop count such as 1, or proxy addresses such as 127.0.0.1,10.0.0.0/8',
    )
    .default('off'),
  CONTACT_EMAIL: z
    .string()
    .trim()
    .email('must be an email address such as editors@example.org')
    .optional(),
  OPEN_DATA_LICENSE: z
    .string()
    .trim()
    .min(1)
    .max(100, 'must be an SPDX licence id such as CC-BY-4.0, or a short name')
    .default('CC-BY-4.0'),
  JOBS_INTERVAL_SECONDS: z.coerce
    .number({ message: 'must be a whole number of seconds' })
    .int('must be a whole number of seconds')
    .min(0, 'must be 0 (no worker in this instance) or more')
    .default(30),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  demoContent: boolean;
  logLevel: string;
  /** Where readers reach the site: links in emails, Secure cookies when https. */
  publicUrl: string;
  smtpUrl: string | null;
  mailFrom: string;
  /** Members with at least this many approved posts publish without waiting for a moderator. */
  trustedPostCount: number;
  /** How long authors may edit their report after posting it. */
  editWindowMinutes: number;
  /** Below this many reports a remedy's numbers say "too few reports" instead of a share. */
  insightMinReports: number;
  /** Keep rendered pages for anonymous readers in memory (emptied by every write). */
  pageCache: boolean;
  /** Rate limits shared by every instance through Redis; in memory when null. */
  redisUrl: string | null;
  /** Multiplies every rate limit (benchmarks; sites where many readers share one address). */
  rateLimitFactor: number;
  /**
   * Which proxies' X-Forwarded-For to believe: false (the socket address is the reader), a hop
   * count, or the proxies' addresses. Rate limits key on the address this yields.
   */
  trustProxy: TrustProxy;
  /** A bearer token every /metrics request must carry; when null, only loopback is answered. */
  metricsToken: string | null;
  /** How often this instance runs the due mail jobs; 0 leaves them to others or to cron. */
  jobsIntervalSeconds: number;
  /** The licence of the open data downloads (an SPDX id, or a name). */
  openDataLicense: string;
  /** Where the contact page sends readers (CONTACT_EMAIL); null: the page says to use the flags. */
  contactEmail: string | null;
}

export type TrustProxy = false | number | string[];

function parseTrustProxy(value: string): TrustProxy {
  if (value === 'off') return false;
  if (/^\d+$/.test(value)) return Number(value) === 0 ? false : Number(value);
  return value.split(',').map((a) => a.trim());
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable counts as unset, as in most shells' `VAR= cmd`.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'configuration');
    throw new ConfigError(
      `${name}: ${issue?.message ?? 'invalid value'} (got "${env[name] ?? ''}")`,
    );
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    demoContent: c.DEMO_CONTENT === 'on',
    logLevel: c.LOG_LEVEL,
    publicUrl: c.PUBLIC_URL ?? `http://localhost:${c.PORT}`,
    smtpUrl: c.SMTP_URL ?? null,
    mailFrom: c.MAIL_FROM,
    trustedPostCount: c.TRUSTED_POST_COUNT,
    editWindowMinutes: c.EDIT_WINDOW_MINUTES,
    insightMinReports: c.INSIGHT_MIN_REPORTS,
    pageCache: c.PAGE_CACHE === 'on',
    redisUrl: c.REDIS_URL ?? null,
    rateLimitFactor: c.RATE_LIMIT_FACTOR,
    metricsToken: c.METRICS_TOKEN ?? null,
    jobsIntervalSeconds: c.JOBS_INTERVAL_SECONDS,
    openDataLicense: c.OPEN_DATA_LICENSE,
    contactEmail: c.CONTACT_EMAIL ?? null,
    trustProxy: parseTrustProxy(c.TRUST_PROXY),
  };
}
