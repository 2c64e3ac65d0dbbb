// Places that protect people, and bodies with contact details masked, on both databases.
import { afterEach, describe, expect, it } from 'vitest';
import { Agent } from '../helpers/agent.js';
import { signedIn } from '../helpers/accounts.js';
import { textOf, useApp } from '../helpers/app.js';
import { type TestDatabase, describeEachDialect, dialects, freshDatabase } from '../helpers/db.js';
import { guestReport } from '../helpers/reports.js';
import { migrateTo, migrateToLatest } from '../../src/db/migrate.js';
import { exportLines, importLines } from '../../src/domain/transfer/index.js';
import type { Db } from '../../src/db/database.js';

const ADDRESS = '12 Acacia Road, Bristol BS1 4DJ, UK';

describeEachDialect('private places and masked contacts', (site) => {
  const app = useApp(site);

  async function send(agent: Agent, form: Record<string, string>) {
    await agent.get('/remedies/l-glutamine/reports/new');
    return agent.post('/remedies/l-glutamine/reports', form);
  }

  it('shows a guest what of their address will be published before it is sent, then keeps it private', async () => {
    const agent = new Agent(app);
    const form = {
      ...guestReport,
      title: 'Address in the place field',
      location: ADDRESS,
      body: `${guestReport.body} Write to me at quinn.private@example.org or ring 0117 496 0000.`,
    };
    const first = await send(agent, form);
    expect(first.statusCode).toBe(422);
    expect(textOf(first.body)).toContain('Your place will be shown as “Bristol, UK”');
    expect(textOf(first.body)).toContain('Shown as: Bristol, UK (the rest stays private)');
    expect(first.body).toContain(`value="${ADDRESS}"`); // what they typed is kept
    const { db } = site().database;
    const none = await db
      .selectFrom('reports')
      .select('id')
      .where('title', '=', form.title)
      .execute();
    expect(none).toEqual([]);

    // Sent again, after seeing it: published as the coarse place, the address kept privately.
    const second = await agent.post('/remedies/l-glutamine/reports', {
      ...form,
      placeChecked: ADDRESS,
    });
    expect(second.statusCode).toBe(303);
    const row = await db
      .selectFrom('reports')
      .select(['id', 'location', 'location_typed'])
      .where('title', '=', form.title)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ location: 'Bristol, UK', location_typed: ADDRESS });

    // The moderator sees the original body and the place as typed.
    const { agent: mod } = await signedIn(app, site, 'moderator');
    const queue = textOf((await mod.get('/moderate')).body);
    expect(queue).toContain('quinn.private@example.org');
    expect(queue).toContain(`typed as “${ADDRESS}”, not shown`);
    await mod.post(`/moderate/reports/${row.id}`, { action: 'approve' });

    // The public sees neither the address nor the contact details, on the page or in a list.
    for (const url of [`/reports/${row.id}`, '/latest']) {
      const page = (await app().inject({ url })).body;
      expect(page, url).toContain('Bristol, UK');
      expect(page, url).not.toContain('Acacia');
      expect(page, url).not.toContain('BS1');
      expect(page, url).not.toContain('quinn.private@example.org');
      expect(page, url).not.toContain('496 0000');
    }
    expect(textOf((await app().inject({ url: `/reports/${row.id}` })).body)).toContain(
      'Write to me at [email hidden] or ring [phone number hidden].',
    );
  });

  it('asks a guest for a place with something left to show', async () => {
    const res = await send(new Agent(app), { ...guestReport, location: '123 Main Street' });
    expect(res.statusCode).toBe(422);
    expect(textOf(res.body)).toContain('Enter your place: a town or region and a country');
  });

  it('keeps a member’s and a replier’s typed place private too', async () => {
    const { agent } = await signedIn(app, site, 'member', 'Placed Pat');
    const id = Number(
      (
        await site()
          .database.db.selectFrom('reports')
          .select('id')
          .where('status', '=', 'approved')
          .orderBy('id')
          .executeTakeFirstOrThrow()
      ).id,
    );
    await agent.get(`/reports/${id}`);
    const reply = {
      body: 'Same for me, it took a few weeks to settle.',
      location: 'Flat 2, 9 Mill Lane, Leeds LS6 2AB',
    };
    const first = await agent.post(`/reports/${id}/replies`, reply);
    expect(first.statusCode).toBe(422);
    expect(textOf(first.body)).toContain('Your place will be shown as “Leeds”');
    const second = await agent.post(`/reports/${id}/replies`, {
      ...reply,
      placeChecked: reply.location,
    });
    expect(second.statusCode).toBe(303);
    const row = await site()
      .database.db.selectFrom('replies')
      .select(['location', 'location_typed'])
      .where('body', '=', reply.body)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ location: 'Leeds', location_typed: reply.location });
  });

  it('answers the place preview for the enhancement', async () => {
    const res = await app().inject({ url: `/api/place?text=${encodeURIComponent(ADDRESS)}` });
    expect(res.json()).toEqual({ shown: 'Bristol, UK' });
  });
});

