import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractDoses, extract } from '../../src/domain/extraction/index.js';
import { halfOf, scoreExtraction } from '../../scripts/score-extraction.js';
import { sharedFile } from '../helpers/shared.js';

// Examples written for Remedex: what the extractor must get right, with the exact span each value
// came from.
describe('extraction', () => {
  it('finds how long the remedy was taken, not how long the trouble lasted', () => {
    const text =
      'I suffered from reflux for 5 years. I have been taking the vinegar for 3 weeks now.';
    const x = extract(text);
    expect(x.duration?.days).toBe(21);
    expect(text.slice(x.duration!.span.start, x.duration!.span.end)).toBe(x.duration!.span.text);
    expect(extract('I struggled with cramps for two years.').duration).toBeNull();
  });

  it('reads typographic apostrophes as plain ones, and shows the author’s own words', () => {
    for (const [plain, curly] of [
      ["It didn't help at all.", 'It didn’t help at all.'],
      ["It hasn't worked for me.", 'It hasn’t worked for me.'],
    ] as const) {
      expect(extract(curly).outcome).toBe(extract(plain).outcome);
      expect(extract(curly).outcome).toBe('no_change');
    }
    expect(extract('It didn’t help at all.').outcomeSpan?.text).toBe('didn’t help');
  });

  it('finds how soon it worked', () => {
    expect(extract('The pain was gone within an hour.').timeToEffect?.days).toBe(0);
    expect(extract('It started to help after 10 days.').timeToEffect?.days).toBe(10);
    expect(extract('By the next morning I felt better.').timeToEffect?.days).toBe(1);
  });

  it('reads the outcome for the remedy, not for the medicines tried before it', () => {
    expect(
      extract('The Nexium my doctor prescribed did not help. Ginger tea worked wonders.').outcome,
    ).toBe('helped');
    expect(extract('It helped for a week, then the cramps came back.').outcome).toBe(
      'helped_temporarily',
    );
    expect(extract('I tried it for a month and noticed no difference at all.').outcome).toBe(
      'no_change',
    );
    expect(extract('It made my stomach worse.').outcome).toBe('worse');
    expect(extract('I bought a bottle yesterday.').outcome).toBe('unclear');
  });

  it('finds side effects, their negation, and leaves the treated condition out', () => {
    const x = extract(
      'It gave me a headache and some bloating, but no nausea. My heartburn is gone.',
      { conditionTerms: ['Acid Reflux', 'heartburn'] },
    );
    expect(x.sideEffects.map((s) => [s.term, s.negated])).toEqual([
      ['headache', false],
      ['bloating', false],
      ['nausea', true],
    ]);
    expect(extract('No side effects whatsoever.').sideEffects).toEqual([
      expect.objectContaining({ term: 'any', negated: true }),
    ]);
  });

  it('tells for whom it was', () => {
    expect(extract('I gave my 6 year old a spoonful.').forWhom).toBe('child');
    expect(extract('My dog loved it.').forWhom).toBe('pet');
    expect(extract('My husband drinks it every night.').forWhom).toBe('other');
    expect(extract('I take it every night.').forWhom).toBe('self');
  });
});

describe('dose extraction', () => {
  const one = (text: string) => {
    const doses = extractDoses(text);
    expect(doses).toHaveLength(1);
    const d = doses[0]!;
    expect(text.slice(d.span.start, d.span.end)).toBe(d.span.text);
    return d;
  };

  it('normalises masses to a daily amount when the frequency is stated', () => {
    expect(one('I take 500mg twice a day with food.')).toMatchObject({
      amountMin: 500,
      unit: 'mg',
      perDayMin: 2,
      dailyMgMin: 1000,
    });
    expect(one('3-5 grms daily of the powder')).toMatchObject({
      amountMin: 3,
      amountMax: 5,
      unit: 'g',
      dailyMgMin: 3000,
      dailyMgMax: 5000,
    });
    expect(one('Magnesium 400 mcg, 3 times a day')).toMatchObject({ dailyMgMin: 1.2 });
    expect(one('vit c 2000mg/day')).toMatchObject({ dailyMgMin: 2000, substance: 'vitamin C' });
    expect(one('500 mg 2X day')).toMatchObject({ perDayMin: 2, dailyMgMin: 1000 });
    expect(one('8 drops every 3-4 hours')).toMatchObject({ perDayMin: 6, perDayMax: 8 });
  });

  it('keeps volumes and counts as they are', () => {
    expect(one('1/8 teaspoon per liter of drinking water')).toMatchObject({
      amountMin: 0.125,
      unit: 'tsp',
      dailyMgMin: null,
    });
    expect(one('2 TBSP ACV every morning')).toMatchObject({
      unit: 'tbsp',
      perDayMin: 1,
      substance: 'apple cider vinegar',
    });
    expect(one('3 T honey')).toMatchObject({ unit: 'tbsp' });
    expect(one('1 t honey')).toMatchObject({ unit: 'tsp' });
    expect(one('two acidophilus pills a day')).toMatchObject({ amountMin: 2, unit: 'capsules' });
  });

  it('leaves out drug doses, the water a dose is mixed into, and container sizes', () => {
    expect(extractDoses('My doctor had me on zantac 150 mg for years.')).toEqual([]);
    expect(one('2 tbsp in 8 oz of water').span.text).toBe('2 tbsp');
    expect(one('A 16oz glass with 2 tbsp at night').span.text).toBe('2 tbsp');
    expect(extractDoses('a 5mm stone, 1.5 cms across, 3% peroxide')).toEqual([]);
  });
});

