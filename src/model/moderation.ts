// What moderators see: the queue's items and the log's lines.
import type { SafetyFinding } from './safety.js';

export interface PendingReport {
  id: number;
  remedySlug: string;
  remedyName: string;
  conditionSlug: string;
  conditionName: string;
  conditionStatus: string;
  displayName: string;
  location: string | null;
  /** The place as typed, when it differs from the one shown (moderators only). */
  locationTyped: string | null;
  authorEmail: string | null;
  userId: number | null;
  postedAt: string;
  rating: number | null;
  title: string | null;
  body: string;
  safety: SafetyFinding[];
}

export interface PendingPost {
  /** An edit's id is its report's: one edit waits per report. */
  kind: 'reply' | 'update' | 'edit';
  id: number;
  reportId: number;
  reportTitle: string;
  displayName: string;
  postedAt: string | null;
  body: string;
  safety: SafetyFinding[];
}

export interface OpenFlag {
  targetType: 'report' | 'reply';
  targetId: number;
  reasons: string[];
  notes: string[];
  /** The start of what was flagged (title and text), to quote beside the reasons. */
  excerpt: string;
  count: number;
  firstAt: string;
  /** Unsafe-advice flags are reviewed first. */
  unsafe: boolean;
}

export interface ProposedCondition {
  id: number;
  name: string;
  slug: string;
  reports: number;
}

export interface ModerationAction {
  id: number;
  action: string;
  targetType: string;
  targetId: number;
  reason: string;
  summary: string;
  createdAt: string;
  actor: string | null;
}
