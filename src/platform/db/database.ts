import type { Kysely, Transaction } from 'kysely';
import type { DisseminationTable } from '../../modules/access/dissemination.table.ts';
import type {
  AccountTokenTable,
  OidcLoginStateTable,
  StaffSessionTable,
  WebauthnCredentialTable,
} from '../../modules/auth/auth.table.ts';
import type {
  PartnerOrganisationTable,
  StaffUserRoleTable,
  StaffUserTable,
  TeamMemberTable,
  TeamTable,
} from '../../modules/users/user.table.ts';
import type { AuditChainHeadTable, AuditEventTable } from '../audit/audit.table.ts';

// The whole schema as Kysely sees it. Each capability declares its own tables in a
// `*.table.ts` file next to its code; this interface only composes them.
export type Database = {
  audit_events: AuditEventTable;
  audit_chain_head: AuditChainHeadTable;
  // Staff accounts and access (issue 4)
  partner_organisations: PartnerOrganisationTable;
  teams: TeamTable;
  staff_users: StaffUserTable;
  staff_user_roles: StaffUserRoleTable;
  team_members: TeamMemberTable;
  account_tokens: AccountTokenTable;
  staff_sessions: StaffSessionTable;
  webauthn_credentials: WebauthnCredentialTable;
  oidc_login_states: OidcLoginStateTable;
  disseminations: DisseminationTable;
};

export type Db = Kysely<Database>;
/** A database handle or an open transaction: repositories accept either. */
export type DbOrTx = Kysely<Database> | Transaction<Database>;
export type Engine = 'pglite' | 'postgresql';
