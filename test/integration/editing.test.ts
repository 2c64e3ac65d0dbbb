import { expect, it } from 'vitest';
import { signedIn } from '../helpers/accounts.js';
import { textOf, useApp } from '../helpers/app.js';
import { describeEachDialect } from '../helpers/db.js';
import { asForm, formFields } from '../helpers/forms.js';

describeEachDialect('editing remedies and conditions', (site) => {
  let clock = new Date('2026-11-25T12:00:00Z');
  const app = useApp(site, { now: () => clock });

  it('keeps editing to editors', async () => {
    const { agent: mod } = await signedIn(app, site, 'moderator');
    expect((await mod.get('/admin/remedies')).statusCode).toBe(403);
    const { agent: editor } = await signedIn(app, site, 'editor');
    expect((await editor.get('/admin/remedies')).statusCode).toBe(200);
    expect(editor.last?.body).toContain('href="/admin/remedies/elderberry/edit"');
  });

  it('refuses a form with thousands of repeated rows before doing any work', async () => {
    const { agent: editor } = await signedIn(app, site, 'editor');
    const page = await editor.get('/admin/remedies/ginger/edit');
    const form = asForm(formFields(page.body, '/admin/remedies/ginger'));
    const many = Array.from({ length: 10_000 }, (_, i) => `key-${i}`);
    const res = await editor.post('/admin/remedies/ginger', { ...form, citationKey: many });
    expect(res.statusCode).toBe(422);
    expect(textOf(res.body)).toContain('A remedy can have at most 200 rows of one kind.');
  });

  it('previews, then saves a revision with its note, moving “Modified on”', async () => {
    const { agent: editor } = await signedIn(app, site, 'editor', 'Eda Editor');
    const page = await editor.get('/admin/remedies/ginger/edit');
    const form = asForm(formFields(page.body, '/admin/remedies/ginger'));
    expect(form.whenToStop).toContain('Stop and seek medical help');
    const changed = {
      ...form,
      whenToStop: `${form.whenToStop as string} Also stop before surgery.`,
      note: 'Added advice before surgery',
    };

    const preview = await editor.post('/admin/remedies/ginger', { ...changed, intent: 'preview' });
    expect(preview.statusCode).toBe(200);
    expect(textOf(preview.body)).toContain('Preview (not saved yet)');
    // The preview marks what the draft changes, in the form's words, before the page itself.
    expect(textOf(preview.body)).toContain(
      'What this draft changes: When to stop and call your doctor',
    );
    expect(preview.body).toMatch(/<ins>[^<]*Also stop before surgery\.<\/ins>/);
    expect(textOf((await app().inject({ url: '/remedies/ginger' })).body)).not.toContain(
      'Also stop before surgery.',
    );

    clock = new Date('2026-11-26T09:00:00Z');
    await editor.post('/admin/remedies/ginger', { ...changed, intent: 'save' });
    expect(editor.last?.statusCode).toBe(303);
    const pub = textOf((await app().inject({ url: '/remedies/ginger' })).body);
    expect(pub).toContain('Also stop before surgery.');
    expect(pub).toContain('Modified on Nov 26, 2026');

    const history = await editor.get('/admin/remedies/ginger/history');
    const text = textOf(history.body);
    expect(text).toMatch(/#2 Nov 26, 2026 Eda Editor Added advice before surgery/);
    expect(text).toContain('#1');
    const diff = await editor.get('/admin/remedies/ginger/diff?from=1&to=2');
    // Sections by the form's names; the words added inside the paragraph are marked, the rest kept.
    expect(diff.body).toContain('<h2 id="diff-whenToStop">When to stop and call your doctor</h2>');
    expect(diff.body).toMatch(
      /<p class="diff-change"><span class="visually-hidden">Changed: <\/span>Stop and seek medical help[^<]*<ins>[^<]*Also stop before surgery\.<\/ins><\/p>/,
    );
    expect(diff.body).not.toContain('<del>');
    expect(textOf(diff.body)).not.toMatch(/whenToStop|"evidenceLevel"/);

    // Saving the form again without touching anything changes nothing: no section differs.
    const again = asForm(
      formFields((await editor.get('/admin/remedies/ginger/edit')).body, '/admin/remedies/ginger'),
    );
    await editor.post('/admin/remedies/ginger', {
      ...again,
      note: 'Saved untouched',
      intent: 'save',
    });
    expect(editor.last?.statusCode).toBe(303);
    const same = await editor.get('/admin/remedies/ginger/diff?from=2&to=3');
    expect(textOf(same.body)).toContain('The two revisions are the same.');
    // So for the remedy with the most uses, citations and rows.
    const edit = '/admin/remedies/l-glutamine';
    const lg = asForm(formFields((await editor.get(`${edit}/edit`)).body, edit));
    await editor.post(edit, { ...lg, note: 'Saved untouched', intent: 'save' });
    expect(editor.last?.statusCode).toBe(303);
    expect(textOf((await editor.get(`${edit}/diff?from=1&to=2`)).body)).toContain(
      'The two revisions are the same.',
    );
  });

  it('re-renders the editor with errors beside the sections and the text kept', async () => {
    const { agent: editor } = await signedIn(app, site, 'editor');
    const page = await editor.get('/admin/remedies/turmeric/edit');
    const form = asForm(formFields(page.body, '/admin/remedies/turmeric'));
    const res = await editor.post('/admin/remedies/turmeric', {
      ...form,
      whenToStop: '',
      disclaimer: '',
      note: '',
      overview: 'Kept overview text.',
      intent: 'save',
      dosePurpose: ['Bad row'],
      doseMin: ['5'],
      doseMax: ['1'],
      doseUnit: ['mg'],
      doseFrequency: ['daily'],
      doseNote: [''],
    });
    expect(res.statusCode).toBe(422);
    const text = textOf(res.body);
    expect(text).toContain('Every remedy page needs “when to stop and call your doctor”.');
    expect(text).toContain('Every remedy page needs its disclaimer.');
    expect(text).toContain('Say what you changed');
    expect(text).toContain('Dosage row 1: give amounts (from ≤ to)');
    expect(res.body).toContain('>Kept overview text.</textarea>');
    expect(res.body).toContain('value="Bad row"');
  });

  it('creates a new remedy with its sections, sources and uses', async () => {
    const { agent: editor } = await signedIn(app, site, 'editor');
    const page = await editor.get('/admin/remedies/new');
    const form = asForm(formFields(page.body, '/admin/remedies'));
    await editor.post('/admin/remedies', {
      ...form,
      name: 'Slippery Elm',
      slug: 'slippery-elm',
      kind: 'herb',
      summary: 'Powdered inner bark stirred into water, for an irritated throat or gut.',
      status: 'published',
      overview:
        'Slippery elm bark becomes a soothing gel in water.\n\n- **Used for:** sore throats and reflux',
      whatItIsTitle: 'What slippery elm is',
      whatItIs: 'The inner bark of a North American tree.',
      whenToStop:
        'Stop and see a doctor if swallowing becomes painful or you cannot keep fluids down.',
      disclaimer: 'General information only; ask a professional first.',
      citationKey: ['demo-1'],
      citationTitle: ['A small study of mucilage'],
      citationSource: ['Journal of Examples'],
      citationYear: ['2020'],
      citationUrl: [''],
      useCondition: ['sore-throat'],
      useEvidence: ['limited'],
      useNote: ['Soothing only'],
      useCitations: ['demo-1'],
      note: 'First version',
      intent: 'save',
    });
    expect(editor.last?.statusCode).toBe(303);
    const pub = await app().inject({ url: '/remedies/slippery-elm' });
    expect(pub.statusCode).toBe(200);
    const text = textOf(pub.body);
    expect(text).toContain('What slippery elm is');
    expect(text).toContain('Used for: sore throats and reflux');
    expect(text).toContain('When to stop and call your doctor');
    expect(text).toContain('A small study of mucilage');
    expect(textOf((await app().inject({ url: '/conditions/sore-throat' })).body)).toContain(
      'Slippery Elm',
    );
  });

  it('creates, renames (old address redirects) and merges conditions (reports move, numbers follow)', async () => {
    const { db } = site().database;
    const { agent: editor } = await signedIn(app, site, 'editor');
    await editor.get('/admin/conditions');
    await editor.post('/admin/conditions', {
      name: 'Hiccups',
      category: 'Digestive Health',
      aliases: 'singultus',
    });
    expect(editor.last?.statusCode).toBe(303);
    expect((await app().inject({ url: '/conditions/hiccups' })).statusCode).toBe(200);

    const cough = await db
      .selectFrom('conditions')
      .select('id')
      .where('slug', '=', 'cough')
      .executeTakeFirstOrThrow();
    await editor.get('/admin/conditions');
    await editor.post(`/admin/conditions/${cough.id}/rename`, {
      name: 'Persistent Cough',
      category: 'Immune and Respiratory',
      aliases: '',
    });
    const old = await app().inject({ url: '/conditions/cough' });
    expect(old.statusCode).toBe(301);
    expect(old.headers.location).toBe('/conditions/persistent-cough');
    expect((await app().inject({ url: '/remedies/raw-honey/cough' })).headers.location).toBe(
      '/remedies/raw-honey/persistent-cough',
    );

    const count = async (slug: string) =>
      Number(
        (
          await db
            .selectFrom('reports as r')
            .innerJoin('conditions as c', 'c.id', 'r.condition_id')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('c.slug', '=', slug)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const sore = await count('sore-throat');
    const persistent = await count('persistent-cough');
    await editor.get('/admin/conditions');
    await editor.post(`/admin/conditions/${cough.id}/merge`, { into: 'sore-throat' });
    expect(await count('sore-throat')).toBe(sore + persistent);
    expect((await app().inject({ url: '/conditions/persistent-cough' })).headers.location).toBe(
      '/conditions/sore-throat',
    );
    expect((await app().inject({ url: '/conditions/cough' })).headers.location).toBe(
      '/conditions/sore-throat',
    );
    const tally = await db
      .selectFrom('report_tallies as t')
      .innerJoin('conditions as c', 'c.id', 't.condition_id')
      .select((eb) => eb.fn.sum<number>('t.report_count').as('n'))
      .where('c.slug', '=', 'sore-throat')
      .executeTakeFirstOrThrow();
    const approved = Number(
      (
        await db
          .selectFrom('reports as r')
          .innerJoin('conditions as c', 'c.id', 'r.condition_id')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('c.slug', '=', 'sore-throat')
          .where('r.status', '=', 'approved')
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(Number(tally.n)).toBe(approved);
    expect(textOf((await app().inject({ url: '/moderation-log' })).body)).toContain(
      'was merged into “Sore Throat”',
    );
  });

  it('lets an editor write a condition’s description, keeps it through a rename, and shows it on its page', async () => {
    const { db } = site().database;
    const page = async (slug: string) => (await app().inject({ url: `/conditions/${slug}` })).body;
    // The demo gives every condition a description.
    expect(textOf(await page('nausea'))).toMatch(/Nausea .*From the editors\. Not medical advice/);
    const nausea = await db
      .selectFrom('conditions')
      .select(['id', 'description'])
      .where('slug', '=', 'nausea')
      .executeTakeFirstOrThrow();
    expect(nausea.description.length).toBeGreaterThan(40);

    const { agent: editor } = await signedIn(app, site, 'editor');
    const list = await editor.get('/admin/conditions');
    expect(list.body).toContain(`id="field-c${nausea.id}-description"`);
    const ids = [...list.body.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBe(new Set(ids).size);

    // Too long: the form comes back open with the editor's text kept and the error linked.
    const long = 'Queasy. '.repeat(200);
    await editor.post(`/admin/conditions/${nausea.id}/edit`, {
      condition: String(nausea.id),
      name: 'Nausea',
      category: 'Digestive Health',
      aliases: 'morning sickness, motion sickness',
      description: long,
    });
    expect(editor.last?.statusCode).toBe(422);
    const failed = String(editor.last?.body);
    expect(failed).toContain(`href="#field-c${nausea.id}-description"`);
    expect(failed).toContain(long.trim());
    expect(failed).toMatch(new RegExp(`<details open><summary>Edit Nausea`));

    await editor.post(`/admin/conditions/${nausea.id}/edit`, {
      condition: String(nausea.id),
      name: 'Nausea and Sickness',
      category: 'Digestive Health',
      aliases: 'morning sickness, motion sickness',
      description:
        'Feeling sick,   with or without being sick.\r\n\r\nSee a doctor if you cannot keep fluids down.',
    });
    expect(editor.last?.statusCode).toBe(303);
    expect(editor.last?.headers.location).toBe(`/admin/conditions#condition-${nausea.id}`);
    const after = await editor.get('/admin/conditions');
    expect(textOf(after.body)).toContain('The condition is saved');
    const shown = await page('nausea-and-sickness');
    expect(shown).toContain('<p>Feeling sick, with or without being sick.</p><p>See a doctor');
    expect(shown).toContain(
      '<meta name="description" content="Feeling sick, with or without being sick.">',
    );
    expect(textOf((await app().inject({ url: '/moderation-log' })).body)).toContain(
      'The description of “Nausea and Sickness” was rewritten.',
    );

    // A form without the field (an older client) keeps the description.
    await editor.post(`/admin/conditions/${nausea.id}/rename`, {
      name: 'Nausea and Sickness',
      category: 'Digestive Health',
      aliases: '',
    });
    expect(editor.last?.statusCode).toBe(303);
    expect(textOf(await page('nausea-and-sickness'))).toContain(
      'See a doctor if you cannot keep fluids down.',
    );
  });
});
