// Names for the shapes the staff API answers with, taken from the generated contract
// (schema.d.ts): nothing here is written by hand, so a changed answer fails the typecheck.
import type { Got, ResponseOf } from './client.ts';

export type Me = Got<'/api/account'>;
export type RoleRef = Me['roles'][number];
export type SessionState = Got<'/api/auth/session'>;
export type StaffUser = Got<'/api/admin/users/{id}'>;
export type Team = Got<'/api/admin/teams'>[number];
export type PartnerOrganisation = Got<'/api/admin/partner-organisations'>[number];
export type RoleCatalogue = Got<'/api/admin/roles'>;
export type Session = Got<'/api/account/sessions'>[number];
export type AuditEvent = Got<'/api/audit/events'>[number];
export type Enrolment = ResponseOf<'/api/setup/start', 'post'>;
