// The editor's repeated rows (findings, dosage, sources, uses): a table of inputs per row.
import { type Html, h } from '../jsx.js';
import type { Condition } from '../../model/types.js';
import type { FormState } from '../components/form.js';
import { evidenceOptions } from './admin-remedies.js';

type Rows = Record<string, string>[];

/** A table of repeated rows: the existing ones and two blank ones for additions. */
export function RowsTable(props: {
  caption: string;
  columns: [name: string, label: string, kind: 'text' | 'number' | 'evidence' | 'condition'][];
  rows: Rows;
  conditions: Condition[];
  error?: string;
  id: string;
}): Html {
  const rows = [...props.rows, {}, {}];
  return (
    <div class={props.error ? 'field field-error' : 'field'} id={`field-${props.id}`}>
      <p class="label">{props.caption}</p>
      {props.error ? <p class="error-message">{props.error}</p> : null}
      <div class="table-scroll">
        <table class="rows">
          <thead>
            <tr>
              {props.columns.map(([, label]) => (
                <th scope="col">{label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr>
                {props.columns.map(([name, label, kind]) => (
                  <td>
                    {kind === 'evidence' ? (
                      <select name={name} aria-label={`${label}, row ${i + 1}`}>
                        <option value="">—</option>
                        {evidenceOptions.map(([v, l]) => (
                          <option value={v} selected={row[name] === v}>
                            {l}
                          </option>
                        ))}
                      </select>
                    ) : kind === 'condition' ? (
                      <select name={name} aria-label={`${label}, row ${i + 1}`}>
                        <option value="">—</option>
                        {props.conditions.map((c) => (
                          <option value={c.slug} selected={row[name] === c.slug}>
                            {c.name}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <input
                        type="text"
                        name={name}
                        value={row[name] ?? ''}
                        aria-label={`${label}, row ${i + 1}`}
                        inputmode={kind === 'number' ? 'decimal' : undefined}
                      />
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Rows from the submitted form (arrays of columns) or from the remedy as stored. */
export function rowsFrom(values: FormState['values'], names: string[], stored: Rows): Rows {
  const first = names[0];
  if (first === undefined || values[first] === undefined) return stored;
  const columns = names.map((n) => {
    const v = values[n];
    return Array.isArray(v) ? v : v === undefined ? [] : [v];
  });
  const count = Math.max(...columns.map((c) => c.length));
  return Array.from({ length: count }, (_, i) =>
    Object.fromEntries(names.map((n, j) => [n, columns[j]?.[i] ?? ''])),
  ).filter((row) => Object.values(row).some((v) => v.trim() !== ''));
}
