import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError, appErrorCatalogue } from '../../platform/http/app-errors.ts';
import { sendProblem } from '../../platform/http/problem.ts';

// The staff listener answers every error as RFC 9457 problem+json.
export function registerStaffErrorHandlers(app: FastifyInstance): void {
  app.setNotFoundHandler(async (_request, reply) =>
    sendProblem(reply, { title: appErrorCatalogue.not_found.title, status: 404, type: 'urn:linebreak:not_found' }),
  );
  app.setErrorHandler(async (error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      return sendProblem(reply, {
        type: `urn:linebreak:${error.code}`,
        title: appErrorCatalogue[error.code].title,
        status: error.status,
        detail: error.message,
        ...(error.fieldErrors.length > 0 ? { errors: error.fieldErrors } : {}),
      });
    }
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return sendProblem(reply, { title: 'Internal error', status: 500, type: 'urn:linebreak:internal' });
    }
    return sendProblem(reply, { title: error.message, status, type: `urn:linebreak:http_${String(status)}` });
  });
}
