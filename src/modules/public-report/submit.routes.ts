import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../platform/http/app-errors.ts';
import { formatReceiptCode } from '../reports/index.ts';
import { defaultLocale, translate, withLang } from '../public-site/index.ts';
import {
  journeyLocale,
  actorFor,
  checkCsrf,
  clearSessionCookie,
  currentSession,
  errorView,
  redirect,
  renderJourney,
  type JourneyContext,
} from './journey-context.ts';
import { applicablePages, firstUnanswered, mayVisit, previousPage } from './journey.ts';
import { pageDefinitions } from './pages/index.ts';
import type { SubmitOutcome } from './submit.service.ts';

export const receiptFileName = 'receipt-code.txt';
export const savedReceiptMissing = 'Confirm that you have saved your receipt code, or written it down';

/** The downloadable receipt: the code, where to use it, and how to keep it safe, in the page's language. */
export function receiptFile(code: string, followUpUrl: string, locale = defaultLocale): string {
  const line = (key: string, values: Record<string, string> = {}) =>
    translate(locale, `journey.receiptFile.${key}`, values);
  return [
    line('title'),
    '',
    line('code', { code }),
    '',
    line('useAt', { url: followUpUrl }),
    line('useFor'),
    '',
    line('private'),
    line('cannotRecover1'),
    line('cannotRecover2'),
    '',
  ].join('\r\n');
}

// Check your answers, sending, and the receipt. The confirmation is only ever shown after
// the transaction that stores the report has committed; if it fails, the draft is still
// there and the reporter is told to try again.
export function registerSubmitRoutes(app: FastifyInstance, context: JourneyContext): void {
  const { prefix } = context;

  app.get('/check', async (request, reply) => {
    const session = await currentSession(request, context);
    const draft = session?.state.draft;
    if (!session || !draft) {
      return redirect(reply, session?.state.receipt ? `${prefix}/confirmation` : `${prefix}/session-ended`);
    }
    if (!mayVisit('check', draft)) return redirect(reply, `${prefix}/${firstUnanswered(draft)}`);
    const photos = await context.sessions.photoSlots(session);
    const rows = applicablePages(draft.answers).flatMap((page) => {
      const state = draft.answers[page];
      if (state === undefined) return [];
      const summary = pageDefinitions[page].summarise(state as never);
      const withPhotos =
        page === 'anything-else'
          ? [
              ...summary,
              { key: 'Photos', lines: [photos.length === 0 ? 'No photos' : `${String(photos.length)} photo(s) added`] },
            ]
          : summary;
      return withPhotos.map((row) => ({ ...row, href: `${prefix}/${page}?change=1` }));
    });
    const previous = previousPage('check', draft.answers);
    return renderJourney(reply, context, 'check.njk', {
      rows,
      csrfToken: session.state.csrf,
      backLink: previous === undefined ? prefix : `${prefix}/${previous}`,
      // The public site asks JavaScript to prove some work before sending; staff do not.
      challenge: context.authorise ? undefined : context.proofOfWork.issue(session.idHash.toString('hex')),
      powBits: context.proofOfWork.bits,
    });
  });

  app.post('/check', async (request, reply) => {
    const values = (request.body ?? {}) as Record<string, unknown>;
    let outcome: SubmitOutcome;
    try {
      outcome = await context.submitDraft(context, {
        lockSession: (tx) => currentSession(request, context, tx),
        checkFormToken: (session) => {
          checkCsrf(session, values);
        },
        overSubmitLimit: (session) => overSubmitLimit(request, values, session.idHash.toString('hex')),
        actor: () => actorFor(request, context),
        ...(context.authorise ? { requestId: request.id } : {}),
      });
    } catch (error) {
      // A refused form token or a missing permission is the error handler's to answer.
      if (error instanceof AppError) throw error;
      // Only the fact of the failure is logged: no answers, no ids.
      request.log.error({ err: { message: (error as Error).message } }, 'storing a report failed');
      return renderJourney(reply, context, 'submit-failed.njk', {}, 500);
    }
    if ('redirect' in outcome) return redirect(reply, outcome.redirect);
    if ('busy' in outcome) return renderJourney(reply, context, 'busy.njk', { reason: 'submit' }, 429);
    return redirect(reply, `${prefix}/confirmation`);
  });

  app.get('/confirmation', async (request, reply) => {
    const session = await currentSession(request, context);
    const receipt = session?.state.receipt;
    if (!session || receipt === null || receipt === undefined) return redirect(reply, prefix);
    return renderJourney(reply.header('cache-control', 'no-store'), context, 'confirmation.njk', {
      receipt: formatReceiptCode(receipt),
      csrfToken: session.state.csrf,
    });
  });

  // The receipt as a small text file: the code and where to use it, nothing else. Never cached,
  // never logged (the public journey writes no request logs, and the code is not in the URL).
  if (context.followUp) {
    app.get('/confirmation/receipt', async (request, reply) => {
      const session = await currentSession(request, context);
      const receipt = session?.state.receipt;
      if (!session || receipt === null || receipt === undefined) return redirect(reply, prefix);
      return reply
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="${receiptFileName}"`)
        .type('text/plain; charset=utf-8')
        .send(
          receiptFile(
            formatReceiptCode(receipt),
            withLang(`${context.publicBaseUrl ?? ''}${prefix}/follow-up`, journeyLocale(reply)),
            journeyLocale(reply),
          ),
        );
    });
  }

  // Finishing forgets the receipt and the session: nothing is left in the browser or here. On
  // the public site the reporter must first confirm they have saved the receipt.
  app.post('/finish', async (request, reply) => {
    const session = await currentSession(request, context);
    if (session) {
      const values = (request.body ?? {}) as Record<string, unknown>;
      checkCsrf(session, values);
      const receipt = session.state.receipt;
      if (!context.authorise && receipt !== null && values.savedReceipt !== 'yes') {
        return renderJourney(
          reply.header('cache-control', 'no-store'),
          context,
          'confirmation.njk',
          {
            receipt: formatReceiptCode(receipt),
            csrfToken: session.state.csrf,
            ...errorView([{ field: 'savedReceipt', message: savedReceiptMissing }]),
          },
          400,
        );
      }
      await context.sessions.end(session);
    }
    clearSessionCookie(reply, context);
    return redirect(reply, context.authorise ? prefix : `${prefix}/finished`);
  });

  /**
   * A web report goes into the proof-of-work bucket or the stricter no-JavaScript one. Each
   * mount has its own limiters, so phone reports keyed by staff have buckets of their own.
   */
  async function overSubmitLimit(
    request: FastifyRequest,
    values: Record<string, unknown>,
    binding: string,
  ): Promise<boolean> {
    const challenge = values.powChallenge;
    const solution = values.powSolution;
    const solved =
      typeof challenge === 'string' &&
      typeof solution === 'string' &&
      context.proofOfWork.verify(challenge, solution, binding);
    const limiter = solved ? context.limiters.submitsWithProofPerMinute : context.limiters.submitsWithoutProofPerMinute;
    return limiter(request);
  }
}
