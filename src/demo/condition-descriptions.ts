// The demo's editorial description of each condition: what it is, and when it needs a doctor
// rather than a remedy. Written for Remedex.
export const conditionDescriptions: Record<string, string> = {
  'acid-reflux':
    'Stomach acid rising into the food pipe, felt as burning behind the breastbone or a sour taste, often after large meals or when lying down. Chest pain with breathlessness, trouble swallowing, weight loss or vomiting blood need a doctor the same day.',
  ibs: 'A long-running disorder of how the gut works: cramping, bloating and changes in the bowel, loose, hard or both by turns, with no damage that tests can find. Blood in the stool, weight loss, night-time symptoms or a first start after fifty deserve tests before any remedy.',
  'leaky-gut':
    'The idea that a weakened gut lining lets too much through into the body. Researchers measure intestinal permeability in some illnesses, but "leaky gut" is not a diagnosis doctors make on its own; ongoing gut symptoms should be looked into as they are.',
  bloating:
    'A full, tight or swollen belly, often with wind, that tends to build over the day and after certain foods. Bloating that is new and persistent, especially after fifty or with a change in appetite or weight, is a reason to see a doctor.',
  constipation:
    'Bowel movements that are hard, painful or fewer than usual, often with straining or a sense of not being finished. Sudden changes in habit, blood, severe pain or a swollen belly that does not settle need medical advice.',
  nausea:
    'A queasy feeling that may or may not end in being sick: in early pregnancy, on journeys, after surgery or with a stomach bug. Vomiting that stops you keeping fluids down, signs of dehydration or a severe headache with it need care quickly.',
  'mouth-sores':
    'Painful ulcers on the inside of the cheeks, lips or tongue, and the sore mouth some treatments such as chemotherapy cause. Most heal within two weeks; an ulcer that lasts longer than three, or keeps coming back in the same place, should be seen by a dentist or doctor.',
  anxiety:
    'Worry, tension and a body on alert, more often and more strongly than a situation calls for: a racing heart, a churning stomach, poor sleep. Talking treatments and medicines help many people. If you feel unable to cope or think of harming yourself, seek help today.',
  insomnia:
    'Trouble falling asleep, staying asleep, or waking too early, for weeks at a time, and feeling the cost during the day. Loud snoring with pauses in breathing, or sleeplessness with low mood, are worth raising with a doctor.',
  'sugar-cravings':
    'Strong urges for sweet food, often in the afternoon or evening, after poor sleep or long gaps between meals. Cravings with great thirst, passing a lot of urine or weight loss can be a sign of diabetes and should be checked.',
  'alcohol-cravings':
    'The pull towards a drink, strongest in the first months of cutting down or stopping. Stopping suddenly after heavy daily drinking can be dangerous: shaking, sweating or confusion need medical help, and a doctor can make withdrawal safe.',
  'brain-fog':
    'Slow thinking, poor concentration and a head that feels full of cotton wool; not a diagnosis, but a description people use after illness, poor sleep, stress or hormonal change. Memory loss that worsens, confusion or trouble finding words should be assessed.',
  'muscle-cramps':
    'Sudden, painful tightening of a muscle, most often in the calf and often at night, easing within minutes. Cramps with swelling, redness or warmth in the leg, or with weakness, need a doctor rather than a remedy.',
  'joint-pain':
    'Aching, stiff or sore joints, from overuse, injury, wear or inflammation. A hot, red, swollen joint, pain with fever, or a joint that suddenly cannot bear weight should be seen promptly.',
  osteoarthritis:
    'Wear and repair of the joints over years, most often in the knees, hips and hands: pain with use, stiffness after rest, sometimes swelling. Movement and strength work help most people; a doctor or physiotherapist can advise on pain relief.',
  'exercise-recovery':
    'The soreness and tiredness of muscles in the day or two after hard or unfamiliar exercise, and getting back to training. Severe pain, marked swelling or dark urine after exercise are not ordinary soreness and need care.',
  'common-cold':
    'A viral infection of the nose and throat: a runny or blocked nose, sneezing and a sore throat, usually better within a week to ten days. Breathlessness, a high fever that lasts, or feeling worse after starting to recover need a doctor.',
  'sore-throat':
    'Pain or scratchiness in the throat, usually from a cold and gone within a week. Trouble swallowing or breathing, drooling, a muffled voice or a sore throat lasting more than a week need medical attention.',
  cough:
    'A dry tickle or a chesty cough, most often left behind by a cold and sometimes lasting three weeks or more. Coughing blood, breathlessness, chest pain or a cough that lasts beyond three weeks should be checked by a doctor.',
  'blood-sugar':
    'Keeping blood sugar steady: readers with prediabetes or type 2 diabetes, and those watching their numbers after meals. Never change diabetes medicine on the strength of a remedy; some remedies lower sugar and add to what tablets or insulin do.',
  'high-blood-pressure':
    'Blood pressure that stays above the healthy range, usually without symptoms, and raises the risk of stroke and heart disease over years. Remedies are no replacement for prescribed treatment; a very high reading with headache, chest pain or confusion is an emergency.',
  acne: 'Blocked and inflamed pores on the face, chest or back: blackheads, spots and sometimes deep painful lumps that can scar. Acne that scars, or affects how you feel about yourself, is worth treating with a doctor early.',
  eczema:
    'Dry, itchy, inflamed skin that flares and settles, often starting in childhood. Skin that weeps, crusts, spreads fast or is hot and painful may be infected and needs a doctor.',
  'minor-burns':
    'Small burns, cuts and grazes at home: cleaning, protecting and helping the skin close. Burns larger than the palm, on the face, hands or genitals, deep or white burns, and wounds that redden, swell or smell need medical care.',
  headaches:
    'Tension headaches, migraines and the everyday headaches of poor sleep or too little water. A sudden, severe headache, one with fever and a stiff neck, or with weakness, confusion or changes in sight, is an emergency.',
  fatigue:
    'Tiredness that rest does not fix and that gets in the way of daily life. It has many causes, from sleep and stress to anaemia, thyroid problems and depression; tiredness lasting weeks deserves a check-up and blood tests.',
  'age-related-issues':
    'Staying strong and well with age: muscle loss, slower healing, stiffness and stamina. Unplanned weight loss, falls, or a steady loss of strength should be raised with a doctor, who can look for causes that treatment helps.',
  'menstrual-cramps':
    'Cramping pain low in the belly or back around the start of a period. Pain that is severe, getting worse over the years, or comes with very heavy bleeding or pain at other times of the month can point to conditions such as endometriosis, and deserves a doctor’s view.',
};
