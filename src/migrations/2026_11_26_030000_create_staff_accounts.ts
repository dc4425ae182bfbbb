import { sql, type Kysely } from 'kysely';

// Staff accounts, roles, teams, partner organisations, sessions and second factors.
// Secrets are never stored in the clear: passwords as argon2id hashes, session and setup
// tokens as SHA-256 hashes, TOTP secrets sealed with the data key (outside the database).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table partner_organisations (
      id uuid primary key default gen_random_uuid(),
      name text not null unique,
      kind text not null check (kind in (
        'childrens_social_care', 'adult_social_care', 'drug_treatment', 'housing', 'health',
        'education', 'youth_justice', 'other')),
      created_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table teams (
      id uuid primary key default gen_random_uuid(),
      name text not null unique,
      description text not null default '',
      created_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table staff_users (
      id uuid primary key default gen_random_uuid(),
      email text not null unique check (email = lower(email)),
      display_name text not null,
      status text not null default 'active' check (status in ('active', 'disabled')),
      partner_organisation_id uuid references partner_organisations (id),
      password_hash text,
      password_changed_at timestamptz,
      totp_secret bytea,
      totp_last_step bigint,
      failed_attempts integer not null default 0,
      locked_until timestamptz,
      oidc_issuer text,
      oidc_subject text,
      last_sign_in_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (oidc_issuer, oidc_subject)
    )`.execute(db);

  // A check constraint rather than free text: a typo in a role name must fail loudly.
  await sql`
    create table staff_user_roles (
      user_id uuid not null references staff_users (id) on delete cascade,
      role text not null check (role in (
        'call_handler', 'intelligence_analyst', 'intelligence_supervisor', 'officer',
        'safeguarding_lead', 'partner_agency', 'administrator')),
      primary key (user_id, role)
    )`.execute(db);

  await sql`
    create table team_members (
      team_id uuid not null references teams (id) on delete cascade,
      user_id uuid not null references staff_users (id) on delete cascade,
      primary key (team_id, user_id)
    )`.execute(db);
  await sql`create index team_members_user_idx on team_members (user_id)`.execute(db);

  // One-time links: the first administrator's setup link and each new or reset account's.
  // The pending_* columns hold what the person chose on the first page until they prove
  // their authenticator works on the second.
  await sql`
    create table account_tokens (
      id uuid primary key default gen_random_uuid(),
      token_hash text not null unique,
      purpose text not null check (purpose in ('first_administrator', 'account_setup')),
      user_id uuid references staff_users (id) on delete cascade,
      created_at timestamptz not null,
      expires_at timestamptz not null,
      used_at timestamptz,
      pending_email text,
      pending_display_name text,
      pending_password_hash text,
      pending_totp_secret bytea,
      check ((purpose = 'first_administrator') = (user_id is null))
    )`.execute(db);

  await sql`
    create table staff_sessions (
      id uuid primary key default gen_random_uuid(),
      token_hash text not null unique,
      user_id uuid not null references staff_users (id) on delete cascade,
      stage text not null check (stage in ('second_factor', 'active')),
      auth_method text not null check (auth_method in ('password', 'oidc', 'setup_link')),
      second_factor text check (second_factor in ('totp', 'webauthn')),
      created_at timestamptz not null,
      last_seen_at timestamptz not null,
      expires_at timestamptz not null,
      revoked_at timestamptz,
      revoked_reason text,
      user_agent text,
      webauthn_challenge text
    )`.execute(db);
  await sql`create index staff_sessions_user_idx on staff_sessions (user_id, created_at)`.execute(db);

  await sql`
    create table webauthn_credentials (
      id text primary key,
      user_id uuid not null references staff_users (id) on delete cascade,
      public_key bytea not null,
      sign_count bigint not null default 0,
      transports text[] not null default '{}',
      name text not null,
      created_at timestamptz not null,
      last_used_at timestamptz
    )`.execute(db);
  await sql`create index webauthn_credentials_user_idx on webauthn_credentials (user_id)`.execute(db);

  // Single sign-on round trips in flight: state, PKCE verifier and nonce, kept server-side.
  await sql`
    create table oidc_login_states (
      state_hash text primary key,
      code_verifier text not null,
      nonce text not null,
      expires_at timestamptz not null
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'oidc_login_states',
    'webauthn_credentials',
    'staff_sessions',
    'account_tokens',
    'team_members',
    'staff_user_roles',
    'staff_users',
    'teams',
    'partner_organisations',
  ]) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
}
