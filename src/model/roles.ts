// Who holds which powers, by role: one list for the domain's policies, the CLI and the views.
import type { Role } from './types.js';

export const roles = ['member', 'moderator', 'editor', 'admin'] as const satisfies readonly Role[];

const MODERATORS: readonly Role[] = ['moderator', 'editor', 'admin'];
const EDITORS: readonly Role[] = ['editor', 'admin'];

export const moderates = (role: Role): boolean => MODERATORS.includes(role);
export const edits = (role: Role): boolean => EDITORS.includes(role);
