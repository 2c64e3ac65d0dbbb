// Report cards as the app holds them: encoded once, cut at their post-count slots, filled in per
// page with the counts read with it.
import type { KeptCard, KeptCards, PostCounts } from '../../domain/reading/index.js';
import { POST_COUNT_SLOT, PostCount } from '../../views/components/report.js';
import { Html } from '../../views/jsx.js';

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
    for (const m of html.matchAll(POST_COUNT_SLOT)) {
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
