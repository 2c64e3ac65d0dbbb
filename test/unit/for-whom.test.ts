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
  ])('names a pet by name or kind: %s', (text) => expect(whom(text)).toBe('pet'));

  it.each([
    'Our adopted son, now 11, takes a teaspoon of honey for his cough.',
    'Gave my 4yo a tsp of honey before bed.',
    'My youngest daughter had croup and the steam helped.',
  ])('names a child, with or without an age: %s', (text) => expect(whom(text)).toBe('child'));

  it.each([
    'My son, now 25, swears by ginger for travel sickness.',
    'My mother-in-law takes it for her knees.',
  ])('names another adult: %s', (text) => expect(whom(text)).toBe('other'));

  it('does not take body parts or test results for animals', () => {
    expect(whom('The night cramps in my calves stopped after a week of magnesium.')).toBe('self');
    expect(whom('My labs came back normal after three months of it.')).toBe('self');
  });
});