describe('doses as people write them', () => {
  const only = (text: string) =>
    extractDoses(text, ['garlic', 'vitamin d', 'turmeric', 'sage', 'l-theanine']);
  it('reads units in words, heaped spoons, fractions of a clove and a pill', () => {
    expect(only('I take 5000 international units of vitamin D a day.')[0]).toMatchObject({
      amountMin: 5000,
      unit: 'iu',
      perDayMin: 1,
    });
    expect(only('1 heaping tsps. of the powder in water')[0]).toMatchObject({ unit: 'tsp' });
    expect(only('1/3 of a small clove of garlic at night')[0]?.amountMin).toBeCloseTo(1 / 3);
    expect(only('I take a gram of turmeric with lunch.')[0]).toMatchObject({
      amountMin: 1,
      unit: 'g',
    });
    expect(only('a quarter of a tablet at night')[0]?.amountMin).toBe(0.25);
    expect(only('I took a pill every morning.')[0]).toMatchObject({
      amountMin: 1,
      unit: 'capsules',
    });
  });
  it('reads the units of shop-bought forms: gummies, chews, scoops, lozenges, sachets, droppers', () => {
    const units = (text: string) => only(text).map((d) => [d.amountMin, d.unit]);
    expect(units('He takes 2 gummies before bed.')).toEqual([[2, 'gummies']]);
    expect(units('One chew every 3-4 hours kept it down.')).toEqual([[1, 'chews']]);
    expect(units('One scoop in warm water, and on bad days two scoops.')).toEqual([
      [1, 'scoops'],
      [2, 'scoops'],
    ]);
    expect(units('I sucked 3 lozenges a day.')).toEqual([[3, 'lozenges']]);
    expect(units('a sachet in the morning')).toEqual([[1, 'sachets']]);
    expect(units('2 dropperfuls under the tongue')).toEqual([[2, 'dropperfuls']]);
    expect(units('a full dropper of the tincture')).toEqual([[1, 'dropperfuls']]);
    expect(units('2 tea bags in one mug')).toEqual([[2, 'tea bags']]);
    // The mass in brackets is the dose; a tool or an adjective is no unit.
    expect(units('I add a scoop (5g) to my shake.')).toEqual([[5, 'g']]);
    expect(units('He squirted it in with a dropper.')).toEqual([]);
    expect(units('2 Chewable vitamin C 500mg each')).toEqual([[500, 'mg']]);
  });
  it('reads how often in the ways people write it, and never a wrong daily amount', () => {
    const daily = (text: string) => only(text).map((d) => d.dailyMgMin);
    expect(daily('ginger 1g x3/day')).toEqual([3000]);
    expect(daily('500 mg x 2 daily of turmeric')).toEqual([1000]);
    expect(daily('three times daily 500mg turmeric')).toEqual([1500]);
    expect(daily('two 500mg capsules of turmeric morning and night')).toEqual([2000]);
    expect(daily('turmeric 400 mg nightly')).toEqual([400]);
  });
  it('reads how often in shorthand and in the words of writers whose first language is not English', () => {
    const daily = (text: string) => only(text).map((d) => d.dailyMgMin);
    expect(daily('ashwagandha 300mg ED')).toEqual([300]);
    expect(daily('turmeric 500 mg BID with food')).toEqual([1000]);
    expect(daily('ginger 250mg tid')).toEqual([750]);
    expect(daily('she take turmeric 500 mg two time for day')).toEqual([1000]);
    expect(daily('I take ginger 400 mg 3 times in a day')).toEqual([1200]);
    expect(only('hawthorn tincture, 30 gtt in water')).toEqual([
      expect.objectContaining({ amountMin: 30, unit: 'drops' }),
    ]);
    // A dose by body weight has no daily amount without the weight.
    expect(daily('CBD 2 mg per 10 lb twice a day')).toEqual([null]);
    expect(daily('Per day:\n- magnesium 200 mg x2\n- turmeric 500 mg')).toEqual([400, 500]);
  });
  it('reads no dose from advice to others in a post that never tells of the writer’s own use', () => {
    expect(only('If you try garlic, start with one clove a day and see.')).toEqual([]);
    expect(only('You should take 2 capsules of ginger before a trip.')).toEqual([]);
    expect(only('I take 2 capsules of ginger before a trip.')).toHaveLength(1);
    // A writer who took it, giving the dose as advice.
    expect(only('It worked for me. You should take 2 capsules before a trip.')).toHaveLength(1);
  });
  it('reads "one a day" after the tablets it counts, and a dose taken with the morning coffee as daily', () => {
    expect(only('Three months of sage tablets (one a day) helped.')).toEqual([
      expect.objectContaining({ amountMin: 1, unit: 'capsules' }),
    ]);
    expect(only('200mg L-theanine with my morning coffee.').map((d) => d.dailyMgMin)).toEqual([
      200,
    ]);
  });
  it('reads "capsules, one three times a day"', () => {
    expect(
      extractDoses('Peppermint capsules, one three times a day before meals.', ['peppermint']),
    ).toEqual([expect.objectContaining({ amountMin: 1, unit: 'capsules' })]);
  });
  it('reads a range in words, and a list under a per-day heading', () => {
    expect(only('Take between 3 and 5 capsules a day.')[0]).toMatchObject({
      amountMin: 3,
      amountMax: 5,
      span: { text: 'between 3 and 5 capsules' },
    });
    const list = only('Per day: 2 capsules garlic, 1000 mg turmeric, 1 tsp honey');
    expect(list.map((d) => d.perDayMin)).toEqual([1, 1, 1]);
    expect(list[1]?.dailyMgMin).toBe(1000);
  });
  it('leaves out recipes, concentrations, toxicity figures, containers, bounds and medicines', () => {
    expect(only('Recipe: 2 cups water, 1 tbsp honey, 3 cloves garlic, simmer')).toEqual([]);
    expect(
      only('Simmer 2 cups water with 1 tbsp honey and 3 cloves garlic, then take 1 tbsp.').map(
        (d) => d.span.text,
      ),
    ).toEqual(['1 tbsp.']);
    expect(only('It is toxic at 0.6 mg/ml in the blood.')).toEqual([]);
    expect(only('The lethal dose is said to be 10 g.')).toEqual([]);
    expect(only('I bought a 2 litre (half gallon) plastic bottle of it.')).toEqual([]);
    expect(only('Start with less than a tablespoon.')).toEqual([]);
    expect(only('My doctor has me on 75 mcg levothyroxine and I take 2 g of garlic.')).toEqual([
      expect.objectContaining({ amountMin: 2, unit: 'g' }),
    ]);
    expect(only('I take sertraline 50 mg.')).toEqual([]);
  });
});

