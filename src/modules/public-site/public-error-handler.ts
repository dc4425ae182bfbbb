import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { AppError } from '../../platform/http/app-errors.ts';
import { renderPage } from '../../platform/http/views.ts';

const messages: Record<number, { title: string; message: string }> = {
  400: { title: 'There is a problem with your request', message: 'Please go back and check what you entered.' },
  401: { title: 'Sign in required', message: 'Sign in to the staff site, then try again.' },
  403: { title: 'This form has expired', message: 'For your security, forms expire. Please start again.' },
  404: { title: 'Page not found', message: 'If you typed the web address, check it is correct.' },
  413: { title: 'What you sent is too large', message: 'Please send a smaller file or shorter text.' },
  429: { title: 'Too many requests', message: 'The service is busy. Please wait a minute and try again.' },
  500: { title: 'Sorry, there is a problem with the service', message: 'Please try again later.' },
  503: { title: 'Sorry, the service is unavailable', message: 'Please try again later.' },
};

export type ErrorPageText = { readonly title: string; readonly message: string };

/** A plain GOV.UK error page for a status, with our own wording when the caller has it. */
export function renderErrorPage(reply: FastifyReply, status: number, text?: ErrorPageText): FastifyReply {
  const known = text ?? messages[status] ?? (status >= 500 ? messages[500] : messages[400]);
  return renderPage(reply, 'error.njk', { ...known, status }, status);
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
