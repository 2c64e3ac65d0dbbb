import { createHash } from 'node:crypto';
import type { CardRef, KeptCard, KeptCards, PostCounts, RenderedCard } from '../../domain/cards.js';
import type { SafetyFinding } from '../../domain/safety/triage.js';
import type {
  Author,
  FollowUp,
  Reply,
  ReportDetails,
  ReportWithReplies,
} from '../../domain/types.js';
import { describeDays, forWhom, outcomes, sideEffectTerms } from '../../domain/vocabulary.js';
import { formatDate, plural } from '../format.js';
import { Fragment, Html, h, raw } from '../jsx.js';
import { urls } from '../urls.js';
import { Stars } from './stars.js';
import { markdown } from '../markdown.js';

function PostCount(props: { count: number | null }): Html {
  return props.count !== null ? (
    <span class="post-count"> · {plural(props.count, 'post')}</span>
  ) : (
    <></>
  );
}

// A stored card leaves every post count open as a slot (an HTML comment no escaped text can
// contain), filled in when the card is read: the counts change with the authors' other posts.
const SLOT = /<!--#pc:([rp]\d+)-->/g;
const slot = (key: string) => raw(`<!--#pc:${key}-->`);
const reportSlot = (id: number) => `r${id}`;
const replySlot = (id: number) => `p${id}`;

// The few distinct counts in use, encoded once.
const countBytes = new Map<number, Buffer>();
function postCountBytes(count: number): Buffer {
  let bytes = countBytes.get(count);
  if (!bytes) {
    bytes = Buffer.from(PostCount({ count }).value);
    if (countBytes.size < 10_000) countBytes.set(count, bytes);
  }
  return bytes;
}

/** A stored card encoded once and cut at its post-count slots, ready to be filled in any page. */
export class CutCard implements KeptCard {
  private readonly pieces: Buffer[] = [];
  private readonly slots: { replies: boolean; id: number }[] = [];
  constructor(
    readonly version: number,
    html: string,
  ) {
    let at = 0;
    for (const m of html.matchAll(SLOT)) {
      const key = m[1] as string;
      this.pieces.push(Buffer.from(html.slice(at, m.index)));
      this.slots.push({ replies: key.startsWith('p'), id: Number(key.slice(1)) });
      at = m.index + m[0].length;
    }
    this.pieces.push(Buffer.from(html.slice(at)));
  }
  /** The card with its post counts filled in. */
  fill(counts: PostCounts): Html {
    const parts: Buffer[] = [];
    this.pieces.forEach((piece, i) => {
      parts.push(piece);
      const open = this.slots[i];
      if (!open) return;
      const count = (open.replies ? counts.replies : counts.reports).get(open.id) ?? null;
      if (count !== null) parts.push(postCountBytes(count));
    });
    return new Html(parts);
  }
}

/**
 * The cards one app holds, by report, each at one version (a newer one replaces it). The version
 * read with every list decides whether a held card is current, so nothing held is ever shown stale.
 */
export class CardBytes implements KeptCards {
  private readonly cards = new Map<number, CutCard>();
  constructor(private readonly limit = 5_000) {}
  get(reportId: number, version: number): CutCard | undefined {
    const card = this.cards.get(reportId);
    return card?.version === version ? card : undefined;
  }
  keep(reportId: number, version: number, html: string): CutCard {
    const card = new CutCard(version, html);
    this.cards.delete(reportId);
    if (this.cards.size >= this.limit) this.cards.delete(this.cards.keys().next().value as number);
    this.cards.set(reportId, card);
    return card;
  }
}

function Byline(props: { verb: string; author: Author; postedAt: string; slot?: string }): Html {
  const { author } = props;
  return (
    <p class="byline">
      {props.verb} by{' '}
      {author.userId === null ? (
        <span class="author">{author.displayName}</span>
      ) : (
        <a class="author" href={urls.user(author.userId)}>
          {author.displayName}
        </a>
      )}
      {author.location ? <span class="place"> ({author.location})</span> : null} on{' '}
      <time datetime={props.postedAt}>{formatDate(props.postedAt)}</time>
      {props.slot !== undefined ? slot(props.slot) : <PostCount count={author.postCount} />}
    </p>
  );
}

function ReplyItem(props: { reply: Reply; remedySlug: string; slots: boolean }): Html {
  return (
    <li class="reply" id={`reply-${props.reply.id}`}>
      <Byline
        verb="Replied"
        author={props.reply.author}
        postedAt={props.reply.postedAt}
        {...(props.slots ? { slot: replySlot(props.reply.id) } : {})}
      />
      <SafetyNote findings={props.reply.safety} remedySlug={props.remedySlug} />
      <div class="post-body">{markdown(props.reply.body)}</div>
    </li>
  );
}

const number = (n: number) => (Number.isInteger(n) ? String(n) : String(Number(n.toFixed(2))));

