// The editors' list of conditions: add one; edit a condition's name, category, aliases and
// description; merge one into another.
import { h } from '../jsx.js';

import type { Condition } from '../../model/types.js';
import {
  CsrfField,
  ErrorSummary,
  type FormState,
  TextArea,
  TextField,
  emptyForm,
} from '../components/form.js';
import type { PageContext } from '../context.js';
import { Layout, page } from '../layout.js';
import { urls } from '../urls.js';

type Listed = Condition & { status: string; reports: number };

/** `state` belongs to the add form, or to one condition's edit form when it names `condition`. */
export function adminConditionsPage(list: Listed[], state: FormState, ctx: PageContext): string {
  const active = list.filter((c) => c.status === 'active');
  const editing = Number(state.values.condition ?? 0) || null;
  const missing = active.filter((c) => c.description === '').length;
  return page(
    <Layout title="Edit conditions" ctx={ctx} noindex>
      <nav class="breadcrumbs" aria-label="Breadcrumbs">
        <a href="/admin/remedies">Edit remedies</a> › Conditions
      </nav>
      <h1>Conditions</h1>
      <ErrorSummary
        errors={state.errors}
        idPrefix={editing === null ? undefined : `c${editing}-`}
      />
      <AddConditionForm state={editing === null ? state : emptyForm} ctx={ctx} />
      <h2>Edit or merge</h2>
      <p class="muted">
        {active.length} conditions
        {missing > 0 ? `; ${missing} without a description, which their pages then leave out` : ''}.
      </p>
      <ol class="admin-conditions">
        {active.map((c) => (
          <ConditionItem c={c} active={active} ctx={ctx} state={editing === c.id ? state : null} />
        ))}
      </ol>
    </Layout>,
  );
}

function AddConditionForm({ state, ctx }: { state: FormState; ctx: PageContext }) {
  return (
    <section class="narrow">
      <h2>Add a condition</h2>
      <form method="post" action="/admin/conditions">
        <CsrfField token={ctx.csrfToken} />
        <TextField name="name" label="Name" state={state} required maxlength={80} />
        <TextField
          name="category"
          label="Category"
          hint="For example: Digestive Health"
          state={state}
          required
          maxlength={60}
        />
        <TextField name="aliases" label="Also known as" hint="Separated by commas." state={state} />
        <DescriptionField state={state} />
        <button type="submit" class="primary">
          Add
        </button>
      </form>
    </section>
  );
}

function DescriptionField({ state, idPrefix }: { state: FormState; idPrefix?: string }) {
  return (
    <TextArea
      name="description"
      label="Description"
      hint="A few sentences at the top of the condition's page: what it is, and when it needs a doctor rather than a remedy. A blank line starts a new paragraph."
      state={state}
      rows={4}
      maxlength={1500}
      idPrefix={idPrefix}
    />
  );
}

/** A condition with its edit form (folded until used) and its merge form. */
function ConditionItem(props: {
  c: Listed;
  active: Listed[];
  ctx: PageContext;
  state: FormState | null;
}) {
  const { c, active, ctx } = props;
  const prefix = `c${c.id}-`;
  const state: FormState = props.state ?? {
    values: {
      name: c.name,
      category: c.category,
      aliases: c.aliases.join(', '),
      description: c.description,
    },
    errors: {},
  };
  return (
    <li id={`condition-${c.id}`} class="admin-condition">
      <h3>
        <a href={urls.condition(c.slug)}>{c.name}</a>{' '}
        <span class="muted">
          {c.category} · {c.reports === 1 ? '1 report' : `${c.reports} reports`}
        </span>
      </h3>
      <p class={c.description ? 'condition-description' : 'muted'}>
        {c.description || 'No description yet.'}
      </p>
      <details open={props.state !== null}>
        <summary>Edit {c.name}</summary>
        <form method="post" action={`/admin/conditions/${c.id}/edit`}>
          <CsrfField token={ctx.csrfToken} />
          <input type="hidden" name="condition" value={String(c.id)} />
          <TextField
            name="name"
            label="Name"
            hint="A new name gives a new address; the old one redirects."
            state={state}
            required
            maxlength={80}
            idPrefix={prefix}
          />
          <TextField
            name="category"
            label="Category"
            state={state}
            required
            maxlength={60}
            idPrefix={prefix}
          />
          <TextField
            name="aliases"
            label="Also known as"
            hint="Separated by commas."
            state={state}
            idPrefix={prefix}
          />
          <DescriptionField state={state} idPrefix={prefix} />
          <button type="submit" class="primary">
            Save {c.name}
          </button>
        </form>
      </details>
      <form method="post" action={`/admin/conditions/${c.id}/merge`} class="reason-form">
        <CsrfField token={ctx.csrfToken} />
        <label for={`merge-${c.id}`}>Merge {c.name} into</label>
        <select id={`merge-${c.id}`} name="into">
          {active
            .filter((o) => o.id !== c.id)
            .map((o) => (
              <option value={o.slug}>{o.name}</option>
            ))}
        </select>
        <button type="submit">Merge</button>
      </form>
    </li>
  );
}
