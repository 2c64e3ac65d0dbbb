import { sql } from 'kysely';
import type { Tally } from '../../../model/types.js';
import { prepared } from '../../prepared.js';
import type { Db } from '../../database.js';
import { isoOrNull, num } from '../map.js';

const tallyColumns = [
  'remedy_id',
  'condition_id',
  'report_count',
  'rating_sum',
  'rating_1',
  'rating_2',
  'rating_3',
  'rating_4',
  'rating_5',
  'last_posted_at',
] as const;

interface TallyRow {
  remedy_id: number;
  condition_id: number;
  report_count: unknown;
  rating_sum: unknown;
  rating_1: unknown;
  rating_2: unknown;
  rating_3: unknown;
  rating_4: unknown;
  rating_5: unknown;
  last_posted_at: Date | string | null;
}

function toTally(row: TallyRow): Tally {
  return {
    remedyId: row.remedy_id,
    conditionId: row.condition_id,
    count: num(row.report_count),
    ratingSum: num(row.rating_sum),
    histogram: [
      num(row.rating_1),
      num(row.rating_2),
      num(row.rating_3),
      num(row.rating_4),
      num(row.rating_5),
    ],
    lastPostedAt: isoOrNull(row.last_posted_at),
  };
}

const remedyTallies = prepared((db: Db, p: { remedyId: number }) =>
  db.selectFrom('report_tallies').select(tallyColumns).where('remedy_id', '=', p.remedyId),
);

export async function talliesForRemedy(db: Db, remedyId: number): Promise<Tally[]> {
  return (await remedyTallies(db, { remedyId })).map(toTally);
}

/** Tallies of published remedies only: drafts must not leak into public numbers. */
export async function talliesForCondition(db: Db, conditionId: number): Promise<Tally[]> {
  const rows = await db
    .selectFrom('report_tallies as t')
    .innerJoin('remedies as m', 'm.id', 't.remedy_id')
    .select(tallyColumns.map((c) => `t.${c}` as const))
    .where('t.condition_id', '=', conditionId)
    .where('m.status', '=', 'published')
    .execute();
  return rows.map(toTally);
}

export async function allPublishedTallies(db: Db): Promise<Tally[]> {
  const rows = await db
    .selectFrom('report_tallies as t')
    .innerJoin('remedies as m', 'm.id', 't.remedy_id')
    .select(tallyColumns.map((c) => `t.${c}` as const))
    .where('m.status', '=', 'published')
    .execute();
  return rows.map(toTally);
}

const aggregates = sql`count(*), coalesce(sum(rating), 0),
  sum(case when rating = 1 then 1 else 0 end), sum(case when rating = 2 then 1 else 0 end),
  sum(case when rating = 3 then 1 else 0 end), sum(case when rating = 4 then 1 else 0 end),
  sum(case when rating = 5 then 1 else 0 end), max(posted_at)`;

/** Recounts one remedy × condition pair from its approved reports (after any report write). */
export async function recountTally(db: Db, remedyId: number, conditionId: number): Promise<void> {
  await db
    .deleteFrom('report_tallies')
    .where('remedy_id', '=', remedyId)
    .where('condition_id', '=', conditionId)
    .execute();
  await sql`insert into report_tallies (${sql.join(tallyColumns.map((c) => sql.ref(c)))})
    select remedy_id, condition_id, ${aggregates} from reports
    where remedy_id = ${remedyId} and condition_id = ${conditionId} and status = 'approved'
    group by remedy_id, condition_id`.execute(db);
}

/** Rebuilds every tally from the reports table (after bulk loads). */
export async function rebuildTallies(db: Db): Promise<void> {
  await db.deleteFrom('report_tallies').execute();
  await sql`insert into report_tallies (${sql.join(tallyColumns.map((c) => sql.ref(c)))})
    select remedy_id, condition_id, ${aggregates} from reports
    where status = 'approved'
    group by remedy_id, condition_id`.execute(db);
}
