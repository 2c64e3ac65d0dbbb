import type { DoseFrequency, DoseUnit, Form } from '../../../model/vocabulary.js';
import type { PairVoice, Way } from '../types.js';

const w = (
  text: string,
  verb: Way['verb'],
  amount: number | [number, number],
  unit: DoseUnit,
  frequency: DoseFrequency | null,
  form: Form,
): Way => {
  const [min, max] = typeof amount === 'number' ? [amount, amount] : amount;
  return { text, verb, dose: { min, max, unit, frequency }, form };
};
const p = (remedy: string, condition: string, weight: number, ways: Way[]): PairVoice => ({
  remedy,
  condition,
  weight,
  ways,
});

// How readers take each remedy for each condition: doses, forms and timings that fit the pair.
export const pairVoices: PairVoice[] = [
  p('l-glutamine', 'leaky-gut', 6, [
    w(
      '5 g of powder in water first thing, before breakfast',
      'took',
      5,
      'g',
      'once a day',
      'powder',
    ),
    w('a heaped teaspoon of powder in water twice a day', 'took', 10, 'g', 'twice a day', 'powder'),
    w('two 500 mg capsules with each meal', 'took', 1000, 'mg', 'three times a day', 'capsule'),
  ]),
  p('l-glutamine', 'ibs', 6, [
    w(
      '5 g of powder three times a day, stirred into cool water',
      'took',
      5,
      'g',
      'three times a day',
      'powder',
    ),
    w(
      '3 g of powder at breakfast and again mid-afternoon',
      'took',
      3,
      'g',
      'twice a day',
      'powder',
    ),
    w('a 1000 mg capsule with breakfast and dinner', 'took', 1000, 'mg', 'twice a day', 'capsule'),
  ]),
  p('l-glutamine', 'sugar-cravings', 5, [
    w(
      '1 g of powder on my tongue whenever a craving started',
      'took',
      1,
      'g',
      'as needed',
      'powder',
    ),
    w(
      'a 500 mg capsule mid-afternoon, when the cravings peak',
      'took',
      500,
      'mg',
      'once a day',
      'capsule',
    ),
    w('2 g of powder in a glass of water after lunch', 'took', 2, 'g', 'once a day', 'powder'),
  ]),
  p('l-glutamine', 'alcohol-cravings', 3, [
    w(
      '2 g of powder in sparkling water at six every evening',
      'took',
      2,
      'g',
      'once a day',
      'powder',
    ),
    w('a 500 mg capsule whenever the evening urge came', 'took', 500, 'mg', 'as needed', 'capsule'),
  ]),
  p('l-glutamine', 'exercise-recovery', 3, [
    w('5 g of powder in my shake straight after training', 'took', 5, 'g', 'once a day', 'powder'),
    w(
      '10 g a day, half after training and half before bed',
      'took',
      10,
      'g',
      'twice a day',
      'powder',
    ),
  ]),
  p('l-glutamine', 'mouth-sores', 2, [
    w(
      'a swish-and-swallow rinse of 5 g powder in water, three times a day',
      'used',
      5,
      'g',
      'three times a day',
      'powder',
    ),
    w(
      '2 g of powder dissolved in water, held in my mouth before swallowing',
      'used',
      2,
      'g',
      'twice a day',
      'powder',
    ),
  ]),
  p('l-glutamine', 'age-related-issues', 2, [
    w('5 g of powder in my morning porridge', 'used', 5, 'g', 'once a day', 'powder'),
    w(
      'a 500 mg capsule twice a day alongside a protein drink',
      'took',
      500,
      'mg',
      'twice a day',
      'capsule',
    ),
  ]),
  p('l-glutamine', 'fatigue', 2, [
    w('5 g of powder in water mid-morning', 'took', 5, 'g', 'once a day', 'powder'),
    w('two 500 mg capsules with breakfast', 'took', 1000, 'mg', 'once a day', 'capsule'),
  ]),
  p('l-glutamine', 'brain-fog', 2, [
    w('3 g of powder with breakfast', 'took', 3, 'g', 'once a day', 'powder'),
    w('a 500 mg capsule morning and early afternoon', 'took', 500, 'mg', 'twice a day', 'capsule'),
  ]),
  p('l-glutamine', 'anxiety', 1, [
    w('2 g of powder in water in the morning', 'took', 2, 'g', 'once a day', 'powder'),
    w('a 500 mg capsule before the school run', 'took', 500, 'mg', 'once a day', 'capsule'),
  ]),
  p('l-glutamine', 'bloating', 2, [
    w('5 g of powder in water half an hour before lunch', 'took', 5, 'g', 'once a day', 'powder'),
    w('3 g of powder twice a day between meals', 'took', 3, 'g', 'twice a day', 'powder'),
  ]),

  p('apple-cider-vinegar', 'acid-reflux', 6, [
    w(
      'a tablespoon in a tall glass of water before dinner',
      'drank',
      1,
      'tbsp',
      'once a day',
      'liquid',
    ),
    w(
      '2 teaspoons in warm water before my two main meals',
      'drank',
      2,
      'tsp',
      'twice a day',
      'liquid',
    ),
    w(
      'a teaspoon in water through a straw when the burning started',
      'drank',
      1,
      'tsp',
      'as needed',
      'liquid',
    ),
  ]),
  p('apple-cider-vinegar', 'blood-sugar', 4, [
    w(
      'a tablespoon in water just before my evening meal',
      'drank',
      1,
      'tbsp',
      'once a day',
      'liquid',
    ),
    w(
      '2 teaspoons in water before breakfast and before dinner',
      'drank',
      2,
      'tsp',
      'twice a day',
      'liquid',
    ),
    w(
      'a tablespoon stirred into a salad dressing at lunch',
      'had',
      1,
      'tbsp',
      'once a day',
      'food',
    ),
  ]),
  p('apple-cider-vinegar', 'bloating', 2, [
    w(
      'a teaspoon in warm water ten minutes before lunch',
      'drank',
      1,
      'tsp',
      'once a day',
      'liquid',
    ),
    w(
      'a tablespoon in a big glass of water after heavy meals',
      'drank',
      1,
      'tbsp',
      'as needed',
      'liquid',
    ),
  ]),
  p('apple-cider-vinegar', 'sore-throat', 2, [
    w(
      'a gargle of a tablespoon in warm water, three times a day',
      'used',
      1,
      'tbsp',
      'three times a day',
      'gargle',
    ),
    w('a teaspoon with honey in a mug of warm water', 'drank', 1, 'tsp', 'twice a day', 'liquid'),
  ]),
  p('apple-cider-vinegar', 'high-blood-pressure', 1, [
    w('a tablespoon in water with breakfast', 'drank', 1, 'tbsp', 'once a day', 'liquid'),
    w('2 teaspoons in water before dinner', 'drank', 2, 'tsp', 'once a day', 'liquid'),
  ]),
  p('apple-cider-vinegar', 'acne', 1, [
    w(
      'a toner of one part vinegar to four parts water, dabbed on at night',
      'used',
      1,
      'tbsp',
      'once a day',
      'topical',
    ),
    w(
      'a weak vinegar rinse on a cotton pad every other evening',
      'used',
      1,
      'tsp',
      'every other day',
      'topical',
    ),
  ]),

  p('turmeric', 'osteoarthritis', 5, [
    w(
      '500 mg of curcumin with black pepper, twice a day with food',
      'took',
      500,
      'mg',
      'twice a day',
      'capsule',
    ),
    w('a 1000 mg capsule with lunch', 'took', 1000, 'mg', 'once a day', 'capsule'),
    w('a teaspoon of ground turmeric in warm milk at night', 'had', 1, 'tsp', 'once a day', 'food'),
  ]),
  p('turmeric', 'joint-pain', 5, [
    w('two 500 mg capsules with breakfast', 'took', 1000, 'mg', 'once a day', 'capsule'),
    w('a 400 mg curcumin tablet with each main meal', 'took', 400, 'mg', 'twice a day', 'tablet'),
    w(
      'golden paste, a teaspoon on my porridge each morning',
      'had',
      1,
      'tsp',
      'once a day',
      'food',
    ),
  ]),
  p('turmeric', 'exercise-recovery', 1, [
    w('a 500 mg curcumin capsule after each session', 'took', 500, 'mg', 'once a day', 'capsule'),
    w('a turmeric shot in the evening after long runs', 'drank', 1, 'tsp', 'as needed', 'liquid'),
  ]),
  p('turmeric', 'eczema', 1, [
    w('a 500 mg capsule with dinner', 'took', 500, 'mg', 'once a day', 'capsule'),
    w(
      'half a teaspoon of turmeric in my cooking every day',
      'had',
      0.5,
      'tsp',
      'once a day',
      'food',
    ),
  ]),
  p('turmeric', 'headaches', 1, [
    w('a 500 mg curcumin capsule each morning', 'took', 500, 'mg', 'once a day', 'capsule'),
    w('turmeric tea with ginger in the afternoon', 'drank', 1, 'cups', 'once a day', 'tea'),
  ]),

  p('ginger', 'nausea', 6, [
    w('250 mg ginger capsules four times a day', 'took', 250, 'mg', 'four times a day', 'capsule'),
    w(
      'a few slices of fresh root steeped in hot water before the journey',
      'drank',
      1,
      'cups',
      'as needed',
      'tea',
    ),
    w(
      'two pieces of crystallised ginger an hour before setting off',
      'had',
      2,
      'g',
      'as needed',
      'food',
    ),
  ]),
  p('ginger', 'menstrual-cramps', 3, [
    w(
      '500 mg capsules three times a day from the day before my period',
      'took',
      500,
      'mg',
      'three times a day',
      'capsule',
    ),
    w(
      'strong fresh ginger tea, a mug three times a day around day one',
      'drank',
      1,
      'cups',
      'three times a day',
      'tea',
    ),
  ]),
  p('ginger', 'common-cold', 2, [
    w(
      'grated root in hot water with lemon, three times a day',
      'drank',
      1,
      'cups',
      'three times a day',
      'tea',
    ),
    w('a ginger shot each morning while it lasted', 'drank', 30, 'ml', 'once a day', 'liquid'),
  ]),
  p('ginger', 'bloating', 1, [
    w('a cup of ginger tea after dinner', 'drank', 1, 'cups', 'once a day', 'tea'),
    w('a 500 mg capsule before my biggest meal', 'took', 500, 'mg', 'once a day', 'capsule'),
  ]),
  p('ginger', 'joint-pain', 1, [
    w('a 500 mg extract capsule twice a day', 'took', 500, 'mg', 'twice a day', 'capsule'),
    w('a thumb of fresh root in my morning smoothie', 'had', 5, 'g', 'once a day', 'food'),
  ]),

  p('magnesium', 'muscle-cramps', 6, [
    w('200 mg of magnesium glycinate at bedtime', 'took', 200, 'mg', 'once a day', 'capsule'),
    w('300 mg of citrate with dinner', 'took', 300, 'mg', 'once a day', 'tablet'),
    w('an Epsom salt bath twice a week, two cups in the water', 'used', 2, 'cups', null, 'bath'),
  ]),
  p('magnesium', 'insomnia', 5, [
    w('200 mg of glycinate an hour before bed', 'took', 200, 'mg', 'once a day', 'capsule'),
    w(
      'a 400 mg glycinate capsule with a warm drink at ten',
      'took',
      400,
      'mg',
      'once a day',
      'capsule',
    ),
  ]),
  p('magnesium', 'constipation', 3, [
    w(
      '400 mg of magnesium citrate with a big glass of water at night',
      'took',
      400,
      'mg',
      'once a day',
      'tablet',
    ),
    w('a 250 mg oxide tablet in the evening', 'took', 250, 'mg', 'once a day', 'tablet'),
  ]),
  p('magnesium', 'headaches', 2, [
    w('400 mg a day, taken with dinner', 'took', 400, 'mg', 'once a day', 'tablet'),
    w(
      '300 mg of glycinate split between morning and evening',
      'took',
      150,
      'mg',
      'twice a day',
      'capsule',
    ),
  ]),
  p('magnesium', 'anxiety', 2, [
    w(
      '200 mg of glycinate in the morning and again at night',
      'took',
      200,
      'mg',
      'twice a day',
      'capsule',
    ),
    w('a 150 mg capsule with breakfast', 'took', 150, 'mg', 'once a day', 'capsule'),
  ]),

  p('chamomile', 'insomnia', 5, [
    w(
      'a strong cup of chamomile tea, two bags steeped for ten minutes, at bedtime',
      'drank',
      1,
      'cups',
      'once a day',
      'tea',
    ),
    w(
      '220 mg extract capsules with my evening meal and at bedtime',
      'took',
      220,
      'mg',
      'twice a day',
      'capsule',
    ),
  ]),
  p('chamomile', 'anxiety', 4, [
    w('a 500 mg extract capsule morning and evening', 'took', 500, 'mg', 'twice a day', 'capsule'),
    w('three cups of chamomile tea through the day', 'drank', 3, 'cups', 'once a day', 'tea'),
  ]),
  p('chamomile', 'bloating', 2, [
    w(
      'a cup of chamomile tea after lunch and after dinner',
      'drank',
      1,
      'cups',
      'twice a day',
      'tea',
    ),
    w('chamomile and fennel tea after meals', 'drank', 1, 'cups', 'as needed', 'tea'),
  ]),
  p('chamomile', 'eczema', 1, [
    w('a chamomile cream on the patches twice a day', 'used', 1, 'tsp', 'twice a day', 'topical'),
    w(
      'cooled chamomile tea compresses on the itchy skin at night',
      'used',
      1,
      'cups',
      'once a day',
      'topical',
    ),
  ]),

  p('peppermint-oil', 'ibs', 6, [
    w(
      'one enteric-coated 0.2 ml capsule half an hour before meals',
      'took',
      0.2,
      'ml',
      'three times a day',
      'capsule',
    ),
    w(
      'two enteric-coated capsules a day, before breakfast and dinner',
      'took',
      2,
      'capsules',
      'twice a day',
      'capsule',
    ),
  ]),
  p('peppermint-oil', 'headaches', 3, [
    w(
      'a drop of oil in a teaspoon of almond oil, rubbed on my temples',
      'used',
      1,
      'drops',
      'as needed',
      'topical',
    ),
    w(
      'a peppermint roll-on across my forehead when it started',
      'used',
      1,
      'drops',
      'as needed',
      'topical',
    ),
  ]),
  p('peppermint-oil', 'bloating', 2, [
    w(
      'one enteric-coated capsule before my evening meal',
      'took',
      1,
      'capsules',
      'once a day',
      'capsule',
    ),
    w(
      'an enteric-coated capsule before lunch and dinner',
      'took',
      1,
      'capsules',
      'twice a day',
      'capsule',
    ),
  ]),
  p('peppermint-oil', 'nausea', 1, [
    w(
      'a drop on a tissue to breathe in when the queasiness came',
      'used',
      1,
      'drops',
      'as needed',
      'oil',
    ),
    w('peppermint inhaler sticks on the ferry', 'used', 1, 'drops', 'as needed', 'oil'),
  ]),

  p('raw-honey', 'cough', 5, [
    w('a teaspoon of raw honey half an hour before bed', 'had', 1, 'tsp', 'once a day', 'food'),
    w('two teaspoons of honey in warm water at bedtime', 'had', 2, 'tsp', 'once a day', 'food'),
  ]),
  p('raw-honey', 'sore-throat', 5, [
    w(
      'a spoonful of honey in warm water with lemon, three times a day',
      'had',
      1,
      'tbsp',
      'three times a day',
      'food',
    ),
    w(
      'a teaspoon of raw honey left to melt slowly on my tongue',
      'had',
      1,
      'tsp',
      'as needed',
      'food',
    ),
  ]),
  p('raw-honey', 'common-cold', 3, [
    w(
      'honey and lemon in hot water, a mug morning and night',
      'had',
      1,
      'tbsp',
      'twice a day',
      'food',
    ),
    w(
      'a spoon of raw honey with grated ginger each evening',
      'had',
      1,
      'tsp',
      'once a day',
      'food',
    ),
  ]),
  p('raw-honey', 'minor-burns', 2, [
    w(
      'a thin layer of medical-grade manuka honey under a clean dressing, changed daily',
      'used',
      1,
      'tsp',
      'once a day',
      'topical',
    ),
    w(
      'sterile honey dressings from the pharmacy, changed every other day',
      'used',
      1,
      'tsp',
      'every other day',
      'topical',
    ),
  ]),
  p('raw-honey', 'acne', 1, [
    w(
      'a thin honey mask for fifteen minutes, three evenings a week',
      'used',
      1,
      'tsp',
      'every other day',
      'topical',
    ),
    w('a dab of manuka honey on each spot overnight', 'used', 1, 'tsp', 'as needed', 'topical'),
  ]),
];
