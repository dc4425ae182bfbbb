import type { ColumnType, Generated, Selectable } from 'kysely';

export type AccountTokenPurpose = 'first_administrator' | 'account_setup';

export type AccountTokenTable = {
  id: Generated<string>;
  token_hash: string;
  purpose: AccountTokenPurpose;
  user_id: string | null;
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
  pending_email: string | null;
  pending_display_name: string | null;
  pending_password_hash: string | null;
  pending_totp_secret: Uint8Array | null;
};

export type SessionStage = 'second_factor' | 'active';
export type AuthMethod = 'password' | 'oidc' | 'setup_link';
export type SecondFactorKind = 'totp' | 'webauthn';

export type StaffSessionTable = {
  id: Generated<string>;
  token_hash: string;
  user_id: string;
  stage: SessionStage;
  auth_method: AuthMethod;
  second_factor: SecondFactorKind | null;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  revoked_reason: string | null;
  user_agent: string | null;
  webauthn_challenge: string | null;
};

export type WebauthnCredentialTable = {
  id: string;
  user_id: string;
  public_key: Uint8Array;
  sign_count: ColumnType<string | number, string | number, string | number>;
  transports: ColumnType<string[], string[], string[]>;
  name: string;
  created_at: Date;
  last_used_at: Date | null;
};

export type OidcLoginStateTable = {
  state_hash: string;
  code_verifier: string;
  nonce: string;
  expires_at: Date;
};

export type AccountTokenRow = Selectable<AccountTokenTable>;
export type StaffSessionRow = Selectable<StaffSessionTable>;
export type WebauthnCredentialRow = Selectable<WebauthnCredentialTable>;
