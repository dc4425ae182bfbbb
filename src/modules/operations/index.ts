// The operations module's only public face: targets (nominals), s.23 warrants, arrests,
// seizures, charges and outcomes. It owns the
// ops_* tables; only its *.repository.ts files query them.
import type { FastifyInstance } from 'fastify';
import { createTargetService, type TargetDeps } from './target.service.ts';
import { registerTargetRoutes } from './target.routes.ts';
import { createWarrantService } from './warrant.service.ts';
import { registerWarrantRoutes } from './warrant.routes.ts';
import type { ScheduledJob } from '../../platform/jobs/scheduler.ts';
import type { BlindIndex } from '../../platform/crypto/blind-index.ts';
import { createArrestService } from './arrest.service.ts';
import { registerArrestRoutes } from './arrest.routes.ts';
import { createTaskingService } from './tasking.service.ts';
import { registerDisruptionRoutes, registerTaskingRoutes } from './tasking.routes.ts';
import { createDisruptionService } from './disruption.service.ts';

export type { OpsTargetHistoryTable, OpsTargetTable } from './target.table.ts';
export type { OpsArrestTable, OpsChargeTable, OpsSeizureItemTable, OpsSeizureTable } from './arrest.table.ts';
export type {
  OpsIntelligenceResultTable,
  OpsWarrantEntryTable,
  OpsWarrantIntelligenceTable,
  OpsWarrantTable,
} from './warrant.table.ts';
export type { OpsOperationMemberTable, OpsOperationTable, OpsTaskTable } from './tasking.table.ts';
export { computePriority, priorityModelVersion, type Priority, type PriorityInputs } from './target-priority.ts';
export { controlledDrugs, type ControlledDrug } from './drugs.ts';
export { createDiversionArrestPort } from './diversion-outcome.ts';
export { intelligenceIsClosed } from './traceability.service.ts';

export function createOperationsServices(deps: TargetDeps & { warrantValidityMonths: number; blindIndex: BlindIndex }) {
  return {
    targets: createTargetService(deps),
    warrants: createWarrantService(deps),
    arrests: createArrestService(deps),
    tasking: createTaskingService(deps),
    disruption: createDisruptionService(deps),
  };
}
export type OperationsServices = ReturnType<typeof createOperationsServices>;

export function registerOperationsRoutes(app: FastifyInstance, services: { operations: OperationsServices }): void {
  registerTargetRoutes(app, services.operations.targets);
  registerWarrantRoutes(app, services.operations.warrants);
  registerArrestRoutes(app, services.operations.arrests);
  registerTaskingRoutes(app, services.operations.tasking);
  registerDisruptionRoutes(app, services.operations.disruption);
}

/**
 * Every 5 minutes: every active target's stored priority recomputed from its facts (new
 * intelligence, roles, alerts, and recency by day), so the list's order follows the store (ADR 0040).
 */
export function targetPriorityJob(services: { operations: OperationsServices }): ScheduledJob {
  return {
    name: 'target-priority',
    intervalMs: 5 * 60 * 1000,
    async run() {
      await services.operations.targets.recomputeAll();
    },
  };
}

/** Hourly: issued warrants whose time ran out; one never executed becomes an alert on the warrant list. */
export function warrantExpiryJob(services: { operations: OperationsServices }): ScheduledJob {
  return {
    name: 'warrant-expiry',
    intervalMs: 60 * 60 * 1000,
    async run() {
      await services.operations.warrants.expireDue();
    },
  };
}
export { arrestsByPlace, executedWarrantsByPlace, seizuresByPlace } from './area-counts.repository.ts';
export {
  issuedWarrantPlaces,
  operationalCountsByPeriod,
  outcomeCountsByPeriod,
  seizurePlaces,
} from './operations-aggregates.repository.ts';
export { outcomeTypes } from './arrest.ts';
