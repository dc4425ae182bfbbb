// The catalogue of errors services may throw. One handler per listener maps them onto a
// GOV.UK error page (public) or problem+json (staff API). Codes are stable: clients and
// tests match on them, never on messages.
export const appErrorCatalogue = {
  not_found: { status: 404, title: 'Not found' },
  not_found_or_no_access: { status: 404, title: 'Not found or no access' },
  validation_failed: { status: 400, title: 'The request is not valid' },
  unauthenticated: { status: 401, title: 'Sign in required' },
  forbidden: { status: 403, title: 'You do not have permission to do this' },
  conflict: { status: 409, title: 'The record changed or already exists' },
  payload_too_large: { status: 413, title: 'The request is too large' },
  rate_limited: { status: 429, title: 'Too many requests' },
  unavailable: { status: 503, title: 'The service is unavailable' },
} as const;

export type AppErrorCode = keyof typeof appErrorCatalogue;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly status: number;
  readonly fieldErrors: readonly { field: string; message: string }[];
  constructor(code: AppErrorCode, detail?: string, fieldErrors: readonly { field: string; message: string }[] = []) {
    super(detail ?? appErrorCatalogue[code].title);
    this.name = 'AppError';
    this.code = code;
    this.status = appErrorCatalogue[code].status;
    this.fieldErrors = fieldErrors;
  }
}