describe('existing places and the export', () => {
  let t: TestDatabase | null = null;
  let t2: TestDatabase | null = null;
  afterEach(async () => {
    await t?.drop();
    await t2?.drop();
    t = null;
    t2 = null;
  });

  async function lines(db: Db, includePrivate: boolean): Promise<string[]> {
    const out: string[] = [];
    for await (const l of exportLines(db, new Date(), 100, includePrivate)) out.push(l);
    return out;
  }

  it.each(dialects)(
    'coarsens existing places by migration and keeps them out of a default export [%s]',
    async (dialect) => {
      t = await freshDatabase(dialect);
      const { db } = t.database;
      await migrateTo(db, '20261202T0200_report_tags');
      const at = new Date('2026-11-01T00:00:00.000Z').toISOString();
      await db
        .insertInto('users')
        .values([
          {
            id: 1,
            display_name: 'Ann',
            email: 'ann@example.org',
            location: ADDRESS,
            role: 'member',
            created_at: at,
          },
          {
            id: 2,
            display_name: 'Bo',
            email: null,
            location: 'Leeds, UK',
            role: 'member',
            created_at: at,
          },
        ] as never)
        .execute();
      await migrateToLatest(db);
      const users = await db
        .selectFrom('users')
        .select(['id', 'location', 'location_typed'])
        .orderBy('id')
        .execute();
      expect(users).toEqual([
        { id: 1, location: 'Bristol, UK', location_typed: ADDRESS },
        { id: 2, location: 'Leeds, UK', location_typed: 'Leeds, UK' },
      ]);

      // Someone who unsubscribed (a different address) stays unsubscribed after a move.
      await db
        .insertInto('unsubscribes')
        .values({ email: 'gone@example.org', created_at: at })
        .execute();
      const plain = (await lines(db, false)).join('\n');
      expect(plain).not.toContain('gone@example.org');
      expect(plain).not.toContain('Acacia');
      expect(plain).not.toContain('ann@example.org');
      expect(plain).toContain('"location":"Bristol, UK"');
      const full = (await lines(db, true)).join('\n');
      expect(full).toContain(ADDRESS);
      expect(full).toContain('ann@example.org');
      expect(full).toContain('"type":"unsubscribes","row":{"email":"gone@example.org"');

      // A file from elsewhere holding an address publishes only the coarse place.
      t2 = await freshDatabase(dialect);
      const target = t2.database.db;
      await migrateToLatest(target);
      const file = (await lines(db, true)).map((l) =>
        l.replace(
          '"location":"Bristol, UK","location_typed":' + JSON.stringify(ADDRESS),
          `"location":${JSON.stringify(ADDRESS)},"location_typed":null`,
        ),
      );
      async function* from() {
        for (const l of file) yield l;
      }
      await (target as Extract<Db, { transaction: unknown }>)
        .transaction()
        .execute((trx) => importLines(trx, from(), { skipInvalid: false, keepRoles: true }));
      const imported = await target
        .selectFrom('users')
        .select(['location', 'location_typed'])
        .where('id', '=', 1)
        .executeTakeFirstOrThrow();
      expect(imported).toEqual({ location: 'Bristol, UK', location_typed: ADDRESS });
      expect(await target.selectFrom('unsubscribes').select('email').execute()).toEqual([
        { email: 'gone@example.org' },
      ]);
    },
  );
});
