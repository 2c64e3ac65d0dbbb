// Measurements that moved: readers of health forums report their numbers ("A1c down to 6.1",
// "BP was 150/95, now 135/85", "ferritin up to 40"). A number that moved the way that is good for
// that measure is help; one that moved the other way says nothing here (it may be the trouble's
// own course).

// Lower is better for these; higher for the second list.
const LOWER_BETTER = String.raw`(?:bp|blood pressure|(?:my )?pressure|systolic|diastolic|(?:blood |fasting |morning )?(?:sugars?|glucose)|(?:hb)?a1c|ldl|(?:total )?cholesterol|triglycerides|resting (?:hr|heart rate|pulse)|crp|uric acid|liver (?:enzymes|numbers)|alt|psa|eye pressure)`;
const HIGHER_BETTER = String.raw`(?:ferritin|iron(?: levels?)?|vitamin d(?: levels?)?|b12(?: levels?)?|hdl|ha?emoglobin|hb|platelets)`;
const LINK = String.raw`(?:(?:is|are|was|were|has|have|had|been|now|finally|already|come|came|gone|went|got|all) ){0,3}`;
const DOWN = String.raw`(?:down|lower(?:ed)?|dropped|fell|decreased|reduced|improved|better|normal)`;
const UP = String.raw`(?:up|higher|rose|risen|increased|improved|better|normal)`;
const MOVED_DOWN = new RegExp(
  String.raw`\b${LOWER_BETTER} ${LINK}${DOWN}\b(?! (?:on|for) me\b)`,
  'gi',
);
const MOVED_UP = new RegExp(String.raw`\b${HIGHER_BETTER} ${LINK}${UP}\b`, 'gi');
// "Went from 6 UTIs a year to 1", "BP went from 145/92 to 132/85": a count of the trouble fell.
const FELL =
  /\b(?:went|dropped|fell|came|come|gone|going|is|are) (?:down )?from (?:~|about |around )?(\d+(?:\.\d+)?)(?:\/\d+)?\b[^.!?\d]{0,25}?\bto (?:~|about |around )?(\d+(?:\.\d+)?)\b/gi;
// "Was running 150/95, now averaging 135/85": two blood-pressure readings, then and now.
const READINGS = /\b(\d{2,3})\/\d{2,3}\b[^.!?\d]{0,40}?\bnow (?:\w+ ){0,2}?(\d{2,3})\/\d{2,3}\b/gi;

/** Where the text reports a measurement that moved the good way, with the words that say it. */
export function measuredHelp(text: string): { at: number; said: string }[] {
  const out: { at: number; said: string }[] = [];
  for (const re of [MOVED_DOWN, MOVED_UP]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      // "Went up on it, not down": a denial right after.
      if (/^\W*not\b/i.test(text.slice(m.index + m[0].length))) continue;
      if (
        /\b(?:not|never|n'?t)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, m.index - 15), m.index))
      )
        continue;
      out.push({ at: m.index, said: m[0] });
    }
  }
  for (const re of [FELL, READINGS]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text))
      if (Number(m[1]) > Number(m[2])) out.push({ at: m.index, said: m[0] });
  }
  return out;
}
