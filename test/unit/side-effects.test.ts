// Side effects by kind of language, in texts written for Remedex.
import { describe, expect, it } from 'vitest';
import { PUBLIC_CONFIDENCE, extract } from '../../src/domain/extraction/index.js';

const counted = (text: string, conditionTerms: string[] = [], remedyTerms: string[] = []) =>
  extract(text, { conditionTerms, remedyTerms })
    .sideEffects.filter((s) => !s.negated && s.term !== 'any' && s.confidence >= PUBLIC_CONFIDENCE)
    .map((s) => s.term);

describe('side effects, kind by kind', () => {
  it('reads a side-effects field as side effects, and "none" there as none', () => {
    expect(
      counted('Reason: back pain\nSide effects: dry mouth, vivid dreams\nComments: fine'),
    ).toEqual(['dry mouth', 'nightmares']);
    expect(counted('Side effects: none\nComments: it worked')).toEqual([]);
    // An effect that often comes with stopping is not, by itself, talk of stopping.
    expect(counted('Side effects: nausea, brain zaps, insomnia')).toEqual(['nausea', 'insomnia']);
  });

  it('finds effects written in plain words', () => {
    expect(counted('I took the charcoal for two days and my tongue turned brown.')).toContain(
      'discolouration',
    );
    expect(counted('After taking the valerian I awoke in a daze every morning.')).toContain(
      'drowsiness',
    );
  });

  it('reads sleep, libido and cravings in plain words', () => {
    expect(counted('Since taking the capsules I wake up in the middle of the night.')).toEqual([
      'insomnia',
    ]);
    expect(counted('Since taking the capsules I could not stop sleeping.')).toEqual(['drowsiness']);
    expect(counted('Since taking it I have zero sex drive.')).toEqual(['loss of libido']);
    expect(counted('Since taking it I crave sugar all day.')).toEqual(['food cravings']);
  });

  it('uses the lexicon for effects Remedex has no own word for', () => {
    expect(counted('The capsules gave me blurred vision for a week.')).toContain('blurred vision');
  });

  it('scopes negation over a list, and stops it at "but"', () => {
    expect(counted('I took it daily: no headache, nausea or dizziness.')).toEqual([]);
    expect(counted('I took it daily: no headache, but it gave me heartburn.')).toEqual([
      'heartburn',
    ]);
  });

  it('leaves out the condition being treated, and what got better', () => {
    expect(
      counted('I took oatmeal baths for the itching and my itching is gone.', ['eczema']),
    ).toEqual([]);
    expect(counted('Took the tea daily. My dry skin was treated too.', ['dry skin'])).toEqual([]);
  });

  it('leaves out withdrawal effects, goals, induced effects and other treatments', () => {
    expect(counted('When I stopped taking it I had dizziness and nausea for a week.')).toEqual([]);
    expect(counted('While trying to get off it I had mood swings and headaches.')).toEqual([]);
    expect(counted('I take fibre with it to avoid constipation.')).toEqual([]);
    expect(counted('The vet induced vomiting with peroxide to get the sock out.')).toEqual([]);
    expect(counted('The antibiotics my doctor gave me caused diarrhea.', [], ['garlic'])).toEqual(
      [],
    ); // A medicine by name, from the shared list, is another treatment too.
    expect(counted('Lisinopril gave me a dry cough for months.', [], ['garlic'])).toEqual([]);
    expect(counted('The garlic gave me a dry cough.', [], ['garlic'])).not.toEqual([]);
  });

  it('reads withdrawal in a side-effects field item by item, and the reason for stopping as a side effect', () => {
    // Withdrawal covers its own item and those after it, not the items before it.
    expect(counted('Side effects: dry mouth, weight gain, withdrawal was rough')).toEqual([
      'dry mouth',
      'weight gain',
    ]);
    expect(
      counted('Side effects: headaches. When lowering the dose, dizziness, nightmares.'),
    ).toEqual(['headache']);
    expect(
      counted('Reason: sleep\nWithdrawal effects: dizziness, nightmares\nComments: ok'),
    ).toEqual([]);
    expect(
      counted(
        'I took valerian for a month. I stopped taking it because the diarrhea never stopped.',
      ),
    ).toEqual(['diarrhea']);
    // A negator reaches only its own sentence; a "never" that says the effect is new is none.
    expect(counted('I took valerian. No weight gain. Some hair loss.')).toEqual(['hair loss']);
    expect(counted('I took valerian. I have never felt so awful as I do today.')).not.toEqual([]);
    expect(counted('I took valerian. I never had headaches.')).toEqual([]);
    // A form with a side-effects field reports having taken it, comments included.
    expect(
      counted('Reason: sleep\nSide effects: none listed\nComments: Felt mentally numb all month.'),
    ).not.toEqual([]);
    // Withdrawal told in the field's sentences carries into the next ones, as in running text.
    expect(
      counted(
        'Side effects: none while on it. I tried to taper off and could not. I became dizzy and nauseous.',
      ),
    ).toEqual([]);
    // A negator in a field stays in its own item.
    expect(counted('Side effects: headache, no help with the back pain, dry mouth')).toEqual([
      'headache',
      'dry mouth',
    ]);
  });

  it('reads an effect said as "my stomach was upset", and one tied by the remedy named after it', () => {
    expect(counted('I took ginger. My stomach was upset for two days.', [], ['ginger'])).toEqual([
      'stomach upset',
    ]);
    expect(counted('My heart was racing after the ginger shot.', [], ['ginger'])).toEqual([
      'palpitations',
    ]);
    // The trouble told before the remedy is still the trouble.
    expect(counted('I had headaches for years. Then I tried ginger.', [], ['ginger'])).toEqual([]);
  });

  it('counts an effect told plainly after the taking, in a terse report', () => {
    expect(counted('3 drops oil of oregano in water at the first sign. Burns going down!')).toEqual(
      ['burning'],
    );
    expect(counted('Valerian 450mg twice daily. Slightly calmer, weird dreams.')).toEqual([
      'nightmares',
    ]);
  });

  it('gives a bare effect with nothing tying it to the remedy too little confidence to count', () => {
    const x = extract('Headaches. I have been looking for something to try.', {
      conditionTerms: [],
    });
    expect(x.sideEffects.every((s) => s.confidence < PUBLIC_CONFIDENCE)).toBe(true);
  });

  it('reads a vague single word as an effect when it is a whole item of a side-effects field', () => {
    expect(counted('Side effects: nausea, crying, anger, tension\nComments: fine')).toEqual([
      'nausea',
      'crying',
      'anger',
      'tension',
    ]);
    // In running text, or inside a longer item, the same words stay vague.
    expect(
      counted('I took it daily. The crying baby kept me up, and the tension at work.'),
    ).toEqual([]);
  });

  it('reads "withdrawn" as a mood, not as talk of withdrawal', () => {
    expect(counted('Side effects: withdrawn, dry mouth, insomnia')).toEqual([
      'withdrawn',
      'dry mouth',
      'insomnia',
    ]);
  });

  it('reads the condition made worse by the remedy as a side effect', () => {
    expect(
      counted('I took valerian for two weeks. It made my anxiety worse.', ['anxiety']),
    ).toEqual(['anxiety']);
    // The condition's own course is not.
    expect(counted('I took valerian. My anxiety got worse at work.', ['anxiety'])).toEqual([]);
  });

  it('counts a sentence that is a bare list of effects, once the writer has begun', () => {
    const story =
      'I started the valerian on Monday after a long talk with my sister about sleep, work and ' +
      'the move we had planned for the spring, which had kept me up for weeks on end. ' +
      'Dizziness, ringing in the ears, heartburn. ' +
      'We moved in April in the end and the new flat is quieter than the old one ever was, ' +
      'so I sleep with the window open now and the garden is lovely in the mornings, ' +
      'when the light comes in over the hedge and the cat sits on the wall.';
    expect(story.length).toBeGreaterThan(400); // a long story, where a plain mention is unsure
    expect(counted(story)).toEqual(['dizziness', 'ringing in the ears', 'heartburn']);
  });

  it('reads lethargy, apathy, broken sleep and lost words in plain words', () => {
    const form = (effects: string) => counted(`Side effects: ${effects}\nComments: ok`);
    expect(form('hard to get out of bed in the morning')).toEqual(['lethargy']);
    expect(form('no desire or energy to do anything')).toEqual(['lethargy']);
    expect(form('lack of interest in anything')).toEqual(['apathy']);
    expect(form('woke up in the middle of the night')).toEqual(['insomnia']);
    expect(form("I can't think of the right words")).toEqual(['word-finding trouble']);
  });

  it('reads a colour the remedy turned something, and softer stools unless they were the aim', () => {
    expect(counted('Took it for a month. Did turn my stools a funny color.')).toEqual([
      'discolouration',
    ]);
    expect(counted('The charcoal turned his tongue black.', [], ['charcoal'])).toEqual([
      'discolouration',
    ]);
    expect(counted('Started her on turmeric for her hips. Stools a bit softer at first.')).toEqual([
      'loose stools',
    ]);
    expect(counted('Magnesium at night, stools softer by morning.', ['constipation'])).toEqual([]);
  });

  it('reads a habit told with "if I take", but not a fear or a plan', () => {
    expect(counted('One scoop is fine. If I take two scoops I get diarrhea.')).toEqual([
      'diarrhea',
    ]);
    expect(counted('I take one. I worry if I take two I will get diarrhea.')).toEqual([]);
    expect(counted('If I took more it would probably give me diarrhea.')).toEqual([]);
    expect(counted('The only side effect I would say I felt is a little nausea.')).toEqual([
      'nausea',
    ]);
  });

  it('reads plain words for waking to pee, wobbliness, a pink colour, a scalp that flakes, a libido that fell', () => {
    expect(counted('I took the tea every night and now I get up twice to pee.')).toEqual([
      'frequent urination',
    ]);
    expect(counted('Since the drops our old cat is a bit wobbly on her back legs.')).toEqual([
      'unsteadiness',
    ]);
    expect(counted('I drink beet juice daily. My urine went pink.', [], ['beet juice'])).toEqual([
      'discolouration',
    ]);
    expect(counted('I used the oil nightly and my scalp got itchy and flaky.')).toEqual([
      'itching',
      'dry skin',
    ]);
    expect(counted('I take maca every day. My sex drive just tanked.')).toEqual(['loss of libido']);
  });
  it('reads a condition field as the phrase it names, and the sentences after it as the report', () => {
    expect(
      counted(
        'Used for: hair loss. I rubbed the oil in nightly and my scalp got itchy.',
        [],
        ['oil'],
      ),
    ).toEqual(['itching']);
  });
  it('reads a drug-review heading ("For Anxiety:") as the condition, not as the review', () => {
    expect(counted('For Anxiety: "I take it daily and it gave me an upset stomach."', [])).toEqual([
      'stomach upset',
    ]);
    expect(counted('For Nausea: "Nausea is better since I started it."')).toEqual([]);
  });
  it('reads no symptom in a word that describes a drink', () => {
    expect(counted('Tried weak chamomile tea in her cup for about 10 days.')).toEqual([]);
  });

  it('reads the condition named in one clause and an effect of the remedy in the next', () => {
    expect(
      counted('I tried 1 tbsp for my GERD and it burned like hell going down.', ['GERD']),
    ).toEqual(['burning']);
  });

  it.each([
    ['my stomach was churning', 'stomach upset'],
    ['my pee smelled strange', 'urine odour'],
    ['my lips went numb', 'numbness'],
    ['my mouth felt like it was on fire', 'burning'],
    ['I had an acid taste in my mouth', 'bad taste'],
    ['I had terrible ginger breath', 'bad breath'],
    ['my ears were ringing', 'ringing in the ears'],
    ['I had green poop', 'discolouration'],
    ['I was tearful', 'tearfulness'],
    ['my periods got heavier', 'menstrual changes'],
    ['my eyes were dry', 'dry eyes'],
    ['I had nosebleeds', 'nosebleed'],
    ['I bruised easily', 'bruising'],
    ['my ankles were swollen', 'swelling'],
    ['my appetite went through the roof', 'increased appetite'],
    ['my stomach hurt', 'stomach pain'],
    ['my enamel feels funny', 'tooth sensitivity'],
  ])('finds a plain-word effect: %s', (effect, term) => {
    expect(counted(`I took the ginger capsules for a week. ${effect}.`, [], ['ginger'])).toContain(
      term,
    );
  });

  it('reads no effect of the writer’s remedy in someone else, the time before it, or what it is known for', () => {
    const m = (text: string) => counted(text, ['insomnia'], ['magnesium']);
    expect(
      m('I take magnesium every night. My husband gets diarrhea from it but I don’t.'),
    ).toEqual([]);
    expect(m('I take it at night. The smell made my wife nauseous.')).toEqual([]);
    expect(
      m('I take 200 mg. My friend said it gave her headaches, but I’ve had no problems.'),
    ).toEqual([]);
    expect(m('Before magnesium I’d wake at 3am with my heart racing.')).toEqual([]);
    expect(m('Magnesium citrate is known to cause diarrhea in some people.')).toEqual([]);
    // The writer's own, and a report on someone else, still count.
    expect(m('I take it nightly. My wife and I both got headaches from it.')).toEqual(['headache']);
    expect(m('My husband takes magnesium and it gives him diarrhea.')).toEqual(['diarrhea']);
  });
  it('reads no side effect in the symptoms of the condition treated', () => {
    expect(
      counted(
        'Sage tablets daily. My hot flushes have halved but the night sweats have not budged.',
        ['menopause'],
        ['sage'],
      ),
    ).toEqual([]);
    expect(
      counted(
        'Peppermint tea for travel sickness. Threw up on the ferry anyway.',
        ['nausea', 'motion sickness'],
        ['peppermint'],
      ),
    ).toEqual([]);
    // The same words are side effects when the remedy is for something else.
    expect(
      counted('Sage tablets daily. They gave me night sweats.', ['sore throat'], ['sage']),
    ).toEqual(['sweating']);
  });
  it('reads sensitive teeth with a degree word, smelling of the remedy, and nothing in what it took away', () => {
    expect(counted('I drink ACV daily. My teeth feel a bit sensitive.', [], ['acv'])).toEqual([
      'tooth sensitivity',
    ]);
    expect(counted('Garlic tablets, two a day. I smell like a pizzeria.', [], ['garlic'])).toEqual([
      'body odour',
    ]);
    expect(
      counted('L-theanine with my coffee takes the jittery edge off.', [], ['l-theanine']),
    ).toEqual([]);
  });
  it('reads withdrawal told as the condition of the effects, and in more words for leaving', () => {
    expect(counted('Side effects: short temper, no patience if I skip a couple of doses.')).toEqual(
      [],
    );
    expect(counted('I took myself off it and have been very dizzy since.', [], ['ginger'])).toEqual(
      [],
    );
    expect(counted("I don't get side effects on it, only when I am off. Dizzy, tired.")).toEqual(
      [],
    );
    // Forgetting words is an effect, not a missed dose.
    expect(
      counted('I take it daily and I am forgetful, I forgot my keys twice.', [], ['it']),
    ).toEqual(['forgetfulness']);
  });
});
