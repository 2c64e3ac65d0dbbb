import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safetyRules, overMaxDose, triage } from '../../src/domain/safety/index.js';
import { halfOf } from '../../scripts/labelled.js';
import { scoreSafety, scoreSafetyJoined } from '../../scripts/score-safety.js';
import { sharedFile } from '../helpers/shared.js';

const rulesOf = (text: string) => triage(text).map((f) => f.rule);

// Positive and negative examples for every rule, written for Remedex.
const cases: Record<string, { flags: string[]; passes: string[] }> = {
  'chest-pain': {
    flags: [
      'Last night I had crushing chest pain after the second dose.',
      'It felt like an elephant sitting on my chest.',
      'I thought I was having a heart attack.',
    ],
    passes: [
      'No chest pain at all, just mild heartburn.',
      'If you ever get chest pain, call a doctor.',
      'My heartburn is better.',
    ],
  },
  'child-swallowed': {
    flags: ['Our toddler got into my vitamins and ate a handful of the gummies.'],
    passes: ['My son swallowed a fly, ha.'],
  },
  'child-cleanse': {
    flags: ['Our whole family does the parasite cleanse, the kids too.'],
    passes: ['I did a juice cleanse for a week, just me.'],
  },
  'laxative-overuse': {
    flags: [
      'I have drunk senna tea every night for years, I cannot go without it.',
      'Five cups of dieters tea a day keeps me regular.',
    ],
    passes: ['Two senna tablets one night when I was bunged up, and that was that.'],
  },
  breathing: {
    flags: [
      'I swallowed some by mistake and could not breathe for a minute.',
      'It closed up my throat.',
      'She was gasping for air.',
      'After the second capsule I had trouble breathing.',
      'It was hard to breathe for an hour.',
    ],
    passes: [
      'My nose was so stuffy I could not breathe through my nose.',
      'I can breathe easily now.',
      'Breathe deeply and relax.',
      'No trouble breathing at all.',
    ],
  },
  'allergic-reaction': {
    flags: [
      'I had an allergic reaction with swollen lips.',
      'My face and swollen tongue scared me.',
      'Within minutes my tongue swelled up.',
    ],
    passes: [
      'No allergic reaction so far.',
      // A negator typed without its apostrophe still negates.
      'I didnt have an allergic reaction this time.',
      'I was worried about an allergic reaction but nothing happened.',
    ],
  },
  seizure: {
    flags: ['He had two seizures that week.', 'My whole body seized up and I could not speak.'],
    passes: [
      'No seizures since I started.',
      'Never had a seizure.',
      'Odd seizure-like zaps in my head for a second.',
      'I had a seizure as a child and have been fine since.',
    ],
  },
  suicidal: {
    flags: [
      'The low mood made me feel suicidal.',
      'Some days I wanted to die.',
      'I started cutting myself again last week.',
      "Most mornings I didn't want to wake up.",
    ],
    passes: [
      'I feel much more hopeful.',
      // A crisis the writer came through, or the condition a form names, is history.
      'The tea got me back from the edge of suicide, and I am well now.',
      'I was thinking about suicide at the time, but those days are over.',
      'Reason: depression, self harm\nComments: calmer on it.',
    ],
  },
  jaundice: {
    flags: ['My eyes turned yellow after a month.', 'I noticed yellowing of the skin.'],
    passes: ['The yellow powder stains everything.'],
  },
  bleeding: {
    flags: ['I started peeing blood.', 'I noticed black stools.'],
    passes: ['Never had any blood in urine.', 'My blood pressure is fine.'],
  },
  'emergency-care': {
    flags: [
      'I ended up in the emergency room.',
      'We called 911.',
      'He spent the night in the ER.',
      'I was admitted to the hospital with a racing heart.',
    ],
    passes: [
      'If it gets worse, go to the emergency room.',
      'Her water bottle was empty.',
      'Ten years ago I was hospitalized for my heart; now I walk every day.',
    ],
  },
  'severe-vomiting': {
    flags: ["I couldn't keep anything down for two days.", 'I vomited so much I could not stand.'],
    passes: ['I felt a little queasy.'],
  },
  collapse: {
    flags: [
      'I fainted in the kitchen.',
      'Side effects: nausea, fainting, sweating.',
      'By the third night I was hallucinating.',
      'He went into serotonin syndrome and was unresponsive.',
      'The doctors said it was liver failure.',
      'I lost my vision in one eye for an hour.',
    ],
    passes: [
      'I felt faint-hearted about trying it.',
      'I almost fainted when I stood up.',
      'My vision is fine and my liver tests came back normal.',
    ],
  },
  'stopped-medication': {
    flags: [
      'I stopped taking my blood pressure pills.',
      'I quit the prescription Nexium last week.',
      'I took him off his antibiotics and used garlic instead of the antibiotics.',
    ],
    passes: [
      'My doctor stopped my Nexium because it was no longer needed.',
      'I have not stopped my meds.',
      'Should I stop my metformin?',
      'I still take my thyroid medicine.',
    ],
  },
  'without-prescribed': {
    flags: ['My readings are normal without taking the meds the doctor gave me.'],
    passes: ['I take the meds with food.'],
  },
  'toxic-substance': {
    flags: [
      'I drank a teaspoon of borax in water every day.',
      'I swallowed food grade hydrogen peroxide drops in water.',
      'She took turpentine on a sugar cube.',
    ],
    passes: [
      'I soak my feet in borax and water.',
      'Gargle with peroxide. Do not swallow.',
      'Children could swallow the peroxide, so keep it away.',
      'I use bleach to clean the bathroom.',
    ],
  },
  'essential-oil-internal': {
    flags: [
      'I put three drops of tea tree oil on my tongue.',
      'I swallowed a drop of oregano oil in water.',
    ],
    passes: [
      'I rub diluted eucalyptus oil on my chest.',
      'I take enteric-coated peppermint oil capsules.',
      'Never swallow essential oils.',
    ],
  },
  'oil-on-tongue': {
    flags: ['Oil of thyme is strong. I took 5 drops under my tongue.'],
    passes: ['I hold the glutamine powder on my tongue.'],
  },
  'undiluted-swallowed': {
    flags: ['I drank a shot of vinegar undiluted.', 'I downed it straight from the bottle.'],
    passes: [
      'I gargled it full strength and spat it out.',
      'I drank it straight away after dinner, diluted in water.',
    ],
  },
  overdoing: {
    flags: [
      'I went overboard and took four spoonfuls.',
      'I took way too much.',
      'I doubled my dose to speed things up.',
    ],
    passes: [
      'It can upset your stomach if you take too much.',
      'Be careful not to overdo it.',
      'I followed the label exactly.',
    ],
  },
  infant: {
    flags: [
      'I gave it to my 6 month old for her cough.',
      'My baby had colic so I tried ginger water.',
    ],
    passes: [
      'This syringe is the kind used to give medicine to infants.',
      'My 15 year old son tried it.',
      'Not for babies.',
    ],
  },
  'poisonous-preparation': {
    flags: [
      'I eat 10 apricot kernels a day for cancer prevention.',
      'Drinking pennyroyal tea to bring on my period.',
      'I drink comfrey tea every day.',
      'Putting black salve on the mole.',
      "I take Lugol's iodine, 6 drops a day.",
      'Eating raw elderberries off the bush.',
    ],
    passes: [
      'Comfrey cream on my bruised knee works wonders.',
      'I grow comfrey for the compost.',
      "Never take ephedra, it's dangerous.",
      'Elderberry syrup, cooked, 1 tsp a day.',
    ],
  },
  'young-child-supplement': {
    flags: [
      'I give my toddler 5 mg of melatonin at bedtime.',
      'We put a few drops of eucalyptus oil in our 2 year old’s milk.',
    ],
    passes: [
      'My toddler sleeps better since I started taking melatonin myself.',
      'Our paediatrician suggested melatonin for our 4 year old, a quarter of a tablet.',
      'A drop of lavender oil in the diffuser for my 3 year old.',
    ],
  },
  'pet-toxic': {
    flags: [
      'I put tea tree oil on my dog to stop the itching.',
      'I sprayed WD-40 on our dog Max for his stiff joints.',
    ],
    passes: [
      'My dog watched me drink the tea.',
      'I gave my cat a cuddle.',
      'The vet told us to give 3% peroxide so our dog would bring up the sock.',
    ],
  },
  'toxic-taken': {
    flags: [
      'I have been supplementing with borax for my joints for a month.',
      'Started the MMS protocol last week for my gut.',
      'I take the borax. I drink it every morning in warm water.',
    ],
    passes: [
      'I put hydrogen peroxide in my ears to clear the wax.',
      'Borax is a poison. Never drink it.',
      'I gargle with peroxide and spit it all out.',
      'A borax foot soak helped my toenail.',
    ],
  },
  'colloidal-silver': {
    flags: ['I drink a glass of colloidal silver every morning.'],
    passes: ['I spray colloidal silver on the cut.', 'Colloidal silver did nothing for me.'],
  },
};

