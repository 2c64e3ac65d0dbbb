// The forms beside a report on its page: a moderator's tools and a reader's flag.
import type { ReadFact } from '../../domain/insight/index.js';
import type { EditState } from '../../domain/reports/index.js';
import type { Condition, RemedySummary, ReportWithReplies } from '../../model/types.js';
import { CsrfField, type FormState, Select, TextField } from '../components/form.js';
import type { PageContext } from '../context.js';
import { type Html, h } from '../jsx.js';
import { urls } from '../urls.js';

export const flagReasonLabels = {
  spam: 'Spam or advertising',
  unsafe: 'Unsafe advice',
  'off-topic': 'Off-topic',
  other: 'Something else',
};
export type FlagReason = keyof typeof flagReasonLabels;

export interface ReportPageExtras {
  reply: FormState;
  update: FormState;
  flag: FormState;
  edit: EditState | null;
  /** How the viewer voted on the report, if they did. */
  vote: 'helpful' | 'unhelpful' | null;
  isAuthor: boolean;
  /** For moderators: where the report may be moved. */
  moderation: { remedies: RemedySummary[]; conditions: Condition[] } | null;
  /** What the remedy's numbers take from this report, and where each value came from. */
  facts: ReadFact[] | null;
}

export const noExtras: ReportPageExtras = {
  reply: { values: {}, errors: {} },
  update: { values: {}, errors: {} },
  flag: { values: {}, errors: {} },
  facts: null,
  edit: null,
  vote: null,
  isAuthor: false,
  moderation: null,
};

export function ModeratorTools(props: {
  report: ReportWithReplies;
  ctx: PageContext;
  targets: { remedies: RemedySummary[]; conditions: Condition[] };
}): Html {
  const { report, ctx, targets } = props;
  const path = `/moderate/reports/${report.id}`;
  const back = <input type="hidden" name="back" value={urls.report(report.id)} />;
  return (
    <section class="moderator-tools" aria-labelledby="moderator-tools-heading">
      <h2 id="moderator-tools-heading">Moderator tools</h2>
      <form method="post" action={path} class="reason-form">
        <CsrfField token={ctx.csrfToken} />
        {back}
        <input type="hidden" name="action" value="choice" />
        <input type="hidden" name="on" value={report.editorsChoice ? 'off' : 'on'} />
        <label for="tools-choice-reason">
          {report.editorsChoice
            ? "Why it stops being an Editor's Choice (the moderation log shows it)"
            : "Why it is an Editor's Choice (shown to readers on the report)"}
        </label>
        <input type="text" id="tools-choice-reason" name="reason" required maxlength={300} />
        <button type="submit">
          {report.editorsChoice ? "Remove Editor's Choice" : "Make Editor's Choice"}
        </button>
      </form>
      <form method="post" action={path} class="reason-form">
        <CsrfField token={ctx.csrfToken} />
        {back}
        <input type="hidden" name="action" value="note" />
        <label for="tools-note">Editor's note, pinned above the report (empty removes it)</label>
        <input
          type="text"
          id="tools-note"
          name="note"
          value={report.editorNote ?? ''}
          maxlength={500}
        />
        <button type="submit">Pin the note</button>
      </form>
      <MoveReportForm
        path={path}
        ctx={ctx}
        remedies={targets.remedies}
        conditions={targets.conditions}
        remedySlug={report.remedy.slug}
        conditionSlug={report.condition.slug}
        back={urls.report(report.id)}
      />
      <form method="post" action={path} class="reason-form">
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="action" value="reject" />
        <label for="tools-remove-reason">
          Why it is removed (sent to its author, and public in the moderation log)
        </label>
        <input type="text" id="tools-remove-reason" name="reason" required maxlength={300} />
        <button type="submit">Remove</button>
      </form>
    </section>
  );
}

/** Moves a report to the remedy and condition it is really about (queue and report page). */
export function MoveReportForm(props: {
  path: string;
  ctx: PageContext;
  remedies: RemedySummary[];
  conditions: Condition[];
  remedySlug: string;
  conditionSlug: string;
  /** Where to go back to after moving (default: the queue). */
  back?: string;
}): Html {
  return (
    <form method="post" action={props.path} class="reason-form">
      <CsrfField token={props.ctx.csrfToken} />
      {props.back ? <input type="hidden" name="back" value={props.back} /> : null}
      <input type="hidden" name="action" value="move" />
      <label>
        Move to the remedy{' '}
        <select name="remedy">
          {props.remedies.map((m) => (
            <option value={m.slug} selected={m.slug === props.remedySlug}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        and the condition{' '}
        <select name="condition">
          {props.conditions.map((c) => (
            <option value={c.slug} selected={c.slug === props.conditionSlug}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Move</button>
    </form>
  );
}

export function FlagForm(props: {
  action: string;
  state: FormState;
  ctx: PageContext;
  label: string;
  /** Unique per page: a report's page holds a flag form for it and one for each reply. */
  idPrefix: string;
}): Html {
  const open = Object.keys(props.state.errors).length > 0;
  return (
    <details class="flag" open={open}>
      <summary>{props.label}</summary>
      <form method="post" action={props.action}>
        <CsrfField token={props.ctx.csrfToken} />
        <Select
          name="reason"
          label="What is wrong?"
          state={props.state}
          required
          options={Object.entries(flagReasonLabels)}
          placeholder="Choose a reason"
          idPrefix={props.idPrefix}
        />
        <TextField
          name="note"
          label="Tell the moderators more"
          state={props.state}
          maxlength={500}
          idPrefix={props.idPrefix}
        />
        <button type="submit">Send to the moderators</button>
      </form>
    </details>
  );
}
