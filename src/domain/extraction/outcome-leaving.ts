// Leaving the remedy: what gets better after the writer stops it speaks against it, not for it.
import { SENTENCE } from './grammar.js';
import type { SideEffect } from './side-effects.js';

// Leaving the remedy ("stopped taking it", "came off the drops", "went cold turkey"): what gets
// better after it speaks against the remedy, not for it. "Stopped it once the rash cleared" is not
// that, nor is "it stopped stinging".
const LEFT_IT =
  /\b(?:(?:since|after|when|once|as soon as) (?:i |we )?)?(?:stopp(?:ed|ing)|quit(?:ting)?|c(?:a|o)m(?:e|ing) off|g(?:o|e)tt?(?:ing)? off|(?:went|going) off|wean(?:ed|ing) (?:myself )?off|(?:gone|went|going) cold turkey)(?: (?:on |from )?(?:taking |using |drinking |applying )?(?:it|them|this|that|(?:(?:the|my|those|these) )?([a-z][\w-]*(?: [a-z][\w-]*)?)))?/gi;
const LEAVABLE =
  /^(?:meds?|drugs?|medications?|medicines?|pills?|tablets?|capsules?|caps|drops|supplements?|tea|oil|stuff|treatment|remedy|tincture|powder)\b/;
function leftAt(sentence: string, remedy: readonly string[]): number {
  LEFT_IT.lastIndex = 0;
  for (let m = LEFT_IT.exec(sentence); m !== null; m = LEFT_IT.exec(sentence)) {
    const said = m[0].toLowerCase();
    const object = m[1]?.toLowerCase();
    // "Stopped and felt normal again": a bare stop by the writer, at the sentence's start.
    const bareStop =
      /^(?:stopped|quit)\b/.test(said) &&
      (object === undefined || /^(?:and|then)\b/.test(object)) &&
      /^\s*(?:(?:i|we)\s+)?$/i.test(sentence.slice(0, m.index)) &&
      (object !== undefined || /^\s*(?:,|\.|$)/.test(sentence.slice(m.index + m[0].length)));
    const ofRemedy =
      bareStop ||
      /cold turkey|\b(?:it|them|this|that)$/.test(said) ||
      (object !== undefined && (LEAVABLE.test(object) || remedy.some((r) => object.startsWith(r))));
    if (!ofRemedy) continue;
    // "Ginger stopped it in its tracks" is help: the writer must be the one who stopped.
    if (
      /^(?:stopped|quit) (?:it|them|this|that)$/.test(said) &&
      !/\b(?:i|we|he|she|they)\s+(?:\w+\s+)?$/i.test(
        sentence.slice(Math.max(0, m.index - 20), m.index),
      ) &&
      m.index > 0
    )
      continue;
    if (/\b(?:once|when|after|because|as soon as)\b/i.test(sentence.slice(m.index + m[0].length)))
      continue;
    // "The symptoms eased off when I stopped it": all the help in the sentence came after leaving.
    return /^(?:since|after|when|once|as soon as)\b/i.test(said) ? 0 : m.index;
  }
  return -1;
}
const OFF_IT =
  /\b(?:(?:took|taken|takes) (?:it|me|them) (?:away|off)|(?:first|second|third|\d+(?:st|nd|rd|th)) day (?:off|of) (?:from )?(?:the|it|this|my)|(?:now|am|i'?m|been|being|since (?:going|getting|coming)) off (?:of )?(?:it|them|this|that|the|my|those|these)|no longer (?:on|taking) (?:it|them|this|that|the|my))\b/i;
// Moving to something else ("switched to Lexapro", "now taking Zoloft"): the words after it name what.
const MOVED_TO =
  /\b(?:switched|changed) (?:over |back )?to |\bnow (?:on|taking|using) (?!(?:day|week|month|night|the (?:\w+ )?(?:day|week|month))s?\b|\d|it\b|this\b)/i;
/**
 * Where in the sentence the writer leaves the remedy (stops it, or moves to something else that is
 * not the remedy), or -1.
 */
export function leavingAt(sentence: string, remedy: readonly string[]): number {
  // Being off it ("how much better I feel now off of this drug") voids the help in the whole sentence.
  if (OFF_IT.test(sentence)) return 0;
  const left = leftAt(sentence, remedy);
  const moved = MOVED_TO.exec(sentence);
  const movedAway =
    moved !== null &&
    !remedy.some((r) =>
      sentence
        .toLowerCase()
        .slice(moved.index + moved[0].length)
        .startsWith(r),
    );
  const at = Math.min(left >= 0 ? left : Infinity, movedAway ? moved.index : Infinity);
  return at === Infinity ? -1 : at;
}

/** Whether the writer left the remedy in a sentence at or after one naming a side effect. */
export function leftBecauseOf(
  text: string,
  remedy: readonly string[],
  effects: readonly SideEffect[],
) {
  const first = Math.min(...effects.filter((e) => !e.negated).map((e) => e.span.start));
  if (first === Infinity) return false;
  const sentenceRe = new RegExp(SENTENCE.source, 'g');
  for (let s = sentenceRe.exec(text); s !== null; s = sentenceRe.exec(text))
    if (s.index + s[0].length > first && leavingAt(s[0], remedy) >= 0) return true;
  return false;
}
