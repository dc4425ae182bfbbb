import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { openCaseFromOperations } from '../../src/modules/casework/index.ts';
import { testActor, testAdminActor } from '../support/staff.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// Issue 15: a case opened from operations (a warrant entry with children present, the arrest of
// a child) goes to the safeguarding leads' team, not to no team (which every lead would see).
describe('the team of a case opened from operations', () => {
  let system: TestSystem;

  before(async () => {
    system = await createTestSystem();
  });
  after(async () => {
    await system.close();
  });

  let n = 0;
  const open = async (officerTeams: string[]) => {
    n++;
    const officer = testActor(`officer-${String(n)}`, ['officer'], { teamIds: officerTeams });
    const { caseId } = await system.services.db.transaction().execute((tx) =>
      openCaseFromOperations(tx, system.services, officer, {
        subjectKind: 'child',
        subject: { name: `Child ${String(n)} (test)`, dateOfBirth: '2012-01-01', personEntityId: null },
        source: 'arrest',
        sourceId: randomUUID(),
        summary: 'Arrested with wraps',
        receivedAt: system.services.clock.now(),
      }),
    );
    const row = await system.services.db
      .selectFrom('casework_cases')
      .select(['team_id'])
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    return { caseId, teamId: row.team_id };
  };
  const lead = async (email: string, teamIds: string[]) =>
    (
      await system.services.users.createUser(testAdminActor, {
        email,
        displayName: email,
        roles: ['safeguarding_lead'],
        teamIds,
      })
    ).user.id;
  const team = async (name: string) => (await system.services.teams.createTeam(testAdminActor, { name })).id;

  test('the leads’ team when there is one; the officer’s own lead team first; else no team', async () => {
    assert.equal((await open([])).teamId, null, 'no lead in a team: no team, as before');

    const hub = await team('Safeguarding hub');
    const policing = await team('Neighbourhood policing');
    const hubLead = await lead('hub.lead@example.invalid', [hub]);
    const fromPolicing = await open([policing]);
    assert.equal(fromPolicing.teamId, hub, 'the only team with safeguarding leads');
    const inHub = testActor(hubLead, ['safeguarding_lead'], { teamIds: [hub] });
    const otherLead = testActor('lead-elsewhere', ['safeguarding_lead'], { teamIds: [policing] });
    const casework = system.services.casework;
    assert.ok((await casework.cases.list(inHub, { limit: 50 })).some((c) => c.id === fromPolicing.caseId));
    assert.ok(!(await casework.cases.list(otherLead, { limit: 50 })).some((c) => c.id === fromPolicing.caseId));

    const north = await team('North area');
    await lead('north.lead@example.invalid', [north]);
    assert.equal((await open([north])).teamId, north, 'a lead team the officer is in');
    assert.equal((await open([policing])).teamId, null, 'two lead teams, neither the officer’s: no team');
  });
});