/** The structured fields an author gave, as a definition list; nothing when there are none. */
export function Details(props: { details: ReportDetails }): Html {
  const d = props.details;
  const rows: [string, string][] = [];
  if (d.dose) {
    const amount =
      d.dose.min === d.dose.max
        ? number(d.dose.max)
        : `${number(d.dose.min)}–${number(d.dose.max)}`;
    rows.push([
      'Dose',
      `${amount} ${d.dose.unit}${d.dose.frequency ? `, ${d.dose.frequency}` : ''}`,
    ]);
  }
  if (d.form) rows.push(['Form', d.form]);
  if (d.brand) rows.push(['Brand', d.brand]);
  if (d.takenDays !== null) rows.push(['Taken for', describeDays(d.takenDays)]);
  if (d.effectDays !== null) rows.push(['Effect after', describeDays(d.effectDays)]);
  if (d.outcome) rows.push(['Outcome', outcomes[d.outcome]]);
  if (d.sideEffects.length > 0) {
    rows.push([
      'Side effects',
      d.sideEffects
        .map(
          (e) =>
            `${e.term === 'other' ? (e.note ?? 'other') : (sideEffectTerms[e.term as keyof typeof sideEffectTerms] ?? e.term)}${e.severity ? ` (${e.severity})` : ''}`,
        )
        .join(', '),
    ]);
  }
  if (d.forWhom && d.forWhom !== 'self') rows.push(['Taken by', forWhom[d.forWhom]]);
  if (rows.length === 0) return <></>;
  return (
    <dl class="details">
      {rows.map(([term, value]) => (
        <div>
          <dt>{term}:</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Shown on a published post that a safety rule flagged: readers see why, and where to read more. */
function SafetyNote(props: { findings: SafetyFinding[]; remedySlug: string }): Html {
  const reasons = [...new Set(props.findings.map((f) => f.reason))];
  if (reasons.length === 0) return <></>;
  const sources = [
    ...new Map(
      props.findings.flatMap((f) => (f.source ? [[f.source.url, f.source]] : [])),
    ).values(),
  ];
  return (
    <div class="safety-note" role="note">
      <strong>Safety note:</strong> {reasons.join(' ')}{' '}
      {sources.length > 0 ? (
        <>
          (Source:{' '}
          {sources.map((s, i) => (
            <>
              {i > 0 ? '; ' : ''}
              <a href={s.url} rel="noopener">
                {s.title}
              </a>
            </>
          ))}
          .){' '}
        </>
      ) : null}
      This is one reader's experience, not advice.{' '}
      <a href={`${urls.remedy(props.remedySlug)}#when-to-stop`}>
        When to stop and call your doctor
      </a>
    </div>
  );
}

function FollowUpItem(props: { followUp: FollowUp; remedySlug: string }): Html {
  const f = props.followUp;
  return (
    <li class="follow-up" id={`follow-up-${f.id}`}>
      <p class="byline">
        Update on <time datetime={f.postedAt}>{formatDate(f.postedAt)}</time>
        {f.outcome ? <span class="muted"> · outcome now: {outcomes[f.outcome]}</span> : null}
      </p>
      <SafetyNote findings={f.safety} remedySlug={props.remedySlug} />
      <div class="post-body">{markdown(f.body)}</div>
    </li>
  );
}

export interface ReportCardProps {
  report: ReportWithReplies;
  /** On lists that mix remedies, name the remedy and condition the report is about. */
  showContext?: boolean;
  /** Leave post counts as slots: the card is being rendered to be stored (see fillCard). */
  slots?: boolean;
}

/** A report's card as it is stored: post counts left as slots. */
export function cardFragment(report: ReportWithReplies): string {
  return ReportCard({ report, slots: true }).value;
}

// A card with every part a card can show, for the digest below (never shown to anyone).
const sampleSafety: SafetyFinding[] = [
  { rule: 'r', category: 'emergency_symptom', reason: 'Why.', matches: [] },
];
const sampleAuthor = { userId: 1, displayName: 'A', location: 'B', postCount: 2 };
const sampleCard: ReportWithReplies = {
  id: 1,
  remedy: { slug: 'r', name: 'R' },
  condition: { slug: 'c', name: 'C' },
  author: sampleAuthor,
  postedAt: '2026-01-01T00:00:00.000Z',
  rating: 4,
  title: 'T',
  body: 'Text with **bold**, *emphasis* and https://example.org\n\n- a list',
  editorsChoice: true,
  helpfulCount: 2,
  status: 'approved',
  details: {
    dose: { min: 1, max: 2, unit: 'g', frequency: 'daily' },
    form: 'powder',
    brand: 'B',
    takenDays: 30,
    effectDays: 7,
    outcome: 'helped',
    forWhom: 'child',
    commercialTie: 'C',
    sideEffects: [{ term: 'bloating', severity: 'mild', note: null }],
  },
  safety: sampleSafety,
  editorNote: 'N',
  choiceReason: 'W',
  moderationReason: null,
  updatedAt: null,
  replies: [
    {
      id: 2,
      reportId: 1,
      author: { ...sampleAuthor, userId: null },
      postedAt: '2026-01-02T00:00:00.000Z',
      body: 'R',
      safety: sampleSafety,
    },
  ],
  followUps: [
    {
      id: 3,
      reportId: 1,
      postedAt: '2026-01-03T00:00:00.000Z',
      body: 'F',
      outcome: 'worse',
      safety: sampleSafety,
    },
  ],
};

/**
 * The markup cards are stored with: a digest of a card that shows every part a card can have, so
 * a release that changes how cards look never serves cards stored by the one before.
 */
export const cardFormat = createHash('sha256')
  .update(cardFragment(sampleCard))
  .digest('hex')
  .slice(0, 16);

/** A card of a list, filled in with the post counts read with it. */
export function fillCard(card: CardRef, counts: PostCounts): Html {
  if (card.source === 'stored') return new CutCard(card.version, card.html).fill(counts);
  if (card.source === 'report')
    return new CutCard(card.version, cardFragment(card.report)).fill(counts);
  if (card.card instanceof CutCard) return card.card.fill(counts);
  throw new Error(`report ${card.reportId}: a card kept in a form this view cannot read`);
}

/**
 * Makes every card of a list one the app holds: stored cards are kept, missing ones rendered and
 * kept. Returns the list and the cards rendered, to be stored for other apps and restarts.
 */
export function keepCards(
  list: readonly CardRef[],
  held: CardBytes,
): { cards: CardRef[]; rendered: RenderedCard[] } {
  const rendered: RenderedCard[] = [];
  const cards = list.map((ref): CardRef => {
    if (ref.source === 'kept') return ref;
    let html: string;
    if (ref.source === 'stored') html = ref.html;
    else {
      html = cardFragment(ref.report);
      rendered.push({ reportId: ref.reportId, version: ref.version, format: cardFormat, html });
    }
    const card = held.keep(ref.reportId, ref.version, html);
    return {
      reportId: ref.reportId,
      condition: ref.condition,
      version: ref.version,
      source: 'kept',
      card,
    };
  });
  return { cards, rendered };
}

export function ReportCard(props: ReportCardProps): Html {
  const { report } = props;
  return (
    <article
      class="report"
      id={`report-${report.id}`}
      aria-labelledby={`report-${report.id}-title`}
    >
      <header>
        {props.showContext ? (
          <p class="context">
            <a href={urls.remedy(report.remedy.slug)}>{report.remedy.name}</a> for{' '}
            <a href={urls.remedyCondition(report.remedy.slug, report.condition.slug)}>
              {report.condition.name}
            </a>
          </p>
        ) : null}
        <h4 id={`report-${report.id}-title`} class="report-title">
          <a href={urls.report(report.id)}>{report.title ?? `Report #${report.id}`}</a>
        </h4>
        <Byline
          verb="Posted"
          author={report.author}
          postedAt={report.postedAt}
          {...(props.slots ? { slot: reportSlot(report.id) } : {})}
        />
        <p class="report-meta">
          <Stars rating={report.rating} />
          {report.editorsChoice ? (
            <>
              {' '}
              <span class="badge badge-choice">Editor's Choice</span>
            </>
          ) : null}
        </p>
      </header>
      <SafetyNote findings={report.safety} remedySlug={report.remedy.slug} />
      {report.choiceReason && report.editorsChoice ? (
        <p class="choice-reason">
          <strong>Why it is an Editor's Choice:</strong> {report.choiceReason}
        </p>
      ) : null}
      {report.editorNote ? (
        <p class="editor-note" role="note">
          <strong>Editor's note:</strong> {report.editorNote}
        </p>
      ) : null}
      <div class="report-body post-body">{markdown(report.body)}</div>
      <Details details={report.details} />
      {report.details.commercialTie ? (
        <p class="commercial-tie">
          <strong>Commercial tie declared by the author:</strong> {report.details.commercialTie}
        </p>
      ) : null}
      {report.followUps.length > 0 ? (
        <section class="follow-ups" aria-label={`Updates to report ${report.id}`}>
          <ol>
            {report.followUps.map((f) => (
              <FollowUpItem followUp={f} remedySlug={report.remedy.slug} />
            ))}
          </ol>
        </section>
      ) : null}
      {report.replies.length > 0 ? (
        <section class="replies" aria-label={`Replies to report ${report.id}`}>
          <h5>{plural(report.replies.length, 'reply', 'replies')}</h5>
          <ol>
            {report.replies.map((reply) => (
              <ReplyItem
                reply={reply}
                remedySlug={report.remedy.slug}
                slots={props.slots === true}
              />
            ))}
          </ol>
        </section>
      ) : null}
      <footer>
        <a class="permalink" href={urls.report(report.id)}>
          Permalink
        </a>
        {report.helpfulCount > 0 ? (
          <span class="helpful">{plural(report.helpfulCount, 'reader')} found this helpful</span>
        ) : null}
      </footer>
    </article>
  );
}