describe('safety rules', () => {
  it('has examples for every rule', () => {
    for (const rule of safetyRules) expect(Object.keys(cases), rule.id).toContain(rule.id);
  });

  for (const [rule, { flags, passes }] of Object.entries(cases)) {
    it.each(flags)(`${rule} flags: %s`, (text) => {
      expect(rulesOf(text)).toContain(rule);
    });
    it.each(passes)(`${rule} leaves alone: %s`, (text) => {
      expect(rulesOf(text)).not.toContain(rule);
    });
  }

  it('leaves everyday reports alone', () => {
    for (const text of [
      'I take 5 g of glutamine in water every morning and my digestion is calmer.',
      'Two cups of chamomile tea before bed help me sleep. No side effects.',
      'Ginger tea settled my nausea within an hour.',
      'I stopped the glutamine after three weeks because it did nothing for me.',
      'My blood sugar readings after dinner are lower since I started vinegar with meals.',
    ]) {
      expect(triage(text), text).toEqual([]);
    }
  });

  it('gives the exact words that set a rule off', () => {
    const text = 'Felt fine. Then I had chest pain and went to the ER.';
    const finding = triage(text).find((f) => f.rule === 'chest-pain');
    const start = text.indexOf('chest pain');
    expect(finding?.matches[0]).toEqual({ start, end: start + 10, text: 'chest pain' });
  });

  it('reads typographic apostrophes as plain ones, as phones type them', () => {
    expect(rulesOf('By the evening I couldn’t keep water down.')).toContain('severe-vomiting');
    expect(rulesOf('I can’t breathe properly after the second dose.')).toContain('breathing');
    const [finding] = triage('I couldn’t keep water down.');
    expect(finding?.matches[0]?.text).toBe('couldn’t keep water down');
  });

  it('flags a child in an otherwise risky post as a child at risk', () => {
    const findings = triage('I stopped giving my 7 year old his inhaler and used honey instead.');
    expect(findings.map((f) => f.category)).toEqual(
      expect.arrayContaining(['stopping_prescribed_medication', 'child_or_pet_risk']),
    );
    expect(triage('My 7 year old loves honey in warm water.')).toEqual([]);
  });
});

