// The symptoms of the condition being treated are not side effects of what treats it ("my hot
// flushes have halved", taken for the menopause), unless the text ties them to the remedy or
// says it made them worse (the caller checks). Only symptoms that are almost always the
// condition's own: a cough, a fever, poor sleep or tiredness are common side effects too, and
// the labelled posts count them as such.

const SYMPTOMS: [condition: RegExp, terms: string[]][] = [
  [/menopaus|hot fl(?:ash|ush)|night sweats/, ['flushing', 'sweating']],
  [/nause|sickness|vomit|hyperemesis|queas/, ['nausea', 'vomiting', 'stomach upset', 'gagging']],
  [/reflux|heartburn|gerd|indigestion|dyspepsia/, ['heartburn']],
  [/eczema|psoria|dermatitis|itch|hives|urticaria/, ['itching', 'rash', 'dry skin']],
  [
    /\bibs\b|irritable bowel|bloat|\bgas\b|colic/,
    ['bloating', 'gas', 'stomach cramps', 'stomach pain'],
  ],
  [/constipat/, ['constipation', 'bloating']],
  [/diarrh/, ['diarrhea', 'loose stools', 'stomach cramps']],
  [/migraine|headache/, ['headache']],
  [/acne|breakout|pimple/, ['acne']],
  [/hay ?fever|allerg/, ['nasal congestion', 'itching']],
];

/** The side-effect terms that, for these condition names, are the condition itself. */
export function symptomsOf(conditions: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const c of conditions)
    for (const [re, terms] of SYMPTOMS) if (re.test(c)) for (const t of terms) out.add(t);
  return out;
}
