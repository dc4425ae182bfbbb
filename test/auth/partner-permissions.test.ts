import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createStaffApp } from '../../src/main/staff-app.ts';
import { testAdminActor, userWithSession } from '../support/staff.ts';
import { useAppOverTestSystem } from '../support/test-services.ts';

// A partner role's permissions follow the user's organisation: a treatment service's key worker
// may record progress in treatment and sees that page; a school's user under the same role sees
// neither the permission nor the page (the API refused them already; now the menu agrees).
// Real sessions: the permissions come from the session's own actor, as in production.
const staff = useAppOverTestSystem((system) => createStaffApp(system.services));

async function permissionsOfPartnerAt(kind: 'drug_treatment' | 'education' | 'housing'): Promise<string[]> {
  const organisation = await staff.system.services.teams.createPartnerOrganisation(testAdminActor, {
    name: `Example ${kind} organisation`,
    kind,
  });
  const { client } = await userWithSession(staff.system, staff.app, ['partner_agency'], {
    partnerOrganisationId: organisation.id,
  });
  const account = await client.request({ method: 'GET', url: '/api/account' });
  assert.equal(account.statusCode, 200);
  return account.json<{ permissions: string[] }>().permissions;
}

test('only a treatment service user holds casework.treatment_outcomes; other partners keep their own work', async () => {
  const treatment = await permissionsOfPartnerAt('drug_treatment');
  const school = await permissionsOfPartnerAt('education');
  const housing = await permissionsOfPartnerAt('housing');
  assert.ok(treatment.includes('casework.treatment_outcomes'));
  assert.ok(!school.includes('casework.treatment_outcomes'));
  assert.ok(!housing.includes('casework.treatment_outcomes'));
  assert.deepEqual(
    school,
    treatment.filter((p) => p !== 'casework.treatment_outcomes'),
    'nothing else differs',
  );
  assert.ok(school.length > 0, 'the school user keeps the partner role');
});
