// The operations module's only public face: targets (nominals) now; warrants, arrests and
// seizures as they are built. It owns the ops_* tables; only its *.repository.ts files query them.
import type { FastifyInstance } from 'fastify';
import { createTargetService, type TargetDeps } from './target.service.ts';
import { registerTargetRoutes } from './target.routes.ts';

export type { OpsTargetHistoryTable, OpsTargetTable } from './target.table.ts';
export { computePriority, priorityModelVersion, type Priority, type PriorityInputs } from './target-priority.ts';

export function createOperationsServices(deps: TargetDeps) {
  return { targets: createTargetService(deps) };
}
export type OperationsServices = ReturnType<typeof createOperationsServices>;

export function registerOperationsRoutes(app: FastifyInstance, services: { operations: OperationsServices }): void {
  registerTargetRoutes(app, services.operations.targets);
}
