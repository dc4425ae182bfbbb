import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError } from './app-errors.ts';

// The staff API's routes declare zod schemas (params, querystring, body and a response per
// status). These compilers make Fastify use them: input is checked before the handler runs,
// and every answer is checked against its declared response and cut down to it, so nothing
// leaves that the contract does not name. See docs/adr/0030-responses-checked-against-their-schema.md.

/**
 * A calendar day in a query, YYYY-MM-DD: a real date (no 2026-02-30) in years PostgreSQL and the
 * analysis can hold (2000–2100), so hostile input is a 400 rather than a database error.
 */
export const calendarDay = z.iso
  .date('Give the date as YYYY-MM-DD')
  .refine((value) => value >= '2000-01-01' && value <= '2100-12-31', 'Give a date between 2000 and 2100');

/** A route that answers 204 with no body declares this as its response. */
export const noContent = z.null().meta({ noContent: true });

/** A route that answers with a file (ZIP, CSV, image…) declares this as its response. */
export function fileResponse(mediaType: string): z.ZodType {
  return z.unknown().meta({ fileMediaType: mediaType });
}

/** A route that answers with a redirect (Location header, no body) declares this. */
export const redirectResponse = z.null().meta({ redirect: true });

/** The problem+json answer of every error (RFC 9457), documented on each operation. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});

export type ResponseChecking = {
  /** true: a mismatch is a 500 (development and tests). false: logged, answered unchecked (production). */
  readonly strict: boolean;
  readonly logger: FastifyBaseLogger;
};

function isZod(schema: unknown): schema is z.ZodType {
  return schema instanceof z.ZodType;
}

/** Field errors named the same way as parseInput's, so clients see one validation shape. */
function fieldErrors(error: z.ZodError, part: string) {
  return error.issues.map((issue) => ({ field: issue.path.join('.') || `(${part})`, message: issue.message }));
}

export function useZodRouteSchemas(app: FastifyInstance, checking: ResponseChecking): void {
  app.setValidatorCompiler(({ schema, httpPart }) => {
    if (!isZod(schema)) throw new Error(`Route schemas on this listener must be zod schemas (${String(httpPart)})`);
    return (data: unknown) => {
      const result = schema.safeParse(data ?? {});
      if (result.success) return { value: data };
      return { error: new AppError('validation_failed', undefined, fieldErrors(result.error, String(httpPart))) };
    };
  });
  app.setSerializerCompiler(({ schema, method, url, httpStatus }) => {
    if (!isZod(schema)) throw new Error(`Response schemas on this listener must be zod schemas (${method} ${url})`);
    return (data: unknown) => {
      // What the client would have received: Dates become strings, undefined fields vanish.
      const json = JSON.stringify(data) as string | undefined;
      const wire: unknown = json === undefined ? null : JSON.parse(json);
      const result = schema.safeParse(wire);
      if (result.success) return JSON.stringify(result.data);
      const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(response)'}: ${issue.message}`);
      checking.logger.error({ route: `${method} ${url}`, status: httpStatus, issues }, 'response_schema_mismatch');
      if (checking.strict) {
        throw new Error(`The ${method} ${url} ${httpStatus} answer does not match its schema: ${issues.join('; ')}`);
      }
      return JSON.stringify(wire);
    };
  });
}
