// Deal lines as other modules see them (a minimal public face; more is added as needed).
export { dealLineRoleLabels, dealLineRoles, type DealLineRole, type DealLineStatus } from './deal-line.ts';
export { currentLineRolesOf } from './person-roles.repository.ts';
export { findOpenNumber as currentLineOfNumber } from './deal-line.repository.ts';
