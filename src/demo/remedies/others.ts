import type { Article } from '../../model/article.js';
import type { RemedyDraft } from '../../domain/editorial/index.js';
import { STANDARD_DISCLAIMER } from './common.js';

type Point = { label: string; text: string };
const p = (label: string, text: string): Point => ({ label, text });

/** Fills the sections a shorter article leaves empty, so every page keeps the same anatomy. */
function article(
  a: Omit<Article, 'disclaimer' | 'closing' | 'reportHighlights'> & Partial<Article>,
): Article {
  return {
    reportHighlights: { helpful: [], cautionary: [] },
    closing: [],
    disclaimer: STANDARD_DISCLAIMER,
    ...a,
  };
}

export const appleCiderVinegar: RemedyDraft = {
  slug: 'apple-cider-vinegar',
  name: 'Apple Cider Vinegar',
  aliases: ['ACV', 'cider vinegar'],
  kind: 'home remedy',
  summary:
    'Fermented apple juice, diluted in water and sipped before meals by people hoping for steadier blood sugar and easier digestion.',
  editorsChoice: true,
  status: 'published',
  article: article({
    overview: {
      paragraphs: [
        'Few kitchen staples have as large a following as cider vinegar. Readers dilute a spoonful or two in water and drink it with meals for reflux, blood sugar, and a long list of other complaints.',
      ],
      highlights: [
        p('Most asked about', 'heartburn, blood sugar after meals, and weight.'),
        p('Form', 'unfiltered vinegar with its cloudy "mother", always diluted.'),
      ],
    },
    whatItIs: {
      title: 'What apple cider vinegar is',
      paragraphs: [
        'It is apple juice fermented twice: first to alcohol, then by bacteria to acetic acid, which gives it its sharpness and most of its studied effects.',
      ],
      points: [p('Acetic acid', 'usually 5–6%, enough to damage teeth and throat if drunk neat.')],
      sources: '',
    },
    research: {
      intro: 'The research is small but real for one use:',
      findings: [
        {
          area: 'Blood sugar',
          claim:
            'Vinegar taken with a carbohydrate-rich meal lowered the rise in blood sugar and improved insulin sensitivity in small crossover studies of people with insulin resistance.',
          evidence: 'limited',
          citations: ['johnston-2004'],
        },
        {
          area: 'Reflux',
          claim: 'There are no good trials for heartburn; reader reports point both ways.',
          evidence: 'anecdotal',
          citations: [],
        },
      ],
      context: 'Most claims about weight loss and detoxing rest on very little.',
    },
    benefits: [
      {
        title: 'A smaller blood sugar spike after meals',
        intro: 'The best-supported use.',
        points: [
          p('How', 'acetic acid slows stomach emptying and may help muscles take up glucose.'),
        ],
      },
    ],
    dosage: {
      intro: 'Always dilute it, and drink it through a straw to spare your teeth.',
      rows: [
        {
          purpose: 'With meals',
          amountMin: 1,
          amountMax: 2,
          unit: 'tbsp',
          frequency: 'in a large glass of water, up to twice a day',
          note: 'Start with 1 teaspoon.',
        },
      ],
    },
    tips: [
      p('Teeth', 'rinse your mouth with plain water afterwards and wait before brushing.'),
      p('Never neat', 'undiluted vinegar can burn the throat.'),
    ],
    sideEffects: {
      intro: 'Problems mostly come from the acid.',
      common: [
        p('Teeth', 'worn enamel with regular use.'),
        p('Stomach', 'nausea or a burning feeling, especially on an empty stomach.'),
      ],
      occasional: [p('Low potassium', 'reported with very large daily amounts over long periods.')],
    },
    cautions: [
      'People taking insulin, diabetes tablets, diuretics or digoxin.',
      'Anyone with gastroparesis, stomach ulcers or kidney disease.',
    ],
    whenToStop:
      'Stop and get medical help if you have pain when swallowing, vomit blood, pass black stools, or feel weak with muscle cramps or an irregular heartbeat (possible low potassium). If you take diabetes medicine and feel shaky, sweaty or confused, check your blood sugar and call your doctor.',
    faq: [
      {
        question: 'Does it matter which vinegar I buy?',
        answer:
          'Any apple cider vinegar has acetic acid; the cloudy "mother" has not been shown to add anything measurable.',
      },
    ],
  }),
  citations: [
    {
      key: 'johnston-2004',
      title:
        'Vinegar improves insulin sensitivity to a high-carbohydrate meal in subjects with insulin resistance or type 2 diabetes',
      source: 'Diabetes Care',
      year: 2004,
      url: null,
    },
  ],
  uses: [
    {
      condition: 'blood-sugar',
      evidenceLevel: 'limited',
      note: 'Small crossover studies after single meals.',
      citations: ['johnston-2004'],
    },
    {
      condition: 'acid-reflux',
      evidenceLevel: 'anecdotal',
      note: 'No controlled trials.',
      citations: [],
    },
  ],
};

