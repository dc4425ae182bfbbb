// The public report journey as the composition roots see it.
import type { Clock } from '../../platform/clock.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db } from '../../platform/db/database.ts';
import { createJourneySessions, type JourneySessionPolicy } from './journey-session.ts';
import { deriveProofOfWorkKey } from './proof-of-work.ts';
import { streetLookup } from './street-lookup.ts';

export { reportJourneyPlugin, reportJourneyViewsDir } from './report-journey.plugin.ts';
export { defaultJourneyLimits, maxFormBodyBytes, type JourneyLimits } from './limits.ts';
export { journeyCleanupJob } from './journey-cleanup.job.ts';
export type { JourneyDeps, JourneySettings } from './journey-context.ts';
export { journeyDiagram } from './journey.ts';

export function createJourneyServices(deps: {
  db: Db;
  sealer: Sealer;
  clock: Clock;
  receiptKey: Uint8Array;
  sessionPolicy?: JourneySessionPolicy;
}) {
  return {
    sessions: createJourneySessions({
      db: deps.db,
      sealer: deps.sealer,
      clock: deps.clock,
      ...(deps.sessionPolicy ? { policy: deps.sessionPolicy } : {}),
    }),
    streets: streetLookup,
    proofOfWorkKey: deriveProofOfWorkKey(deps.receiptKey),
  };
}
