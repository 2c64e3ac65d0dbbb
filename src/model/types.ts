import type { Article, EvidenceLevel } from './article.js';
import type { SafetyFinding } from './safety.js';
import type { ForWhom, Outcome, Severity } from './vocabulary.js';

// The domain's nouns. Repositories build these from rows; routes and views see nothing else.
export type RemedyStatus = 'draft' | 'published';
export type PostStatus = 'pending' | 'approved' | 'rejected' | 'spam';
export type Role = 'member' | 'moderator' | 'editor' | 'admin';
export type Rating = 1 | 2 | 3 | 4 | 5;

export interface RemedySummary {
  id: number;
  slug: string;
  name: string;
  kind: string;
  summary: string;
  editorsChoice: boolean;
}

export interface Remedy extends RemedySummary {
  aliases: string[];
  article: Article;
  status: RemedyStatus;
  createdAt: string;
  modifiedAt: string;
}

export interface Citation {
  id: number;
  key: string;
  title: string;
  source: string;
  year: number | null;
  url: string | null;
}

export interface Condition {
  id: number;
  slug: string;
  name: string;
  aliases: string[];
  category: string;
  /** The editors' short description of the condition; '' when none is written. */
  description: string;
}

export interface RemedyUse {
  condition: Condition;
  evidenceLevel: EvidenceLevel;
  note: string;
  citations: Citation[];
}

/** Who wrote a post: an account (with its approved-post count) or a guest. */
export interface Author {
  userId: number | null;
  displayName: string;
  location: string | null;
  postCount: number | null;
}

export interface Reply {
  id: number;
  reportId: number;
  author: Author;
  /** Null for a reply imported from a page that gave it no date. */
  postedAt: string | null;
  body: string;
  safety: SafetyFinding[];
}

/** What the author told us besides the text; every field optional. */
export interface ReportDetails {
  dose: { min: number; max: number; unit: string; frequency: string | null } | null;
  form: string | null;
  brand: string | null;
  takenDays: number | null;
  effectDays: number | null;
  outcome: Outcome | null;
  forWhom: ForWhom | null;
  commercialTie: string | null;
  sideEffects: { term: string; severity: Severity | null; note: string | null }[];
}

export interface Update {
  id: number;
  reportId: number;
  postedAt: string;
  body: string;
  outcome: Outcome | null;
  safety: SafetyFinding[];
}

export interface Report {
  id: number;
  remedy: { slug: string; name: string };
  condition: { slug: string; name: string };
  author: Author;
  postedAt: string;
  /** Null: not rated (an imported post that had no stars); it counts in no average. */
  rating: Rating | null;
  /** Topics the post stood under on the site it was imported from (not conditions). */
  tags: string[];
  title: string | null;
  body: string;
  editorsChoice: boolean;
  helpfulCount: number;
  status: PostStatus;
  details: ReportDetails;
  /** Safety rules the text set off; shown to readers as a safety note when published. */
  safety: SafetyFinding[];
  editorNote: string | null;
  choiceReason: string | null;
  moderationReason: string | null;
  updatedAt: string | null;
}

export interface ReportWithReplies extends Report {
  replies: Reply[];
  updates: Update[];
}

/** A report named in a list of examples: a link and what it is, not the report itself. */
export interface ReportHighlight {
  id: number;
  title: string | null;
  authorName: string;
  rating: number | null;
  helpfulCount: number;
}

/** The most helpful reports of a pair that it helped, and of the mixed or negative ones. */
export interface ReportHighlights {
  helpful: ReportHighlight[];
  cautionary: ReportHighlight[];
}

export interface User {
  id: number;
  displayName: string;
  location: string | null;
  role: Role;
  createdAt: string;
  postCount: number;
}

/** Approved-report counts for one remedy × condition pair. */
export interface Tally {
  remedyId: number;
  conditionId: number;
  count: number;
  ratingSum: number;
  /** Index 0 holds the 1-star count, index 4 the 5-star count. */
  histogram: [number, number, number, number, number];
  lastPostedAt: string | null;
}

export interface RatingSummary {
  count: number;
  /** Reports with stars (imported posts may have none): the average and histogram rest on these. */
  rated: number;
  /** Null when no report is rated: an average of nothing is not shown as 0. */
  average: number | null;
  histogram: [number, number, number, number, number];
}
