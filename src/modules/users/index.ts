// The users module as other modules see it: account administration, teams and partner
// organisations, and the reads sign-in needs to turn a session into an actor.
export { createTeamService, type TeamService } from './team.service.ts';
export { createUserService, type AccountLifecycle, type UserService } from './user.service.ts';
export {
  countActiveAdministrators,
  displayNamesOf,
  findRolesOf,
  findStaffUserRowByEmail,
  findStaffUserRowById,
  findDisplayNames,
  findTeamIdsOf,
  listStaffUserRows,
  listActiveStaffWithRoles,
  insertStaffUser,
  replaceRoles,
} from './user.repository.ts';
export {
  checkRoleCombination,
  normaliseEmail,
  partnerOrganisationKinds,
  type PartnerOrganisation,
  type StaffUser,
  type Team,
} from './user.ts';
export type { StaffUserRow } from './user.table.ts';
export {
  advanceTotpStep,
  clearPasswordAndTotp,
  findUserIdByOidcIdentity,
  incrementFailedAttempts,
  linkOidcIdentity,
  lockAccount,
  recordSuccessfulSignIn,
  setPasswordAndTotp,
} from './credential.repository.ts';
export { findPartnerOrganisationById, findTeamById, listPartnerOrganisations, listTeams } from './team.repository.ts';
export { registerTeamRoutes } from './team.routes.ts';
export { registerUserRoutes } from './user.routes.ts';
