// What other capabilities use to check access and record it. (Existing imports of the files
// themselves keep working; new code can import from here.)
export {
  auditActorOf,
  auditEventBy,
  buildActor,
  can,
  commandLineActor,
  requirePermission,
  requireReason,
  organisationKindAllows,
  scopeToOrganisationKind,
  type StaffActor,
} from './actor.ts';
export {
  checkDisseminationDraft,
  handlingCodes,
  isActive,
  type Dissemination,
  type DisseminationDraft,
  type DisseminationRecipient,
  type HandlingCode,
  type RecordRef,
  type SharedRecord,
} from './dissemination.ts';
export { findDisseminationsOf } from './dissemination.repository.ts';
export type { DisseminationService } from './dissemination.service.ts';
export {
  canReadRecord,
  decideRecordAccess,
  requireReadableRecord,
  requireSensitiveAccess,
  type AccessDecision,
  type RecordAccessFacts,
} from './record-access.policy.ts';
export { actorOf } from './request-actor.ts';
export { permissions, roleLabels, roles, type Permission, type Role } from './roles.ts';
export { registerDisseminationRoutes } from './dissemination.routes.ts';
export { createDisseminationService } from './dissemination.service.ts';
export { rolePermissions } from './roles.ts';
