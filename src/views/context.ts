import type { Viewer } from '../domain/accounts/index.js';
import { edits, moderates } from '../model/roles.js';

/** What every page needs besides its own data: who is reading, and the token their forms carry. */
export interface PageContext {
  viewer: Viewer | null;
  csrfToken: string;
  /** A one-off message after a redirect ("Your report is waiting for review"). */
  notice?: string | null;
  /** The site's public address and this page's path: canonical and sharing links are absolute. */
  origin?: string;
  path?: string;
}

export const anonymous: PageContext = { viewer: null, csrfToken: '' };

export const canModerate = (ctx: PageContext): boolean =>
  ctx.viewer !== null && moderates(ctx.viewer.role);
export const canEdit = (ctx: PageContext): boolean => ctx.viewer !== null && edits(ctx.viewer.role);
