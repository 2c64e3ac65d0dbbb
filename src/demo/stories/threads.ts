// Replies that answer the post they stand under, and the author's own follow-ups.
import type { Outcome } from '../../model/vocabulary.js';
import type { Random } from '../generator.js';
import { type Book, fill } from './book.js';
import { replyLines, updateLines } from './content/templates.js';
import type { Written } from './writer.js';

type Line = keyof typeof replyLines;

export interface ReplyPlan {
  /** What a reader says back, sentence by sentence. */
  lines: Line[];
  /** What the author says if they answer, or null. */
  answer: Line | null;
}

/** What other readers would ask or add, given what the report says. */
export function planReplies(random: Random, w: Written): ReplyPlan[] {
  const plans: ReplyPlan[] = [];
  if (w.outcome === 'helped') {
    const ask = random.pick(['askTime', 'askHow', 'askStill'] as const);
    plans.push({ lines: [ask], answer: ASK_ANSWER[ask] });
    if (random.chance(0.4)) plans.push({ lines: ['share'], answer: null });
  } else if (w.outcome === 'helped_temporarily') {
    plans.push({ lines: ['askStill'], answer: null });
  } else {
    plans.push({ lines: ['sympathy', 'longer'], answer: null });
  }
  if (w.sideEffect && random.chance(0.6)) plans.push({ lines: ['sameSideEffect'], answer: null });
  return plans.slice(0, random.int(1, 3));
}

const ASK_ANSWER: Record<'askTime' | 'askHow' | 'askStill', Line> = {
  askTime: 'answerTime',
  askHow: 'answerHow',
  askStill: 'answerStill',
};

/** The sentences of one reply, or null when their patterns are used up. */
export function writeReply(random: Random, book: Book, w: Written, lines: Line[]): string | null {
  const sentences = lines
    .map((line) => book.write(() => fill(random.pick(replyLines[line]), w.slots(random))))
    .filter((s): s is string => s !== null);
  return sentences.length > 0 ? sentences.join(' ') : null;
}

export interface WrittenUpdate {
  afterDays: number;
  body: string;
  outcome: Outcome;
}

/** Some authors come back months later and say whether it lasted. */
export function writeUpdate(random: Random, book: Book, w: Written): WrittenUpdate | null {
  if (w.outcome !== 'helped' && w.outcome !== 'no_change') return null;
  const months = random.int(2, 8);
  // Some help fades: the update says so, and its outcome is "helped for a while".
  const outcome: Outcome =
    w.outcome === 'helped' && random.chance(0.35) ? 'helped_temporarily' : w.outcome;
  const body = book.write(() =>
    fill(random.pick(updateLines[outcome === 'no_change' ? 'no_change' : outcome]), {
      ...w.slots(random),
      months: MONTHS[months] ?? String(months),
    }),
  );
  return body ? { afterDays: months * 30, body, outcome } : null;
}

const MONTHS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'];
