// The one way the web app talks to the staff API: same origin, cookies sent automatically
// (HttpOnly, so this code never sees the session), and the CSRF token on every change.
// Every call is typed by the server's contract (schema.d.ts, generated from /api/openapi.json
// by `npm run generate:api`): the path must exist for its method, the body must match the
// route's schema, and the answer has the route's response type.

import type { paths } from './schema.d.ts';

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

type Method = 'get' | 'post' | 'patch' | 'delete';

/** The API paths (as written in the contract, `/api/reports/{id}`) that answer `M`. */
export type PathsWith<M extends Method> = {
  [P in keyof paths]: paths[P] extends Record<M, unknown> ? P : never;
}[keyof paths];

// Distributes over a union of paths (a form that posts to one of several steps).
type Operation<P extends keyof paths, M extends Method> = P extends keyof paths
  ? paths[P] extends Record<M, infer O>
    ? O
    : never
  : never;

type PathPart<O> = O extends { parameters: { path: infer X } } ? { path: X } : { path?: undefined };
type QueryPart<O> = O extends { parameters: { query: infer Q } }
  ? { query: Q }
  : O extends { parameters: { query?: infer Q } }
    ? [Q] extends [undefined] // `query?: never`: the route takes no query
      ? { query?: undefined }
      : { query?: Q }
    : { query?: undefined };
type BodyPart<O> = O extends { requestBody: { content: { 'application/json': infer B } } }
  ? { body: B }
  : O extends { requestBody?: { content: { 'application/json': infer B } } }
    ? { body?: B }
    : { body?: undefined };

/** What a call to `M P` takes: path parameters, query and body, each only where the route has one. */
export type RequestOf<P extends keyof paths, M extends Method> = PathPart<Operation<P, M>> &
  QueryPart<Operation<P, M>> &
  BodyPart<Operation<P, M>>;

type Answer<R, S extends number> = S extends keyof R
  ? R[S] extends { content: { 'application/json': infer J } }
    ? J
    : R[S] extends { content: Record<string, unknown> }
      ? Blob
      : undefined
  : never;

/** What `M P` answers on success (200, 201, 202; undefined for 204). */
export type ResponseOf<P extends keyof paths, M extends Method> = P extends keyof paths
  ? Operation<P, M> extends { responses: infer R }
    ? Answer<R, 200 | 201 | 202 | 204>
    : never
  : never;

/** The JSON body `M P` takes (a form's text is cast to its enums with this: the server still validates). */
export type BodyOf<P extends keyof paths, M extends Method = 'post'> =
  Operation<P, M> extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

/** The success answer of `GET P`, the common case for naming a shape. */
export type Got<P extends PathsWith<'get'>> = ResponseOf<P, 'get'>;

type OptionalIfEmpty<T> = object extends T ? [request?: T] : [request: T];

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

type AnyRequest = { path?: Record<string, string | number>; query?: object; body?: unknown };

/** `/api/reports/{id}` with `{ id }` → `/api/reports/3f…`, plus the query string. */
export function urlOf(template: string, request: AnyRequest = {}): string {
  const path = template.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    const value = request.path?.[name];
    if (value === undefined) throw new Error(`Missing path parameter ${name} for ${template}`);
    return encodeURIComponent(String(value));
  });
  const query = new URLSearchParams();
  const entries = Object.entries(request.query ?? {}) as [string, string | number | boolean | null | undefined][];
  for (const [name, value] of entries) {
    if (value === undefined || value === null || value === '') continue;
    query.set(name, String(value));
  }
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

async function request(method: string, template: string, input: AnyRequest = {}): Promise<unknown> {
  const path = urlOf(template, input);
  const body = input.body ?? (method === 'POST' ? {} : undefined);
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
  if (response.status === 204) return undefined;
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
  if (!type.includes('json')) return response.blob();
  const parsed: unknown = await response.json();
  remember(parsed);
  return parsed;
}

function caller<M extends Method>(method: M) {
  // Promise<never> (the answer was checked against the contract by the server): comparing
  // unknown with the union of every answer is more than the compiler can represent.
  return <P extends PathsWith<M>>(path: P, ...input: OptionalIfEmpty<RequestOf<P, M>>): Promise<ResponseOf<P, M>> => {
    const given: unknown = input;
    return request(method.toUpperCase(), path, (given as [AnyRequest?])[0]) as Promise<never>;
  };
}

export const api = {
  get: caller('get'),
  post: caller('post'),
  patch: caller('patch'),
  delete: caller('delete'),
  /** For downloads (the audit and network exports): the raw response, with the CSRF token. */
  async download<P extends PathsWith<'post'>>(
    path: P,
    body: RequestOf<P, 'post'>['body'],
  ): Promise<{ blob: Blob; filename: string }> {
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