export const turmeric: RemedyDraft = {
  slug: 'turmeric',
  name: 'Turmeric',
  aliases: ['curcumin', 'Curcuma longa'],
  kind: 'herb',
  summary: 'The golden spice and its extract curcumin, taken for stiff and aching joints.',
  editorsChoice: true,
  status: 'published',
  article: article({
    overview: {
      paragraphs: [
        'Turmeric root has coloured curries for centuries. Extracts rich in curcumin are now among the best-selling supplements for joint pain.',
      ],
      highlights: [p('Most asked about', 'knee osteoarthritis and general joint aches.')],
    },
    whatItIs: {
      title: 'What turmeric is',
      paragraphs: [
        'A root in the ginger family. Curcumin, its main active compound, is poorly absorbed on its own, so supplements often add black pepper extract or fat-based carriers.',
      ],
      points: [],
      sources: 'Cooking with turmeric gives far less curcumin than a supplement.',
    },
    research: {
      intro: 'The evidence is moderate for one use:',
      findings: [
        {
          area: 'Joint arthritis',
          claim:
            'A meta-analysis of randomised trials found turmeric extracts reduced arthritis pain more than placebo, with trials small and short.',
          evidence: 'moderate',
          citations: ['daily-2016'],
        },
      ],
      context: 'Trials are small and often funded by makers of the extracts.',
    },
    benefits: [
      {
        title: 'Less joint pain',
        intro: 'Mainly knee osteoarthritis.',
        points: [p('Size of effect', 'modest, similar in some trials to common painkillers.')],
      },
    ],
    dosage: {
      intro: 'Amounts refer to standardised curcumin extracts.',
      rows: [
        {
          purpose: 'Joint pain',
          amountMin: 500,
          amountMax: 1500,
          unit: 'mg',
          frequency: 'per day, split with meals',
          note: 'Trials usually lasted 4–12 weeks.',
        },
      ],
    },
    tips: [p('With food', 'fat helps absorption and eases stomach upset.')],
    sideEffects: {
      intro: 'Generally well tolerated.',
      common: [p('Digestive', 'indigestion, nausea or loose stools.')],
      occasional: [
        p('Liver', 'rare cases of liver injury have been reported with concentrated extracts.'),
      ],
    },
    cautions: [
      'People taking blood thinners or antiplatelet drugs.',
      'Anyone with gallstones or bile duct problems.',
      'Anyone with liver disease.',
    ],
    whenToStop:
      'Stop and contact a doctor if you notice yellow skin or eyes, dark urine, pale stools, pain under the right ribs, unusual bruising or bleeding, or severe stomach pain.',
    faq: [
      {
        question: 'Is the spice in food enough?',
        answer:
          'Probably not for joint pain: trials used extracts with far more curcumin than a meal contains.',
      },
    ],
  }),
  citations: [
    {
      key: 'daily-2016',
      title:
        'Efficacy of turmeric extracts and curcumin for alleviating the symptoms of joint arthritis: a systematic review and meta-analysis of randomized clinical trials',
      source: 'Journal of Medicinal Food',
      year: 2016,
      url: null,
    },
  ],
  uses: [
    {
      condition: 'osteoarthritis',
      evidenceLevel: 'moderate',
      note: 'Pain relief in small, short trials.',
      citations: ['daily-2016'],
    },
    {
      condition: 'joint-pain',
      evidenceLevel: 'limited',
      note: 'Extrapolated from arthritis trials.',
      citations: ['daily-2016'],
    },
  ],
};

