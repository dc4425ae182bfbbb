// The deal-lines module's public face: other modules import from here only.
export { createDealLineMembersService } from './deal-line-members.service.ts';
export { createDealLineProfileService } from './deal-line-profile.service.ts';
export { registerDealLineRoutes } from './deal-line.routes.ts';
export { createDealLineService } from './deal-line.service.ts';
export {
  dealLineRoleLabels,
  dealLineRoles,
  dealLineStatuses,
  type DealLineRole,
  type DealLineStatus,
} from './deal-line.ts';
export { currentLineRolesOf } from './person-roles.repository.ts';
export {
  dealLinesByIds,
  dealLinesOfPhones,
  findDealLine,
  findOpenNumber as currentLineOfNumber,
  lineNumberRows,
  listDealLines,
} from './deal-line.repository.ts';
export { personIdsOfLine, recordLineDisruption, statusHistoryWithEvidence } from './deal-line-disruption.repository.ts';
export { canRecordDisruption } from './deal-line.ts';
export { alertsWithDealLines, detachSamplesFromReport } from './deal-line-erasure.repository.ts';
export { disruptionsByPeriod, lineCountsByStatus } from './deal-line-aggregates.repository.ts';
