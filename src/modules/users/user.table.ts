import type { ColumnType, Generated, Selectable } from 'kysely';
import type { Role } from '../access/index.ts';
import type { PartnerOrganisationKind } from './user.ts';

export type PartnerOrganisationTable = {
  id: Generated<string>;
  name: string;
  kind: PartnerOrganisationKind;
  created_at: Generated<Date>;
};

export type TeamTable = {
  id: Generated<string>;
  name: string;
  description: Generated<string>;
  created_at: Generated<Date>;
};

export type StaffUserTable = {
  id: Generated<string>;
  email: string;
  display_name: string;
  status: Generated<'active' | 'disabled'>;
  partner_organisation_id: string | null;
  password_hash: string | null;
  password_changed_at: Date | null;
  /** Sealed with the data key, bound to "staff_user:<id>:totp". */
  totp_secret: Uint8Array | null;
  // bigint: a string from node-postgres, a number from PGlite.
  totp_last_step: ColumnType<string | number | null, string | number | null, string | number | null>;
  failed_attempts: Generated<number>;
  locked_until: Date | null;
  oidc_issuer: string | null;
  oidc_subject: string | null;
  last_sign_in_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
};

export type StaffUserRoleTable = { user_id: string; role: Role };
export type TeamMemberTable = { team_id: string; user_id: string };

export type StaffUserRow = Selectable<StaffUserTable>;
export type TeamRow = Selectable<TeamTable>;
export type PartnerOrganisationRow = Selectable<PartnerOrganisationTable>;