export const ginger: RemedyDraft = {
  slug: 'ginger',
  name: 'Ginger',
  aliases: ['ginger root', 'Zingiber officinale'],
  kind: 'herb',
  summary: 'A warming root used as tea, capsules or crystallised pieces, above all for nausea.',
  editorsChoice: false,
  status: 'published',
  article: article({
    overview: {
      paragraphs: [
        'Ginger is the remedy readers most often reach for when their stomach turns, from travel sickness to the queasiness of early pregnancy.',
      ],
      highlights: [p('Most asked about', 'nausea, period pain and colds.')],
    },
    whatItIs: {
      title: 'What ginger is',
      paragraphs: [
        'The underground stem of a tropical plant; gingerols and shogaols give it its bite.',
      ],
      points: [],
      sources: '',
    },
    research: {
      intro: 'The best evidence concerns nausea:',
      findings: [
        {
          area: 'Pregnancy nausea',
          claim:
            'A meta-analysis of randomised trials found ginger eased nausea in pregnancy better than placebo, without an increase in side effects.',
          evidence: 'moderate',
          citations: ['viljoen-2014'],
        },
      ],
      context: 'Evidence for vomiting, as opposed to nausea, is weaker.',
    },
    benefits: [
      {
        title: 'Settling nausea',
        intro: 'Works for some within an hour.',
        points: [p('Forms', 'fresh tea, capsules and crystallised ginger all appear in reports.')],
      },
    ],
    dosage: {
      intro: 'Amounts refer to dried ginger root.',
      rows: [
        {
          purpose: 'Nausea',
          amountMin: 0.5,
          amountMax: 1,
          unit: 'g',
          frequency: 'up to 4 times a day',
          note: 'In pregnancy, keep to 1 g a day or less and ask your midwife or doctor.',
        },
      ],
    },
    tips: [p('Tea', 'a few slices of fresh root steeped for ten minutes.')],
    sideEffects: {
      intro: 'Mild and uncommon at food-like amounts.',
      common: [p('Digestive', 'heartburn, burping or a warm feeling in the stomach.')],
      occasional: [p('Bleeding', 'large amounts may add to the effect of blood thinners.')],
    },
    cautions: [
      'People taking blood thinners.',
      'Anyone with gallstones.',
      'Pregnant women, who should agree the amount with their midwife or doctor.',
    ],
    whenToStop:
      'Stop and seek medical help if vomiting continues for more than a day, you cannot keep fluids down, you see blood in vomit or stools, or you notice unusual bleeding or bruising.',
    faq: [
      {
        question: 'Does ginger ale count?',
        answer: 'Most ginger ales contain very little real ginger.',
      },
    ],
  }),
  citations: [
    {
      key: 'viljoen-2014',
      title:
        'A systematic review and meta-analysis of the effect and safety of ginger in the treatment of pregnancy-associated nausea and vomiting',
      source: 'Nutrition Journal',
      year: 2014,
      url: null,
    },
  ],
  uses: [
    {
      condition: 'nausea',
      evidenceLevel: 'moderate',
      note: 'Best studied in pregnancy.',
      citations: ['viljoen-2014'],
    },
  ],
};

