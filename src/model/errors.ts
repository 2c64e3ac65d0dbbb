// One catalogue of domain errors with stable codes; the HTTP layer maps codes to statuses.
export const errorCodes = {
  REMEDY_NOT_FOUND: 'No remedy is published at this address.',
  CONDITION_NOT_FOUND: 'No condition has this name.',
  REPORT_NOT_FOUND: 'No published report has this number.',
  REPLY_NOT_FOUND: 'No published reply has this number.',
  UPDATE_NOT_FOUND: 'No update has this number.',
  USER_NOT_FOUND: 'No member has this number.',
  PAGE_NOT_FOUND: 'There is no page with this number.',
  INVALID_QUERY: 'The address has a value the site cannot use.',
  NOT_SIGNED_IN: 'Please sign in to do this.',
  FORBIDDEN: 'Your account cannot do this.',
  EDIT_WINDOW_CLOSED:
    'Reports can be edited only for a while after they are posted. You can still add a dated update.',
} as const;

export type ErrorCode = keyof typeof errorCodes;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = errorCodes[code],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
