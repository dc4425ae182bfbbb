// The casework module's only public face: safeguarding cases for a child or a vulnerable adult,
// their statutory clocks (computed, never stored), strategy discussions and actions. It owns the
// casework_* tables; only casework.repository.ts queries them (ADR 0036).
import type { FastifyInstance } from 'fastify';
import { registerCaseworkRoutes } from './casework.routes.ts';
import type { CaseworkDeps } from './casework-context.ts';
import { createCaseworkService } from './casework.service.ts';
import { createCaseDiscussionService } from './discussion.service.ts';
import { registerCuckooedRoutes } from './cuckooed.routes.ts';
import { createCaseLineService } from './case-line.service.ts';
import { createCuckooedService } from './cuckooed.service.ts';
import { registerPartnerTaskRoutes } from './partner-task.routes.ts';
import { createPartnerTaskService } from './partner-task.service.ts';
import { createSharingAgreementService } from './sharing-agreement.service.ts';
import { registerS42Routes } from './s42.routes.ts';
import { createS42Service } from './s42.service.ts';
import { registerContextRoutes } from './context.routes.ts';
import { createContextService } from './context.service.ts';
import { createScreeningNrmService } from './screening-nrm.service.ts';
import { loadEnglandAndWalesCalendar } from './working-days.ts';
import { createTreatmentService, type ArrestPort } from './treatment.service.ts';
import { registerTreatmentRoutes } from './treatment.routes.ts';
import { defaultDiversionRules, type DiversionRules } from './treatment.ts';
import { createCaseworkFiguresService } from './casework-figures.service.ts';

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
export type { CaseworkS42EnquiryTable } from './s42.table.ts';
export type { CaseworkContextInterventionTable, CaseworkContextTable } from './context.table.ts';
export { safeguardingMeasuresOfLines } from './case-line.service.ts';
export type {
  CaseworkDiversionTable,
  CaseworkTreatmentOutcomeTable,
  CaseworkTreatmentReferralTable,
} from './treatment.table.ts';
export { openCaseFromOperations, type CaseIntakeDeps, type OperationalConcern } from './intake.ts';
export type { ArrestPort } from './treatment.service.ts';
export {
  defaultDiversionRules,
  drugClasses,
  type ArrestForDiversion,
  type DiversionRules,
  type DrugClass,
} from './treatment.ts';
export { computeClocks, type Clock as CaseClock, type ClockPolicy } from './clocks.ts';
export {
  addWorkingDays,
  calendarOf,
  loadEnglandAndWalesCalendar,
  workingDaysBetween,
  type WorkingCalendar,
} from './working-days.ts';
export { agencies, referralDecisions } from './case.ts';

/** Without operations composed in (tests of casework alone), no arrest is known. */
const noArrests: ArrestPort = {
  forDiversion: () => Promise.resolve(null),
  recordOutcome22: () => Promise.reject(new Error('No operations module composed in')),
};

export function createCaseworkServices(
  deps: Omit<CaseworkDeps, 'calendar'> & {
    calendar?: CaseworkDeps['calendar'];
    diversionRules?: DiversionRules;
    arrests?: ArrestPort;
  },
) {
  const full: CaseworkDeps = { ...deps, calendar: deps.calendar ?? loadEnglandAndWalesCalendar() };
  return {
    cases: createCaseworkService(full),
    discussions: createCaseDiscussionService(full),
    screeningNrm: createScreeningNrmService(full),
    treatment: createTreatmentService({
      ...full,
      diversionRules: deps.diversionRules ?? defaultDiversionRules,
      arrests: deps.arrests ?? noArrests,
    }),
    cuckooed: createCuckooedService(full),
    caseLines: createCaseLineService(full),
    partnerTasks: createPartnerTaskService(full),
    sharingAgreements: createSharingAgreementService(full),
    s42: createS42Service(full),
    contexts: createContextService(full),
    figures: createCaseworkFiguresService(full),
  };
}
export type CaseworkServices = ReturnType<typeof createCaseworkServices>;

export function registerCaseworkModuleRoutes(app: FastifyInstance, services: { casework: CaseworkServices }): void {
  registerCaseworkRoutes(app, services.casework);
  registerTreatmentRoutes(app, services.casework.treatment);
  registerCuckooedRoutes(app, services.casework.cuckooed, services.casework.caseLines);
  registerPartnerTaskRoutes(app, services.casework.partnerTasks, services.casework.sharingAgreements);
  registerS42Routes(app, services.casework.s42);
  registerContextRoutes(app, services.casework.contexts);
}
export { casesOpenedWithSourceReport, closedAddressPlaces } from './area-counts.ts';
