// Sentence patterns the demo reports are composed from. Slots in braces are filled per report:
// {symptom} and {short} from the condition, {remedy} and {way} from the remedy and the pair,
// durations from the report's own numbers. A capitalised slot ({Symptom}) starts a sentence.
// None of these may name a condition: the slots bring the report's own.

export const spans = [
  'For about two years',
  'Since last autumn',
  'For most of this year',
  'On and off for a decade',
  'Ever since my thirties',
  'For the past eighteen months',
  'Since I changed jobs',
  'For as long as I can remember',
  'Since the spring',
  'For three or four years now',
  'Since my last birthday',
  'Most weeks for the past year',
];

export const personas = [
  'I am sixty-one and recently retired',
  'I work nights as a care assistant',
  'I am a teacher with a long commute',
  'I run a small café and am on my feet all day',
  'I am a student in my final year',
  'I am a dad of three, all under ten',
  'I am fifty and fairly fit',
  'I drive a delivery van for a living',
  'I am in my late thirties and work from home',
  'I am a nurse, and sceptical by habit',
  'I am seventy and still walk every day',
  'I work in a busy call centre',
  'I garden most days',
  'I am a new mum',
  'I cycle to work whatever the weather',
  'I write software and sit far too much',
  'I am a chef, so meals are at odd hours',
  'I look after my father, who is ninety',
  'I swim three mornings a week',
  'I am in my forties and work shifts',
  'I am a farmer, up before dawn',
  'I am a retired engineer who likes evidence',
];

/** A sentence about the writer, for reports that say who they are. */
export const aboutLines = [
  '{Persona}.',
  'For context, {persona}.',
  'A little about me: {persona}.',
];

/** Remarks about a remedy that fit any of them. */
export const habitLines = [
  'I keep {remedy} by the kettle so I never forget.',
  '{Remedy} is now just part of my routine.',
  'I buy {remedy} from the health shop in town.',
  'My partner rolls their eyes at the {remedy}, which is fair.',
  'I set a reminder on my phone for the {remedy}.',
  'I have tried two brands of {remedy} and stick with the cheaper one.',
];

export const openings = [
  '{Span} I have lived with {symptom}.',
  '{Persona}, and {symptom} had been wearing me down.',
  'What brought me to {remedy} was {symptom}.',
  '{Span} my days have been shaped by {symptom}.',
  'I put up with {symptom} for far too long before trying {remedy}.',
  'Nothing I tried touched {symptom}, so I gave {remedy} a go.',
  '{Persona}, and {span2} I have lived with {symptom}.',
];

export const triedLines = [
  'Before this I tried {tried}, with little to show for it.',
  '{Tried} had done almost nothing for me.',
  'I had already been through {tried} and {tried2}.',
  'My GP suggested {tried} first.',
  'I still fall back on {tried} now and then.',
];

export const wayLines = [
  'I {verb} {way} for {taken}.',
  'For {taken} I {verb} {way}.',
  'I started on {way} and kept it up for {taken}.',
  'My routine was {way}, for {taken} in all.',
  'I settled on {way} and stuck with it for {taken}.',
  'On my pharmacist’s advice I {verb} {way}, and did so for {taken}.',
  'I have now {verbed} {way} for {taken}.',
];

// Written so that singular and plural symptoms both read: "had eased", never "was" or "were".
export const outcomeLines = {
  helped: [
    'By {effectWhen} {symptom} had eased a great deal.',
    'After {effect} I noticed {symptom} far less.',
    'Within {effect} I could see a real change in {symptom}, and it has held since.',
    'I would not call it a cure, but after {effect} I noticed a clear difference in {symptom}.',
    'Around {effectWhen} I realised I had stopped planning my day around {symptom}.',
    'By {effectWhen} {symptom} had improved more than I dared hope.',
    'It took {effect}, and then {symptom} slowly faded into the background.',
    'It has helped with {symptom} more than anything else I tried, and I noticed it within {effect}.',
    'Honestly it helped: by {effectWhen} {symptom} had become much milder.',
    'What helped most was sticking with it; after {effect} I had a fraction of the trouble with {symptom}.',
  ],
  helped_temporarily: [
    'For about {fade} {symptom} eased, then the trouble crept back even though I kept going.',
    'It worked well for about {fade}; after that {symptom} returned as before.',
    '{Symptom} faded at first, but the effect wore off after {fade}.',
    'For {fade} or so I felt better than in ages, then {symptom} returned.',
  ],
  no_change: [
    'After {taken} nothing about {symptom} had changed.',
    'I kept a diary, and {symptom} did not change over {taken}.',
    '{Taken} in, I could see no difference in {symptom} at all.',
    'I gave it a fair trial, and {symptom} carried on regardless.',
  ],
  worse: [
    'If anything {symptom} got worse, so I stopped after {taken}.',
    'Within {effect} {symptom} had got worse than before, and I gave up.',
    'It made {symptom} worse for me, and I stopped after {taken}.',
    'Far from helping, it aggravated {symptom}, and after {taken} I gave up on it.',
    'It did not help at all; {symptom} flared worse than ever within {effect}.',
  ],
  side_effects_only: [
    'It did nothing for {symptom}, and I stopped after {taken}.',
    'I saw no change in {symptom}, only the downsides.',
  ],
};

