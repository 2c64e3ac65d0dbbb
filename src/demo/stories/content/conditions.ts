import type { ConditionVoice, Course } from '../types.js';

const ACUTE = new Set([
  'nausea',
  'common-cold',
  'sore-throat',
  'cough',
  'minor-burns',
  'mouth-sores',
]);
const SLOW = new Set([
  'blood-sugar',
  'high-blood-pressure',
  'osteoarthritis',
  'acne',
  'eczema',
  'age-related-issues',
  'leaky-gut',
]);
const courseOf = (slug: string): Course =>
  slug === 'menstrual-cramps'
    ? 'cyclic'
    : ACUTE.has(slug)
      ? 'acute'
      : SLOW.has(slug)
        ? 'slow'
        : 'chronic';

const v = (
  slug: string,
  symptoms: string[],
  openings: string[],
  tried: string[],
  short: string[],
): ConditionVoice => ({ slug, symptoms, openings, tried, short, course: courseOf(slug) });

// Each condition in its readers' words. A sentence here names only its own condition.
export const conditionVoices: ConditionVoice[] = [
  v(
    'acid-reflux',
    [
      'the burning behind my breastbone after dinner',
      'that sour taste at the back of my mouth',
      'waking at night with acid in my throat',
      'the reflux after coffee',
    ],
    [
      'Reflux has followed me through most of my adult life, worst after a late meal.',
      'My acid reflux flared badly last spring and never quite settled.',
    ],
    ['antacid tablets', 'sleeping propped up on two pillows', 'cutting out tomatoes'],
    ['reflux', 'evening reflux'],
  ),
  v(
    'ibs',
    [
      'the cramping low in my belly',
      'the morning dash to the toilet',
      'flare-ups after almost any meal out',
      'the swing between loose days and blocked days',
    ],
    [
      'I was diagnosed with IBS at twenty-six and have tried most of what the leaflets suggest.',
      'My IBS is the kind that decides whether I can leave the house.',
      'The gastroenterologist called it IBS-D and sent me home with a diet sheet.',
    ],
    ['a low-FODMAP diet', 'fibre supplements', 'prescribed antispasmodics'],
    ['IBS', 'gut'],
  ),
  v(
    'leaky-gut',
    [
      'the reactions to foods I used to eat happily',
      'the heavy, inflamed feeling in my gut',
      'the food sensitivities',
      'the gut trouble after antibiotics',
    ],
    [
      'A naturopath told me I had leaky gut after years of vague gut trouble.',
      'I know leaky gut is a debated idea, but something in my gut was clearly not right.',
    ],
    ['bone broth', 'an elimination diet', 'a probiotic from the pharmacy'],
    ['gut lining', 'gut'],
  ),
  v(
    'bloating',
    [
      'the swollen belly by mid-afternoon',
      'feeling like a balloon after lunch',
      'the trapped gas that kept me awake',
      'needing looser trousers by evening',
    ],
    [
      'By four most afternoons my stomach looked six months along.',
      'Bloating and gas after meals had become so normal that I planned outfits around it.',
    ],
    ['charcoal tablets', 'cutting out beans and onions', 'walking after meals'],
    ['bloating', 'belly'],
  ),
  v(
    'constipation',
    [
      'going four or five days without a movement',
      'the straining',
      'the heavy, blocked feeling',
      'needing a laxative every few days',
    ],
    [
      'Constipation crept up on me after I changed jobs and sat all day.',
      'I have been constipated on and off since a course of painkillers.',
    ],
    ['prunes every morning', 'a fibre powder', 'over-the-counter laxatives'],
    ['constipation', 'sluggish bowels'],
  ),
  v(
    'nausea',
    [
      'the queasiness on car journeys',
      'the nausea first thing in the morning',
      'feeling green on boats',
      'the waves of sickness after treatment',
    ],
    [
      'I have suffered from motion sickness since childhood, and ferries are the worst.',
      'The nausea in my first trimester was relentless, and my midwife suggested trying this.',
    ],
    ['travel wristbands', 'dry crackers before getting up', 'tablets from the chemist'],
    ['nausea', 'queasiness'],
  ),
  v(
    'mouth-sores',
    [
      'the ulcers on the inside of my cheek',
      'the raw spots along my gums',
      'the canker sores that made eating hard',
      'the soreness during chemotherapy',
    ],
    [
      'Canker sores have come in clusters for me since my teens.',
      'Chemotherapy left my mouth so sore that even water stung.',
    ],
    ['salt-water rinses', 'a numbing gel', 'avoiding crisps and citrus'],
    ['mouth sores', 'mouth ulcers'],
  ),
  v(
    'anxiety',
    [
      'the racing heart before meetings',
      'the knot in my stomach every morning',
      'the worry that kept circling at night',
      'the jittery, on-edge feeling',
    ],
    [
      'Anxiety has been part of my life since university, some years worse than others.',
      'After a hard year at work my anxiety was the worst it had ever been.',
    ],
    ['breathing exercises', 'cutting out caffeine', 'a course of counselling'],
    ['anxiety', 'nerves'],
  ),
  v(
    'insomnia',
    [
      'lying awake until two',
      'waking at four, wide awake until dawn',
      'the endless tossing and turning',
      'dragging through the day after broken nights',
    ],
    [
      'Insomnia arrived with menopause and simply stayed.',
      'I have been a bad sleeper for years, the kind who counts the hours left.',
    ],
    ['sleep hygiene rules', 'melatonin', 'a meditation app'],
    ['sleep', 'insomnia'],
  ),
  v(
    'sugar-cravings',
    [
      'the mid-afternoon hunt for biscuits',
      'the evening chocolate habit',
      'the sugar cravings after every meal',
      'raiding the kitchen at night',
    ],
    [
      'My sugar cravings were out of control: a packet of biscuits could vanish before lunch.',
      'I was trying to cut sugar, and the cravings were stronger than my willpower.',
    ],
    ['high-protein breakfasts', 'keeping no sweets in the house', 'chewing gum'],
    ['cravings', 'sweet tooth'],
  ),
  v(
    'alcohol-cravings',
    [
      'the pull towards a drink at six',
      'the evening craving',
      'the restless urge in the first weeks dry',
      'the weekend cravings',
    ],
    [
      'I stopped drinking eight months ago, and the evenings were the hardest part.',
      'Early sobriety is hard, and I was looking for anything to take the edge off the cravings.',
    ],
    ['alcohol-free beer', 'support group meetings', 'evening walks'],
    ['cravings', 'drinking urges'],
  ),
  v(
    'brain-fog',
    [
      'losing words mid-sentence',
      'reading the same page three times',
      'the woolly head by mid-morning',
      'forgetting why I walked into a room',
    ],
    [
      'Brain fog after a long illness made my job as an accountant really hard.',
      'My head felt full of cotton wool for months, and the doctor found nothing.',
    ],
    ['more sleep', 'cutting out alcohol', 'a B vitamin complex'],
    ['brain fog', 'focus'],
  ),
  v(
    'muscle-cramps',
    [
      'the calf cramps at night',
      'my foot curling up in the early hours',
      'the cramps after long runs',
      'waking with a knotted calf',
    ],
    [
      'Night-time leg cramps woke me three or four times a week.',
      'Muscle cramps have bothered me since I started running longer distances.',
    ],
    ['stretching before bed', 'tonic water', 'drinking more water'],
    ['cramps', 'night cramps'],
  ),
  v(
    'joint-pain',
    [
      'the ache in my knees on stairs',
      'stiff fingers in the morning',
      'my hips after a day on my feet',
      'the throbbing in my shoulder at night',
    ],
    [
      'Joint pain in my knees and hands had made gardening a chore.',
      'After years of football my joints complain about almost everything.',
    ],
    ['ibuprofen gel', 'glucosamine', 'a knee support'],
    ['joints', 'knees'],
  ),
  v(
    'osteoarthritis',
    [
      'the grinding in my right knee',
      'the stiffness every morning',
      'the swelling in my finger joints',
      'the hip that slowed my walks',
    ],
    [
      'I was diagnosed with osteoarthritis in both knees three years ago.',
      'The X-ray showed arthritis in my hip, and the surgeon said to keep moving.',
    ],
    ['physiotherapy exercises', 'paracetamol', 'losing some weight'],
    ['arthritis', 'knee'],
  ),
  v(
    'exercise-recovery',
    [
      'the soreness two days after leg day',
      'stiff legs after long runs',
      'feeling wrecked the day after training',
      'the slow bounce-back between sessions',
    ],
    [
      'I train five days a week, and recovery was the thing holding me back.',
      'Training for my first marathon, I found the muscle soreness brutal.',
    ],
    ['foam rolling', 'protein shakes', 'ice baths'],
    ['recovery', 'soreness'],
  ),
  v(
    'common-cold',
    [
      'the streaming nose',
      'the blocked sinuses',
      'feeling run down and shivery',
      'the sneezing fits',
    ],
    [
      'I catch every cold my children bring home from school.',
      'A cold always hits me hard, and usually lasts two weeks.',
    ],
    ['vitamin C tablets', 'zinc lozenges', 'steam inhalation'],
    ['cold', 'sniffles'],
  ),
  v(
    'sore-throat',
    [
      'the scratchy throat',
      'swallowing like it was broken glass',
      'the rawness every morning',
      'my voice fading by evening',
    ],
    [
      'I teach, so a sore throat costs me my voice within a day.',
      'My sore throats come every winter and hang on for a week.',
    ],
    ['throat sprays', 'lozenges from the chemist', 'gargling salt water'],
    ['throat', 'sore throat'],
  ),
  v(
    'cough',
    [
      'the tickly cough that kept me up',
      'coughing fits in the evening',
      'the dry hack that lingered for weeks',
      'coughing until my ribs hurt',
    ],
    [
      'A night cough kept me and my partner awake for most of February.',
      'A dry cough stayed with me for a month after a chest infection.',
    ],
    ['cough syrup from the chemist', 'a humidifier', 'steam from the shower'],
    ['cough', 'tickly cough'],
  ),
  v(
    'blood-sugar',
    [
      'my morning readings',
      'the dip after lunch',
      'the high fasting numbers',
      'the spikes after pasta',
    ],
    [
      'My GP told me I was prediabetic and gave me six months to change things.',
      'I have type 2 diabetes, kept in check with diet and walking so far.',
    ],
    ['cutting out white bread', 'walking after dinner', 'swapping rice for lentils'],
    ['blood sugar', 'readings'],
  ),
  v(
    'high-blood-pressure',
    [
      'my home readings',
      'the top number',
      'the readings at the surgery',
      'my pressure in the mornings',
    ],
    [
      'My blood pressure has crept up over the last five years.',
      'I was told I had hypertension at a routine check and it shocked me.',
    ],
    ['less salt', 'more walking', 'beetroot juice'],
    ['blood pressure', 'readings'],
  ),
  v(
    'acne',
    [
      'the spots along my jaw',
      'the breakouts before every deadline',
      'the red marks left behind',
      'the oily skin on my forehead',
    ],
    [
      'I still have acne at thirty-two, which nobody warned me about.',
      'I have had breakouts since I was fifteen, and I am now twenty-four.',
    ],
    ['benzoyl peroxide', 'a salicylic acid wash', 'changing my pillowcase every night'],
    ['skin', 'spots'],
  ),
  v(
    'eczema',
    [
      'the itchy patches inside my elbows',
      'the cracked skin on my hands',
      'scratching in my sleep',
      'the flare on my neck',
    ],
    [
      'Eczema has been with me since I was a baby, mostly on my hands.',
      'My eczema flares every winter when the heating comes on.',
    ],
    ['steroid cream', 'emollients three times a day', 'cotton gloves at night'],
    ['eczema', 'itchy skin'],
  ),
  v(
    'minor-burns',
    [
      'the graze on my shin',
      'a burn from the oven shelf',
      'a scrape that was slow to close',
      'the blister from a pan handle',
    ],
    [
      'I burnt my forearm on the oven shelf, a small but nasty burn.',
      'I came off my bike and took the skin off both knees.',
    ],
    ['antiseptic cream', 'plasters', 'aloe gel'],
    ['burn', 'graze'],
  ),
  v(
    'headaches',
    [
      'the band of pressure round my forehead',
      'the throbbing behind one eye',
      'the headaches by late afternoon',
      'the ache at my temples after screen work',
    ],
    [
      'Tension headaches have dogged me since I started working from a laptop.',
      'I get migraines a few times a month, usually with a warning shimmer.',
    ],
    ['painkillers', 'more water', 'new glasses'],
    ['headaches', 'migraines'],
  ),
  v(
    'fatigue',
    [
      'the crash every afternoon',
      'waking up already drained',
      'needing a nap after work',
      'running on empty by Wednesday',
    ],
    [
      'Fatigue had me falling asleep on the sofa by eight every evening.',
      'After a long illness my energy never came back to what it was.',
    ],
    ['iron tablets', 'more coffee', 'going to bed earlier'],
    ['tiredness', 'fatigue'],
  ),
  v(
    'age-related-issues',
    ['the slower healing', 'the loss of muscle', 'feeling frail on walks', 'the thinning skin'],
    [
      'At seventy-four I notice my body healing more slowly than it used to.',
      'Since a fall last year I have been losing muscle, and the stairs feel steeper.',
    ],
    ['protein drinks', 'a multivitamin', 'chair exercises'],
    ['muscle loss', 'stamina'],
  ),
  v(
    'menstrual-cramps',
    [
      'the cramps on day one',
      'the dragging ache low in my back',
      'curling up with a hot water bottle',
      'missing a day of work each month',
    ],
    [
      'Period pain knocks me out for the first day of every cycle.',
      'My menstrual cramps have been bad since my early twenties.',
    ],
    ['ibuprofen', 'a heat pad', 'yoga stretches'],
    ['period pain', 'cramps'],
  ),
];
