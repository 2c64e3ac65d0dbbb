// How many times a day a dose is taken, as people write it: "twice a day", "1g x3/day", "nightly".
import { NUMBER_WORDS } from './numbers.js';

export const COUNTS: Record<string, number> = { once: 1, twice: 2, thrice: 3, ...NUMBER_WORDS };

const SHORTHAND =
  /^\s*[,(]?\s*(ED|QD|OD|qd|od|q\.d\.|BID|bid|b\.i\.d\.?|TID|tid|t\.i\.d\.?|QID|qid|q\.i\.d\.?|QHS|qhs)(?![\w.])/;
const SHORT_COUNTS: Record<string, number> = {
  ed: 1,
  qd: 1,
  od: 1,
  qhs: 1,
  bid: 2,
  tid: 3,
  qid: 4,
};

/** Times a day stated in the words after (or, for "every morning I take ...", before) a dose. */
export function perDay(after: string, before: string): [number, number] | null {
  const times =
    /^[^.;!?]{0,40}?\b(\d+|once|twice|thrice|one|two|three|four|five|six)(?:\s*(?:-|to)\s*(\d+))?\s*(?:x|times?)\s*(?:a|per|\/|each|for|in(?:\s+a)?)?\s*(?:day|daily)\b/i.exec(
      after,
    ) ?? /^[^.;!?]{0,40}?\b(once|twice|thrice)\s*(?:a|per|each)?\s*(?:day|daily)\b/i.exec(after);
  if (times) {
    const min = COUNTS[times[1]!.toLowerCase()] ?? Number(times[1]);
    return [min, times[2] ? Number(times[2]) : min];
  }
  // Shorthand right after the amount: "600mg ED", "40 gtt TID", "500 mg bid".
  const short = SHORTHAND.exec(after);
  if (short) {
    const n = SHORT_COUNTS[short[1]!.toLowerCase().replace(/\./g, '')] ?? 1;
    return [n, n];
  }
  // "1g x3/day", "500 mg x 2 daily": the count after the x.
  const xFirst =
    /^[^.;!?]{0,20}?\bx\s*(\d+)(?:\s*(?:-|to)\s*(\d+))?\s*(?:\/|a|per|each)?\s*(?:day|daily|d)\b/i.exec(
      after,
    );
  if (xFirst) {
    const min = Number(xFirst[1]);
    return [min, xFirst[2] ? Number(xFirst[2]) : min];
  }
  // "morning and night", "AM and PM": twice.
  if (
    /^[^.;!?]{0,30}?\b(?:morning and (?:night|evening)|(?:night|evening) and morning|am and pm|breakfast and (?:dinner|supper))\b/i.test(
      after,
    )
  )
    return [2, 2];
  const today = /^[^.;!?]{0,30}?\bi (?:took|take|had) (\d+|two|three|four) today\b/i.exec(after);
  if (today) {
    const n = COUNTS[today[1]!.toLowerCase()] ?? Number(today[1]);
    return [n, n];
  }
  const hours = /^[^.;!?]{0,40}?\bevery\s+(\d+)(?:\s*-\s*(\d+))?\s*(?:hours|hrs)\b/i.exec(after);
  if (hours) {
    const a = Math.floor(24 / Number(hours[1]));
    const b = hours[2] ? Math.floor(24 / Number(hours[2])) : a;
    return [Math.min(a, b), Math.max(a, b)];
  }
  const daily =
    /^\s*day\b|^[^.;!?]{0,45}?(?:\b(?:a|per|each)\s*day\b|\/\s*day\b|\bdaily\b|\bperday\b|\bevery\s+(?:day|morning|night|evening)\b|\bnightly\b|\beach\s+(?:morning|night|evening)\b|\bat\s+(?:night|nite|bedtime)\b|\bbefore\s+bed(?:time)?\b|\bin the (?:morning|am|evening)\b|\bwith (?:my |his |her |the )?(?:morning|evening|nightly) (?:coffee|tea|cuppa|meal|shake|smoothie|porridge|oatmeal)\b)/i;
  if (daily.test(after)) return [1, 1];
  // "three times daily 500mg": a count said before the amount.
  const timesBefore =
    /\b(\d+|once|twice|thrice|two|three|four)\s*(?:x|times?)\s*(?:a\s+|per\s+|each\s+)?(?:day|daily)\b[^.;!?]{0,30}$/i.exec(
      before,
    );
  if (timesBefore) {
    const n = COUNTS[timesBefore[1]!.toLowerCase()] ?? Number(timesBefore[1]);
    return [n, n];
  }
  if (
    /\b(?:every|each)\s+(?:day|morning|night|evening)\b[^.;!?]*$|\bdaily\b[^.;!?]{0,30}$/i.test(
      before,
    )
  )
    return [1, 1];
  return null;
}