// Public numbers count only facts the extractor is sure of (PUBLIC_CONFIDENCE), so precision is the
// bar every field must clear; outcome and side effects give up recall for it, and their recall
// floor is lower (docs/EXTRACTION.md has the per-set table and the issue 12 targets not yet met).
function meetsBars(scores: Record<string, { precision: number; recall: number }>) {
  for (const [field, s] of Object.entries(scores)) {
    const traded = field === 'outcome' || field === 'side_effects';
    expect(s.precision, `${field} precision`).toBeGreaterThanOrEqual(0.85);
    expect(s.recall, `${field} recall`).toBeGreaterThanOrEqual(traded ? 0.6 : 0.85);
  }
}

const DEV = '../shared/data/extraction-dev.jsonl';
describe.skipIf(!sharedFile(DEV, 'extraction scores on extraction-dev.jsonl'))(
  'on the real labelled posts',
  () => {
    it('meets the precision bar on every field, and the recall floors', () => {
      meetsBars(scoreExtraction(DEV));
    });
  },
);

describe.each([
  ['the 150 texts written and labelled for Remedex', 'remedex-labelled.jsonl'],
  ['the 40 texts in a forum voice', 'remedex-forum.jsonl'],
])('on %s', (_name, file) => {
  it('meets the precision bar on every field, and the recall floors', () => {
    meetsBars(scoreExtraction(`test/fixtures/extraction/${file}`));
  });
});

describe('extraction on long texts', () => {
  // Without sentence marks every lookup for a sentence's edge used to search to the text's start:
  // 200,000 characters took 36 s (past this test's timeout); read in windows it takes well under one.
  it('reads a 200,000-character text with no sentence marks to the end', () => {
    const piece = 'took 500 mg with heartburn and nausea and 2 garlic pills a day ';
    const times = Math.ceil(200_000 / piece.length);
    const text = piece.repeat(times);
    expect(text.length).toBeGreaterThanOrEqual(200_000);
    const found = extract(text, { conditionTerms: ['nausea'] });
    expect(found.doses).toHaveLength(2 * times);
    expect(found.doses.at(-1)?.span.end).toBeGreaterThan(text.length - piece.length);
  });
});

