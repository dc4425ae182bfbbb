import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { AppError } from '../../platform/http/app-errors.ts';
import { renderPage } from '../../platform/http/views.ts';

// The statuses with their own title and message in the catalogue (error.<status>.title/message).
const statusesWithText = new Set([400, 401, 403, 404, 413, 429, 500, 503]);

export type ErrorPageText = { readonly title: string; readonly message: string };

/**
 * A plain GOV.UK error page for a status, in the page's language, with the caller's wording
 * when it has its own (the staff channels' "you cannot key phone reports", in English).
 */
export function renderErrorPage(reply: FastifyReply, status: number, text?: ErrorPageText): FastifyReply {
  if (text) return renderPage(reply, 'error.njk', { ...text, status }, status);
  const known = statusesWithText.has(status) ? status : status >= 500 ? 500 : 400;
  return renderPage(reply, 'error.njk', { errorKey: `error.${String(known)}`, status }, status);
}

/** Every failure as a GOV.UK page: never a stack trace, never an internal message. */
export function htmlErrorHandler(
  error: FastifyError | AppError,
  request: { log: FastifyInstance['log'] },
  reply: FastifyReply,
) {
  const status = error instanceof AppError ? error.status : (error.statusCode ?? 500);
  if (status >= 500) {
    request.log.error({ err: { message: error.message, stack: error.stack, code: error.code } }, 'request failed');
  }
  return renderErrorPage(reply, status);
}

export function registerPublicErrorHandlers(app: FastifyInstance): void {
  app.setNotFoundHandler(async (_request, reply) => renderErrorPage(reply, 404));
  app.setErrorHandler(async (error: FastifyError | AppError, request, reply) =>
    htmlErrorHandler(error, request, reply),
  );
}