export const sideEffectLines = [
  'The one downside was {se}.',
  'I did get {se}, which settled after a few days.',
  'Side effects for me: {se}, nothing more.',
  'Be aware of {se}; it caught me out in the first days.',
  'I had {se}, so I took it with food after that.',
  'My only complaint is {se}.',
];

export const tipLines = [
  'If I could tell someone starting out one thing, it would be to {tip}.',
  'My advice: {tip}.',
  'Learn from me and {tip}.',
  'For anyone starting, {tip}.',
  'One thing I learnt: {tip}.',
  'If you try it, {tip}.',
];

export const closers = [
  'I will post again in a couple of months.',
  'Everyone is different, so take this as one person’s story.',
  'Thank you to everyone whose posts got me started.',
  'Happy to answer questions.',
  'I hope this is useful to someone reading at two in the morning, as I was.',
  'My doctor knows I take it, and I would tell yours too.',
  'I am not selling anything, just sharing.',
  'I wish I had tried it sooner.',
  'I will keep going and see.',
  'Reading the other reports here helped me decide, so here is mine.',
  'Not magic, but worth a fair try.',
  'I would try it again, with more patience.',
  'Your mileage may vary, as they say.',
  'Glad I gave it a proper go rather than a week.',
  'Questions welcome below.',
  'I will not be buying more.',
  'I am still not sure it was the remedy and not the weather.',
  'I have told a few friends about it.',
  'Thanks for reading this far.',
  'I kept notes, so the timings above are accurate.',
  'This is my honest experience, nothing more.',
  'I will update this if anything changes.',
  'Be patient with it, and with yourself.',
  'It is cheap enough to try for yourself.',
  'I hope the details help someone decide.',
  'Take what is useful and leave the rest.',
];

export const titles = {
  helped: [
    '{Short} much calmer after {taken}',
    '{Remedy} worked for my {short}',
    'Slowly, my {short} let go',
    'Fewer bad days with my {short}',
    'Worth trying for {short}',
    'Better {short} after {taken}',
    'A real difference to my {short}',
    'Quietly effective for {short}',
  ],
  helped_temporarily: [
    'Good start, then it faded',
    'Helped my {short} for a while',
    'A few good weeks with {remedy}',
    'Worked, then stopped working',
  ],
  no_change: [
    'No change in my {short}',
    '{Taken} of {remedy}, nothing',
    'Not for my {short}',
    'Gave it {taken}, no luck',
  ],
  worse: ['Made my {short} worse', 'Stopped after {effect}', 'My {short} got worse'],
  side_effects_only: ['Side effects and no help for my {short}', 'All downside, no help'],
};

export const choiceReasons = [
  'Clear about the dose, the timing and what changed, with the downsides too.',
  'A careful account over {taken}, with what else they tried.',
  'Says exactly what they took and how long it took to notice.',
];

/** Replies, by what they answer in the post. */
export const replyLines = {
  askTime: [
    'How long was it before your {short} started to ease?',
    'Did you notice anything in the first week with {remedy}, or was it later?',
    'When did the change with your {short} first show?',
  ],
  askHow: [
    'Did you take {remedy} with food or on its own?',
    'Do you take {remedy} at the same time every day?',
    'Which form of {remedy} did you end up with?',
  ],
  askStill: [
    'Are you still taking {remedy} now that your {short} has settled?',
    'Have you tried a lower amount of {remedy} since?',
  ],
  sympathy: [
    'Sorry {remedy} did nothing for your {short}.',
    'That is disappointing after {taken} of effort.',
    'Thanks for posting a result that did not work; those matter too.',
  ],
  longer: [
    'For me it took {effect} or more before {remedy} did anything.',
    'I nearly gave up on {remedy} too, at about the same point.',
  ],
  sameSideEffect: [
    'I had {se} as well, and it passed after a week or so.',
    'Did {se} settle in the end, or was that why you stopped?',
  ],
  share: [
    'Same here with {remedy}: my {short} eased after about {effect}.',
    '{Remedy} did little for my {short}, so it clearly varies.',
    'Good to read this; I start {remedy} next week for my {short}.',
    'My {short} responded in much the same way.',
  ],
  answerTime: [
    'To answer your question, it was about {effect} before I noticed.',
    'It was around {effectWhen} for me.',
  ],
  answerHow: ['I {verb} {way}, the same every day.', 'Always {way}, which suits me.'],
  answerStill: [
    'Yes, still on it, though I skip the odd day now.',
    'I have cut back a little and it still holds.',
  ],
};

export const updateLines = {
  helped: [
    '{Months} months on, I have far less trouble with {symptom} and I am still taking it.',
    'Update after {months} months: I have cut down, and there is no sign of {symptom} coming back.',
  ],
  helped_temporarily: [
    'Update after {months} months: I have watched {symptom} creep back even though I kept going.',
    '{Months} months on, the effect has worn off and I have stopped.',
  ],
  no_change: [
    'I gave it another {months} months; still no change, so I have stopped.',
    'Update: after {months} more months nothing about {symptom} has changed, and I have given up on it.',
  ],
};
