import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { formatDay } from '../../platform/calendar.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { maxMessageLength, normaliseReceiptCode, reportStatusWords, type ReporterInbox } from '../reports/index.ts';
import {
  checkCsrf,
  clearSessionCookie,
  currentSession,
  errorView,
  type JourneyContext,
  redirect,
  rememberLocale,
  renderJourney,
  setSessionCookie,
} from './journey-context.ts';
import type { JourneySession } from './journey-session.ts';
import { single } from './pages/form.ts';
import type { FieldError } from './pages/page.ts';

const replySchema = z
  .string()
  .trim()
  .min(1, 'Enter your answer or the information you want to add')
  .max(maxMessageLength, `Your message must be ${String(maxMessageLength)} characters or fewer`);

// The receipt inbox: sign in with the 16-digit receipt and nothing else, see the status of
// the report in plain words, read analysts' questions, answer them and add information.
export function registerFollowUpRoutes(app: FastifyInstance, context: JourneyContext): void {
  const base = `${context.prefix}/follow-up`;

  app.get('/follow-up', async (request, reply) => {
    const signedOut = (request.query as Record<string, unknown>)['signed-out'] === '1';
    return renderJourney(reply, context, 'follow-up-sign-in.njk', { values: {}, signedOut });
  });

  app.post('/follow-up', async (request, reply) => {
    const values = (request.body ?? {}) as Record<string, unknown>;
    const typed = single(values, 'receipt').slice(0, 40);
    const showError = (error: FieldError, status: number) =>
      renderJourney(
        reply,
        context,
        'follow-up-sign-in.njk',
        { values: { receipt: typed }, ...errorView([error]) },
        status,
      );
    // Every attempt counts against the global limit, right or wrong, before anything is looked up.
    if (await context.limiters.signInsPerMinute(request)) {
      return renderJourney(reply, context, 'busy.njk', { reason: 'sign-in' }, 429);
    }
    const code = normaliseReceiptCode(typed);
    if (code === undefined) {
      return showError(
        { field: 'receipt', message: 'Enter your receipt code: 16 numbers, like 1234 5678 9012 3456' },
        400,
      );
    }
    const result = await context.receiptSignIn.signIn(code);
    if (!result.ok) {
      return result.reason === 'locked'
        ? showError(
            {
              field: 'receipt',
              message: `This receipt code has been tried too many times. To keep reports safe, wait ${String(result.minutesLeft)} minutes and try again`,
            },
            429,
          )
        : showError(
            { field: 'receipt', message: 'We cannot find a report with that receipt code. Check it and try again' },
            400,
          );
    }
    // A fresh session token on sign-in, so a token set before it (session fixation) is never
    // the one that opens an inbox; a draft in progress keeps its session and its photos.
    const existing = await currentSession(request, context);
    if (existing?.state.draft) {
      existing.state.inboxReportId = result.reportId;
      await context.sessions.save(existing);
    } else {
      if (existing) await context.sessions.end(existing);
      const { token, session } = await context.sessions.start(context.channel, null);
      session.state.inboxReportId = result.reportId;
      rememberLocale(request, session);
      await context.sessions.save(session);
      setSessionCookie(reply, context, token);
    }
    return redirect(reply, `${base}/inbox`);
  });

  app.get('/follow-up/inbox', async (request, reply) => {
    const session = await currentSession(request, context);
    const reportId = session?.state.inboxReportId ?? null;
    if (!session || reportId === null) return redirect(reply, base);
    const inbox = await context.reportMessages.readInbox(reportId);
    const sent = (request.query as Record<string, unknown>).sent === '1';
    return showInbox(reply, session, inbox, { sent, values: {} }, 200);
  });

  app.post('/follow-up/inbox', async (request, reply) => {
    const values = (request.body ?? {}) as Record<string, unknown>;
    const session = await currentSession(request, context);
    const reportId = session?.state.inboxReportId ?? null;
    if (!session || reportId === null) return redirect(reply, base);
    checkCsrf(session, values);
    if (await context.limiters.inboxMessagesPerMinute(request)) {
      return renderJourney(reply, context, 'busy.njk', { reason: 'message' }, 429);
    }
    const body = single(values, 'message');
    const parsed = replySchema.safeParse(body);
    const inbox = await context.reportMessages.readInbox(reportId);
    if (!parsed.success) {
      const error = { field: 'message', message: parsed.error.issues[0]?.message ?? 'Enter a message' };
      return showInbox(reply, session, inbox, { values: { message: body }, ...errorView([error]) }, 400);
    }
    try {
      await context.reportMessages.addReporterMessage(reportId, parsed.data);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'conflict') throw error;
      const full = {
        field: 'message',
        message: 'This report cannot take any more messages. If you have more to tell us, make a new report',
      };
      return showInbox(reply, session, inbox, { values: { message: body }, ...errorView([full]) }, 400);
    }
    return redirect(reply, `${base}/inbox?sent=1`);
  });

  app.post('/follow-up/sign-out', async (request, reply) => {
    const session = await currentSession(request, context);
    if (session) {
      checkCsrf(session, (request.body ?? {}) as Record<string, unknown>);
      if (session.state.draft) {
        session.state.inboxReportId = null;
        await context.sessions.save(session);
      } else {
        await context.sessions.end(session);
        clearSessionCookie(reply, context);
      }
    }
    return redirect(reply, `${base}?signed-out=1`);
  });

  function showInbox(
    reply: FastifyReply,
    session: JourneySession,
    inbox: ReporterInbox,
    data: Record<string, unknown>,
    status: number,
  ): FastifyReply {
    const lastStaff = inbox.messages.findLastIndex((message) => message.author === 'staff');
    const lastReporter = inbox.messages.findLastIndex((message) => message.author === 'reporter');
    return renderJourney(
      reply,
      context,
      'follow-up-inbox.njk',
      {
        csrfToken: session.state.csrf,
        status: reportStatusWords[inbox.status],
        submittedOn: formatDay(inbox.submittedOn),
        messages: inbox.messages.map((message) => ({
          fromStaff: message.author === 'staff',
          body: message.body,
          sentOn: formatDay(message.sentOn),
        })),
        awaitingAnswer: lastStaff > lastReporter,
        canSendMore: inbox.canSendMore,
        ...data,
      },
      status,
    );
  }
}
