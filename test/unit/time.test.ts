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
    expect(read('A tsp of honey before bed three nights running.').taken).toBe(3);
    expect(read('Zinc 30mg daily, 3 months. Skin clearer.').taken).toBe(90);
  });
});
