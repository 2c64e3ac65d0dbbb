import { Fragment, type Child, type Html, h } from '../jsx.js';
import { coarsePlace, shownAsTyped } from '../../model/privacy.js';

export type Values = Record<string, string | string[] | undefined>;
export type Errors = Record<string, string>;

export interface FormState {
  values: Values;
  errors: Errors;
}

export const emptyForm: FormState = { values: {}, errors: {} };

export const valueOf = (state: FormState, name: string): string => {
  const v = state.values[name];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
};

/**
 * Where a stored card's form takes the reader's CSRF token: cards are rendered once for everyone,
 * and the token is put in as the page is sent (src/http/context.ts, `html`).
 */
export const CSRF_SLOT = '__remedex_csrf__';

/** The token every POST form carries (CSRF protection). */
export function CsrfField(props: { token: string }): Html {
  return <input type="hidden" name="_csrf" value={props.token} />;
}

/**
 * A list of what is wrong, at the top, each linking to its field; announced to screen readers.
 * `idPrefix` is the prefix of the fields' ids where a page holds the same form more than once.
 */
export function ErrorSummary(props: {
  errors: Errors;
  labels?: Record<string, string>;
  idPrefix?: string;
}): Html {
  const entries = Object.entries(props.errors);
  if (entries.length === 0) return <></>;
  return (
    <div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">
        Please check {entries.length === 1 ? 'one thing' : `${entries.length} things`}
      </h2>
      <ul>
        {entries.map(([field, message]) => (
          <li>
            {field === 'form' ? (
              message
            ) : (
              <a href={`#field-${props.idPrefix ?? ''}${field}`}>{message}</a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FieldProps {
  name: string;
  label: string;
  state: FormState;
  hint?: string;
  required?: boolean;
  children?: Child;
  /** Prefixes the ids of the control, hint and error: a page holding the form twice needs it. */
  idPrefix?: string;
}

/** Label, hint, error and control, wired together for assistive technology. */
export function Field(
  props: FieldProps & { control: (attrs: Record<string, string | boolean | undefined>) => Html },
): Html {
  const error = props.state.errors[props.name];
  const key = `${props.idPrefix ?? ''}${props.name}`;
  const describedBy = [props.hint ? `hint-${key}` : '', error ? `error-${key}` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <label for={`field-${key}`}>
        {props.label}
        {props.required ? null : <span class="muted"> (optional)</span>}
      </label>
      {props.hint ? (
        <p class="hint" id={`hint-${key}`}>
          {props.hint}
        </p>
      ) : null}
      {error ? (
        <p class="error-message" id={`error-${key}`}>
          {error}
        </p>
      ) : null}
      {props.control({
        id: `field-${key}`,
        name: props.name,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': error ? 'true' : undefined,
        required: props.required,
      })}
    </div>
  );
}

export function TextField(
  props: FieldProps & {
    type?: string;
    autocomplete?: string;
    maxlength?: number;
    inputmode?: string;
    keepValue?: boolean;
  },
): Html {
  return (
    <Field
      {...props}
      control={(attrs) => (
        <input
          {...attrs}
          type={props.type ?? 'text'}
          value={props.keepValue === false ? undefined : valueOf(props.state, props.name)}
          autocomplete={props.autocomplete}
          maxlength={props.maxlength}
          inputmode={props.inputmode}
        />
      )}
    />
  );
}

/**
 * A place, with what of it will be published shown before the author sends (public/place.js
 * updates it as they type). `placeChecked` carries the text the author was shown it for.
 */
export function PlaceField(props: FieldProps & { maxlength?: number }): Html {
  const typed = valueOf(props.state, props.name);
  const shown = typed ? coarsePlace(typed) : null;
  const said = !typed
    ? ''
    : shown === null
      ? 'Nothing of this can be shown: it stays private.'
      : shownAsTyped(typed)
        ? `Shown as: ${shown}`
        : `Shown as: ${shown} (the rest stays private)`;
  return (
    <>
      <TextField
        {...props}
        hint={`${props.hint ?? ''} Only a town or region and a country are shown, never a street, number, postcode, email or phone number.`.trim()}
        autocomplete="address-level2"
        maxlength={props.maxlength ?? 80}
      />
      <p class="place-shown" data-place-for={`field-${props.name}`} aria-live="polite">
        {said}
      </p>
      <input type="hidden" name="placeChecked" value={typed} />
    </>
  );
}

export function TextArea(props: FieldProps & { rows?: number; maxlength?: number }): Html {
  return (
    <Field
      {...props}
      control={(attrs) => (
        <textarea {...attrs} rows={props.rows ?? 8} maxlength={props.maxlength}>
          {valueOf(props.state, props.name)}
        </textarea>
      )}
    />
  );
}

export function Select(
  props: FieldProps & { options: [value: string, label: string][]; placeholder?: string },
): Html {
  const current = valueOf(props.state, props.name);
  return (
    <Field
      {...props}
      control={(attrs) => (
        <select {...attrs}>
          {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
          {props.options.map(([value, label]) => (
            <option value={value} selected={value === current}>
              {label}
            </option>
          ))}
        </select>
      )}
    />
  );
}

/** The honeypot: hidden from people (and from screen readers), filled in by naive bots. */
export function Honeypot(): Html {
  return (
    <div class="hp" aria-hidden="true">
      <label for="field-website">Leave this empty</label>
      <input type="text" id="field-website" name="website" tabindex="-1" autocomplete="off" />
    </div>
  );
}
