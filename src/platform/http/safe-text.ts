import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError } from './app-errors.ts';

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augmentation merges into an interface
  interface FastifyContextConfig {
    /** true: the route checks its own text with unsafeTextFields (to show a GOV.UK error on the field). */
    checksOwnText?: boolean;
  }
}

// Text is made safe once, at the edge. Two things a JavaScript string can hold cannot be
// stored: U+0000 (PostgreSQL refuses it in text and jsonb) and a lone surrogate (not
// Unicode; the driver would store U+FFFD instead, so what was checked or hashed is not what
// was kept). Both are refused with a 400 that names the field, before any route runs.

export const unsafeTextMessage = 'Remove the character that cannot be saved (U+0000 or a broken Unicode character)';

export function isSafeText(text: string): boolean {
  return !text.includes('\u0000') && text.isWellFormed();
}

/** The same rule as a zod step, for schemas that read text from anywhere else. */
export const safeText = z.string().refine(isSafeText, unsafeTextMessage);

/** The names of the fields (dotted paths) whose text, or whose key, is unsafe. */
export function unsafeTextFields(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return isSafeText(value) ? [] : [path === '' ? '(request)' : path];
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return [];
  const found: string[] = [];
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const itemPath = Array.isArray(value) ? path : path === '' ? key : `${path}.${key}`;
    if (!isSafeText(key)) found.push(itemPath);
    else found.push(...unsafeTextFields(item, itemPath));
  }
  return [...new Set(found)];
}

/** Replaces what cannot be stored with U+FFFD, to show a refused answer back safely. */
export function toStorableText(text: string): string {
  return text.toWellFormed().replaceAll('\u0000', '\uFFFD');
}

/** Every route's body, query string and path parameters pass through this first. */
export function registerSafeTextCheck(app: FastifyInstance): void {
  app.addHook('preValidation', (request, _reply, done) => {
    if (request.routeOptions.config.checksOwnText === true) {
      // Its body is checked by the route; the query and path still are here.
      const fields = [...unsafeTextFields(request.query), ...unsafeTextFields(request.params)];
      done(fields.length === 0 ? undefined : refusal(fields));
      return;
    }
    const fields = [
      ...unsafeTextFields(request.body),
      ...unsafeTextFields(request.query),
      ...unsafeTextFields(request.params),
    ];
    done(fields.length === 0 ? undefined : refusal(fields));
  });
}

function refusal(fields: readonly string[]): AppError {
  return new AppError(
    'validation_failed',
    undefined,
    fields.map((field) => ({ field, message: unsafeTextMessage })),
  );
}
