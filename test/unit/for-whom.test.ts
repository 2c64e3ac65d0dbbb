// For whom a report is, by kind of language, in texts written for Remedex.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/domain/extraction/index.js';

const whom = (text: string) => extract(text).forWhom;

describe('for whom', () => {
  it.each([
    'Our dog Riley had itchy paws, so we tried oatmeal rinses.',
    'We bottle-feed rescue kittens and gave them a pinch of slippery elm.',
    "My daughter's friend's dog got a spoon of pumpkin for his runs.",
    'The old mare gets a handful of garlic granules in her feed.',
    'Our vet suggested pumpkin and it firmed things up.',
    'Gave the greyhound a calming chew before the storm and she still paced.',
    'Started our 10 year old lab on fish oil for her stiff hips.',
    'Our corgi Biscuit had the runs until we added rice.',
  ])('names a pet by name or kind: %s', (text) => expect(whom(text)).toBe('pet'));

  it.each([
    'Our adopted son, now 11, takes a teaspoon of honey for his cough.',
    'Gave my 4yo a tsp of honey before bed.',
    'My youngest daughter had croup and the steam helped.',
    'DS (3) woke up coughing so he had half a teaspoon of honey.',
    'DD2 gets a spoon of it in her yoghurt now.',
    'My LO is 14 months and teething badly, the chamomile drops calmed her.',
    'my little guy is 3 and it helped his cough',
    'The twins (18 months) had croup.',
  ])('names a child, with or without an age: %s', (text) => expect(whom(text)).toBe('child'));

  it.each([
    'My son, now 25, swears by ginger for travel sickness.',
    'My mother-in-law takes it for her knees.',
    'My hubby takes it for his gout.',
    'DH swears by it for his back.',
    'I bought this for my elderly father.',
  ])('names another adult: %s', (text) => expect(whom(text)).toBe('other'));

  it.each([
    'My daughter read about turmeric, so I started taking it for my knees.',
    'Within a week I stopped snapping at my kids.',
    'I take it every night and now I have the energy to play with my grandchildren.',
    'My husband laughs at me, but I swear by my vinegar in the morning.',
    'I read it on a forum my sister sent me and I tried 2 capsules a day.',
    'My girlfriend and I both take it before bed.',
  ])('keeps the writer when someone is only mentioned: %s', (text) =>
    expect(whom(text)).toBe('self'),
  );

  it('does not take body parts or test results for animals', () => {
    expect(whom('The night cramps in my calves stopped after a week of magnesium.')).toBe('self');
    expect(whom('My labs came back normal after three months of it.')).toBe('self');
  });
  it('reads no taker in advice or a question that tells of nobody’s use', () => {
    expect(
      whom('If you try garlic for blood pressure, crush it first. Your breath will suffer.'),
    ).toBe('unclear');
    expect(whom('Has anyone tried berberine? What dose did you use?')).toBe('unclear');
    expect(whom('Has anyone tried berberine? I started it last week.')).toBe('self');
    expect(whom('Took ginger for nausea, works great.')).toBe('self');
  });
  it('reads a pet with any word before its kind, Mum by name, and a spouse who only complains', () => {
    expect(whom('Gave our nervous greyhound some chamomile before the fireworks.')).toBe('pet');
    expect(whom('We gave Mum two tablespoons of coconut oil a day.')).toBe('other');
    expect(whom('I apply onion juice thrice weekly, my wife is complaining of the smell.')).toBe(
      'self',
    );
  });
});
