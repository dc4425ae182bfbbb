// The one way the web app talks to the staff API: same origin, cookies sent automatically
// (HttpOnly, so this code never sees the session), and the CSRF token on every change.

export type FieldError = { field: string; message: string };

/** A problem+json answer from the API. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fieldErrors: readonly FieldError[];
  constructor(status: number, code: string, message: string, fieldErrors: readonly FieldError[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fieldErrors = fieldErrors;
  }
}

type Problem = { type?: string; title?: string; detail?: string; errors?: FieldError[] };

let csrfToken = '';

/** Remembers the CSRF token from any answer that carries one (sign-in rotates it). */
function remember(body: unknown): void {
  if (body !== null && typeof body === 'object' && 'csrfToken' in body && typeof body.csrfToken === 'string') {
    csrfToken = body.csrfToken;
  }
}

let onSignedOut: () => void = () => undefined;
/** Called when the API answers 401 to a signed-in page: the session ended (idle, revoked…). */
export function whenSignedOut(handler: () => void): void {
  onSignedOut = handler;
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: {
      accept: 'application/json',
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(method !== 'GET' ? { 'x-csrf-token': csrfToken } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok) {
    const problem: Problem = type.includes('json') ? ((await response.json()) as Problem) : {};
    const code = (problem.type ?? '').replace('urn:linebreak:', '') || `http_${String(response.status)}`;
    if (response.status === 401 && !path.startsWith('/api/auth/') && !path.startsWith('/api/setup/')) onSignedOut();
    throw new ApiError(
      response.status,
      code,
      problem.detail ?? problem.title ?? 'Something went wrong',
      problem.errors,
    );
  }
  if (!type.includes('json')) return (await response.blob()) as T;
  const parsed = (await response.json()) as T;
  remember(parsed);
  return parsed;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string, body?: unknown) => request<T>('DELETE', path, body),
  /** For downloads (the audit export): the raw response, with the CSRF token. */
  async download(path: string, body: unknown): Promise<{ blob: Blob; filename: string }> {
    const response = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
      body: JSON.stringify(body),
    });
    if (!response.ok) {
      const problem = (await response.json()) as Problem;
      throw new ApiError(response.status, problem.type ?? '', problem.detail ?? 'Export failed', problem.errors);
    }
    const disposition = response.headers.get('content-disposition') ?? '';
    const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'export';
    return { blob: await response.blob(), filename };
  },
};
