import { CSRF_SLOT, CsrfField } from './form.js';
import { h } from '../jsx.js';

/**
 * The follow button of a remedy, condition or pair page. These pages are kept and cached for
 * everyone, so the reader's token is put in as the page is sent (CSRF_SLOT); without one (an
 * anonymous reader) the button leads to sign-in and back.
 */
export function FollowForm(props: { remedy?: string; condition?: string }) {
  return (
    <form method="post" action="/follow" class="follow-form">
      <CsrfField token={CSRF_SLOT} />
      {props.remedy ? <input type="hidden" name="remedy" value={props.remedy} /> : null}
      {props.condition ? <input type="hidden" name="condition" value={props.condition} /> : null}
      <label>
        <span class="visually-hidden">How often</span>
        <select name="frequency">
          <option value="weekly">Weekly</option>
          <option value="daily">Daily</option>
        </select>
      </label>{' '}
      <button type="submit">Follow new reports</button>
    </form>
  );
}
