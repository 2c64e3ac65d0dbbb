// The editors' list of conditions: create, rename, merge.
import { h } from '../jsx.js';

import type { Condition } from '../../model/types.js';
import { CsrfField, ErrorSummary, type FormState, TextField } from '../components/form.js';
import type { PageContext } from '../context.js';
import { Layout, page } from '../layout.js';
import { urls } from '../urls.js';

export function adminConditionsPage(list: Listed[], state: FormState, ctx: PageContext): string {
  const active = list.filter((c) => c.status === 'active');
  return page(
    <Layout title="Edit conditions" ctx={ctx} noindex>
      <nav class="breadcrumbs" aria-label="Breadcrumbs">
        <a href="/admin/remedies">Edit remedies</a> › Conditions
      </nav>
      <h1>Conditions</h1>
      <ErrorSummary errors={state.errors} />
      <AddConditionForm state={state} ctx={ctx} />
      <h2>Rename or merge</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Condition</th>
            <th scope="col">Reports</th>
            <th scope="col">Rename</th>
            <th scope="col">Merge into</th>
          </tr>
        </thead>
        <tbody>
          {active.map((c) => (
            <ConditionRow c={c} active={active} ctx={ctx} />
          ))}
        </tbody>
      </table>
    </Layout>,
  );
}

type Listed = Condition & { status: string; reports: number };

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
        <button type="submit" class="primary">
          Add
        </button>
      </form>
    </section>
  );
}

/** A condition with its rename and merge forms. */
function ConditionRow({ c, active, ctx }: { c: Listed; active: Listed[]; ctx: PageContext }) {
  return (
    <tr id={`condition-${c.id}`}>
      <th scope="row">
        <a href={urls.condition(c.slug)}>{c.name}</a> <span class="muted">({c.category})</span>
      </th>
      <td class="num">{c.reports}</td>
      <td>
        <form method="post" action={`/admin/conditions/${c.id}/rename`} class="reason-form">
          <CsrfField token={ctx.csrfToken} />
          <input
            type="text"
            name="name"
            value={c.name}
            aria-label={`New name for ${c.name}`}
            required
          />
          <input
            type="text"
            name="category"
            value={c.category}
            aria-label={`Category of ${c.name}`}
            required
          />
          <input type="hidden" name="aliases" value={c.aliases.join(', ')} />
          <button type="submit">Rename</button>
        </form>
      </td>
      <td>
        <form method="post" action={`/admin/conditions/${c.id}/merge`} class="reason-form">
          <CsrfField token={ctx.csrfToken} />
          <select name="into" aria-label={`Merge ${c.name} into`}>
            {active
              .filter((o) => o.id !== c.id)
              .map((o) => (
                <option value={o.slug}>{o.name}</option>
              ))}
          </select>
          <button type="submit">Merge</button>
        </form>
      </td>
    </tr>
  );
}
