import type { ModerationLog, ModerationQueue } from '../../domain/moderation/index.js';
import type { SafetyFinding } from '../../model/safety.js';
import type { PendingPost, PendingReport } from '../../model/moderation.js';
import { CsrfField, ErrorSummary } from '../components/form.js';
import { highlight } from '../components/highlight.js';
import { Pagination } from '../components/pagination.js';
import { Stars } from '../components/stars.js';
import type { PageContext } from '../context.js';
import { formatDate } from '../format.js';
import { Fragment, type Html, h } from '../jsx.js';
import { Layout, page } from '../layout.js';
import { urls } from '../urls.js';
import { ReportCard } from '../components/report.js';
import { type FlagReason, MoveReportForm, flagReasonLabels } from './report-tools.js';

function SafetyFindings(props: { findings: SafetyFinding[] }): Html {
  if (props.findings.length === 0) return <></>;
  return (
    <div class="safety-note" role="note">
      <strong>Safety flags:</strong>
      <ul>
        {props.findings.map((f) => (
          <li>
            <strong>{f.category.replace(/_/g, ' ')}</strong>: {f.reason}{' '}
            {f.source ? (
              <>
                (
                <a href={f.source.url} rel="noopener">
                  {f.source.title}
                </a>
                ){' '}
              </>
            ) : null}
            <span class="muted">(matched: {f.matches.map((m) => `“${m.text}”`).join(', ')})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function ActionButton(props: {
  action: string;
  label: string;
  ctx: PageContext;
  path: string;
  primary?: boolean;
}): Html {
  return (
    <form method="post" action={props.path} class="inline">
      <CsrfField token={props.ctx.csrfToken} />
      <input type="hidden" name="action" value={props.action} />
      <button type="submit" class={props.primary ? 'primary' : undefined}>
        {props.label}
      </button>
    </form>
  );
}

function ReasonForm(props: {
  action: string;
  label: string;
  ctx: PageContext;
  path: string;
  /** What the reason is for, shown above the field. */
  prompt: string;
  extra?: Html;
}): Html {
  const id = `reason-${props.path.replace(/\W+/g, '-')}-${props.action}`;
  return (
    <form method="post" action={props.path} class="reason-form">
      <CsrfField token={props.ctx.csrfToken} />
      <input type="hidden" name="action" value={props.action} />
      {props.extra ?? null}
      <label for={id}>{props.prompt}</label>
      <input type="text" id={id} name="reason" maxlength={300} required />
      <button type="submit">{props.label}</button>
    </form>
  );
}

function ReportItem(props: { r: PendingReport; q: ModerationQueue; ctx: PageContext }): Html {
  const { r, q, ctx } = props;
  const preview = q.previews.get(r.id);
  const path = `/moderate/reports/${r.id}`;
  const phrases = r.safety.flatMap((f) => f.matches.map((m) => m.text));
  return (
    <article
      class={r.safety.length > 0 ? 'queue-item flagged' : 'queue-item'}
      id={`queue-report-${r.id}`}
    >
      <header>
        <label class="bulk">
          <input type="checkbox" name="ids" value={r.id} form="bulk-approve" />{' '}
          <span class="visually-hidden">Select report {r.id}</span>
        </label>
        <h3>
          Report #{r.id}: {r.remedyName} for {r.conditionName}
          {r.conditionStatus === 'proposed' ? (
            <>
              {' '}
              <span class="badge evidence-anecdotal">proposed condition</span>
            </>
          ) : null}
        </h3>
        <p class="byline">
          {r.displayName} {r.location ? `(${r.location})` : ''}
          {r.locationTyped ? ` · typed as “${r.locationTyped}”, not shown` : ''} ·{' '}
          {r.authorEmail ?? 'no email'} · {r.userId ? 'member' : 'guest'} · sent{' '}
          {formatDate(r.postedAt)} · <Stars rating={r.rating} />
        </p>
      </header>
      <SafetyFindings findings={r.safety} />
      {r.title ? (
        <p>
          <strong>{highlight(r.title, phrases)}</strong>
        </p>
      ) : null}
      <p class="queue-body">{highlight(r.body, phrases)}</p>
      {preview ? (
        <details class="queue-preview">
          <summary>Preview as it will be published, with its structured fields</summary>
          <ReportCard report={preview} showContext />
        </details>
      ) : null}
      <div class="actions">
        <ActionButton action="approve" label="Approve" ctx={ctx} path={path} primary />
        <ActionButton
          action="spam"
          label="Spam (hide all from this author)"
          ctx={ctx}
          path={path}
        />
        <ReasonForm
          action="reject"
          label="Reject"
          ctx={ctx}
          path={path}
          prompt="Why it is rejected (sent to its author; public in the moderation log)"
        />
        <MoveReportForm
          path={path}
          ctx={ctx}
          remedies={q.remedies}
          conditions={q.activeConditions}
          remedySlug={r.remedySlug}
          conditionSlug={r.conditionSlug}
        />
      </div>
    </article>
  );
}

function PostItem(props: { p: PendingPost; ctx: PageContext }): Html {
  const { p, ctx } = props;
  const path = `/moderate/${{ reply: 'replies', update: 'updates', edit: 'edits' }[p.kind]}/${p.id}`;
  const phrases = p.safety.flatMap((f) => f.matches.map((m) => m.text));
  return (
    <article class={p.safety.length > 0 ? 'queue-item flagged' : 'queue-item'}>
      <h3>
        {{ reply: 'Reply to', update: 'Update to', edit: 'Edit of the published report' }[p.kind]}{' '}
        <a href={urls.report(p.reportId)}>{p.reportTitle}</a>
      </h3>
      <p class="byline">
        {p.displayName} · {p.postedAt === null ? 'no date' : `sent ${formatDate(p.postedAt)}`}
      </p>
      <SafetyFindings findings={p.safety} />
      <p class="queue-body">{highlight(p.body, phrases)}</p>
      <div class="actions">
        <ActionButton action="approve" label="Approve" ctx={ctx} path={path} primary />
        {p.kind === 'reply' ? (
          <ActionButton
            action="spam"
            label="Spam (hide all from this author)"
            ctx={ctx}
            path={path}
          />
        ) : null}
        <ReasonForm
          action="reject"
          label="Reject"
          ctx={ctx}
          path={path}
          prompt="Why it is rejected (public in the moderation log)"
        />
      </div>
    </article>
  );
}

/** Posts readers flagged: keep them, or remove them with a public reason. */
function FlagItem({ f, ctx }: { f: ModerationQueue['flags'][number]; ctx: PageContext }) {
  return (
    <article class={f.unsafe ? 'queue-item flagged' : 'queue-item'}>
      <h3>
        {f.targetType === 'report' ? (
          <a href={urls.report(f.targetId)}>Report #{f.targetId}</a>
        ) : (
          <>Reply #{f.targetId}</>
        )}
        : flagged {f.count === 1 ? 'once' : `${f.count} times`}
      </h3>
      <p>
        <strong>Why:</strong>{' '}
        {f.reasons
          .map((r) => (Object.hasOwn(flagReasonLabels, r) ? flagReasonLabels[r as FlagReason] : r))
          .join('; ')}
      </p>
      {f.excerpt ? (
        <blockquote class="flagged-text">
          <p>{f.excerpt}</p>
        </blockquote>
      ) : null}
      {f.notes.length > 0 ? (
        <>
          <p>What readers told the moderators:</p>
          <ul>
            {f.notes.map((n) => (
              <li>“{n}”</li>
            ))}
          </ul>
        </>
      ) : null}
      <div class="actions">
        <ActionButton
          action="dismiss"
          label="Keep it (dismiss flags)"
          ctx={ctx}
          path={`/moderate/flags/${f.targetType}/${f.targetId}`}
        />
        <ReasonForm
          action="reject"
          label="Remove it"
          ctx={ctx}
          path={`/moderate/${f.targetType === 'report' ? 'reports' : 'replies'}/${f.targetId}`}
          prompt="Why it is removed (public in the moderation log)"
        />
      </div>
    </article>
  );
}

/** A condition a reader proposed: accept it into a category, or fold it into another. */
function ConditionItem({
  c,
  q,
  ctx,
}: {
  c: ModerationQueue['conditions'][number];
  q: ModerationQueue;
  ctx: PageContext;
}) {
  return (
    <article class="queue-item">
      <h3>
        {c.name} <span class="muted">({c.reports} report(s))</span>
      </h3>
      <div class="actions">
        <form method="post" action={`/moderate/conditions/${c.id}`} class="reason-form">
          <CsrfField token={ctx.csrfToken} />
          <input type="hidden" name="action" value="accept" />
          <label for={`accept-${c.id}`}>Category (for example: Digestive Health)</label>
          <input type="text" id={`accept-${c.id}`} name="category" required maxlength={60} />
          <button type="submit">Accept</button>
        </form>
        <form method="post" action={`/moderate/conditions/${c.id}`} class="reason-form">
          <CsrfField token={ctx.csrfToken} />
          <input type="hidden" name="action" value="reject" />
          <label for={`fold-${c.id}`}>Or fold its reports into</label>
          <select id={`fold-${c.id}`} name="into">
            {q.activeConditions.map((a) => (
              <option value={a.slug}>{a.name}</option>
            ))}
          </select>
          <button type="submit">Fold in</button>
        </form>
      </div>
    </article>
  );
}

export function moderationPage(
  q: ModerationQueue,
  ctx: PageContext,
  errors: Record<string, string> = {},
): string {
  const waiting = q.reports.length + q.posts.length + q.flags.length + q.conditions.length;
  return page(
    <Layout title="Moderation queue" ctx={ctx} noindex>
      <h1>Moderation queue</h1>
      <p>
        {waiting === 0 ? 'Nothing is waiting. ' : `${waiting} item(s) waiting. `}Items that set off
        a safety rule come first, then the oldest. Every action is recorded in the{' '}
        <a href="/moderation-log">public moderation log</a>.
      </p>
      <ErrorSummary errors={errors} />
      <section aria-labelledby="queue-reports">
        <h2 id="queue-reports">Reports ({q.reports.length})</h2>
        {q.reports.length > 0 ? (
          <form method="post" action="/moderate/bulk-approve" id="bulk-approve" class="bulk-form">
            <CsrfField token={ctx.csrfToken} />
            <button type="submit">Approve the selected reports</button>
          </form>
        ) : null}
        {q.reports.map((r) => (
          <ReportItem r={r} q={q} ctx={ctx} />
        ))}
      </section>
      <section aria-labelledby="queue-posts">
        <h2 id="queue-posts">Replies, updates and edits ({q.posts.length})</h2>
        {q.posts.map((p) => (
          <PostItem p={p} ctx={ctx} />
        ))}
      </section>
      <section aria-labelledby="queue-flags">
        <h2 id="queue-flags">Flagged by readers ({q.flags.length})</h2>
        {q.flags.map((f) => (
          <FlagItem f={f} ctx={ctx} />
        ))}
      </section>
      <section aria-labelledby="queue-conditions">
        <h2 id="queue-conditions">Proposed conditions ({q.conditions.length})</h2>
        {q.conditions.map((c) => (
          <ConditionItem c={c} q={q} ctx={ctx} />
        ))}
      </section>
    </Layout>,
  );
}

export function moderationLogPage(v: ModerationLog, ctx: PageContext): string {
  return page(
    <Layout
      title="Moderation log"
      ctx={ctx}
      description="What moderators removed or changed on Remedex, and why."
    >
      <h1>Moderation log</h1>
      <p>
        Every moderation action, newest first: what was done and why. Private details (emails,
        places) are never shown here.
      </p>
      {v.actions.length === 0 ? (
        <p class="empty">Nothing has been moderated yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">What</th>
              <th scope="col">Why</th>
              <th scope="col">By</th>
            </tr>
          </thead>
          <tbody>
            {v.actions.map((a) => (
              <tr>
                <td>
                  <time datetime={a.createdAt}>{formatDate(a.createdAt)}</time>
                </td>
                <td>{a.summary}</td>
                <td>{a.reason || '—'}</td>
                <td>{a.actor ?? 'Remedex'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination
        info={v.page}
        href={(n) => (n === 1 ? '/moderation-log' : `/moderation-log?page=${n}`)}
      />
    </Layout>,
  );
}
