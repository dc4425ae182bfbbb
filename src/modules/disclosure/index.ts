// The disclosure module's only public face: "You said, we did" (issue 16). Ward priorities and
// monthly public releases of delayed ward totals with four eyes (ADR 0042). It owns the
// disclosure_* tables; only its *.repository.ts files query them. The public pages read
// published snapshots through createPublicDisclosureView, handed to the public listener by main.
import type { Db } from '../../platform/db/database.ts';
import type { Clock } from '../../platform/clock.ts';
import { createPriorityService } from './priority.service.ts';
import { createPublicDisclosureView } from './public-view.ts';
import { createReleaseService, type DisclosureDeps } from './release.service.ts';

export type {
  DisclosurePriorityTable,
  DisclosureReleaseFigureTable,
  DisclosureReleaseTable,
} from './disclosure.table.ts';
export { defaultDisclosureRules, type DisclosureRules } from './disclosure.ts';
export { registerDisclosureRoutes } from './disclosure.routes.ts';
export type { PublicDisclosureView } from './public-view.ts';

export function createDisclosureServices(deps: DisclosureDeps & { db: Db; clock: Clock }) {
  return {
    releases: createReleaseService(deps),
    priorities: createPriorityService(deps),
    publicView: createPublicDisclosureView({
      db: deps.db,
      clock: deps.clock,
      periodMonths: deps.rules.periodMonths,
      threshold: deps.rules.threshold,
    }),
  };
}
export type DisclosureServices = ReturnType<typeof createDisclosureServices>;
