// Runs the jobs that are due: claim a batch (one worker per job, across instances), prepare each in
// its own transaction, send, then mark it done. A failed send is tried again later, with backoff,
// up to the job's attempts; a job whose worker died is taken again when its lease runs out.
import { claimJobs, countJobs, settleJob } from '../../db/repositories/mail/jobs.js';
import type { Notice } from '../../model/mail.js';
import { type Store, transaction } from '../common/index.js';
import { scheduleDigests } from './digests.js';
import { prepareJob } from './notices.js';

const LEASE_MS = 5 * 60_000;
const BATCH = 20;

/** How long after the n-th failed attempt a job is tried again: 1, 4, 16 … minutes, at most 6 h. */
export function backoffMs(attempts: number): number {
  return Math.min(6 * 3_600_000, 60_000 * 4 ** Math.max(0, attempts - 1));
}

export interface RunOptions {
  /** Sends one notice; throws when the mail server refuses or cannot be reached. */
  send: (notice: Notice) => Promise<void>;
  /** Jobs due by this moment run (an operator's `--as-of` moves it on). */
  now: () => Date;
  worker: string;
  log?: { info(o: object, m: string): void; warn(o: object, m: string): void };
  /** Stop after this many jobs (the server's loop runs a batch per tick). */
  limit?: number;
  /**
   * Jobs that are not mail, by kind: each runs as a whole and says what it did. The queue's other
   * users (the open data's nightly build) bring their own, so notify needs to know none of them.
   */
  tasks?: Record<string, (now: Date) => Promise<string>>;
  /** Puts recurring jobs in the queue before each run (they name themselves, so once each). */
  schedules?: ((now: Date) => Promise<void>)[];
}

export interface RunResult {
  sent: number;
  skipped: number;
  retried: number;
  failed: number;
  digests: number;
  /** Jobs that were not mail (o.tasks) done. */
  tasks: number;
}

export async function runDueJobs(store: Store, o: RunOptions): Promise<RunResult> {
  const result: RunResult = { sent: 0, skipped: 0, retried: 0, failed: 0, digests: 0, tasks: 0 };
  result.digests = await transaction(store, (trx) => scheduleDigests(trx, o.now()));
  for (const schedule of o.schedules ?? []) await schedule(o.now());
  const limit = o.limit ?? Infinity;
  for (let done = 0; done < limit;) {
    const now = o.now();
    const jobs = await transaction(store, (trx) =>
      claimJobs(
        trx,
        o.worker,
        now.toISOString(),
        new Date(now.getTime() + LEASE_MS).toISOString(),
        Math.min(BATCH, limit - done),
      ),
    );
    if (jobs.length === 0) break;
    for (const job of jobs) {
      done++;
      try {
        const task = o.tasks && Object.hasOwn(o.tasks, job.kind) ? o.tasks[job.kind] : undefined;
        const prepared = task
          ? { task: await task(o.now()) }
          : await transaction(store, (trx) => prepareJob(trx, job.kind, job.payload, o.now()));
        if ('task' in prepared) {
          result.tasks++;
          o.log?.info({ job: job.id, kind: job.kind }, `job ${job.id}: ${prepared.task}`);
        } else if ('notice' in prepared) {
          await o.send(prepared.notice);
          result.sent++;
        } else {
          result.skipped++;
          o.log?.info(
            { job: job.id, kind: job.kind },
            `job ${job.id} sent nothing: ${prepared.skip}`,
          );
        }
        await transaction(store, (trx) =>
          settleJob(trx, job.id, o.worker, { status: 'done', at: o.now().toISOString() }),
        );
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const last = job.attempts >= job.maxAttempts;
        await transaction(store, (trx) =>
          settleJob(
            trx,
            job.id,
            o.worker,
            last
              ? { status: 'failed', at: o.now().toISOString(), error: message }
              : {
                  status: 'queued',
                  runAt: new Date(o.now().getTime() + backoffMs(job.attempts)).toISOString(),
                  error: message,
                },
          ),
        );
        if (last) result.failed++;
        else result.retried++;
        o.log?.warn(
          { job: job.id, kind: job.kind, attempts: job.attempts, err: message },
          last ? `job ${job.id} failed for good` : `job ${job.id} will be tried again`,
        );
      }
    }
  }
  return result;
}

export async function jobCounts(store: Store): Promise<Record<string, number>> {
  return countJobs(store);
}
