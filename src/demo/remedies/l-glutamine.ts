import type { RemedyDraft } from '../../domain/editorial/index.js';
import { STANDARD_DISCLAIMER } from './common.js';

// The demo's flagship article: every section a remedy page can have, in Remedex's own words.
export const lGlutamine: RemedyDraft = {
  slug: 'l-glutamine',
  name: 'L-Glutamine',
  aliases: ['glutamine', 'L-glutamine powder'],
  kind: 'supplement',
  summary:
    'An amino acid the body makes itself, taken as a powder or capsule by people looking after the gut lining, recovering from hard training, or trying to tame sugar and alcohol cravings.',
  editorsChoice: true,
  status: 'published',
  article: {
    overview: {
      paragraphs: [
        'Glutamine turns up again and again wherever people talk about gut health, training recovery or getting through the first months without alcohol. It is not an exotic plant extract: it is an amino acid that your muscles produce every day. The catch is that illness, surgery, intense exercise and long stretches of stress can use it up faster than the body replaces it.',
        'Hospitals have long added it to the nutrition of patients recovering from operations or going through cancer treatment. At home, readers mostly reach for it for three families of problems:',
      ],
      highlights: [
        { label: 'Digestion', text: 'an irritated or "leaky" gut, IBS, and sores in the mouth.' },
        {
          label: 'Training and immunity',
          text: 'bouncing back after hard sessions and catching fewer colds.',
        },
        {
          label: 'Cravings and focus',
          text: 'sugar urges, the pull of alcohol, and a foggy head.',
        },
      ],
    },
    whatItIs: {
      title: 'What L-Glutamine is, and why the body cares',
      paragraphs: [
        "No other amino acid is as plentiful in blood and muscle. Several of the body's busiest tissues prefer it as fuel, which is why demand for it rises sharply when those tissues are under strain.",
        'Nutrition scientists call it "conditionally essential": a healthy person makes enough, but serious illness, injury, surgery, very heavy training or prolonged stress can leave a shortfall. A supplement adds more of exactly the same molecule; it does not introduce anything the body does not already use.',
      ],
      points: [
        {
          label: 'Gut lining',
          text: 'the cells that line the intestine use it to keep the barrier between gut contents and bloodstream tight.',
        },
        {
          label: 'Immune cells',
          text: 'lymphocytes and other fast-dividing defenders burn through it when they are activated.',
        },
        {
          label: 'Repair',
          text: 'healing tissue after an injury, an operation or a burn needs a steady supply.',
        },
      ],
      sources:
        'Food supplies it too: meat, fish, eggs, milk products, soy and beans are all good sources, and skeletal muscle manufactures the rest.',
    },
    research: {
      intro: 'What the studies say, in broad strokes:',
      findings: [
        {
          area: 'Gut barrier',
          claim:
            'In a placebo-controlled trial of people whose IBS with diarrhoea began after a gut infection, oral glutamine lowered gut permeability and symptom scores.',
          evidence: 'moderate',
          citations: ['zhou-2019'],
        },
        {
          area: 'Immune support in athletes',
          claim:
            'Glutamine taken after exhausting endurance events was followed by fewer reported respiratory infections in a controlled study.',
          evidence: 'limited',
          citations: ['castell-1997'],
        },
        {
          area: 'Cancer treatment side effects',
          claim:
            'Several trials, though not all, found less severe or shorter-lasting mouth and gut mucositis during chemotherapy or radiotherapy.',
          evidence: 'moderate',
          citations: ['anderson-2020'],
        },
        {
          area: 'Blood sugar',
          claim:
            'Taken before a meal, glutamine raised GLP-1 and lowered the rise in blood sugar after eating in people with type 2 diabetes; longer-term results are mixed.',
          evidence: 'limited',
          citations: ['samocha-2011'],
        },
        {
          area: "Crohn's disease",
          claim:
            "A systematic review found no good evidence that glutamine helps bring Crohn's disease into remission.",
          evidence: 'limited',
          citations: ['akobeng-2016'],
        },
      ],
      context:
        'The overall picture is "useful in particular situations", not "good for everything". Negative trials, such as those in Crohn\'s disease, are part of the record and worth weighing.',
    },
    benefits: [
      {
        title: 'A calmer gut: permeability, "leaky gut" and IBS with diarrhoea',
        intro:
          'Intestinal cells run largely on glutamine, so it is central to keeping the gut lining intact.',
        points: [
          {
            label: 'Permeability',
            text: 'pooled trial data suggest adequate doses can bring down laboratory markers of a leaky gut barrier in people whose barrier is compromised.',
          },
          {
            label: 'IBS after an infection',
            text: 'the best-known trial saw better barrier tests and fewer symptoms than placebo.',
          },
          {
            label: 'What readers say',
            text: 'when it works for them, they describe less bloating and fewer bad reactions to foods that used to set them off.',
          },
        ],
      },
      {
        title: 'Holding up under stress and illness',
        intro:
          'Activated immune cells consume glutamine quickly, and supplies can fall during severe physical stress.',
        points: [
          {
            label: 'Endurance athletes',
            text: 'a study of runners after long races found fewer colds in the weeks afterwards with glutamine.',
          },
          {
            label: 'Hospital nutrition',
            text: 'glutamine-enriched feeds are used to support healing and immunity in some critically ill or post-surgical patients, under medical supervision.',
          },
        ],
      },
      {
        title: 'Muscle and tissue repair',
        intro:
          "Muscle is both the body's glutamine store and its main producer, which is why sports and surgical nutrition pay attention to it.",
        points: [
          {
            label: 'Gut stress from long exercise',
            text: 'it may limit the temporary rise in gut permeability that long, hot endurance sessions can cause.',
          },
          {
            label: 'Healing',
            text: 'clinics use it to support repair of tissue and of the gut lining after damage.',
          },
        ],
      },
      {
        title: 'Mouth sores during cancer treatment',
        intro:
          "One of the better-studied clinical uses, and one that must stay under the oncology team's direction.",
        points: [
          {
            label: 'Trials',
            text: 'randomised studies report mouth sores that are milder or clear sooner with oral glutamine during chemotherapy or head-and-neck radiotherapy.',
          },
          {
            label: 'Why it matters',
            text: 'less pain means easier eating, less weight loss and a better quality of life during treatment.',
          },
        ],
      },
      {
        title: 'Taking the edge off sugar and alcohol cravings',
        intro: 'Mostly anecdote so far, but very common anecdote.',
        points: [
          {
            label: 'Sugar',
            text: 'readers describe putting half a gram to a gram and a half of powder on the tongue or in water when a craving strikes, and finding it fades within minutes.',
          },
          {
            label: 'Alcohol',
            text: 'people in early recovery sometimes include it to ease urges and restlessness; it is an add-on to proper support, never a substitute.',
          },
        ],
      },
      {
        title: 'Steadier blood sugar',
        intro:
          'A smaller body of research links glutamine with gut hormones that help control insulin release.',
        points: [
          {
            label: 'Incretins',
            text: 'short studies show higher GLP-1 after a glutamine drink taken before food, with a smaller rise in blood sugar.',
          },
          {
            label: 'Cravings',
            text: 'fewer swings in blood sugar may be one reason some readers feel fewer urges to snack.',
          },
        ],
      },
    ],
    dosage: {
      intro:
        "Glutamine comes as unflavoured powder, capsules and, for some medical uses, prescription products. Your clinician's advice comes first, above all at higher amounts.",
      rows: [
        {
          purpose: 'General gut support',
          amountMin: 2,
          amountMax: 5,
          unit: 'g',
          frequency: '1–2 times a day',
          note: 'The usual over-the-counter range.',
        },
        {
          purpose: 'Training recovery and immune support',
          amountMin: 5,
          amountMax: 10,
          unit: 'g',
          frequency: 'per day, split into doses',
          note: 'Similar to amounts used in sports studies.',
        },
        {
          purpose: 'Medical uses',
          amountMin: 20,
          amountMax: 40,
          unit: 'g',
          frequency: 'per day',
          note: 'Only under close medical supervision, for example short bowel syndrome.',
        },
        {
          purpose: 'A craving as it happens',
          amountMin: 0.5,
          amountMax: 2,
          unit: 'g',
          frequency: 'as needed',
          note: 'Powder on the tongue or in water; reader practice rather than studied dosing.',
        },
      ],
    },
    tips: [
      {
        label: 'When',
        text: 'many take it half an hour to an hour before a meal for gut or craving support; taking it with food is fine if an empty stomach does not agree with you.',
      },
      {
        label: 'How to begin',
        text: 'start around 1 g a day and raise the amount every few days, noticing any change in digestion or mood.',
      },
      {
        label: 'Breaks',
        text: 'some people take weekends off, or stop for a while after two or three months, especially at higher doses.',
      },
    ],
    sideEffects: {
      intro:
        'Most healthy adults tolerate moderate amounts well, and the usual complaints are mild and go away when the dose is lowered. Because it is metabolically active, though, a minority react in ways they did not expect.',
      common: [
        {
          label: 'Digestive',
          text: 'bloating, wind, cramping, nausea, loose stools or constipation, mostly when starting high.',
        },
        {
          label: 'Nervous system',
          text: 'headache, light-headedness, or feeling wired and overstimulated.',
        },
        {
          label: 'Sleep',
          text: 'trouble falling asleep or very vivid dreams when taken late in the day.',
        },
      ],
      occasional: [
        {
          label: 'Muscle cramps',
          text: 'calf, foot or hand cramps when starting or increasing, sometimes eased by drinking more and by magnesium and potassium from food.',
        },
        { label: 'Aches', text: 'mild joint or body aches, mostly at higher doses.' },
        {
          label: 'Skin',
          text: 'itching, flushing or a small rash now and then; a spreading or severe rash means stop and seek advice.',
        },
        {
          label: 'Mood',
          text: 'a few people feel anxious, irritable or low after starting or raising the dose quickly.',
        },
        {
          label: 'Blood sugar feelings',
          text: 'shakiness, light-headedness or sudden hunger in people sensitive to glucose swings.',
        },
      ],
    },
    cautions: [
      'Anyone with liver or kidney disease.',
      'Anyone with a history of seizures, bipolar disorder or another serious psychiatric illness.',
      'Anyone with active cancer: use it only if the oncology team agrees.',
      'Anyone taking several prescription medicines, especially for blood sugar, mood or seizures.',
      'Pregnant or breastfeeding women, since safety data are thin.',
    ],
    whenToStop:
      'Stop taking L-glutamine and contact a doctor straight away if you get severe stomach pain, vomiting that will not settle, dark urine, yellow skin or eyes, unusual exhaustion, chest pain, confusion, a severe headache, a seizure, or a sudden change in mood or behaviour. These can mean it does not suit you or is interacting with something else going on.',
    reportHighlights: {
      helpful: [
        {
          label: 'Settled digestion',
          text: 'less bloating and urgency, and meals that no longer cause trouble.',
        },
        {
          label: 'Cravings flattened',
          text: 'a small dose when an urge hits, and the urge passes.',
        },
        {
          label: 'Early sobriety',
          text: 'fewer urges and steadier moods during the first weeks off alcohol.',
        },
        {
          label: 'Mouth sores',
          text: "patients in cancer treatment describe eating more easily, with their team's approval.",
        },
        { label: 'Training', text: 'less soreness and fewer colds after heavy blocks.' },
      ],
      cautionary: [
        { label: 'More bloating, not less', text: 'mainly when starting at a high dose.' },
        { label: 'Wired or sleepless', text: 'a minority feel anxious or sleep badly.' },
        { label: 'Nothing at all', text: 'plenty of careful users notice no change.' },
        {
          label: 'Missed connections',
          text: 'some side effects were put down to other causes until the supplement was stopped, a reason to keep your doctor informed.',
        },
      ],
    },
    faq: [
      {
        question: 'Is L-glutamine the same thing as glutamate or MSG?',
        answer:
          'No. Glutamine and glutamate are related amino acids, and MSG is a salt of glutamate, but taking glutamine does not behave like eating MSG. People who are sensitive can begin with a very small dose.',
      },
      {
        question: 'How soon would I notice anything?',
        answer:
          'For cravings, readers often report an effect within minutes. Gut and immune effects, if they come, usually take two to eight weeks of steady use, which is about the length of the gut-permeability trials.',
      },
      {
        question: 'Can I take it for a long time?',
        answer:
          'At moderate doses it appears safe for long use in healthy people. High doses, or long use alongside cancer or liver or kidney disease, need professional supervision, and breaks with occasional blood tests are sensible at higher amounts.',
      },
      {
        question: 'Will it fix a leaky gut for everyone?',
        answer:
          "No. It helps some groups, such as IBS with diarrhoea after an infection, and shows little benefit in others, such as Crohn's disease. Treat it as one part of a plan with diet and stress management.",
      },
      {
        question: 'Can it replace treatment for addiction or cancer?',
        answer:
          'No. At most it is an add-on that may ease cravings or treatment side effects, and only when the people treating you agree.',
      },
    ],
    closing: [
      'Glutamine is an everyday molecule that can matter a great deal when illness, stress or hard training push the body beyond what it makes on its own.',
      'If you try it, start with a small amount, build up slowly, tell your doctor, and watch how you respond. Whether it changed things or did nothing at all, your report helps the next reader.',
    ],
    disclaimer: STANDARD_DISCLAIMER,
  },
  citations: [
    {
      key: 'zhou-2019',
      title:
        'Randomised placebo-controlled trial of dietary glutamine supplements for postinfectious irritable bowel syndrome',
      source: 'Gut',
      year: 2019,
      url: null,
    },
    {
      key: 'castell-1997',
      title:
        'The effects of oral glutamine supplementation on athletes after prolonged, exhaustive exercise',
      source: 'Nutrition',
      year: 1997,
      url: null,
    },
    {
      key: 'anderson-2020',
      title:
        'Glutamine for amelioration of radiation and chemotherapy associated mucositis during cancer therapy',
      source: 'Nutrients',
      year: 2020,
      url: null,
    },
    {
      key: 'samocha-2011',
      title:
        'Glutamine reduces postprandial glycemia and augments the glucagon-like peptide-1 response in type 2 diabetes patients',
      source: 'Journal of Nutrition',
      year: 2011,
      url: null,
    },
    {
      key: 'akobeng-2016',
      title: "Glutamine for induction of remission in Crohn's disease",
      source: 'Cochrane Database of Systematic Reviews',
      year: 2016,
      url: null,
    },
  ],
  uses: [
    {
      condition: 'ibs',
      evidenceLevel: 'moderate',
      note: 'Best evidence is for IBS with diarrhoea after a gut infection.',
      citations: ['zhou-2019'],
    },
    {
      condition: 'leaky-gut',
      evidenceLevel: 'moderate',
      note: 'Permeability markers improve in some groups.',
      citations: ['zhou-2019'],
    },
    {
      condition: 'mouth-sores',
      evidenceLevel: 'moderate',
      note: 'Mucositis during cancer treatment, under oncology care.',
      citations: ['anderson-2020'],
    },
    {
      condition: 'exercise-recovery',
      evidenceLevel: 'limited',
      note: 'Fewer infections after exhausting exercise in one study.',
      citations: ['castell-1997'],
    },
    {
      condition: 'blood-sugar',
      evidenceLevel: 'limited',
      note: 'Short-term effects on GLP-1 and glucose after meals.',
      citations: ['samocha-2011'],
    },
    {
      condition: 'sugar-cravings',
      evidenceLevel: 'anecdotal',
      note: 'Widely reported by readers, not studied directly.',
      citations: [],
    },
    {
      condition: 'alcohol-cravings',
      evidenceLevel: 'anecdotal',
      note: 'Used in recovery communities alongside proper support.',
      citations: [],
    },
  ],
};
