import type { AuditActor } from '../../platform/audit/audit-event.ts';
import type { Db, DbOrTx } from '../../platform/db/database.ts';
import { isReportLanguage, type ReportChannel, type ReportLanguage, type ReportService } from '../reports/index.ts';
import { applicableAnswers, firstUnanswered, mayVisit } from './journey.ts';
import type { JourneySession, JourneySessions } from './journey-session.ts';

export type SubmitOutcome = { redirect: string } | { busy: true } | { stored: true };

/** What the route knows about the request: how to find the session, check its token and limits, and who sends. */
export type SubmitRequest = {
  /** The journey session of this request, read and locked in the given transaction. */
  readonly lockSession: (tx: DbOrTx) => Promise<JourneySession | undefined>;
  /** Throws AppError('forbidden') when the form token is wrong. */
  readonly checkFormToken: (session: JourneySession) => void;
  /** True when the sender is over the submit limit (proof of work and rate buckets). */
  readonly overSubmitLimit: (session: JourneySession) => Promise<boolean>;
  /** Who sends it: asked only once every check has passed. */
  readonly actor: () => AuditActor;
  readonly requestId?: string;
};

/**
 * Stores the session's draft as a report in one transaction. Every check runs on the session's
 * row, read and locked in the transaction that stores the report: one read instead of two, and a
 * concurrent second press waits here, then finds no draft. Nothing is written until every check
 * has passed; on any error nothing is stored and the draft stays for another try.
 */
export type DraftSubmitter = (
  mount: { readonly channel: ReportChannel; readonly prefix: string },
  request: SubmitRequest,
) => Promise<SubmitOutcome>;

/**
 * The submit service, built by the composition root with the database handle, so the journey's
 * routes receive a function and never the handle (issue 13, item 4).
 */
export function createDraftSubmitter(deps: {
  db: Db;
  sessions: JourneySessions;
  reports: ReportService;
}): DraftSubmitter {
  return (mount, request) => submitDraft(deps, mount, request);
}

async function submitDraft(
  context: { db: Db; sessions: JourneySessions; reports: ReportService },
  mount: { readonly channel: ReportChannel; readonly prefix: string },
  request: SubmitRequest,
): Promise<SubmitOutcome> {
  const prefix = mount.prefix;
  return context.db.transaction().execute(async (tx): Promise<SubmitOutcome> => {
    const locked = await request.lockSession(tx);
    if (!locked) return { redirect: `${prefix}/session-ended` };
    request.checkFormToken(locked);
    const draft = locked.state.draft;
    // A second press of the button after the report was stored lands on the receipt.
    if (!draft) return { redirect: locked.state.receipt ? `${prefix}/confirmation` : `${prefix}/session-ended` };
    if (!mayVisit('check', draft)) return { redirect: `${prefix}/${firstUnanswered(draft)}` };
    if (await request.overSubmitLimit(locked)) return { busy: true };
    const photos = await context.sessions.takePhotos(locked, tx);
    const recorded = await context.reports.recordNewReport(tx, {
      channel: mount.channel,
      answers: applicableAnswers(draft.answers),
      photos: photos.map((photo) => photo.bytes),
      photoOriginals: photos.map((photo) => photo.original),
      actor: request.actor(),
      // The journey's language, kept by its session (ADR 47): the report keeps it (ADR 0048).
      language: languageOf(locked),
      ...(request.requestId === undefined ? {} : { requestId: request.requestId }),
    });
    locked.state.draft = null;
    locked.state.receipt = recorded.receiptCode;
    await context.sessions.save(locked, tx);
    return { stored: true };
  });
}

/** The session's language when it is one a report can be written in; English otherwise. */
function languageOf(session: JourneySession): ReportLanguage {
  const locale = session.state.locale;
  return locale !== undefined && isReportLanguage(locale) ? locale : 'en';
}
