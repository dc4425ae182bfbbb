import type { z } from 'zod';
import { AppError } from './app-errors.ts';

/** Validates input at the edge; failures become a `validation_failed` AppError naming each field. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new AppError(
      'validation_failed',
      undefined,
      result.error.issues.map((issue) => ({ field: issue.path.join('.') || '(body)', message: issue.message })),
    );
  }
  return result.data;
}
