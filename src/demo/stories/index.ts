// The demo's reports: written per remedy × condition, with replies, updates and a few that the
// safety triage flags. Deterministic for a seed.
import { triage } from '../../domain/safety/index.js';
import type { ReportWithThread } from '../../domain/transfer/index.js';
import {
  DEMO_END,
  type GeneratorAuthor,
  type Random,
  Weighted,
  authorWeights,
} from '../generator.js';
import { firstNames, places } from '../scenarios.js';
import { Book, fill } from './book.js';
import { conditionVoices } from './content/conditions.js';
import { pairVoices } from './content/pairs.js';
import { remedyVoices } from './content/remedies.js';
import { choiceReasons } from './content/templates.js';
import { planReplies, writeReply, writeUpdate } from './threads.js';
import { type Pair, type Pen, type Written, writeReport } from './writer.js';

export { SENTENCE_CAP } from './book.js';

export interface StoryRemedy {
  id: number;
  slug: string;
  /** Condition ids by slug. */
  conditions: Map<string, number>;
}

export interface StoryOptions {
  random: Random;
  remedies: StoryRemedy[];
  authors: GeneratorAuthor[];
  count: number;
}

const DAY = 86_400_000;

interface PairRow extends Pair {
  remedyId: number;
  conditionId: number;
}

function pairRows(remedies: StoryRemedy[]): PairRow[] {
  return pairVoices.flatMap((pair) => {
    const remedy = remedies.find((r) => r.slug === pair.remedy);
    const conditionId = remedy?.conditions.get(pair.condition);
    const remedyVoice = remedyVoices.find((r) => r.slug === pair.remedy);
    const condition = conditionVoices.find((c) => c.slug === pair.condition);
    if (!remedy || !conditionId || !remedyVoice || !condition) return [];
    return [{ remedyId: remedy.id, conditionId, pair, remedy: remedyVoice, condition }];
  });
}

/** `count` reports: the approved ones of the demo, then the cautionary ones. */
export function writeStories(o: StoryOptions): ReportWithThread[] {
  const { random } = o;
  const pen: Pen = { random, book: new Book(), titleBook: new Book() };
  const replyBook = new Book();
  const rows = pairRows(o.remedies);
  // L-Glutamine, the flagship article, gets the most reports, as it would on a real site.
  const pick = new Weighted(
    rows.map((r) => r.pair.weight * (r.pair.remedy === 'l-glutamine' ? 1.6 : 1)),
  );
  const authorPick = new Weighted(authorWeights(o.authors.length));
  const flagged = cautionary(random, o);
  const stories: ReportWithThread[] = [];
  for (let i = 0; i < o.count - flagged.length; i++) {
    const row = rows[pick.pick(random)] as PairRow;
    const author = random.chance(0.08) ? null : (o.authors[authorPick.pick(random)] ?? null);
    const from = author
      ? Math.max(author.createdAt, DEMO_END - 18 * 365 * DAY)
      : DEMO_END - 18 * 365 * DAY;
    const postedAt = from + Math.floor(random.next() * (DEMO_END - from));
    const w = writeReport(pen, row);
    const story = storyOf(random, row, w, author, postedAt);
    story.replies = repliesOf(random, replyBook, o.authors, w, author, postedAt);
    const update = author && random.chance(0.12) ? writeUpdate(random, replyBook, w) : null;
    if (update && postedAt + update.afterDays * DAY < DEMO_END)
      story.updates = [
        {
          postedAt: new Date(postedAt + update.afterDays * DAY).toISOString(),
          body: update.body,
          outcome: update.outcome,
        },
      ];
    stories.push(story);
  }
  return [...stories, ...flagged];
}

function storyOf(
  random: Random,
  row: PairRow,
  w: Written,
  author: GeneratorAuthor | null,
  postedAt: number,
): ReportWithThread {
  const choice = w.long && w.rating >= 4 && w.details !== null && random.chance(0.35);
  return {
    report: {
      remedyId: row.remedyId,
      conditionId: row.conditionId,
      userId: author?.id ?? null,
      displayName: author?.displayName ?? random.pick(firstNames),
      location: author ? author.location : random.pick(places),
      postedAt: new Date(postedAt).toISOString(),
      rating: w.rating,
      title: w.title,
      body: w.body,
      editorsChoice: choice,
      choiceReason: choice ? fill(random.pick(choiceReasons), w.slots(random)) : null,
      status: 'approved',
      helpfulCount: random.int(0, w.long ? 40 : 12),
      details: w.details,
    },
    replies: [],
  };
}

function repliesOf(
  random: Random,
  book: Book,
  authors: GeneratorAuthor[],
  w: Written,
  author: GeneratorAuthor | null,
  postedAt: number,
): ReportWithThread['replies'] {
  if (!random.chance(0.3)) return [];
  const replies: ReportWithThread['replies'] = [];
  let at = postedAt;
  const add = (by: GeneratorAuthor, body: string | null) => {
    if (!body) return;
    at = Math.min(DEMO_END, at + random.int(1, 20) * DAY);
    replies.push({
      userId: by.id,
      displayName: by.displayName,
      location: by.location,
      postedAt: new Date(at).toISOString(),
      body,
      status: 'approved',
    });
  };
  for (const plan of planReplies(random, w)) {
    const others = authors.filter((a) => a.id !== author?.id);
    add(random.pick(others), writeReply(random, book, w, plan.lines));
    if (author && plan.answer && random.chance(0.6))
      add(author, writeReply(random, book, w, [plan.answer]));
  }
  return replies;
}

/** Reports that set off a safety rule: published with their note, or waiting in the queue. */
function cautionary(random: Random, o: StoryOptions): ReportWithThread[] {
  return remedyVoices.flatMap((voice) => {
    const remedy = o.remedies.find((r) => r.slug === voice.slug);
    return voice.cautionary.flatMap((c) => {
      const conditionId = remedy?.conditions.get(c.condition);
      if (!remedy || !conditionId) return [];
      const author = random.pick(o.authors);
      return [
        {
          report: {
            remedyId: remedy.id,
            conditionId,
            userId: author.id,
            displayName: author.displayName,
            location: author.location,
            postedAt: new Date(DEMO_END - random.int(2, 60) * DAY).toISOString(),
            rating: c.rating,
            title: c.title,
            body: c.body,
            editorsChoice: false,
            status: c.status,
            helpfulCount: c.status === 'approved' ? random.int(0, 10) : 0,
            safety: triage(`${c.title}\n${c.body}`),
          },
          replies: [],
        },
      ];
    });
  });
}
