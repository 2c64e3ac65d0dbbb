// The public face of src/domain/moderation: what the other layers and capabilities use.
export {
  type ModerationLog,
  dismissFlags,
  moderateCondition,
  moderatePost,
  moderationLog,
  moveTargets,
} from './posts.js';
export { type ModerationQueue, moderationQueue } from './queue.js';
export { type ReportDecision, bulkApprove, moderateReport } from './reports.js';
