import type { FastifyInstance } from 'fastify';
import { parseInput } from '../../platform/http/validate.ts';
import { actorOf, requirePermission } from '../access/index.ts';
import { z } from 'zod';
import { postReportMessageBody, reportIdParams } from './report-message.schemas.ts';

const thankYouBody = z.object({ message: z.enum(thankYouMessageIds, { error: 'Choose a message from the list' }) });
import { presentReportMessage } from './report-message.presenter.ts';
import type { ReportMessagesService } from './report-messages.service.ts';
import { reportMessageTemplates } from './report-message-templates.ts';
import { thankYouMessageIds, thankYouMessages } from './report-thanks.ts';
import { messageTemplatesResponse, reportMessageResponse, reportMessagesResponse } from './reports.responses.ts';

// Staff JSON API for questions to a reporter. Thin: resolve the actor, validate, call the
// service (which authorises and audits), present. Errors become problem+json at the listener.
export function registerReportMessageRoutes(app: FastifyInstance, reportMessages: ReportMessagesService): void {
  app.post(
    '/api/reports/:id/messages',
    {
      schema: {
        tags: ['reports'],
        params: reportIdParams,
        body: postReportMessageBody,
        response: { 201: reportMessageResponse },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const { id } = parseInput(reportIdParams, request.params);
      const { body } = parseInput(postReportMessageBody, request.body ?? {});
      const message = await reportMessages.postQuestion(actor, id, body);
      return reply.code(201).header('cache-control', 'no-store').send(presentReportMessage(message));
    },
  );

  // The approved questions (no record data): for those who may message reporters.
  app.get(
    '/api/report-message-templates',
    { schema: { tags: ['reports'], response: { 200: messageTemplatesResponse } } },
    (request) => {
      requirePermission(actorOf(request), 'report.message_reporter');
      return { templates: reportMessageTemplates };
    },
  );

  // Thank-you messages: one of a fixed, reviewed list (ADR 0041), never free text.
  app.get(
    '/api/report-thank-you-messages',
    { schema: { tags: ['reports'], response: { 200: messageTemplatesResponse } } },
    (request) => {
      requirePermission(actorOf(request), 'report.message_reporter');
      return { templates: thankYouMessages.map((m) => ({ ...m })) };
    },
  );
  app.post(
    '/api/reports/:id/thanks',
    {
      schema: {
        tags: ['reports'],
        params: reportIdParams,
        body: thankYouBody,
        response: { 201: reportMessageResponse },
      },
    },
    async (request, reply) => {
      const { id } = parseInput(reportIdParams, request.params);
      const { message } = parseInput(thankYouBody, request.body ?? {});
      const sent = await reportMessages.sendThankYou(actorOf(request), id, message);
      return reply.code(201).header('cache-control', 'no-store').send(presentReportMessage(sent));
    },
  );

  app.get(
    '/api/reports/:id/messages',
    { schema: { tags: ['reports'], params: reportIdParams, response: { 200: reportMessagesResponse } } },
    async (request, reply) => {
      const actor = actorOf(request);
      const { id } = parseInput(reportIdParams, request.params);
      const messages = await reportMessages.listMessages(actor, id);
      return reply.header('cache-control', 'no-store').send({ messages: messages.map(presentReportMessage) });
    },
  );
}
