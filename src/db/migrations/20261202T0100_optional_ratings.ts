import type { Kysely } from 'kysely';
import { setNullable } from './nullable.js';

// What an old site never recorded stays unrecorded: a report imported without stars has no rating
// (it counts in no average and no histogram), and a reply whose page gave no date has none.
export async function up(db: Kysely<unknown>): Promise<void> {
  await setNullable(db, 'reports', 'rating', true);
  await setNullable(db, 'replies', 'posted_at', true);
}

// Going back needs every report rated and every reply dated; the rebuild refuses otherwise.
export async function down(db: Kysely<unknown>): Promise<void> {
  await setNullable(db, 'replies', 'posted_at', false);
  await setNullable(db, 'reports', 'rating', false);
}
