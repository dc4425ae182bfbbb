import { sql } from 'kysely';
import type { Db } from './database.ts';

const roleName = /^[a-z_][a-z0-9_]{0,62}$/;

export class AppRoleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AppRoleError';
  }
}

/**
 * Least privilege for the role the application connects as (PostgreSQL only): it may read
 * and write its tables, but on the audit trail only SELECT and INSERT, on the chain head
 * only SELECT and UPDATE (a trigger lets it move only forward), and on the migration
 * tables only SELECT. Not owning any table, it cannot disable or drop the triggers either.
 * Run it as the owner after every `linebreak migrate`; default privileges cover tables
 * created later meanwhile.
 */
export async function grantAppRole(db: Db, role: string): Promise<void> {
  if (!roleName.test(role)) throw new AppRoleError(`"${role}" is not a plain PostgreSQL role name`);
  const found = await sql<{ rolsuper: boolean; owns: boolean }>`
    select r.rolsuper,
           exists (select 1 from pg_tables t where t.schemaname = 'public' and t.tableowner = r.rolname) as owns
    from pg_roles r where r.rolname = ${role}`.execute(db);
  const row = found.rows[0];
  if (!row) throw new AppRoleError(`Role "${role}" does not exist: CREATE ROLE ${role} LOGIN PASSWORD '…' first`);
  if (row.rolsuper) throw new AppRoleError(`Role "${role}" is a superuser: the application must not connect as one`);
  if (row.owns) throw new AppRoleError(`Role "${role}" owns tables: use a separate role for the application`);
  const target = sql.id(role);
  await db.transaction().execute(async (tx) => {
    const database = await sql<{ name: string }>`select current_database() as name`.execute(tx);
    await sql`grant connect on database ${sql.id(database.rows[0]?.name ?? '')} to ${target}`.execute(tx);
    await sql`grant usage on schema public to ${target}`.execute(tx);
    await sql`grant select, insert, update, delete on all tables in schema public to ${target}`.execute(tx);
    await sql`grant usage, select on all sequences in schema public to ${target}`.execute(tx);
    // The triage statements kept as functions (ADR 0058); they run with the caller's privileges.
    await sql`grant execute on all functions in schema public to ${target}`.execute(tx);
    await sql`alter default privileges in schema public grant select, insert, update, delete on tables to ${target}`.execute(
      tx,
    );
    await sql`revoke update, delete, truncate, references, trigger on audit_events from ${target}`.execute(tx);
    await sql`revoke insert, delete, truncate, references, trigger on audit_chain_head from ${target}`.execute(tx);
    await sql`revoke insert, update, delete, truncate on kysely_migration, kysely_migration_lock from ${target}`.execute(
      tx,
    );
  });
}
