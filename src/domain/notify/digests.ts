// Daily and weekly digests: a follow whose last digest is a period old gets a job for the reports
// published since. The window moves on in the same transaction that queues the job (and only if
// no other instance moved it first), so each report is in one digest of each follow.
import type { Db } from '../../db/database.js';
import { type Frequency, advanceFollow, dueFollows } from '../../db/repositories/mail/follows.js';
import { enqueue } from './enqueue.js';

const PERIOD: Record<Frequency, number> = { daily: 86_400_000, weekly: 7 * 86_400_000 };
const BATCH = 500;

export async function scheduleDigests(db: Db, now: Date): Promise<number> {
  let queued = 0;
  const until = now.toISOString();
  for (const frequency of ['daily', 'weekly'] as const) {
    const before = new Date(now.getTime() - PERIOD[frequency]).toISOString();
    for (const follow of await dueFollows(db, frequency, before, BATCH)) {
      if (!(await advanceFollow(db, follow.id, follow.digestedUntil, until))) continue;
      await enqueue(
        db,
        'mail.digest',
        { followId: follow.id, from: follow.digestedUntil, until },
        now,
        {
          dedupeKey: `digest:${follow.id}:${until}`,
        },
      );
      queued++;
    }
  }
  return queued;
}
