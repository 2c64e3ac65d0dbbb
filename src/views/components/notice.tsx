import { type Html, h } from '../jsx.js';

export const REPORTS_NOTICE =
  'Reader reports are personal experiences, shared by people who chose to write in. They are not medical advice, have not been checked by a clinician, and cannot tell you what will happen to you. Talk to a qualified health professional before you start, stop or change any treatment.';

/** Shown above every list of reader reports: they are experiences, not advice. */
export function ReportsNotice(): Html {
  return (
    <p class="reports-notice" role="note">
      {REPORTS_NOTICE}
    </p>
  );
}