export const magnesium: RemedyDraft = {
  slug: 'magnesium',
  name: 'Magnesium',
  aliases: ['magnesium glycinate', 'magnesium citrate', 'Epsom salt'],
  kind: 'mineral',
  summary:
    'An essential mineral taken at night by readers with cramps, poor sleep or constipation.',
  editorsChoice: true,
  status: 'published',
  article: article({
    overview: {
      paragraphs: [
        'Magnesium is involved in muscle and nerve signalling, and many diets fall short of it. Readers take it for night cramps, sleep and sluggish bowels.',
      ],
      highlights: [p('Forms', 'glycinate is gentle on the gut; citrate and oxide loosen stools.')],
    },
    whatItIs: {
      title: 'What magnesium is',
      paragraphs: ['A mineral found in leafy greens, nuts, seeds and whole grains.'],
      points: [],
      sources: '',
    },
    research: {
      intro: 'Results differ by use:',
      findings: [
        {
          area: 'Muscle cramps',
          claim:
            'A Cochrane review found magnesium unlikely to help typical night cramps in older adults, though it may help some cramps in pregnancy.',
          evidence: 'moderate',
          citations: ['garrison-2020'],
        },
      ],
      context:
        'Many readers still report fewer cramps, which may reflect low intake in their diet.',
    },
    benefits: [
      {
        title: 'Regular bowels',
        intro: 'Citrate and oxide draw water into the bowel.',
        points: [p('Speed', 'often within a day.')],
      },
    ],
    dosage: {
      intro: 'Amounts are of elemental magnesium from supplements.',
      rows: [
        {
          purpose: 'General use',
          amountMin: 200,
          amountMax: 350,
          unit: 'mg',
          frequency: 'per day',
          note: '350 mg a day is the usual upper limit from supplements for adults.',
        },
      ],
    },
    tips: [p('Evening', 'many take it with dinner or at bedtime.')],
    sideEffects: {
      intro: 'The gut is where most trouble shows.',
      common: [
        p('Digestive', 'loose stools, cramping or nausea, especially with oxide or citrate.'),
      ],
      occasional: [
        p(
          'Too much',
          'very high doses can cause low blood pressure, weakness and an irregular heartbeat.',
        ),
      ],
    },
    cautions: [
      'Anyone with kidney disease, who can build up dangerous levels.',
      'People taking some antibiotics, bisphosphonates or thyroid medicine (space the doses apart).',
    ],
    whenToStop:
      'Stop and get medical help if you feel very weak, drowsy or confused, your heartbeat becomes slow or irregular, you have trouble breathing, or diarrhoea lasts more than two days.',
    faq: [
      {
        question: 'Which form should I pick?',
        answer: 'For sleep or cramps many prefer glycinate; for constipation, citrate.',
      },
    ],
  }),
  citations: [
    {
      key: 'garrison-2020',
      title: 'Magnesium for skeletal muscle cramps',
      source: 'Cochrane Database of Systematic Reviews',
      year: 2020,
      url: null,
    },
  ],
  uses: [
    {
      condition: 'muscle-cramps',
      evidenceLevel: 'limited',
      note: 'Little effect on typical night cramps in older adults.',
      citations: ['garrison-2020'],
    },
    {
      condition: 'constipation',
      evidenceLevel: 'moderate',
      note: 'Osmotic laxative effect of citrate and oxide.',
      citations: [],
    },
  ],
};

export const chamomile: RemedyDraft = {
  slug: 'chamomile',
  name: 'Chamomile',
  aliases: ['German chamomile', 'Matricaria recutita'],
  kind: 'herb',
  summary: 'A daisy-like flower brewed as a bedtime tea for worry, sleep and an unsettled stomach.',
  editorsChoice: false,
  status: 'published',
  article: article({
    overview: {
      paragraphs: [
        'Chamomile tea is the classic wind-down drink. Readers use it for anxious evenings, light sleep and mild indigestion.',
      ],
      highlights: [],
    },
    whatItIs: {
      title: 'What chamomile is',
      paragraphs: [
        'The dried flower heads of a plant in the daisy family; apigenin is one of its active compounds.',
      ],
      points: [],
      sources: '',
    },
    research: {
      intro: 'Small trials suggest a gentle effect:',
      findings: [
        {
          area: 'Anxiety',
          claim:
            'A small placebo-controlled trial of chamomile extract found a modest reduction in symptoms of generalised anxiety.',
          evidence: 'limited',
          citations: ['amsterdam-2009'],
        },
      ],
      context: 'Tea contains less than the extracts studied.',
    },
    benefits: [
      { title: 'Winding down', intro: 'A calming ritual as much as a remedy.', points: [] },
    ],
    dosage: {
      intro: '',
      rows: [
        {
          purpose: 'Tea',
          amountMin: 1,
          amountMax: 4,
          unit: 'cups',
          frequency: 'per day',
          note: 'One or two teaspoons of dried flowers per cup.',
        },
      ],
    },
    tips: [p('Steep covered', 'keeps the aromatic oils in the cup.')],
    sideEffects: {
      intro: 'Rarely a problem.',
      common: [p('Drowsiness', 'take care before driving.')],
      occasional: [p('Allergy', 'people allergic to ragweed or daisies may react.')],
    },
    cautions: [
      'People allergic to plants in the daisy family.',
      'People taking warfarin or sedatives.',
    ],
    whenToStop:
      'Stop and seek urgent help if you develop swelling of the lips, face or throat, hives or trouble breathing. See a doctor if anxiety or sleeplessness lasts more than a few weeks or you have thoughts of harming yourself.',
    faq: [
      {
        question: 'Is it safe for children?',
        answer: 'Weak tea is widely used, but ask a doctor first for babies and young children.',
      },
    ],
  }),
  citations: [
    {
      key: 'amsterdam-2009',
      title:
        'A randomized, double-blind, placebo-controlled trial of oral Matricaria recutita (chamomile) extract therapy for generalized anxiety disorder',
      source: 'Journal of Clinical Psychopharmacology',
      year: 2009,
      url: null,
    },
  ],
  uses: [
    {
      condition: 'anxiety',
      evidenceLevel: 'limited',
      note: 'One small trial of an extract.',
      citations: ['amsterdam-2009'],
    },
  ],
};

