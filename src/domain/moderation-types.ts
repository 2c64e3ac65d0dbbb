// Queue rows as views see them (the repository's shapes, re-exported for the view layer).
export type {
  ActionRow,
  OpenFlagRow,
  PendingPostRow,
  PendingReportRow,
  ProposedConditionRow,
} from '../db/repositories/moderation.js';
