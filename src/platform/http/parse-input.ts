import type { z } from 'zod';
import { AppError } from './app-errors.ts';

/**
 * Validates request input against a route's zod schema and returns the typed value; invalid
 * input becomes a `validation_failed` error naming each field. Nothing past the route
 * touches the raw body, query or params.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw new AppError(
    'validation_failed',
    undefined,
    result.error.issues.map((issue) => ({ field: issue.path.join('.') || '(request)', message: issue.message })),
  );
}
