import type { z } from 'zod';
import { AppError } from './app-errors.ts';

/**
 * Parses input at the edge with a zod schema. Failure is a `validation_failed` AppError that
 * names each field, which the staff API answers as problem+json with an `errors` list.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, value: unknown): z.infer<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new AppError(
    'validation_failed',
    undefined,
    result.error.issues.map((issue) => ({ field: issue.path.join('.') || '(body)', message: issue.message })),
  );
}
