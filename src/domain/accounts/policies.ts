import type { Viewer } from './accounts.js';
import { DomainError } from '../../model/errors.js';
import { edits, moderates } from '../../model/roles.js';

// Who may do what, in one place. Routes call these before any domain change; the domain verbs
// that change others' content also take the viewer and check again.
export const isModerator = (viewer: Viewer | null): boolean =>
  viewer !== null && moderates(viewer.role);
export const isEditor = (viewer: Viewer | null): boolean => viewer !== null && edits(viewer.role);

export function requireSignedIn(viewer: Viewer | null): Viewer {
  if (!viewer) throw new DomainError('NOT_SIGNED_IN');
  return viewer;
}

export function requireModerator(viewer: Viewer | null): Viewer {
  const v = requireSignedIn(viewer);
  if (!isModerator(v)) throw new DomainError('FORBIDDEN');
  return v;
}

export function requireEditor(viewer: Viewer | null): Viewer {
  const v = requireSignedIn(viewer);
  if (!isEditor(v)) throw new DomainError('FORBIDDEN');
  return v;
}

/** Authors act on their own posts; moderators on anyone's. */
export function requireAuthorOrModerator(viewer: Viewer | null, authorId: number | null): Viewer {
  const v = requireSignedIn(viewer);
  if (v.id !== authorId && !isModerator(v)) throw new DomainError('FORBIDDEN');
  return v;
}