describe('the extraction scorer does not flatter', () => {
  const dir = mkdtempSync(join(tmpdir(), 'remedex-score-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const labels = {
    dose: [],
    duration: null,
    time_to_effect: null,
    outcome: 'unclear',
    side_effects: [],
    for_whom: 'unclear',
  };
  const file = (name: string, rows: { text: string; labels: Record<string, unknown> }[]) => {
    const path = join(dir, name);
    writeFileSync(
      path,
      rows
        .map((r, i) => JSON.stringify({ id: `t-${i}`, ...r, labels: { ...labels, ...r.labels } }))
        .join('\n'),
    );
    return path;
  };

  it('counts a daily amount the extractor states even when its dose matched nothing', () => {
    const path = file('daily.jsonl', [
      { text: 'I took 500 mg of ginger twice a day for the nausea.', labels: {} },
    ]);
    const s = scoreExtraction(path);
    expect(s.dose?.fp).toBe(1);
    expect(s.daily_mg).toMatchObject({ tp: 0, fp: 1, fn: 0 });
  });

  it('gives no precision when nothing was predicted, and no recall when nothing was to find', () => {
    const path = file('empty.jsonl', [
      { text: 'It was fine.', labels: { duration: { days: 21, span: 'three weeks' } } },
    ]);
    const s = scoreExtraction(path);
    expect(s.duration).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(Number.isNaN(s.duration!.precision)).toBe(true);
    expect(Number.isNaN(s.side_effects!.recall)).toBe(true);
  });

  it('reads "days": null (a vague span) and counts a number read from it as wrong', () => {
    const path = file('vague.jsonl', [
      {
        text: 'I have been taking the vinegar for 3 weeks now.',
        labels: { duration: { days: null, span: 'a while' } },
      },
    ]);
    expect(scoreExtraction(path).duration).toMatchObject({ tp: 0, fp: 1, fn: 0 });
  });

  it('splits a set into halves by a fixed rule', () => {
    const texts = Array.from({ length: 40 }, (_, i) => `post number ${i}`);
    const halves = texts.map(halfOf);
    expect(halves).toEqual(texts.map(halfOf));
    expect(halves.filter((h) => h === 'tune').length).toBeGreaterThan(10);
    expect(halves.filter((h) => h === 'score').length).toBeGreaterThan(10);
  });
});

describe('the PsyTAR scorer', () => {
  it('scores side effects by labelled span, counts an extracted symptom of the condition as wrong, and unaligned mentions as missed', async () => {
    const { scorePsytar } = await import('../../scripts/score-psytar.js');
    const dir = mkdtempSync(join(tmpdir(), 'remedex-psytar-'));
    const path = join(dir, 'p.jsonl');
    writeFileSync(
      path,
      JSON.stringify({
        id: 'p1',
        text: 'It gave me a headache. My insomnia was awful before. I also had nausea from it.',
        labels: {
          side_effects: [
            { span: 'headache', negated: false },
            { span: 'nausea', negated: false },
          ],
          duration: null,
        },
        side_effects_unaligned: [{ text: 'felt odd' }],
        other_mentions: [{ type: 'condition_symptom', span: 'insomnia' }],
        weak_labels: { outcome: null },
      }),
    );
    const s = scorePsytar(path);
    expect(s.fields.side_effects.tp).toBe(2);
    expect(s.fields.side_effects.fn).toBe(1);
    expect(s.fields.side_effects.fp).toBe(s.traps.condition_symptom ?? 0);
    expect(Number.isNaN(s.fields.outcome.recall)).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });

  it('compares outcomes in the two classes its weak label has: improved or not', async () => {
    const { scorePsytar } = await import('../../scripts/score-psytar.js');
    const dir = mkdtempSync(join(tmpdir(), 'remedex-psytar-'));
    const path = join(dir, 'p.jsonl');
    const row = (id: string, text: string, outcome: string) =>
      JSON.stringify({
        id,
        text,
        labels: { side_effects: [], duration: null },
        weak_labels: { outcome },
      });
    writeFileSync(
      path,
      [
        // Read as "worse": not improved, as the label says.
        row('w', 'It made my anxiety much worse. It made me feel awful.', 'no_change'),
        // Read as "helped for a while": improved, as the label says.
        row('t', 'It helped a lot at first. Then it stopped working after a year.', 'helped'),
        // Read as "helped" against a label of no change: wrong.
        row('h', 'It worked wonders and I feel much better.', 'no_change'),
      ].join('\n'),
    );
    const s = scorePsytar(path);
    expect(s.fields.outcome).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    rmSync(dir, { recursive: true, force: true });
  });
});
