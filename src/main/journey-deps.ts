import type { JourneyDeps } from '../modules/public-report/index.ts';
import type { Services } from './services.ts';

/** The slice of the services the report journey uses, the same on both listeners (not the whole object). */
export function journeyDeps(services: Services): JourneyDeps {
  return {
    db: services.db,
    clock: services.clock,
    sessions: services.sessions,
    reports: services.reports,
    reportMessages: services.reportMessages,
    receiptSignIn: services.receiptSignIn,
    streets: services.streets,
    proofOfWorkKey: services.proofOfWorkKey,
  };
}
