// What readers of each demo remedy write about: conditions (with how often they come up), the
// doses people describe, and the side effects they mention. The sentences are Remedex's own.
export interface Scenario {
  remedy: string;
  conditions: [slug: string, weight: number][];
  doses: string[];
  sideEffects: string[];
  /** Share of reports that are positive; the rest split between mixed and negative. */
  positive: number;
}

export const scenarios: Scenario[] = [
  {
    remedy: 'l-glutamine',
    conditions: [
      ['leaky-gut', 6],
      ['ibs', 6],
      ['sugar-cravings', 5],
      ['alcohol-cravings', 3],
      ['exercise-recovery', 3],
      ['mouth-sores', 2],
      ['age-related-issues', 2],
      ['fatigue', 2],
      ['brain-fog', 2],
      ['anxiety', 1],
      ['bloating', 2],
    ],
    doses: [
      '5 g of powder in water every morning',
      '3-5 grams a day',
      '2 capsules of 500mg twice a day',
      'a level teaspoon of powder before breakfast',
      '1 g under the tongue when a craving hits',
      '10 g a day split after training',
    ],
    sideEffects: [
      'some bloating for the first week',
      'a mild headache',
      'trouble sleeping when I took it at night',
      'feeling a bit wired',
      'calf cramps until I drank more water',
    ],
    positive: 0.68,
  },
  {
    remedy: 'apple-cider-vinegar',
    conditions: [
      ['acid-reflux', 6],
      ['blood-sugar', 4],
      ['bloating', 2],
      ['sore-throat', 2],
      ['high-blood-pressure', 1],
      ['acne', 1],
    ],
    doses: [
      '1 tablespoon in a big glass of water before dinner',
      '2 tsp in water twice a day',
      'a teaspoon in warm water with honey',
      '1 tbsp before each meal through a straw',
    ],
    sideEffects: [
      'a burning throat when I did not dilute it enough',
      'nausea on an empty stomach',
      'sensitive teeth',
    ],
    positive: 0.62,
  },
  {
    remedy: 'turmeric',
    conditions: [
      ['osteoarthritis', 5],
      ['joint-pain', 5],
      ['exercise-recovery', 1],
      ['eczema', 1],
      ['headaches', 1],
    ],
    doses: [
      '500 mg curcumin with black pepper twice a day',
      'a teaspoon of the spice in warm milk at night',
      '1000mg capsules daily with lunch',
      'two capsules with meals',
    ],
    sideEffects: ['an upset stomach', 'loose stools', 'some heartburn'],
    positive: 0.6,
  },
  {
    remedy: 'ginger',
    conditions: [
      ['nausea', 6],
      ['menstrual-cramps', 3],
      ['common-cold', 2],
      ['bloating', 1],
      ['joint-pain', 1],
    ],
    doses: [
      'fresh ginger tea three times a day',
      '250 mg capsules four times a day',
      'a few pieces of crystallised ginger',
      'a thumb of grated root steeped in hot water',
    ],
    sideEffects: ['heartburn', 'a warm feeling in my stomach', 'burping'],
    positive: 0.7,
  },
  {
    remedy: 'magnesium',
    conditions: [
      ['muscle-cramps', 6],
      ['insomnia', 5],
      ['constipation', 3],
      ['headaches', 2],
      ['anxiety', 2],
    ],
    doses: [
      '200 mg glycinate at bedtime',
      '300mg citrate with dinner',
      'an Epsom salt bath twice a week',
      '400 mg a day',
    ],
    sideEffects: ['loose stools', 'stomach cramps', 'feeling drowsy in the morning'],
    positive: 0.66,
  },
  {
    remedy: 'chamomile',
    conditions: [
      ['insomnia', 5],
      ['anxiety', 4],
      ['bloating', 2],
      ['eczema', 1],
    ],
    doses: [
      'a cup of tea before bed',
      'two cups of strong tea in the evening',
      'extract capsules, 220 mg twice a day',
    ],
    sideEffects: ['feeling groggy the next morning', 'an itchy rash'],
    positive: 0.64,
  },
  {
    remedy: 'peppermint-oil',
    conditions: [
      ['ibs', 6],
      ['headaches', 3],
      ['bloating', 2],
      ['nausea', 1],
    ],
    doses: [
      'one enteric-coated capsule before meals',
      '2 capsules a day',
      'a drop diluted in almond oil on my temples',
    ],
    sideEffects: ['heartburn', 'a minty aftertaste', 'skin irritation where I rubbed it'],
    positive: 0.63,
  },
  {
    remedy: 'raw-honey',
    conditions: [
      ['cough', 5],
      ['sore-throat', 5],
      ['common-cold', 3],
      ['minor-burns', 2],
      ['acne', 1],
    ],
    doses: [
      'a teaspoon before bed',
      'a spoonful in warm water with lemon',
      'a thin layer of medical-grade honey under a dressing',
    ],
    sideEffects: ['a sugar crash', 'stickiness, nothing worse'],
    positive: 0.72,
  },
];

