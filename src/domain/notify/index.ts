// The public face of src/domain/notify: mail that brings people back, and its job queue.
export {
  LINK_BROKEN,
  answerLasted,
  confirmAddress,
  lastedForm,
  unsubscribe,
  unsubscribeState,
  type LastedForm,
} from './answers.js';
export {
  FOLLOW_UP_DAYS,
  queueDecisionMail,
  queueFollowUps,
  queueGuestConfirmation,
  queueReplyMail,
} from './enqueue.js';
export { type RunResult, backoffMs, jobCounts, runDueJobs } from './runner.js';
export {
  type FollowRow,
  type MailSettings,
  changeFollow,
  follow,
  mailSettings,
  saveMailSettings,
} from './settings.js';
export type { Store } from '../common/index.js';
