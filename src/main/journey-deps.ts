import { createDraftSubmitter, type JourneyDeps } from '../modules/public-report/index.ts';
import type { Services } from './services.ts';

/**
 * The slice of the services the report journey uses, the same on both listeners (not the whole
 * object): no database handle or key reaches its route files, only functions built here.
 */
export function journeyDeps(services: Services): JourneyDeps {
  return {
    clock: services.clock,
    submitDraft: createDraftSubmitter({ db: services.db, sessions: services.sessions, reports: services.reports }),
    sessions: services.sessions,
    reports: services.reports,
    reportMessages: services.reportMessages,
    receiptSignIn: services.receiptSignIn,
    streets: services.streets,
    proofOfWorkFor: services.proofOfWorkFor,
  };
}
