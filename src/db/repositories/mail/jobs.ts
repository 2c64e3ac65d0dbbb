// The job queue's table. A job is claimed by one worker at a time: the claim is one UPDATE over the
// due rows, which SQLite runs under its single writer lock and PostgreSQL with FOR UPDATE SKIP
// LOCKED, so two instances never take the same job. A worker that dies leaves its jobs "running"
// until their lease runs out; then any worker takes them again.
import { PostgresAdapter, sql } from 'kysely';
import type { Db } from '../../database.js';
import { iso } from '../map.js';

export interface NewJob {
  kind: string;
  payload: object;
  runAt: string;
  /** Names a job that must exist once; a second enqueue with the same key does nothing. */
  dedupeKey?: string;
  maxAttempts: number;
  createdAt: string;
}

/** Queues a job; false when one with the same dedupe key exists (also after a concurrent insert). */
export async function insertJob(db: Db, job: NewJob): Promise<boolean> {
  const row = await db
    .insertInto('jobs')
    .values({
      kind: job.kind,
      payload: JSON.stringify(job.payload),
      dedupe_key: job.dedupeKey ?? null,
      run_at: job.runAt,
      status: 'queued',
      max_attempts: job.maxAttempts,
      created_at: job.createdAt,
      locked_by: null,
      locked_until: null,
      last_error: null,
      finished_at: null,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export interface ClaimedJob {
  id: number;
  kind: string;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
}

/** Takes up to `limit` due jobs (and jobs whose worker's lease ran out) for `worker`. */
export async function claimJobs(
  db: Db,
  worker: string,
  now: string,
  leaseUntil: string,
  limit: number,
): Promise<ClaimedJob[]> {
  const due = db
    .selectFrom('jobs')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'queued'), eb('run_at', '<=', now)]),
        eb.and([eb('status', '=', 'running'), eb('locked_until', '<', now)]),
      ]),
    )
    .orderBy('run_at')
    .orderBy('id')
    .limit(limit)
    .$if(db.getExecutor().adapter instanceof PostgresAdapter, (q) => q.forUpdate().skipLocked());
  const rows = await db
    .updateTable('jobs')
    .set({
      status: 'running',
      locked_by: worker,
      locked_until: leaseUntil,
      attempts: sql<number>`attempts + 1`,
    })
    .where('id', 'in', due)
    .returning(['id', 'kind', 'payload', 'attempts', 'max_attempts'])
    .execute();
  return rows
    .map((r) => ({
      id: r.id,
      kind: r.kind,
      payload: JSON.parse(r.payload) as unknown,
      attempts: r.attempts,
      maxAttempts: r.max_attempts,
    }))
    .sort((a, b) => a.id - b.id);
}

/** Ends a job this worker holds: done, queued again for later, or failed for good. */
export async function settleJob(
  db: Db,
  id: number,
  worker: string,
  outcome:
    | { status: 'done'; at: string }
    | { status: 'queued'; runAt: string; error: string }
    | { status: 'failed'; at: string; error: string },
): Promise<boolean> {
  const values =
    outcome.status === 'queued'
      ? { status: 'queued', run_at: outcome.runAt, last_error: outcome.error }
      : outcome.status === 'failed'
        ? { status: 'failed', finished_at: outcome.at, last_error: outcome.error }
        : { status: 'done', finished_at: outcome.at };
  const result = await db
    .updateTable('jobs')
    .set({ ...values, locked_by: null, locked_until: null })
    .where('id', '=', id)
    .where('locked_by', '=', worker)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Drops a job that has not started (a follow-up no longer worth asking). */
export async function deleteQueuedJob(db: Db, dedupeKey: string): Promise<void> {
  await db
    .deleteFrom('jobs')
    .where('dedupe_key', '=', dedupeKey)
    .where('status', '=', 'queued')
    .execute();
}

export interface JobRow {
  id: number;
  kind: string;
  dedupeKey: string | null;
  status: string;
  runAt: string;
  attempts: number;
  lastError: string | null;
}

/** Jobs by status and kind, newest first: for the CLI and tests. */
export async function listJobs(db: Db, limit = 100): Promise<JobRow[]> {
  const rows = await db
    .selectFrom('jobs')
    .select(['id', 'kind', 'dedupe_key', 'status', 'run_at', 'attempts', 'last_error'])
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    dedupeKey: r.dedupe_key,
    status: r.status,
    runAt: iso(r.run_at),
    attempts: r.attempts,
    lastError: r.last_error,
  }));
}

export async function countJobs(db: Db): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('jobs')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}