export const peppermintOil: RemedyDraft = {
  slug: 'peppermint-oil',
  name: 'Peppermint Oil',
  aliases: ['peppermint', 'enteric-coated peppermint oil'],
  kind: 'essential oil',
  summary:
    'Enteric-coated capsules for IBS cramps, and diluted oil on the temples for tension headaches.',
  editorsChoice: false,
  status: 'published',
  article: article({
    overview: {
      paragraphs: [
        'Peppermint oil relaxes the smooth muscle of the gut. Capsules designed to open in the intestine are a common first try for IBS.',
      ],
      highlights: [
        p(
          'Important',
          'essential oil is never swallowed from the bottle: only enteric-coated capsules made for the purpose.',
        ),
      ],
    },
    whatItIs: {
      title: 'What peppermint oil is',
      paragraphs: ['Oil distilled from peppermint leaves; menthol is its main compound.'],
      points: [],
      sources: '',
    },
    research: {
      intro: 'Well studied for IBS:',
      findings: [
        {
          area: 'IBS',
          claim:
            'A meta-analysis of randomised trials found enteric-coated peppermint oil improved overall IBS symptoms and abdominal pain compared with placebo.',
          evidence: 'strong',
          citations: ['alammar-2019'],
        },
      ],
      context: 'Heartburn is the main drawback.',
    },
    benefits: [{ title: 'Fewer IBS cramps', intro: 'Often within two weeks.', points: [] }],
    dosage: {
      intro: '',
      rows: [
        {
          purpose: 'IBS',
          amountMin: 180,
          amountMax: 200,
          unit: 'mg',
          frequency: 'up to 3 times a day, before meals',
          note: 'Enteric-coated capsules only.',
        },
      ],
    },
    tips: [
      p('Swallow whole', 'a crushed capsule releases the oil too early and causes heartburn.'),
    ],
    sideEffects: {
      intro: '',
      common: [p('Heartburn', 'the most frequent complaint.')],
      occasional: [p('Skin', 'irritation where diluted oil is applied.')],
    },
    cautions: [
      'Never put peppermint oil on or near the face of a baby or young child: it can stop their breathing.',
      'People with reflux or a hiatus hernia.',
    ],
    whenToStop:
      'Stop and get help at once if you or a child have trouble breathing after contact with the oil. See a doctor for IBS symptoms with weight loss, blood in stools, fever or waking at night with diarrhoea.',
    faq: [
      {
        question: 'Can I drink a few drops in water?',
        answer:
          'No. Undiluted essential oils taken by mouth can burn the mouth and throat and are toxic in small amounts.',
      },
    ],
  }),
  citations: [
    {
      key: 'alammar-2019',
      title:
        'The impact of peppermint oil on the irritable bowel syndrome: a meta-analysis of the pooled clinical data',
      source: 'BMC Complementary and Alternative Medicine',
      year: 2019,
      url: null,
    },
  ],
  uses: [
    {
      condition: 'ibs',
      evidenceLevel: 'strong',
      note: 'Enteric-coated capsules.',
      citations: ['alammar-2019'],
    },
    {
      condition: 'headaches',
      evidenceLevel: 'limited',
      note: 'Diluted oil on the temples for tension headache.',
      citations: [],
    },
  ],
};

