import { type Html, h } from '../jsx.js';

/**
 * Stars for the eye, the same rating in words for everyone (screen readers read only the words).
 * A post imported without stars says so: it is not rated, never given a number.
 */
export function Stars(props: { rating: number | null }): Html {
  if (props.rating === null) return <span class="rating not-rated">Not rated</span>;
  const full = Math.round(props.rating);
  return (
    <span class="rating">
      <span class="stars" aria-hidden="true">
        {'★'.repeat(full)}
        <span class="stars-empty">{'☆'.repeat(5 - full)}</span>
      </span>{' '}
      <span class="rating-text">{`${props.rating} out of 5 stars`}</span>
    </span>
  );
}
