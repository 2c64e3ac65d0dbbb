import type { Db } from '../../db/database.js';
import { isWebLink } from '../common/index.js';
import type { Insight } from '../insight/index.js';
import { findConditionsByIds } from '../../db/repositories/reading/conditions.js';
import { type StoredInsightRecord, insightRecords } from '../../db/repositories/insight/insight.js';
import {
  findPublishedRemedy,
  findRemedyPageVersion,
  listCitations,
  listRemedyUses,
} from '../../db/repositories/reading/remedies.js';
import { talliesForRemedy } from '../../db/repositories/reading/tallies.js';
import type {
  Citation,
  Condition,
  Remedy,
  RemedyUse,
  ReportHighlights,
  Tally,
} from '../../model/types.js';

/** What a remedy's pages show above the report list, as read from the database. */
export interface RemedyMeta {
  remedy: Remedy;
  /**
   * Names the database and page version these rows were read at, unique across the apps of a
   * process (null: not known, nothing may be kept).
   */
  version: string | null;
  citations: Citation[];
  uses: RemedyUse[];
  tallies: Tally[];
  /** The conditions the tallies name. */
  conditions: Map<number, Condition>;
  records: StoredInsightRecord[];
  /**
   * Each condition's example reports, filled in as pages ask for them and kept with the rest
   * (the page version also rises with votes and with the reports' outcomes). Null: not kept.
   */
  examples: Map<number, ReportHighlights> | null;
}

let instances = 0;

/**
 * Remedies' page rows kept per database under (remedy, page version): the database raises the
 * version on every write that changes them (migration 20261201T0100), so a kept entry is used only
 * while nothing it holds has changed. One per app, since versions mean nothing across databases.
 * Everything kept is shared by the requests that read it: nothing may change it, except that
 * each condition's examples are added to `examples` the first time a page asks for them.
 */
export class RemedyPages {
  private readonly kept = new Map<string, RemedyMeta>();
  // Views key what they keep by `version`: two apps of one process (on two databases, as in the
  // tests) must never share a key, so each instance names its own.
  private readonly instance = ++instances;
  // The numbers of a page are computed from stored rows that change only with approved reports;
  // pages in between read the same rows, so the result is kept under a digest of those rows.
  readonly numbers = new Map<string, { insight: Insight; pairs: Insight[] }>();
  readonly digests = new WeakMap<readonly StoredInsightRecord[], string>();
  constructor(private readonly size = 200) {}

  keepNumbers(key: string, numbers: { insight: Insight; pairs: Insight[] }): void {
    if (this.numbers.size >= 1000) this.numbers.delete(this.numbers.keys().next().value as string);
    this.numbers.set(key, numbers);
  }

  async read(db: Db, slug: string): Promise<RemedyMeta | null> {
    const page = await findRemedyPageVersion(db, slug);
    if (!page) return null;
    const key = page.version === null ? null : `${this.instance}:${page.id}:${page.version}`;
    const hit = key === null ? undefined : this.kept.get(key);
    if (hit) return hit;
    // Read after the version: rows newer than it are only ever kept under a version that has
    // already moved on, so they are never served as current.
    const meta = await readRemedyMeta(db, slug);
    if (!meta || key === null || meta.remedy.id !== page.id) return meta;
    const entry = { ...meta, version: key, examples: new Map() };
    if (this.kept.size >= this.size) this.kept.delete(this.kept.keys().next().value as string);
    this.kept.set(key, entry);
    return entry;
  }
}

/** Reads a published remedy's page rows (no keeping). */
export async function readRemedyMeta(db: Db, slug: string): Promise<RemedyMeta | null> {
  const remedy = await findPublishedRemedy(db, slug);
  if (!remedy) return null;
  const [tallies, citations, uses, records] = await Promise.all([
    talliesForRemedy(db, remedy.id),
    listCitations(db, remedy.id),
    listRemedyUses(db, remedy.id),
    insightRecords(db, { remedyId: remedy.id }),
  ]);
  const conditions = new Map(
    (
      await findConditionsByIds(
        db,
        tallies.map((t) => t.conditionId),
      )
    ).map((c) => [c.id, c]),
  );
  return {
    remedy,
    version: null,
    // A link that is not http(s) (an old import could carry one) is shown as plain text.
    citations: citations.map((c) => (c.url && !isWebLink(c.url) ? { ...c, url: null } : c)),
    uses,
    tallies,
    conditions,
    records,
    examples: null,
  };
}
