import type { DbOrTx } from '../../platform/db/database.ts';
import type { PartnerOrganisation, PartnerOrganisationKind, Team } from './user.ts';

export async function listTeams(db: DbOrTx): Promise<Team[]> {
  return db.selectFrom('teams').select(['id', 'name', 'description']).orderBy('name').execute();
}

export async function findTeamById(db: DbOrTx, id: string): Promise<Team | undefined> {
  return db.selectFrom('teams').select(['id', 'name', 'description']).where('id', '=', id).executeTakeFirst();
}

export async function findTeamByName(db: DbOrTx, name: string): Promise<Team | undefined> {
  return db.selectFrom('teams').select(['id', 'name', 'description']).where('name', '=', name).executeTakeFirst();
}

export async function insertTeam(db: DbOrTx, team: { name: string; description: string }): Promise<Team> {
  return db.insertInto('teams').values(team).returning(['id', 'name', 'description']).executeTakeFirstOrThrow();
}

export async function updateTeam(
  db: DbOrTx,
  id: string,
  patch: { name?: string; description?: string },
): Promise<void> {
  await db.updateTable('teams').set(patch).where('id', '=', id).execute();
}

export async function countTeamsWithIds(db: DbOrTx, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const row = await db
    .selectFrom('teams')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('id', 'in', [...ids])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listTeamMemberIds(db: DbOrTx, teamId: string): Promise<string[]> {
  const rows = await db.selectFrom('team_members').select('user_id').where('team_id', '=', teamId).execute();
  return rows.map((row) => row.user_id);
}

export async function listPartnerOrganisations(db: DbOrTx): Promise<PartnerOrganisation[]> {
  return db.selectFrom('partner_organisations').select(['id', 'name', 'kind']).orderBy('name').execute();
}

export async function findPartnerOrganisationById(db: DbOrTx, id: string): Promise<PartnerOrganisation | undefined> {
  return db.selectFrom('partner_organisations').select(['id', 'name', 'kind']).where('id', '=', id).executeTakeFirst();
}

export async function findPartnerOrganisationByName(
  db: DbOrTx,
  name: string,
): Promise<PartnerOrganisation | undefined> {
  return db
    .selectFrom('partner_organisations')
    .select(['id', 'name', 'kind'])
    .where('name', '=', name)
    .executeTakeFirst();
}

export async function insertPartnerOrganisation(
  db: DbOrTx,
  organisation: { name: string; kind: PartnerOrganisationKind },
): Promise<PartnerOrganisation> {
  return db
    .insertInto('partner_organisations')
    .values(organisation)
    .returning(['id', 'name', 'kind'])
    .executeTakeFirstOrThrow();
}
