import { expect, it } from 'vitest';
import type { Db } from '../../src/db/database.js';
import { prepared } from '../../src/db/prepared.js';
import { describeEachDialect } from '../helpers/db.js';

// A prepared query is compiled once per shape and run with new values: every run must answer
// exactly what the same query built afresh answers.
describeEachDialect('prepared queries', (site) => {
  const db = () => site().database.db;

  const build = (
    d: Db,
    p: { remedyId: number; rating: number | null; ids: readonly number[]; order: 'asc' | 'desc' },
  ) => {
    let q = d
      .selectFrom('reports')
      .select(['id', 'rating'])
      .where('remedy_id', '=', p.remedyId)
      .where('status', '=', 'approved');
    if (p.rating !== null) q = q.where('rating', '=', p.rating);
    if (p.ids.length > 0) q = q.where('id', 'not in', p.ids);
    return q.orderBy('id', p.order).limit(5);
  };
  const query = prepared(build, { shapeBy: ['order'] });

  it('answers as the query built afresh, whatever the values and shape', async () => {
    const remedies = (await db().selectFrom('remedies').select('id').orderBy('id').execute()).map(
      (r) => r.id,
    );
    const cases = remedies.flatMap((remedyId) =>
      [null, 5, 1].flatMap((rating) =>
        [[], [1, 2, 3], [4]].flatMap((ids) =>
          (['asc', 'desc'] as const).map((order) => ({ remedyId, rating, ids, order })),
        ),
      ),
    );
    let nonEmpty = 0;
    for (const p of cases) {
      const expected = await build(db(), p).execute();
      const got = await query(db(), p);
      expect(got).toEqual(expected);
      if (expected.length > 0) nonEmpty++;
    }
    // The comparison means something only if most cases find reports.
    expect(nonEmpty).toBeGreaterThan(cases.length / 2);
  });

  it('runs inside a transaction and sees its writes', async () => {
    const remedyId = (await db().selectFrom('remedies').select('id').executeTakeFirstOrThrow()).id;
    const rollback = new Error('roll back');
    const run = db()
      .transaction()
      .execute(async (trx) => {
        await trx
          .updateTable('reports')
          .set({ rating: 3 })
          .where('remedy_id', '=', remedyId)
          .execute();
        const p = { remedyId, rating: 3, ids: [], order: 'asc' } as const;
        const firstFive = await trx
          .selectFrom('reports')
          .select(['id', 'rating'])
          .where('remedy_id', '=', remedyId)
          .where('status', '=', 'approved')
          .orderBy('id')
          .limit(5)
          .execute();
        expect(firstFive.length).toBe(5);
        expect(await query(trx, p)).toEqual(firstFive);
        throw rollback;
      });
    await expect(run).rejects.toBe(rollback);
  });

  it('refuses a builder that uses a value other than as a parameter', async () => {
    const inlined = prepared((d: Db, p: { remedyId: number; unused: number }) =>
      d.selectFrom('reports').select('id').where('remedy_id', '=', p.remedyId).limit(1),
    );
    await expect(inlined(db(), { remedyId: 1, unused: 2 })).rejects.toThrow(
      'the value "unused" is not a query parameter',
    );
  });
});
