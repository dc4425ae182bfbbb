import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import type { Role } from '../access/index.ts';
import type { StaffUser } from './user.ts';
import type { StaffUserRow } from './user.table.ts';

export type NewStaffUser = {
  email: string;
  displayName: string;
  partnerOrganisationId: string | null;
};

export async function insertStaffUser(db: DbOrTx, user: NewStaffUser, at: Date): Promise<string> {
  const row = await db
    .insertInto('staff_users')
    .values({
      email: user.email,
      display_name: user.displayName,
      partner_organisation_id: user.partnerOrganisationId,
      password_hash: null,
      password_changed_at: null,
      totp_secret: null,
      totp_last_step: null,
      locked_until: null,
      oidc_issuer: null,
      oidc_subject: null,
      last_sign_in_at: null,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findStaffUserRowById(db: DbOrTx, id: string): Promise<StaffUserRow | undefined> {
  return db.selectFrom('staff_users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findStaffUserRowByEmail(db: DbOrTx, email: string): Promise<StaffUserRow | undefined> {
  return db.selectFrom('staff_users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function listStaffUserRows(db: DbOrTx): Promise<StaffUserRow[]> {
  return db.selectFrom('staff_users').selectAll().orderBy('display_name').orderBy('email').execute();
}

export async function updateStaffUser(
  db: DbOrTx,
  id: string,
  patch: { displayName?: string; partnerOrganisationId?: string | null; status?: 'active' | 'disabled' },
  at: Date,
): Promise<void> {
  await db
    .updateTable('staff_users')
    .set({
      ...(patch.displayName !== undefined ? { display_name: patch.displayName } : {}),
      ...(patch.partnerOrganisationId !== undefined ? { partner_organisation_id: patch.partnerOrganisationId } : {}),
      ...(patch.status !== undefined ? { status: patch.status } : {}),
      updated_at: at,
    })
    .where('id', '=', id)
    .execute();
}

export async function findRolesOf(db: DbOrTx, userIds: readonly string[]): Promise<Map<string, Role[]>> {
  const result = new Map<string, Role[]>();
  if (userIds.length === 0) return result;
  const rows = await db
    .selectFrom('staff_user_roles')
    .select(['user_id', 'role'])
    .where('user_id', 'in', [...userIds])
    .orderBy('role')
    .execute();
  for (const row of rows) result.set(row.user_id, [...(result.get(row.user_id) ?? []), row.role]);
  return result;
}

export async function findTeamIdsOf(db: DbOrTx, userIds: readonly string[]): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (userIds.length === 0) return result;
  const rows = await db
    .selectFrom('team_members')
    .select(['user_id', 'team_id'])
    .where('user_id', 'in', [...userIds])
    .orderBy('team_id')
    .execute();
  for (const row of rows) result.set(row.user_id, [...(result.get(row.user_id) ?? []), row.team_id]);
  return result;
}

export async function replaceRoles(db: DbOrTx, userId: string, roles: readonly Role[]): Promise<void> {
  await db.deleteFrom('staff_user_roles').where('user_id', '=', userId).execute();
  if (roles.length > 0) {
    await db
      .insertInto('staff_user_roles')
      .values(roles.map((role) => ({ user_id: userId, role })))
      .execute();
  }
}

export async function replaceTeams(db: DbOrTx, userId: string, teamIds: readonly string[]): Promise<void> {
  await db.deleteFrom('team_members').where('user_id', '=', userId).execute();
  if (teamIds.length > 0) {
    await db
      .insertInto('team_members')
      .values(teamIds.map((teamId) => ({ user_id: userId, team_id: teamId })))
      .execute();
  }
}

/** Active administrators, optionally leaving one out (to ask "would any remain?"). */
export async function countActiveAdministrators(db: DbOrTx, excludingUserId?: string): Promise<number> {
  let query = db
    .selectFrom('staff_users')
    .innerJoin('staff_user_roles', 'staff_user_roles.user_id', 'staff_users.id')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('staff_user_roles.role', '=', 'administrator')
    .where('staff_users.status', '=', 'active');
  if (excludingUserId !== undefined) query = query.where('staff_users.id', '<>', excludingUserId);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Rows plus their roles and teams, as the domain type (never with credentials). */
export async function loadStaffUsers(db: DbOrTx, rows: readonly StaffUserRow[]): Promise<StaffUser[]> {
  const ids = rows.map((row) => row.id);
  const [roles, teams] = await Promise.all([findRolesOf(db, ids), findTeamIdsOf(db, ids)]);
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    status: row.status,
    roles: roles.get(row.id) ?? [],
    teamIds: teams.get(row.id) ?? [],
    partnerOrganisationId: row.partner_organisation_id,
    hasPassword: row.password_hash !== null,
    hasTotp: row.totp_secret !== null,
    lockedUntil: row.locked_until,
    lastSignInAt: row.last_sign_in_at,
    createdAt: row.created_at,
  }));
}

/**
 * The display names of the staff among the given actor ids. Actor ids are text (staff ids are
 * uuids, the system's are names), so they are compared as text.
 */
export async function displayNamesOf(db: DbOrTx, actorIds: readonly string[]): Promise<Map<string, string>> {
  if (actorIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('staff_users')
    .select(['id', 'display_name'])
    .where(sql<string>`id::text`, 'in', [...new Set(actorIds)])
    .execute();
  return new Map(rows.map((row) => [row.id, row.display_name]));
}

/** Active staff holding any of the roles, by name: whom work can be assigned to. */
export async function listActiveStaffWithRoles(
  db: DbOrTx,
  roles: readonly Role[],
): Promise<{ id: string; displayName: string }[]> {
  if (roles.length === 0) return [];
  const rows = await db
    .selectFrom('staff_users as u')
    .select(['u.id', 'u.display_name'])
    .where('u.status', '=', 'active')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('staff_user_roles as r')
          .select('r.user_id')
          .whereRef('r.user_id', '=', 'u.id')
          .where('r.role', 'in', [...roles]),
      ),
    )
    .orderBy('u.display_name')
    .orderBy('u.id')
    .execute();
  return rows.map((row) => ({ id: row.id, displayName: row.display_name }));
}

/** Staff display names by id (unknown ids are left out). */
export async function findDisplayNames(db: DbOrTx, userIds: readonly string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('staff_users')
    .select(['id', 'display_name'])
    .where('id', 'in', [...new Set(userIds)])
    .execute();
  return new Map(rows.map((row) => [row.id, row.display_name]));
}
