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
        <label>
          <span class="visually-hidden">Reason (shown to readers)</span>
          <input
            type="text"
            name="reason"
            placeholder="Reason, shown to readers"
            required
            maxlength={300}
          />
        </label>
        <button type="submit">
          {report.editorsChoice ? "Remove Editor's Choice" : "Make Editor's Choice"}
        </button>
      </form>
      <form method="post" action={path} class="reason-form">
        <CsrfField token={ctx.csrfToken} />
        {back}
        <input type="hidden" name="action" value="note" />
        <label>
          <span class="visually-hidden">Editor's note</span>
          <input
            type="text"
            name="note"
            value={report.editorNote ?? ''}
            placeholder="Editor's note (empty removes it)"
            maxlength={500}
          />
        </label>
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
        <label>
          <span class="visually-hidden">Why it is removed</span>
          <input
            type="text"
            name="reason"
            placeholder="Why it is removed (public)"
            required
            maxlength={300}
          />
        </label>
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
        <span class="visually-hidden">Remedy</span>
        <select name="remedy">
          {props.remedies.map((m) => (
            <option value={m.slug} selected={m.slug === props.remedySlug}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span class="visually-hidden">Condition</span>
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
        />
        <TextField
          name="note"
          label="Tell the moderators more"
          state={props.state}
          maxlength={500}
        />
        <button type="submit">Send to the moderators</button>
      </form>
    </details>
  );
}
