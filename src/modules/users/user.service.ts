import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db, DbOrTx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import {
  auditEventBy,
  permissions,
  requirePermission,
  type Role,
  roleLabels,
  rolePermissions,
  roles,
  type StaffActor,
} from '../access/index.ts';
import { countTeamsWithIds, findPartnerOrganisationById } from './team.repository.ts';
import { checkRoleCombination, normaliseEmail, type StaffUser } from './user.ts';
import {
  countActiveAdministrators,
  findStaffUserRowByEmail,
  findStaffUserRowById,
  insertStaffUser,
  listStaffUserRows,
  loadStaffUsers,
  replaceRoles,
  replaceTeams,
  updateStaffUser,
} from './user.repository.ts';

/** What account administration needs from sign-in (wired in main/services.ts, so users never imports auth). */
export type AccountLifecycle = {
  /** A one-time link with which the user sets a password and enrols a second factor. */
  issueSetupLink(tx: DbOrTx, userId: string): Promise<string>;
  /** Forgets the password and second factors, so only a new setup link lets the person in. */
  clearCredentials(tx: DbOrTx, userId: string): Promise<void>;
  revokeAllSessions(tx: DbOrTx, userId: string, reason: string): Promise<number>;
};

export type NewUserInput = {
  email: string;
  displayName: string;
  roles: readonly Role[];
  teamIds?: readonly string[];
  partnerOrganisationId?: string | null;
};

export type UserPatch = {
  displayName?: string;
  roles?: readonly Role[];
  teamIds?: readonly string[];
  partnerOrganisationId?: string | null;
};

export type UserService = ReturnType<typeof createUserService>;

