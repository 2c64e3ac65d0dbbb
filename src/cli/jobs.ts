import { loadConfig } from '../config.js';
import { migrateToLatest } from '../db/migrate.js';
import { jobCounts } from '../domain/notify/index.js';
import { describeRun, runJobsNow } from '../http/jobs.js';
import { createMailer } from '../mail/mailer.js';
import { UsageError, optionsAndFiles } from './args.js';
import { withDatabase } from './database.js';

/** `--as-of` takes a date (2027-03-01), a date and time in ISO 8601, or days ahead (+90d). */
export function parseAsOf(value: string | undefined, now: Date): Date {
  if (value === undefined) return now;
  const ahead = /^\+(\d{1,5})d$/.exec(value);
  if (ahead) return new Date(now.getTime() + Number(ahead[1]) * 86_400_000);
  if (/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/.test(value)) {
    const date = new Date(/T/.test(value) ? value : `${value}T00:00:00Z`);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new UsageError('--as-of takes a date such as 2027-03-01, an ISO date and time, or +90d');
}

const quiet = { info() {}, warn: (o: object, m: string) => console.error(m, o) };

export async function jobsCommand(args: string[]): Promise<number> {
  const { values, files } = optionsAndFiles(args, { 'as-of': { type: 'string' } });
  const [verb, ...extra] = files;
  if (extra.length > 0 || (verb !== 'run' && verb !== 'status'))
    throw new UsageError('say `jobs run` or `jobs status`');
  const asOf = parseAsOf(values['as-of'], new Date());
  const config = loadConfig();
  return withDatabase(config.databaseUrl, async ({ db }) => {
    await migrateToLatest(db);
    if (verb === 'status') {
      const counts = await jobCounts(db);
      const names = ['queued', 'running', 'done', 'failed'];
      console.log(names.map((n) => `${n}: ${counts[n] ?? 0}`).join(', '));
      return 0;
    }
    // Without SMTP_URL every mail is printed instead, links included, for the operator to act on.
    const mailer = createMailer(config.smtpUrl, config.mailFrom, {
      info: (o, m) => console.log(m, JSON.stringify(o)),
    });
    const result = await runJobsNow(db, config, mailer, () => asOf, quiet);
    console.log(describeRun(result));
    return result.failed > 0 ? 1 : 0;
  });
}
