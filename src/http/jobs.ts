// Runs the due mail jobs with this site's mailer: the domain decides what each job says, the mail
// view writes it, the mailer sends it. The server runs them on a timer; `remedex jobs run` on demand.
import { hostname } from 'node:os';
import type { Config } from '../config.js';
import { type RunResult, type Store, runDueJobs } from '../domain/notify/index.js';
import { DATA_JOB, buildOpenData, scheduleOpenData } from '../domain/open/index.js';
import { type MailLog, type Mailer, createMailer } from '../mail/mailer.js';
import { composeMail } from '../views/mail.js';

type Log = MailLog & { warn(o: object, m: string): void; error(o: object, m: string): void };

/** A worker name that tells instances apart in the jobs table. */
export const workerName = () => `${hostname()}:${process.pid}`;

export function describeRun(r: RunResult): string {
  return `Sent ${r.sent} mail(s); ${r.skipped} job(s) had nothing to send; ${r.retried} will be tried again; ${r.failed} failed for good; ${r.digests} digest(s) queued; ${r.tasks} other job(s) done.`;
}

type JobConfig = Pick<Config, 'publicUrl' | 'insightMinReports'>;

/** The queue's jobs that are not mail: the open data's nightly build. */
export function siteTasks(store: Store, config: JobConfig) {
  return {
    tasks: {
      [DATA_JOB]: async (now: Date) => {
        const built = await buildOpenData(store, { minReports: config.insightMinReports, now });
        return `open data built: ${built.files.map((f) => `${f.name} (${f.rows} rows)`).join(', ')}`;
      },
    },
    schedules: [(now: Date) => scheduleOpenData(store, now)],
  };
}

export function runJobsNow(
  store: Store,
  config: JobConfig,
  mailer: Mailer,
  at: () => Date,
  log?: Omit<Log, 'error'>,
): Promise<RunResult> {
  return runDueJobs(store, {
    send: (notice) => mailer.send(composeMail(notice, config.publicUrl)),
    now: at,
    worker: workerName(),
    ...siteTasks(store, config),
    ...(log ? { log } : {}),
  });
}

/**
 * Runs the due jobs every JOBS_INTERVAL_SECONDS. Every instance may run it: each job is claimed
 * by one of them. Returns a stop function that waits for a run in progress.
 */
export function startJobWorker(
  store: Store,
  config: JobConfig & Pick<Config, 'smtpUrl' | 'mailFrom' | 'jobsIntervalSeconds'>,
  log: Log,
): () => Promise<void> {
  if (config.jobsIntervalSeconds === 0) return async () => {};
  const mailer = createMailer(config.smtpUrl, config.mailFrom, log);
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = runJobsNow(store, config, mailer, () => new Date(), log)
      .then((r) => {
        if (r.sent + r.retried + r.failed + r.tasks > 0) log.info(r, describeRun(r));
      })
      .catch((error: unknown) => log.error({ err: error }, 'the job worker stopped a run'))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, config.jobsIntervalSeconds * 1000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
