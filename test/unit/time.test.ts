// Durations and time to effect by kind of phrasing, in texts written for Remedex.
import { describe, expect, it } from 'vitest';
import { extract, numberOf } from '../../src/domain/extraction/index.js';

const read = (text: string) => {
  const x = extract(text, { conditionTerms: [], remedyTerms: ['ginger'] });
  return { taken: x.duration?.days ?? null, effect: x.timeToEffect?.days ?? null };
};

describe('time expressions', () => {
  it('reads number words, compounds and halves', () => {
    expect(numberOf('twenty one')).toBe(21);
    expect(numberOf('two and a half')).toBe(2.5);
    expect(numberOf('couple')).toBe(2);
  });

  it('reads ranges by their lower end', () => {
    expect(read('I took it daily and within 2 to 3 weeks the pain was gone.').effect).toBe(14);
    expect(read('I used it for 4 or 5 days and it helped.').taken).toBe(4);
    expect(read('Took ginger for a week or so and felt better.').taken).toBe(7);
    expect(read('I have been taking it for two and a half weeks.').taken).toBe(17.5);
  });

  it('reads ordinals and numbered days and weeks', () => {
    expect(read('After the 2nd day the cough eased.').effect).toBe(2);
    expect(read('I took it every night. By day 4 the rash cleared up.').effect).toBe(4);
    expect(read('Every day for six weeks now. By week three I noticed less pain.')).toEqual({
      taken: 42,
      effect: 21,
    });
  });

  it('reads an effect that follows a duration of use as both', () => {
    expect(read('After using it daily for three months my skin cleared.')).toEqual({
      taken: 90,
      effect: 90,
    });
  });

  it('reads "a good month", minutes to kick in, and "within the hour"', () => {
    expect(read('It took a good month before I saw any change.').effect).toBe(30);
    expect(read('For a full week I took it twice a day.').taken).toBe(7);
    expect(read('It kicked in after about 45 minutes.').effect).toBe(0);
    expect(read('Worked within the hour.').effect).toBe(0);
    expect(read('I took it daily. Day 5 and still no change.').taken).toBe(5);
  });

  it('does not read "no change after 2 weeks" as a time to effect', () => {
    expect(read('Had no change at all after 2 weeks.').effect).toBeNull();
  });

  it('reads how long it was taken in terse forms', () => {
    expect(read('Update after 3 months on mag glycinate: headaches way down.')).toEqual({
      taken: 90,
      effect: null,
    });
    expect(read('A tsp of ginger syrup before bed three nights running.').taken).toBe(3);
    expect(read('Ginger 500mg daily, 3 months. Skin clearer.').taken).toBe(90);
  });

  it('reads how long it was taken told as "N days of it" and "been N months"', () => {
    expect(read('Elderberry did nothing. 5 days of it 3x a day.').taken).toBe(5);
    expect(read('I take ginger most days. Been about 5 months. Less pain overall.').taken).toBe(
      150,
    );
    expect(read("I've been on it 3 weeks and the nausea is better.").taken).toBe(21);
    // How long since something else is no time on the remedy.
    expect(read('It has been 5 days since I stopped the pills and took ginger.').taken).toBe(null);
  });

  it('reads "it was N weeks before I felt" and "within the first week" as time to effect', () => {
    expect(read('It was maybe 3 weeks before I felt any difference.').effect).toBe(21);
    expect(read('It took probably two weeks before the cramps eased.').effect).toBe(14);
    expect(read('Bloating down by half within the first week.').effect).toBe(7);
  });

  it('reads "the first time ever" as no time', () => {
    expect(read('He chewed ginger and did not throw up once, first time ever.').effect).toBe(null);
    expect(read('It worked the first time I tried it.').effect).toBe(0);
  });

  it('reads hedged amounts of time and "tried it N days"', () => {
    expect(read('I took ginger for like a month for the nausea.').taken).toBe(30);
    expect(read('Used it for roughly 6 weeks.').taken).toBe(42);
    expect(read('Tried it 4 days then gave up.').taken).toBe(4);
    expect(read('6 wks on ginger 2x a day, nausea way less.').taken).toBe(42);
    expect(read('We were 3 days on holiday when the nausea started.').taken).toBe(null);
    expect(read('After 10 days on antibiotics I tried ginger.').taken).toBe(null);
  });

  it('reads no duration from a point in time, another medicine, a condition or an effect’s first days', () => {
    expect(read('I stopped taking it 3 days ago and feel fine.').taken).toBe(null);
    expect(read('I started taking ginger 3 weeks ago and the nausea is better.').taken).toBe(21);
    expect(read('I had been taking Lexapro for about 5 years. Now I take ginger.').taken).toBe(
      null,
    );
    expect(read('If you miss a dose for 1-2 days of ginger it can cause problems.').taken).toBe(
      null,
    );
    expect(read('I took ginger and felt wired for the first few days.').taken).toBe(null);
  });

  it('reads no duration from a plan or another remedy’s time', () => {
    expect(read('I plan to continue the ginger for 7 days, then stop.').taken).toBe(null);
    expect(read('First I tried garlic pills for a couple of weeks. Then ginger.').taken).toBe(null);
  });

  it('reads "the past fortnight", "N weeks into the remedy", "after N days I gave up", "going on N months"', () => {
    expect(read('Ginger tea daily for the past fortnight and the nausea is gone.').taken).toBe(14);
    expect(read("I'm three weeks into the ginger and no change yet.").taken).toBe(21);
    expect(read('After 10 days I gave up.').taken).toBe(10);
    expect(read('Going on 3 months now and still good.').taken).toBe(90);
    expect(read('Two weeks into my pregnancy I tried ginger.').taken).toBe(null);
  });

  it('reads "the same day", "on day three" and "started working on the 4th day"', () => {
    expect(read('I took ginger and was better the same day.').effect).toBe(0);
    expect(read('On day three I noticed less nausea.').effect).toBe(3);
    expect(read('It started working on the 4th day.').effect).toBe(4);
    expect(read('It was working, but stopped after 3 days.').effect).toBe(null);
  });

  it('reads kept it up, N days of an amount or of the remedy, N months on, and hedged times to effect', () => {
    expect(read('Been doing it a month, things are moving again.').taken).toBe(30);
    expect(read('I have kept it up for eight months.').taken).toBe(240);
    expect(read('2 days of 600mg and I binned it.').taken).toBe(2);
    expect(read('6 weeks of ginger, 5g a day.').taken).toBe(42);
    expect(
      read('The cramps eased and now, three months on, I have one bad day a fortnight.').taken,
    ).toBe(90);
    expect(read('The cramps eased after roughly ten days.').effect).toBe(10);
    // A frequency is no duration.
    expect(read('I take the ginger, two tablets a day, since May.').taken).toBe(null);
    expect(read('3 days of pain before I tried ginger.').taken).toBe(null);
  });
  it.each([
    ['At my 3-month check-up on ginger the numbers were better.', null, 90],
    ['Week 2 on ginger I was sleeping better.', null, 14],
    ['After about 6 weeks of ginger I am less foggy.', 42, 42],
    ['It was a week or so before the burning eased.', null, 7],
    ['Ginger made me dizzy. Stopped and felt normal again in 3 days.', null, null],
    ['I stopped the ginger and within two days the rash was gone.', null, null],
  ])(
    'reads a compound "3-month", "Week 2", "a week or so before", and no time after stopping: %s',
    (text, taken, effect) => {
      expect(read(text)).toEqual({ taken, effect });
    },
  );
  it.each([
    ['Ginger tea twice a day, this is my 5th week and it is clearing up.', 35, null],
    ['On the ginger. Firm again in under 48 hours.', null, 2],
    ['I am taking ginger daily since last 2 months and it is reduced.', 60, null],
    ['Two flares before, none in the four months since I began ginger.', 120, null],
    ["I've done it about a year, ginger every morning.", 365, null],
    ['Cramps went from nightly to once a week within the first fortnight of ginger.', null, 14],
  ])(
    'reads "my 5th week", "since last N months", "in under 48 hours", "in the N months since", "done it a year": %s',
    (text, taken, effect) => {
      expect(read(text)).toEqual({ taken, effect });
    },
  );
  it.each([['Salt water gargle, throat better by tmrw morning.', null, 1]])(
    'reads "by tmrw morning": %s',
    (text, taken, effect) => {
      expect(read(text)).toEqual({ taken, effect });
    },
  );
});
