// The public report journey as the composition roots see it.
import type { Clock } from '../../platform/clock.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db } from '../../platform/db/database.ts';
import { createJourneySessions, type JourneySessionPolicy } from './journey-session.ts';
import { createProofOfWork, deriveProofOfWorkKey } from './proof-of-work.ts';
import { streetLookup } from './street-lookup.ts';

export { reportJourneyPlugin, reportJourneyViewsDir } from './report-journey.plugin.ts';
export { defaultJourneyLimits, maxFormBodyBytes, type JourneyLimits } from './limits.ts';
export { journeyCleanupJob } from './journey-cleanup.job.ts';
export type { JourneyDeps, JourneySettings } from './journey-context.ts';
export { journeyDiagram } from './journey.ts';

export { createDraftSubmitter } from './submit.service.ts';

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
    proofOfWorkFor: proofOfWorkFactory(deriveProofOfWorkKey(deps.receiptKey), deps.clock),
  };
}

/** Signs and checks puzzles of a given difficulty; the key stays in here, never in a route file. */
function proofOfWorkFactory(key: Uint8Array, clock: Clock) {
  return (bits: number) => createProofOfWork({ key, clock, bits });
}