describe('doses above the article maximum', () => {
  const dose = {
    names: ['apple cider vinegar', 'ACV', 'vinegar'],
    rows: [{ amountMax: 2, unit: 'tbsp' }],
  };
  it('flags amounts of the remedy above the largest amount in the article', () => {
    expect(overMaxDose('I drank 4 ounces of ACV at once.', dose).map((m) => m.text)).toEqual([
      '4 ounces of ACV',
    ]);
    expect(overMaxDose('3 tablespoons(yes, too many) of vinegar', dose)).toHaveLength(1);
    expect(triage('I took 5 tbsp of apple cider vinegar.', dose).map((f) => f.category)).toContain(
      'over_max_dose',
    );
  });
  it('leaves amounts within the article, and amounts of other things, alone', () => {
    expect(overMaxDose('1 tbsp of ACV in 8 oz of water', dose)).toEqual([]);
    expect(overMaxDose('2 tablespoons of vinegar', dose)).toEqual([]);
    expect(overMaxDose('500 mg of vitamin C', dose)).toEqual([]);
  });
  it('converts between units of the same kind', () => {
    const grams = { names: ['glutamine'], rows: [{ amountMax: 40, unit: 'g' }] };
    expect(overMaxDose('50000 mg of glutamine', grams)).toHaveLength(1);
    expect(overMaxDose('5000 mg of glutamine', grams)).toEqual([]);
  });
});

describe('medicine changes in any phrasing', () => {
  it.each([
    'We cut his medication down to half and used turmeric instead.',
    'I replaced my metformin with cinnamon.',
    'I weaned myself off lexapro using fish oil.',
    'Tapering my levothyroxine now that I take kelp.',
    'I only take my metformin every other day now.',
    "I'm down to half my dose of sertraline since starting saffron.",
    'I take my levothyroxine only when I feel tired.',
    'I flushed my antidepressants.',
    'No more PPIs for me, ACV all the way.',
    'I put my inhaler away for good.',
  ])('flags: %s', (text) => {
    expect(triage(text).map((f) => f.category)).toContain('stopping_prescribed_medication');
  });
  it.each([
    'With my doctor, I tapered off my levothyroxine.',
    'My endocrinologist lowered my metformin once my sugars came down.',
    'I put my pills in a weekly organiser.',
    'I only take my vitamins every other day.',
  ])('leaves a change made with a doctor, and no change, alone: %s', (text) => {
    expect(triage(text).map((f) => f.category)).not.toContain('stopping_prescribed_medication');
  });
});

