// The casework module's only public face: safeguarding cases for a child or a vulnerable adult,
// their statutory clocks (computed, never stored), strategy discussions and actions. It owns the
// casework_* tables; only casework.repository.ts queries them (ADR 0036).
import type { FastifyInstance } from 'fastify';
import { registerCaseworkRoutes } from './casework.routes.ts';
import type { CaseworkDeps } from './casework-context.ts';
import { createCaseworkService } from './casework.service.ts';
import { createCaseDiscussionService } from './discussion.service.ts';
import { registerCuckooedRoutes } from './cuckooed.routes.ts';
import { createCuckooedService } from './cuckooed.service.ts';
import { registerPartnerTaskRoutes } from './partner-task.routes.ts';
import { createPartnerTaskService } from './partner-task.service.ts';
import { createScreeningNrmService } from './screening-nrm.service.ts';
import { loadEnglandAndWalesCalendar } from './working-days.ts';

export type {
  CaseworkActionTable,
  CaseworkCaseTable,
  CaseworkConcernTable,
  CaseworkNrmReferralTable,
  CaseworkScreeningTable,
  CaseworkStrategyDiscussionTable,
} from './casework.table.ts';
export type {
  CaseworkCaseLineTable,
  CaseworkCuckooedActionTable,
  CaseworkCuckooedAddressTable,
} from './cuckooed.table.ts';
export type {
  CaseworkPartnerTaskNoteTable,
  CaseworkPartnerTaskTable,
  CaseworkSharingAgreementTable,
} from './partner-task.table.ts';
export { safeguardingMeasuresOfLines } from './cuckooed.service.ts';
export { computeClocks, type Clock as CaseClock, type ClockPolicy } from './clocks.ts';
export {
  addWorkingDays,
  calendarOf,
  loadEnglandAndWalesCalendar,
  workingDaysBetween,
  type WorkingCalendar,
} from './working-days.ts';
export { agencies, referralDecisions } from './case.ts';

export function createCaseworkServices(deps: Omit<CaseworkDeps, 'calendar'> & { calendar?: CaseworkDeps['calendar'] }) {
  const full: CaseworkDeps = { ...deps, calendar: deps.calendar ?? loadEnglandAndWalesCalendar() };
  return {
    cases: createCaseworkService(full),
    discussions: createCaseDiscussionService(full),
    screeningNrm: createScreeningNrmService(full),
    cuckooed: createCuckooedService(full),
    partnerTasks: createPartnerTaskService(full),
  };
}
export type CaseworkServices = ReturnType<typeof createCaseworkServices>;

export function registerCaseworkModuleRoutes(app: FastifyInstance, services: { casework: CaseworkServices }): void {
  registerCaseworkRoutes(app, services.casework);
  registerCuckooedRoutes(app, services.casework.cuckooed);
  registerPartnerTaskRoutes(app, services.casework.partnerTasks);
}