// Account administration. Every method takes the acting administrator first and checks
// `user.manage` itself; every change is audited in the transaction that makes it.
export function createUserService(deps: { db: Db; audit: AuditTrail; clock: Clock; accounts: AccountLifecycle }) {
  const { db, audit, clock, accounts } = deps;

  async function loadUser(tx: DbOrTx, id: string): Promise<StaffUser> {
    const row = await findStaffUserRowById(tx, id);
    if (!row) throw new AppError('not_found_or_no_access');
    const [user] = await loadStaffUsers(tx, [row]);
    if (!user) throw new AppError('not_found_or_no_access');
    return user;
  }

  async function checkMembership(
    tx: DbOrTx,
    roles: readonly Role[],
    teamIds: readonly string[],
    partnerOrganisationId: string | null,
  ): Promise<void> {
    const problems = checkRoleCombination(roles, partnerOrganisationId);
    if (partnerOrganisationId !== null && !(await findPartnerOrganisationById(tx, partnerOrganisationId))) {
      problems.push({ field: 'partnerOrganisationId', message: 'No such partner organisation' });
    }
    const unique = [...new Set(teamIds)];
    if ((await countTeamsWithIds(tx, unique)) !== unique.length) {
      problems.push({ field: 'teamIds', message: 'One of the teams does not exist' });
    }
    if (problems.length > 0) throw new AppError('validation_failed', undefined, problems);
  }

  async function refuseLosingLastAdministrator(tx: DbOrTx, user: StaffUser): Promise<void> {
    if (user.roles.includes('administrator') && (await countActiveAdministrators(tx, user.id)) === 0) {
      throw new AppError('conflict', 'This is the last active administrator: add another one first');
    }
  }

  return {
    async listUsers(actor: StaffActor): Promise<StaffUser[]> {
      requirePermission(actor, 'user.manage');
      return loadStaffUsers(db, await listStaffUserRows(db));
    },

    /** Roles and what each may do, for the administration screens. */
    roleCatalogue(actor: StaffActor) {
      requirePermission(actor, 'user.manage');
      return {
        roles: roles.map((role) => ({ role, label: roleLabels[role], permissions: rolePermissions[role] })),
        permissions,
      };
    },

    async getUser(actor: StaffActor, id: string): Promise<StaffUser> {
      requirePermission(actor, 'user.manage');
      return loadUser(db, id);
    },

    /** Finds an account by email or id (the command line names people by email). */
    async findUser(actor: StaffActor, emailOrId: string): Promise<StaffUser> {
      requirePermission(actor, 'user.manage');
      const row = emailOrId.includes('@')
        ? await findStaffUserRowByEmail(db, normaliseEmail(emailOrId))
        : await findStaffUserRowById(db, emailOrId);
      if (!row) throw new AppError('not_found_or_no_access', `No account ${emailOrId}`);
      return loadUser(db, row.id);
    },

    async createUser(actor: StaffActor, input: NewUserInput): Promise<{ user: StaffUser; setupLink: string }> {
      requirePermission(actor, 'user.manage');
      const email = normaliseEmail(input.email);
      const teamIds = [...new Set(input.teamIds ?? [])];
      const partnerOrganisationId = input.partnerOrganisationId ?? null;
      const roles = [...new Set(input.roles)];
      return db.transaction().execute(async (tx) => {
        await checkMembership(tx, roles, teamIds, partnerOrganisationId);
        if (await findStaffUserRowByEmail(tx, email)) {
          throw new AppError('conflict', 'An account with this email address already exists');
        }
        const id = await insertStaffUser(
          tx,
          { email, displayName: input.displayName.trim(), partnerOrganisationId },
          clock.now(),
        );
        await replaceRoles(tx, id, roles);
        await replaceTeams(tx, id, teamIds);
        const setupLink = await accounts.issueSetupLink(tx, id);
        await audit.record(
          tx,
          auditEventBy(actor, 'user.create', {
            subject: { type: 'staff_user', id },
            details: { email, roles, teamIds, partnerOrganisationId },
          }),
        );
        return { user: await loadUser(tx, id), setupLink };
      });
    },

    async updateUser(actor: StaffActor, id: string, patch: UserPatch): Promise<StaffUser> {
      requirePermission(actor, 'user.manage');
      return db.transaction().execute(async (tx) => {
        const before = await loadUser(tx, id);
        const roles = patch.roles ? [...new Set(patch.roles)] : before.roles;
        const teamIds = patch.teamIds ? [...new Set(patch.teamIds)] : before.teamIds;
        const partnerOrganisationId =
          patch.partnerOrganisationId !== undefined ? patch.partnerOrganisationId : before.partnerOrganisationId;
        await checkMembership(tx, roles, teamIds, partnerOrganisationId);
        if (before.roles.includes('administrator') && !roles.includes('administrator')) {
          await refuseLosingLastAdministrator(tx, before);
        }
        const displayName = patch.displayName?.trim() ?? before.displayName;
        await updateStaffUser(tx, id, { displayName, partnerOrganisationId }, clock.now());
        await replaceRoles(tx, id, roles);
        await replaceTeams(tx, id, teamIds);
        const changes = changedFields(before, { displayName, roles, teamIds, partnerOrganisationId });
        const subject = { type: 'staff_user', id };
        if (Object.keys(changes).length > 0) {
          await audit.record(tx, auditEventBy(actor, 'user.update', { subject, details: { changes } }));
        }
        if ('roles' in changes) {
          await audit.record(
            tx,
            auditEventBy(actor, 'user.roles_change', { subject, details: { from: before.roles, to: roles } }),
          );
        }
        return loadUser(tx, id);
      });
    },

    async disableUser(actor: StaffActor, id: string): Promise<StaffUser> {
      requirePermission(actor, 'user.manage');
      if (id === actor.userId) throw new AppError('conflict', 'You cannot disable your own account');
      return db.transaction().execute(async (tx) => {
        const user = await loadUser(tx, id);
        await refuseLosingLastAdministrator(tx, user);
        await updateStaffUser(tx, id, { status: 'disabled' }, clock.now());
        const revoked = await accounts.revokeAllSessions(tx, id, 'account disabled');
        await audit.record(
          tx,
          auditEventBy(actor, 'user.disable', { subject: { type: 'staff_user', id }, details: { revoked } }),
        );
        return loadUser(tx, id);
      });
    },

    async enableUser(actor: StaffActor, id: string): Promise<StaffUser> {
      requirePermission(actor, 'user.manage');
      return db.transaction().execute(async (tx) => {
        await loadUser(tx, id);
        await updateStaffUser(tx, id, { status: 'active' }, clock.now());
        await audit.record(tx, auditEventBy(actor, 'user.enable', { subject: { type: 'staff_user', id } }));
        return loadUser(tx, id);
      });
    },

    /** Forgets the password and second factors, signs the person out everywhere and issues a new setup link. */
    async resetUser(actor: StaffActor, id: string): Promise<{ user: StaffUser; setupLink: string }> {
      requirePermission(actor, 'user.manage');
      return db.transaction().execute(async (tx) => {
        await loadUser(tx, id);
        await accounts.clearCredentials(tx, id);
        const revoked = await accounts.revokeAllSessions(tx, id, 'account reset');
        const setupLink = await accounts.issueSetupLink(tx, id);
        await audit.record(
          tx,
          auditEventBy(actor, 'user.reset', { subject: { type: 'staff_user', id }, details: { revoked } }),
        );
        return { user: await loadUser(tx, id), setupLink };
      });
    },
  };
}

function changedFields(
  before: StaffUser,
  after: {
    displayName: string;
    roles: readonly Role[];
    teamIds: readonly string[];
    partnerOrganisationId: string | null;
  },
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  const same = (a: readonly string[], b: readonly string[]) => [...a].sort().join(',') === [...b].sort().join(',');
  if (before.displayName !== after.displayName) {
    changes.displayName = { from: before.displayName, to: after.displayName };
  }
  if (!same(before.roles, after.roles)) changes.roles = { from: before.roles, to: after.roles };
  if (!same(before.teamIds, after.teamIds)) changes.teamIds = { from: before.teamIds, to: after.teamIds };
  if (before.partnerOrganisationId !== after.partnerOrganisationId) {
    changes.partnerOrganisationId = { from: before.partnerOrganisationId, to: after.partnerOrganisationId };
  }
  return changes;
}
