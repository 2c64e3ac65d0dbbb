// The one owner of rendered output kept between requests: report cards (with the markup digest
// they are stored under) and the remedy page's fragments. One per app, built in buildApp.
// Views stay pure functions: they name what a fragment depends on, and this object keeps it.
import type { FastifyBaseLogger } from 'fastify';
import {
  type CardRef,
  type RenderedCard,
  storeReportCards,
  type RemedyReports,
} from '../../domain/reading/index.js';
import type { Store } from '../../domain/common/index.js';
import { cardFragment } from '../../views/components/report.js';
import { type Html, encoded } from '../../views/jsx.js';
import type { FragmentKind, RemedyPageParts } from '../../views/pages/remedy.js';
import { cardFormat } from './card-format.js';
import { CardBytes, CutCard } from './cards.js';

/** Fragments of one kind, by key, oldest dropped first. */
class Fragments {
  private readonly kept = new Map<string, Html>();
  constructor(private readonly limit: number) {}
  get(key: string, render: () => Html): Html {
    let html = this.kept.get(key);
    if (!html) {
      html = encoded(render());
      if (this.kept.size >= this.limit) this.kept.delete(this.kept.keys().next().value as string);
      this.kept.set(key, html);
    }
    return html;
  }
}

export class Renderer {
  readonly cardFormat = cardFormat;
  readonly cards = new CardBytes();
  private readonly fragments: Record<FragmentKind, Fragments> = {
    part: new Fragments(300),
    article: new Fragments(200),
    panel: new Fragments(1000),
  };
  // Cards rendered for pages, written after the answer has gone (a GET never writes).
  private pending = new Map<number, RenderedCard>();
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** The page's cards made ones this app holds, and the parts the remedy view fills itself with. */
  remedyPage(v: RemedyReports): { v: RemedyReports; parts: RemedyPageParts } {
    const cards = v.cards.map((ref) => this.hold(ref));
    const parts: RemedyPageParts = {
      keep: (kind, key, render) => this.fragments[kind].get(key, render),
      card: (card) => this.fill(card, v),
    };
    return { v: { ...v, cards }, parts };
  }

  private hold(ref: CardRef): CardRef {
    if (ref.source === 'kept') return ref;
    let html: string;
    if (ref.source === 'stored') html = ref.html;
    else {
      html = cardFragment(ref.report);
      this.pending.set(ref.reportId, {
        reportId: ref.reportId,
        version: ref.version,
        format: cardFormat,
        html,
      });
    }
    const card = this.cards.keep(ref.reportId, ref.version, html);
    return {
      reportId: ref.reportId,
      condition: ref.condition,
      version: ref.version,
      source: 'kept',
      card,
    };
  }

  private fill(card: CardRef, v: RemedyReports): Html {
    if (card.source === 'kept' && card.card instanceof CutCard) return card.card.fill(v.postCounts);
    throw new Error(`report ${card.reportId}: a card this app does not hold`);
  }

  /**
   * Stores the cards rendered since the last call, for other apps and restarts. A card stored under
   * a version that has moved on is never read, so a lost write costs a render later, never a wrong
   * page. Calls run one after another.
   */
  flush(): Promise<void> {
    if (this.pending.size === 0) return this.flushing;
    this.flushing = this.flushing.then(async () => {
      if (this.pending.size === 0) return;
      const cards = [...this.pending.values()];
      this.pending = new Map();
      try {
        await storeReportCards(this.store, cards);
      } catch (error) {
        this.log.warn({ err: error }, 'could not store rendered report cards');
      }
    });
    return this.flushing;
  }
}
