// The public face of src/domain/reports: what the other layers and capabilities use.
export { reportForAuthor, reportFormData, submitReport } from './contribute.js';
export {
  type EditState,
  addUpdate,
  addReply,
  applyReportEdit,
  editReport,
  editState,
  flagPost,
  markHelpful,
  undoHelpful,
  viewerVote,
} from './conversation.js';
export { withReplies } from './replies.js';
export { type Profile, REPORT_MAX_CHARS, getProfile, getReport } from './reports.js';
