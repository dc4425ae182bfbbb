import type { Services } from '../../main/services.ts';
import { createCaseworkServices, type CaseworkServices } from '../../modules/casework/index.ts';
import {
  createDiversionArrestPort,
  createOperationsServices,
  type OperationsServices,
} from '../../modules/operations/index.ts';

/** The demo casework's days: each step runs on its own day, `days` before now (at `hour` UTC). */
export type DemoCaseworkDays = {
  at: (days: number, hour?: number) => Date;
  day: (days: number) => string;
  casework: (days: number, hour?: number) => CaseworkServices;
  operations: (days: number, hour?: number) => OperationsServices;
};

const dayMs = 86_400_000;

export function demoCaseworkDays(services: Services): DemoCaseworkDays {
  const now = services.clock.now().getTime();
  const at = (days: number, hour = 10) => {
    const d = new Date(now - days * dayMs);
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), hour));
  };
  const day = (days: number) => at(days).toISOString().slice(0, 10);
  const clockAt = (days: number, hour = 10) => ({ now: () => at(days, hour) });
  const casework = (days: number, hour = 10): CaseworkServices => {
    const clock = clockAt(days, hour);
    return createCaseworkServices({
      ...services,
      clock,
      policy: { strategyDiscussionHours: services.config.strategyDiscussionHours },
      diversionRules: services.config.diversion,
      arrests: createDiversionArrestPort({ ...services, clock }),
    });
  };
  const operations = (days: number, hour = 10): OperationsServices =>
    createOperationsServices({
      ...services,
      clock: clockAt(days, hour),
      warrantValidityMonths: services.config.warrantValidityMonths,
    });
  return { at, day, casework, operations };
}
