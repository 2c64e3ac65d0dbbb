import { expect, it } from 'vitest';
import { memoryMailer } from '../../src/mail/mailer.js';
import { Agent } from '../helpers/agent.js';
import { signedIn } from '../helpers/accounts.js';
import { useApp } from '../helpers/app.js';
import { describeEachDialect } from '../helpers/db.js';
import { asForm, formFields } from '../helpers/forms.js';
import { guestReport } from '../helpers/reports.js';

// Ten identical writes at once for each unique key. On PostgreSQL they really overlap (a pool of
// connections, read committed); none may answer 5xx, and each must land exactly once.
const TEN = 10;
const at = <T>(make: (i: number) => Promise<T>) =>
  Promise.all(Array.from({ length: TEN }, (_, i) => make(i)));

describeEachDialect('concurrent identical writes', (site) => {
  const mailer = memoryMailer();
  const app = useApp(site, {
    mailer,
    settings: { rateLimitFactor: 1000, trustedPostCount: 1000 },
  });

  it('makes one account from ten sign-ups with one email, confirmed at once', async () => {
    const email = `same-${Math.random().toString(36).slice(2)}@example.org`;
    const agents = await at(async () => {
      const a = new Agent(app);
      await a.get('/signup');
      return a;
    });
    const statuses = await Promise.all(
      agents.map(
        async (a) =>
          (
            await a.post('/signup', {
              displayName: 'Twin Reader',
              email,
              password: 'a long passphrase here',
            })
          ).statusCode,
      ),
    );
    expect(statuses).toEqual(Array(TEN).fill(200));
    const tokens = mailer.sent
      .filter((m) => m.to === email)
      .map((m) => decodeURIComponent(/token=([^&\s]+)/.exec(m.text)?.[1] ?? ''));
    expect(tokens).toHaveLength(TEN);
    await Promise.all(
      agents.map((a, i) => a.get(`/signup/confirm?token=${encodeURIComponent(tokens[i]!)}`)),
    );
    const confirmed = await Promise.all(
      agents.map(
        async (a, i) => (await a.post('/signup/confirm', { token: tokens[i]! })).statusCode,
      ),
    );
    expect(confirmed.filter((s) => s >= 500)).toEqual([]);
    expect(confirmed.filter((s) => s === 303)).toHaveLength(1);
    const rows = await site()
      .database.db.selectFrom('users')
      .select('id')
      .where('email', '=', email)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('keeps all ten reports when ten guests propose the same new condition', async () => {
    const name = `Twin Condition ${Math.random().toString(36).slice(2, 7)}`;
    const agents = await at(async () => {
      const a = new Agent(app);
      await a.get('/remedies/l-glutamine/reports/new');
      return a;
    });
    const statuses = await Promise.all(
      agents.map(
        async (a, i) =>
          (
            await a.post('/remedies/l-glutamine/reports', {
              ...guestReport,
              condition: 'new',
              newCondition: name,
              displayName: `Guest ${i}`,
              email: `guest${i}@example.org`,
            })
          ).statusCode,
      ),
    );
    expect(statuses).toEqual(Array(TEN).fill(303));
    const { db } = site().database;
    const conditions = await db
      .selectFrom('conditions')
      .select('id')
      .where('name', '=', name)
      .execute();
    expect(conditions.length).toBeGreaterThanOrEqual(1);
    const reports = await db
      .selectFrom('reports')
      .select('id')
      .where(
        'condition_id',
        'in',
        conditions.map((c) => c.id),
      )
      .execute();
    expect(reports).toHaveLength(TEN);
  });

  it('counts ten clicks of one member’s helpful vote once', async () => {
    const { agent } = await signedIn(app, site, 'member');
    await agent.get('/reports/3');
    const before = await site()
      .database.db.selectFrom('reports')
      .select('helpful_count')
      .where('id', '=', 3)
      .executeTakeFirstOrThrow();
    const statuses = await at(async () => (await agent.post('/reports/3/helpful', {})).statusCode);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    const after = await site()
      .database.db.selectFrom('reports')
      .select('helpful_count')
      .where('id', '=', 3)
      .executeTakeFirstOrThrow();
    expect(Number(after.helpful_count)).toBe(Number(before.helpful_count) + 1);
    // Ten clicks of its undo take one vote back.
    const undone = await at(
      async () => (await agent.post('/reports/3/helpful', { vote: 'undo' })).statusCode,
    );
    expect(undone.filter((s) => s >= 500)).toEqual([]);
    const back = await site()
      .database.db.selectFrom('reports')
      .select('helpful_count')
      .where('id', '=', 3)
      .executeTakeFirstOrThrow();
    expect(Number(back.helpful_count)).toBe(Number(before.helpful_count));
  });

  it('logs one publication for ten approvals of one report at once', async () => {
    const guest = new Agent(app);
    await guest.get('/remedies/l-glutamine/reports/new');
    await guest.post('/remedies/l-glutamine/reports', { ...guestReport, title: 'Approve me once' });
    const { db } = site().database;
    const report = await db
      .selectFrom('reports')
      .select('id')
      .where('title', '=', 'Approve me once')
      .executeTakeFirstOrThrow();
    const { agent: mod } = await signedIn(app, site, 'moderator');
    await mod.get('/moderate');
    const statuses = await at(
      async () =>
        (await mod.post(`/moderate/reports/${report.id}`, { action: 'approve' })).statusCode,
    );
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    const lines = await db
      .selectFrom('moderation_actions')
      .select('id')
      .where('target_type', '=', 'report')
      .where('target_id', '=', report.id)
      .where('action', '=', 'approve')
      .execute();
    expect(lines).toHaveLength(1);
  });

  it('creates one condition for ten editors adding the same name, and numbers ten saves of one remedy 1…n', async () => {
    const { agent: editor } = await signedIn(app, site, 'editor');
    await editor.get('/admin/conditions');
    const name = `Editors Twin ${Math.random().toString(36).slice(2, 7)}`;
    const statuses = await at(
      async () =>
        (
          await editor.post('/admin/conditions', {
            name,
            category: 'Digestive Health',
            aliases: '',
          })
        ).statusCode,
    );
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.filter((s) => s === 303)).toHaveLength(1);

    const { db } = site().database;
    const page = await editor.get('/admin/remedies/ginger/edit');
    const form = asForm(formFields(page.body, '/admin/remedies/ginger'));
    const saves = await at(
      async () => (await editor.post('/admin/remedies/ginger', form)).statusCode,
    );
    expect(saves.filter((s) => s >= 500)).toEqual([]);
    const remedy = await db
      .selectFrom('remedies')
      .select('id')
      .where('slug', '=', 'ginger')
      .executeTakeFirstOrThrow();
    const numbers = (
      await db
        .selectFrom('remedy_revisions')
        .select('number')
        .where('remedy_id', '=', remedy.id)
        .orderBy('number')
        .execute()
    ).map((r) => r.number);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });
  it('renames one of ten conditions given the same new name at once; the others get the form error', async () => {
    const { agent: editor } = await signedIn(app, site, 'editor');
    await editor.get('/admin/conditions');
    const tag = Math.random().toString(36).slice(2, 7);
    for (let i = 0; i < TEN; i++)
      await editor.post('/admin/conditions', {
        name: `Rename Source ${tag} ${i}`,
        category: 'Digestive Health',
        aliases: '',
      });
    const { db } = site().database;
    const sources = await db
      .selectFrom('conditions')
      .select('id')
      .where('name', 'like', `Rename Source ${tag} %`)
      .execute();
    expect(sources).toHaveLength(TEN);
    const name = `Rename Target ${tag}`;
    const answers = await Promise.all(
      sources.map((c) =>
        editor.post(`/admin/conditions/${c.id}/edit`, {
          name,
          category: 'Digestive Health',
          aliases: '',
        }),
      ),
    );
    expect(answers.map((a) => a.statusCode).filter((s) => s >= 500)).toEqual([]);
    expect(answers.filter((a) => a.statusCode === 303)).toHaveLength(1);
    for (const a of answers.filter((a) => a.statusCode !== 303)) {
      expect(a.statusCode).toBe(422);
      expect(a.body).toContain('A condition with this name already exists.');
    }
    const renamed = await db
      .selectFrom('conditions')
      .select('id')
      .where('name', '=', name)
      .execute();
    expect(renamed).toHaveLength(1);
  });
});
