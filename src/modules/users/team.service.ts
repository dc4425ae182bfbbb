import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditEventBy, can, requirePermission, type StaffActor } from '../access/index.ts';
import {
  findPartnerOrganisationByName,
  findTeamById,
  findTeamByName,
  insertPartnerOrganisation,
  insertTeam,
  listPartnerOrganisations,
  listTeamMemberIds,
  listTeams,
  updateTeam,
} from './team.repository.ts';
import type { PartnerOrganisation, PartnerOrganisationKind, Team } from './user.ts';

export type TeamService = ReturnType<typeof createTeamService>;

// Teams group staff (need-to-know for disseminations and restricted records); partner
// organisations are the outside bodies records may be disseminated to.
export function createTeamService(deps: { db: Db; audit: AuditTrail }) {
  const { db, audit } = deps;

  // Administrators manage teams; supervisors who disseminate need to choose a recipient.
  function requireDirectoryRead(actor: StaffActor): void {
    if (!can(actor, 'intelligence.disseminate')) requirePermission(actor, 'team.manage');
  }

  return {
    async listTeams(actor: StaffActor): Promise<Team[]> {
      requireDirectoryRead(actor);
      return listTeams(db);
    },

    async getTeam(actor: StaffActor, id: string): Promise<Team & { memberIds: string[] }> {
      requirePermission(actor, 'team.manage');
      const team = await findTeamById(db, id);
      if (!team) throw new AppError('not_found_or_no_access');
      return { ...team, memberIds: await listTeamMemberIds(db, id) };
    },

    async createTeam(actor: StaffActor, input: { name: string; description?: string }): Promise<Team> {
      requirePermission(actor, 'team.manage');
      return db.transaction().execute(async (tx) => {
        if (await findTeamByName(tx, input.name.trim())) throw new AppError('conflict', 'A team with this name exists');
        const team = await insertTeam(tx, { name: input.name.trim(), description: input.description?.trim() ?? '' });
        await audit.record(
          tx,
          auditEventBy(actor, 'team.create', { subject: { type: 'team', id: team.id }, details: { name: team.name } }),
        );
        return team;
      });
    },

    async updateTeam(actor: StaffActor, id: string, patch: { name?: string; description?: string }): Promise<Team> {
      requirePermission(actor, 'team.manage');
      return db.transaction().execute(async (tx) => {
        const before = await findTeamById(tx, id);
        if (!before) throw new AppError('not_found_or_no_access');
        const name = patch.name?.trim() ?? before.name;
        if (name !== before.name && (await findTeamByName(tx, name))) {
          throw new AppError('conflict', 'A team with this name exists');
        }
        const description = patch.description?.trim() ?? before.description;
        await updateTeam(tx, id, { name, description });
        await audit.record(
          tx,
          auditEventBy(actor, 'team.update', {
            subject: { type: 'team', id },
            details: { from: { name: before.name, description: before.description }, to: { name, description } },
          }),
        );
        return { id, name, description };
      });
    },

    async listPartnerOrganisations(actor: StaffActor): Promise<PartnerOrganisation[]> {
      if (!can(actor, 'user.manage')) requireDirectoryRead(actor);
      return listPartnerOrganisations(db);
    },

    async createPartnerOrganisation(
      actor: StaffActor,
      input: { name: string; kind: PartnerOrganisationKind },
    ): Promise<PartnerOrganisation> {
      requirePermission(actor, 'team.manage');
      return db.transaction().execute(async (tx) => {
        const name = input.name.trim();
        if (await findPartnerOrganisationByName(tx, name)) {
          throw new AppError('conflict', 'A partner organisation with this name exists');
        }
        const organisation = await insertPartnerOrganisation(tx, { name, kind: input.kind });
        await audit.record(
          tx,
          auditEventBy(actor, 'partner_organisation.create', {
            subject: { type: 'partner_organisation', id: organisation.id },
            details: { name, kind: input.kind },
          }),
        );
        return organisation;
      });
    },
  };
}