describe('interactions and the daily maximum', () => {
  const turmeric = {
    names: ['Turmeric', 'curcumin'],
    rows: [{ amountMax: 1500, unit: 'mg', frequency: 'per day, split with meals' }],
  };
  it('flags 6000 mg a day of turmeric against a 1,500 mg daily maximum, and the warfarin with it', () => {
    const findings = triage(
      'I have been taking 6000 mg a day for my knees. I am also on warfarin since my stroke.',
      turmeric,
    );
    const byCategory = Object.fromEntries(findings.map((f) => [f.category, f]));
    expect(byCategory.over_max_dose?.matches[0]?.text).toBe('6000 mg');
    expect(byCategory.drug_interaction?.matches[0]?.text).toBe('warfarin');
    expect(byCategory.drug_interaction?.source?.url).toMatch(/^https:\/\//);
  });
  it('leaves a dose within the maximum, a denied medicine and a past one alone', () => {
    expect(triage('500 mg twice a day. I am not on any blood thinners.', turmeric)).toEqual([]);
    expect(
      triage('I took warfarin years ago. Now 500 mg twice a day.', turmeric).map((f) => f.category),
    ).not.toContain('drug_interaction');
  });
  it('finds the remedy named in the text when the report is filed elsewhere', () => {
    expect(
      triage("I drink St John's wort tea and take sertraline.").map((f) => f.category),
    ).toContain('drug_interaction');
  });
});

describe("safety kinds found in other sites' voices", () => {
  const categories = (text: string, dose?: Parameters<typeof triage>[1]) =>
    triage(text, dose).map((f) => f.category);
  const ginger = {
    names: ['Ginger'],
    rows: [{ amountMax: 1, unit: 'g', frequency: 'up to 4 times a day' }],
  };
  it('reads breathing "barely" managed and a throat that starts to swell as emergencies', () => {
    expect(categories('An hour later I could barely breathe.')).toContain('emergency_symptom');
    expect(categories('my throat started swelling after the first cup')).toContain(
      'emergency_symptom',
    );
  });
  it.each([
    'my skin looks kind of yellow since starting it',
    'my face started drooping on one side',
    'worst headache of my life after the ginseng',
    'hives all over my body',
    'I feel like my throat is closing',
    'my tongue is swollen',
    "I don't want to be here anymore",
    'a fever of 103 and the shakes',
    "he's unresponsive",
    'my vision went blurry and then black',
    'I had thoughts of ending it',
    "I don't see the point in living",
    "I wish I wasn't alive",
    'I thought about jumping off the bridge',
    "life isn't worth living",
    'I thought about taking all my pills at once',
    'I felt like ending it all',
    'I wished I would not wake up',
    'I tried to take my own life',
    'I had violent thoughts',
    'I felt like I was dying',
    'my heart rate went to 180',
    'my temperature was 104',
    'an hour later my chest felt tight and i got dizzy',
    'I bruise from nothing since I upped the dose',
  ])('reads an emergency told in plain words: %s', (text) => {
    expect(categories(text)).toContain('emergency_symptom');
  });
  it.each([
    'I take all my pills in the morning.',
    'I want to end it with my boyfriend.',
    'No hives, no swelling.',
    'If your face starts drooping, call 911.',
    "I can't feel my toes when it's cold.",
  ])('leaves a denied, conditional or harmless one alone: %s', (text) =>
    expect(categories(text)).toEqual([]),
  );
  it.each([
    'I take way more than the label says.',
    "I'm taking twice what the bottle says.",
    'I went through a whole bottle in a week.',
    'I take 10 capsules a day.',
  ])('reads more than the label in plain words: %s', (text) => {
    expect(categories(text)).toContain('over_max_dose');
  });
  it('leaves a bottle that lasted months alone', () => {
    expect(categories('I finished the whole bottle over two months.')).toEqual([]);
  });
  it('reads a count of capsules of a stated strength as one amount', () => {
    expect(categories('Took 6 of the 550mg ginger caps at once.', ginger)).toContain(
      'over_max_dose',
    );
    expect(categories('I take two 250 mg ginger capsules before a trip.', ginger)).toEqual([]);
    expect(categories('I took 2 of the 500mg Tylenol.', ginger)).toEqual([]);
  });
  it('reads colloidal silver drunk by the shot or every day, and the chlorine dioxide protocol', () => {
    expect(categories('I drink a shot glass of colloidal silver every day.')).toContain(
      'unsafe_ingestion',
    );
    expect(categories('We started the CD protocol for my son, 3 drops activated.')).toEqual(
      expect.arrayContaining(['unsafe_ingestion', 'child_or_pet_risk']),
    );
    expect(categories('I spray colloidal silver on cuts.')).toEqual([]);
    expect(categories('gave my son a spoon of kerosene for worms')).toEqual(
      expect.arrayContaining(['unsafe_ingestion', 'child_or_pet_risk']),
    );
  });
  it('reads berberine, kava and ginseng with the medicines they interact with', () => {
    expect(categories('Berberine 500mg with my metformin every morning.')).toContain(
      'drug_interaction',
    );
    expect(categories('Kava at night with my Xanax helps me sleep.')).toContain('drug_interaction');
  });
  it('reads turpentine and chlorine dioxide by the names their followers use', () => {
    expect(categories('Doing gum spirits on a sugar cube twice a week now.')).toContain(
      'unsafe_ingestion',
    );
    expect(categories('Week two of CDS, up to 8 activations a day in my water bottle.')).toContain(
      'unsafe_ingestion',
    );
    expect(categories('I use gum spirits of turpentine to clean my brushes.')).toEqual([]);
  });
  it('reads lips or a tongue that are swelling as an emergency, however the verb is put', () => {
    expect(categories('Now my lips and tongue are swelling up after the tea.')).toContain(
      'emergency_symptom',
    );
    expect(categories('his face is getting puffy and swollen since the capsule')).toContain(
      'emergency_symptom',
    );
    expect(categories('No swelling of my lips or tongue, just a mild itch.')).toEqual([]);
  });
  it('reads hawthorn with heart medicines', () => {
    expect(categories('I take hawthorn tea with my digoxin every day.')).toContain(
      'drug_interaction',
    );
    expect(categories('Hawthorn berries with my metoprolol keep my pressure down.')).toContain(
      'drug_interaction',
    );
  });
  it('reads a spoon of a poison in a water bottle, yellowish eyes, activated drops, a pet by its breed', () => {
    expect(categories('Borax challenge, 1/8 tsp in my water bottle each day.')).toContain(
      'unsafe_ingestion',
    );
    expect(categories('The activated drops came, 3 drops every hour from tomorrow.')).toContain(
      'unsafe_ingestion',
    );
    expect(categories('Now his eyes and skin look yellowish after the tea.')).toContain(
      'emergency_symptom',
    );
    expect(
      categories("The vet's shut for the weekend so I gave our spaniel a paracetamol."),
    ).toContain('child_or_pet_risk');
    expect(categories('Our vet said a little turmeric paste is fine for our spaniel.')).toEqual([]);
  });
  it('reads a child by "my son is 2", a baby by "the baby is 3 weeks old", sight and balance failing, missed heartbeats', () => {
    expect(categories('My daughter is 3 and I give her a melatonin gummy at night.')).toContain(
      'child_or_pet_risk',
    );
    expect(categories('The baby is 5 weeks old and we put fennel oil in her bottle.')).toContain(
      'child_or_pet_risk',
    );
    expect(categories('Since the tea I have double vision and cannot stand up.')).toContain(
      'emergency_symptom',
    );
    expect(categories('My heart keeps skipping beats since the licorice.')).toContain(
      'emergency_symptom',
    );
    expect(categories('Prednisone for my asthma, and echinacea every day.')).toContain(
      'drug_interaction',
    );
    expect(categories('My son is 25 and he takes melatonin sometimes.')).toEqual([]);
    expect(categories('Side effects: nausea, dizziness, feeling faint.')).toEqual([]);
  });
  it('reads children given a cleanse, and chest pain that turned out to be something else', () => {
    expect(
      categories('We are all doing the parasite cleanse, the kids have a teaspoon each.'),
    ).toContain('child_or_pet_risk');
    expect(
      categories('I had chest pain last year which turned out to be reflux. Ginger keeps it away.'),
    ).toEqual([]);
  });
  it("reads amounts above a nutrient's upper limit, with their source, where no article gives one", () => {
    const found = triage('50,000 IU of vitamin D3 daily since March.');
    expect(found.map((f) => f.category)).toContain('over_max_dose');
    expect(found.find((f) => f.category === 'over_max_dose')?.source?.url).toContain(
      'ods.od.nih.gov',
    );
    expect(categories('Zinc 50mg twice a day for my cold.')).toContain('over_max_dose');
    expect(categories('I take vitamin D 2000 IU a day.')).toEqual([]);
    expect(categories('250mg vitamin C with my iron tablet each morning.')).toEqual([]);
  });
  it('reads a child who got into pills, and daily aspirin with ginkgo', () => {
    expect(categories('My 2 year old swallowed some of my iron tablets but seems fine.')).toEqual(
      expect.arrayContaining(['child_or_pet_risk']),
    );
    expect(categories('Ginkgo and my daily aspirin for my heart.')).toContain('drug_interaction');
    expect(categories('I ate some of the gummies myself.')).toEqual([]);
  });
  it('reads a strength in a drop count, SJW, a throat that went tight, a count of pills over the upper limit, and a warning', () => {
    expect(categories('3 drops of 35% in a glass of water, the peroxide way.')).toContain(
      'unsafe_ingestion',
    );
    expect(categories('SJW every morning with my sertraline.')).toContain('drug_interaction');
    expect(categories("After the pollen my throat went tight and I couldn't swallow.")).toContain(
      'emergency_symptom',
    );
    const vitaminD = { names: ['Vitamin D'], rows: [] };
    expect(categories('I take five of the 10,000 IU softgels daily.', vitaminD)).toContain(
      'over_max_dose',
    );
    expect(categories('Anyone suggesting drinking borax, please stop. Laundry only.')).toEqual([]);
    expect(categories('I gargle a capful of 3% peroxide in water and spit it all out.')).toEqual(
      [],
    );
  });
  it('reads no interaction when a clinician cleared it', () => {
    expect(
      categories(
        'I asked my pharmacist before adding cinnamon to my metformin and she said a spoon in food is fine.',
      ),
    ).toEqual([]);
    expect(categories('I add cinnamon to my metformin every day.')).toContain('drug_interaction');
  });
  it('reads no interaction when the writer did not take the remedy', () => {
    expect(
      categories(
        'I asked the pharmacist about ginkgo because I take warfarin, and she said not to, so I never started it.',
      ),
    ).toEqual([]);
    expect(
      categories('My doctor told me to avoid ginkgo because of my warfarin, but I take it anyway.'),
    ).toContain('drug_interaction');
  });
});

const DEV = '../shared/data/safety-dev.jsonl';
describe.skipIf(!sharedFile(DEV, 'safety scores on safety-dev.jsonl'))(
  'on the real labelled posts',
  () => {
    it('flags every risky post and at most 1 in 10 benign posts', () => {
      const s = scoreSafety(DEV);
      expect(s.misses).toEqual([]);
      expect(s.falseFlagRate).toBeLessThanOrEqual(0.1);
    });
  },
);

const PSYTAR = '../shared/data/psytar-extraction.jsonl';
describe.skipIf(!sharedFile(PSYTAR, 'safety scores on the PsyTAR emergency candidates'))(
  'on the PsyTAR emergency candidates',
  () => {
    it('flags at least 9 in 10 of the posts labelled risky (target 95%)', () => {
      const s = scoreSafetyJoined(PSYTAR, 'test/fixtures/safety/psytar-emergency-labels.json');
      expect(s.risky + s.benign).toBe(78);
      expect(s.recall).toBeGreaterThanOrEqual(0.9);
    });
  },
);

describe('the safety scorer', () => {
  it('gives no recall when there is no risky post, and scores the two halves apart', () => {
    const dir = mkdtempSync(join(tmpdir(), 'remedex-safety-'));
    const path = join(dir, 'benign.jsonl');
    const posts = Array.from({ length: 12 }, (_, i) => ({
      id: `b${i}`,
      text: `Ginger tea helped my nausea, post ${i}.`,
      risky: false,
      categories: [],
    }));
    writeFileSync(path, posts.map((p) => JSON.stringify(p)).join('\n'));
    const all = scoreSafety(path);
    expect(Number.isNaN(all.recall)).toBe(true);
    expect(all.falseFlagRate).toBe(0);
    const tune = scoreSafety(path, 'tune');
    const score = scoreSafety(path, 'score');
    expect(tune.benign + score.benign).toBe(12);
    expect(tune.benign).toBe(posts.filter((p) => halfOf(p.text) === 'tune').length);
    rmSync(dir, { recursive: true, force: true });
  });
});