export const openers = [
  'I have struggled with {condition} on and off for years.',
  'After a long winter of {condition}, I was ready to try anything gentle.',
  'My doctor found nothing serious, but the {condition} kept coming back.',
  'I read the reports here about {condition} before deciding to try {remedy}.',
  'My partner suggested {remedy} for my {condition}.',
  'This is a follow-up to my earlier post about {condition}.',
  '{condition} has been my companion since my forties.',
  'I am a nurse and was sceptical, but my {condition} was wearing me down.',
];

export const doseLines = [
  'I took {dose} for {duration}.',
  'For {duration} I have been using {dose}.',
  'Started with {dose} and kept at it for {duration}.',
];

export const durations = [
  'a week',
  'ten days',
  'two weeks',
  'three weeks',
  'a month',
  'six weeks',
  'two months',
  'three months',
  'half a year',
];

export const outcomes = {
  positive: [
    'Within {duration2} the difference was obvious and it has stayed that way.',
    'It helped more than I expected; I now keep {remedy} in the cupboard.',
    'Not a miracle, but clearly better: fewer bad days and milder ones.',
    'The change was gradual, and one morning I realised I had not thought about it for days.',
    'It worked for me, and my sister had the same result.',
  ],
  mixed: [
    'It helped for a while, then the effect seemed to fade.',
    'Some days better, some days no different, so I am not sure yet.',
    'A small improvement, though I changed my diet at the same time.',
  ],
  negative: [
    'Honestly, I noticed no change at all.',
    'It made things worse for me and I stopped.',
    'I gave it a fair try and it did nothing, which was disappointing after the reviews.',
  ],
};

export const sideEffectLines = [
  'The only downside was {effect}.',
  'I did get {effect}, so I lowered the amount.',
  'Watch out for {effect}.',
];

export const closers = [
  'I will report back in a few months.',
  'As always, check with your own doctor first.',
  'Everyone is different, but I hope this helps someone.',
  'Thank you to everyone who shares here.',
  '',
  '',
];

export const replyLines = [
  'Thanks for posting this. How long did it take before you noticed anything?',
  'Same experience here: it took about three weeks for me.',
  'Did you take it with food or on an empty stomach?',
  'Good to hear. Please do post an update later on.',
  'I had the opposite result, so it clearly varies from person to person.',
  'Did you mention it to your doctor? Mine wanted to know about everything I take.',
  'Which brand did you use?',
  'Glad it is working. I started last week, fingers crossed.',
];

export const titles = {
  positive: ['Finally some relief', 'Better than expected', 'Slow but steady', 'Worth a try'],
  mixed: ['Mixed results', 'Helped for a while', 'Hard to say yet'],
  negative: ['Did nothing for me', 'Not for me', 'Stopped after a few weeks'],
};

export const firstNames = [
  'Tomasz',
  'Marisol',
  'Ben',
  'Aiyana',
  'Priya',
  'Gus',
  'Hannelore',
  'Kofi',
  'Lena',
  'Mateo',
  'Noor',
  'Oskar',
  'Rosa',
  'Sam',
  'Tamsin',
  'Umar',
  'Vera',
  'Wen',
  'Yusuf',
  'Zoe',
  'Bridget',
  'Carlos',
  'Dee',
  'Eamon',
  'Fatima',
  'Gail',
  'Hiro',
  'Ines',
  'Jonah',
  'Kiri',
  'Luis',
  'Mona',
  'Nils',
  'Olu',
  'Pia',
  'Quinn',
];

export const places = [
  'Louisville, KY',
  'Austin, TX',
  'Leeds, UK',
  'Auckland, New Zealand',
  'Pune, India',
  'Toronto, Canada',
  'Cork, Ireland',
  'Hamburg, Germany',
  'Perth, Australia',
  'Accra, Ghana',
  'San Diego, CA',
  'Portland, OR',
  'Manila, Philippines',
  'Lyon, France',
  'Oslo, Norway',
  'Nairobi, Kenya',
  'Dublin, Ireland',
  'Miami, FL',
];
