import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { suspendIndexes } from '../../src/db/repositories/transfer/transfer.js';
import { buildApp } from '../../src/http/app.js';
import { signedIn } from '../helpers/accounts.js';
import { textOf, useApp } from '../helpers/app.js';
import type { Db } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { loadDemo } from '../../src/demo/load.js';
import { describeEachDialect, freshDatabase } from '../helpers/db.js';

// Report cards are rendered once and stored; these tests prove a stored card is never shown once
// anything it shows has changed, whichever way the change was written (the database's triggers
// raise the card version, so the changes here are made in SQL, below every write path).
describeEachDialect('stored report cards', (site, dialect) => {
  const app = useApp(site, { cardWrites: 'on-flush' });
  const db = () => site().database.db;
  const page = async (url = '/remedies/l-glutamine') => {
    const res = await app().inject({ url });
    expect(res.statusCode).toBe(200);
    await app().renderer.flush();
    return res.body;
  };
  const firstReport = (html: string) => Number(/id="report-(\d+)"/.exec(html)?.[1]);
  const storedCards = async () =>
    (await db().selectFrom('report_cards').select(['report_id', 'version', 'html']).execute()).map(
      (c) => ({ ...c, version: Number(c.version) }),
    );

  it('writes nothing while answering a GET: the cards it rendered are stored afterwards', async () => {
    await db().deleteFrom('report_cards').execute();
    const fresh = await buildApp({ db: db(), cardWrites: 'on-flush' });
    try {
      const res = await fresh.inject({ url: '/remedies/l-glutamine' });
      expect(res.statusCode).toBe(200);
      expect(await storedCards()).toEqual([]);
      await fresh.renderer.flush();
      expect((await storedCards()).length).toBe(25);
    } finally {
      await fresh.close();
    }
  });

  it('stores the cards a page renders and serves the same page from them', async () => {
    const rendered = await page();
    const shown = [...rendered.matchAll(/<article class="report" id="report-(\d+)"/g)].length;
    expect(shown).toBe(25);
    expect((await storedCards()).length).toBe(shown);
    expect(await page()).toBe(rendered);
    // The condition page of the same remedy reuses the cards it shares.
    const pair = await page('/remedies/l-glutamine/ibs');
    expect(await page('/remedies/l-glutamine/ibs')).toBe(pair);
  });

  it('shows a changed report, reply, update, side effect or vote count at once', async () => {
    const id = firstReport(await page());
    const card = async () => (await storedCards()).find((c) => c.report_id === id);
    const before = await card();
    expect(before).toBeDefined();

    await db()
      .updateTable('reports')
      .set({ body: 'A body changed under the card.' })
      .where('id', '=', id)
      .execute();
    expect(await page()).toContain('A body changed under the card.');

    await db()
      .insertInto('replies')
      .values({
        report_id: id,
        user_id: null,
        display_name: 'Card Tester',
        location: null,
        posted_at: new Date().toISOString(),
        body: 'A reply the stored card did not have.',
        status: 'approved',
      })
      .execute();
    expect(await page()).toContain('A reply the stored card did not have.');

    await db()
      .insertInto('updates')
      .values({
        report_id: id,
        posted_at: new Date().toISOString(),
        body: 'An update the stored card did not have.',
        outcome: 'helped',
        status: 'approved',
        safety: null,
      })
      .execute();
    expect(await page()).toContain('An update the stored card did not have.');

    await db()
      .insertInto('report_side_effects')
      .values({ report_id: id, term: 'other', severity: 'mild', note: 'a card-test effect' })
      .execute();
    expect(await page()).toContain('a card-test effect (mild)');

    await db().updateTable('reports').set({ helpful_count: 4321 }).where('id', '=', id).execute();
    expect(await page()).toContain('4,321 readers found this helpful');

    await db()
      .deleteFrom('replies')
      .where('body', '=', 'A reply the stored card did not have.')
      .execute();
    expect(await page()).not.toContain('A reply the stored card did not have.');

    const after = await card();
    expect(after!.version).toBeGreaterThan(before!.version);
    expect(after!.html).toContain('a card-test effect');
  });

  it('shows a vote made through the site on the stored card of the remedy page', async () => {
    const html = await page();
    const id = firstReport(html);
    const card = (body: string) =>
      textOf(new RegExp(`id="report-${id}"[\\s\\S]*?</article>`).exec(body)?.[0] ?? '');
    const before = Number(/(\d+) readers? found this helpful/.exec(card(html))?.[1] ?? 0);
    const { agent: voter } = await signedIn(app, site, 'member');
    await voter.get(`/reports/${id}`);
    expect((await voter.post(`/reports/${id}/helpful`, {})).statusCode).toBe(303);
    const after = card(await page());
    expect(after).toContain(
      `${before + 1} reader${before + 1 === 1 ? '' : 's'} found this helpful`,
    );
  });

  it('fills in post counts as they are now, without rendering the card again', async () => {
    const html = await page();
    const id = firstReport(html);
    const author = await db()
      .selectFrom('reports')
      .select(['user_id', 'card_version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(author.user_id).not.toBeNull();
    await db()
      .updateTable('users')
      .set({ post_count: 98765 })
      .where('id', '=', author.user_id!)
      .execute();
    expect(await page()).toMatch(new RegExp(`id="report-${id}"[\\s\\S]*?98,765 posts`));
    const again = await db()
      .selectFrom('reports')
      .select('card_version')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(Number(again.card_version)).toBe(Number(author.card_version));
  });

  it("renders cards again when the remedy's address or the card markup changed", async () => {
    const html = await page();
    const id = firstReport(html);
    const versions = async () =>
      Number(
        (
          await db()
            .selectFrom('reports')
            .select('card_version')
            .where('id', '=', id)
            .executeTakeFirstOrThrow()
        ).card_version,
      );
    const before = await versions();
    await db()
      .updateTable('remedies')
      .set({ slug: 'l-glutamine-moved' })
      .where('slug', '=', 'l-glutamine')
      .execute();
    await db()
      .updateTable('remedies')
      .set({ slug: 'l-glutamine' })
      .where('slug', '=', 'l-glutamine-moved')
      .execute();
    expect(await versions()).toBe(before + 2);

    // A card stored by a release that rendered cards differently is never served: the new
    // release (a fresh app, holding no cards yet) renders and stores it again.
    await page();
    await db().updateTable('report_cards').set({ format: 'older', html: 'STALE CARD' }).execute();
    expect(await page()).not.toContain('STALE CARD');
    const release = await buildApp({ db: db() });
    try {
      const res = await release.inject({ url: '/remedies/l-glutamine' });
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toContain('STALE CARD');
      expect(res.body).toContain(`id="report-${id}"`);
    } finally {
      await release.close();
    }
    expect((await storedCards()).find((c) => c.report_id === id)!.html).not.toContain('STALE CARD');
  });

  it('never serves a card the app holds once the report has changed', async () => {
    // The app holds the first card (encoded, from the page before); the stored row is then
    // changed only in its version, as a write to the report would: the app must read it again.
    const id = firstReport(await page());
    await page();
    await db()
      .updateTable('report_cards')
      .set({ html: 'A CARD ONLY THE DATABASE HAS' })
      .where('report_id', '=', id)
      .execute();
    // Held at the current version: served from memory, the changed row is not read.
    expect(await page()).not.toContain('A CARD ONLY THE DATABASE HAS');
    await db()
      .updateTable('reports')
      .set({ body: 'Changed after the card was held.' })
      .where('id', '=', id)
      .execute();
    const after = await page();
    expect(after).toContain('Changed after the card was held.');
    expect(after).not.toContain('A CARD ONLY THE DATABASE HAS');
  });

  if (dialect === 'sqlite')
    it('keeps its triggers through a bulk load that suspends them', async () => {
      const triggers = async () =>
        (
          await sql<{ name: string }>`select name from sqlite_master where type = 'trigger'
            and name like 'report_card%' order by name`.execute(db())
        ).rows.map((r) => r.name);
      const before = await triggers();
      expect(before.length).toBe(11);
      await db()
        .transaction()
        .execute(async (trx) => {
          const restore = await suspendIndexes(trx, ['reports', 'replies']);
          expect(
            (
              await sql<{ name: string }>`select name from sqlite_master where type = 'trigger'
                and name like 'report_card%' and tbl_name in ('reports', 'replies')`.execute(trx)
            ).rows,
          ).toEqual([]);
          await restore();
        });
      expect(await triggers()).toEqual(before);
    });
});

// Held cards are named by report and version, which mean nothing across databases: two apps of
// one process (as here) must each hold their own.
describeEachDialect('report cards held per app', (site, dialect) => {
  const app = useApp(site);

  it('never shows one database a card held for another with the same report and version', async () => {
    const other = await freshDatabase(dialect);
    try {
      await migrateToLatest(other.database.db);
      await loadDemo(other.database.db);
      const otherApp = await buildApp({ db: other.database.db });
      const url = '/remedies/l-glutamine';
      const first = Number(/id="report-(\d+)"/.exec((await app().inject({ url })).body)?.[1]);
      // The same report, at the same card version in both databases, with different text.
      for (const [db, body] of [
        [site().database.db, 'Text in the first database.'],
        [other.database.db, 'Text in the second database.'],
      ] as const)
        await db.updateTable('reports').set({ body }).where('id', '=', first).execute();
      const version = async (db: Db) =>
        Number(
          (
            await db
              .selectFrom('reports')
              .select('card_version')
              .where('id', '=', first)
              .executeTakeFirstOrThrow()
          ).card_version,
        );
      expect(await version(site().database.db)).toBe(await version(other.database.db));
      for (let i = 0; i < 2; i++) {
        expect(textOf((await app().inject({ url })).body)).toContain('Text in the first database.');
        expect(textOf((await otherApp.inject({ url })).body)).toContain(
          'Text in the second database.',
        );
      }
      await otherApp.close();
    } finally {
      await other.drop();
    }
  });
});