export const rawHoney: RemedyDraft = {
  slug: 'raw-honey',
  name: 'Raw Honey',
  aliases: ['honey', 'manuka honey'],
  kind: 'food',
  summary: 'A spoonful for coughs and sore throats, and medical-grade honey on minor wounds.',
  editorsChoice: false,
  status: 'published',
  article: article({
    overview: {
      paragraphs: [
        'Honey is one of the oldest remedies there is. For a night-time cough it holds up surprisingly well against over-the-counter syrups.',
      ],
      highlights: [
        p(
          'Never for babies',
          'no honey at all for children under one year old, because of the risk of infant botulism.',
        ),
      ],
    },
    whatItIs: {
      title: 'What raw honey is',
      paragraphs: [
        'Honey that has not been heated or finely filtered; it keeps pollen and enzymes.',
      ],
      points: [],
      sources: '',
    },
    research: {
      intro: 'Good evidence for coughs:',
      findings: [
        {
          area: 'Cough in children',
          claim:
            'A Cochrane review found honey probably relieves cough symptoms in children over one year better than no treatment or placebo.',
          evidence: 'moderate',
          citations: ['oduwole-2018'],
        },
      ],
      context: 'Wound use refers to sterile medical-grade honey, not honey from a jar.',
    },
    benefits: [
      { title: 'A quieter night-time cough', intro: 'A spoonful before bed.', points: [] },
    ],
    dosage: {
      intro: '',
      rows: [
        {
          purpose: 'Cough (adults and children over one)',
          amountMin: 1,
          amountMax: 2,
          unit: 'tsp',
          frequency: 'before bed',
          note: 'Half a teaspoon for children aged 1–5.',
        },
      ],
    },
    tips: [p('Warm drinks', 'stir it into warm, not boiling, water with lemon.')],
    sideEffects: {
      intro: '',
      common: [p('Sugar', 'it raises blood sugar like any sugar.')],
      occasional: [p('Allergy', 'rare reactions in people allergic to pollen or bee products.')],
    },
    cautions: ['Babies under 12 months: never.', 'People with diabetes should count it as sugar.'],
    whenToStop:
      'Seek medical help urgently for a baby who has had honey and becomes constipated, weak, floppy or feeds poorly. See a doctor for a cough lasting more than three weeks, coughing up blood, or breathlessness.',
    faq: [
      {
        question: 'Is manuka better?',
        answer:
          'Manuka is studied most for wounds; for coughs, ordinary honey was used in most trials.',
      },
    ],
  }),
  citations: [
    {
      key: 'oduwole-2018',
      title: 'Honey for acute cough in children',
      source: 'Cochrane Database of Systematic Reviews',
      year: 2018,
      url: null,
    },
  ],
  uses: [
    {
      condition: 'cough',
      evidenceLevel: 'moderate',
      note: 'Children over one year and adults.',
      citations: ['oduwole-2018'],
    },
    {
      condition: 'sore-throat',
      evidenceLevel: 'limited',
      note: 'Symptom relief in colds.',
      citations: [],
    },
  ],
};

/** A draft kept unpublished: proves drafts stay off public pages. */
export const draftElderberry: RemedyDraft = {
  ...rawHoney,
  slug: 'elderberry',
  name: 'Elderberry',
  aliases: ['Sambucus nigra'],
  kind: 'herb',
  summary: 'Draft: syrup from black elder berries, used for colds.',
  status: 'draft',
  uses: [],
  citations: [],
  article: { ...rawHoney.article, research: { intro: '', findings: [], context: '' } },
};
