import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createStaffApp } from '../../src/main/staff-app.ts';
import { buildActor, type StaffActor } from '../../src/modules/access/actor.ts';
import { findDisseminationsOf } from '../../src/modules/access/dissemination.repository.ts';
import { decideRecordAccess } from '../../src/modules/access/record-access.policy.ts';
import { testAdminActor, userWithSession } from '../support/staff.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

describe('disseminating records to teams and partner organisations', () => {
  let system: TestSystem;
  let app: FastifyInstance;
  let supervisor: StaffActor;
  let analyst: StaffActor;
  let childrensServices: string;
  let treatmentService: string;
  let teamId: string;

  before(async () => {
    system = await createTestSystem();
    app = await createStaffApp(system.services);
    const { teams, users } = system.services;
    childrensServices = (
      await teams.createPartnerOrganisation(testAdminActor, {
        name: 'Children’s Services',
        kind: 'childrens_social_care',
      })
    ).id;
    treatmentService = (
      await teams.createPartnerOrganisation(testAdminActor, { name: 'Drug treatment', kind: 'drug_treatment' })
    ).id;
    teamId = (await teams.createTeam(testAdminActor, { name: 'Neighbourhood team' })).id;
    const supervisorUser = await users.createUser(testAdminActor, {
      email: 'sup@example.police.uk',
      displayName: 'Sup',
      roles: ['intelligence_supervisor'],
    });
    supervisor = buildActor({
      userId: supervisorUser.user.id,
      displayName: 'Sup',
      roles: ['intelligence_supervisor'],
      teamIds: [],
      partnerOrganisationId: null,
    });
    const analystUser = await users.createUser(testAdminActor, {
      email: 'analyst@example.police.uk',
      displayName: 'Analyst',
      roles: ['intelligence_analyst'],
    });
    analyst = buildActor({
      userId: analystUser.user.id,
      displayName: 'Analyst',
      roles: ['intelligence_analyst'],
      teamIds: [],
      partnerOrganisationId: null,
    });
  });
  after(async () => {
    await app.close();
    await system.close();
  });

  test('only supervisors disseminate; handling code C needs conditions; each one is audited as a disclosure', async () => {
    const { disseminations } = system.services;
    const subject = { type: 'intelligence', id: 'IR-100' };
    await assert.rejects(
      disseminations.disseminate(analyst, {
        subject,
        recipient: { kind: 'team', teamId },
        handlingCode: 'P',
        reason: 'Neighbourhood patrols',
      }),
      { code: 'forbidden' },
    );
    await assert.rejects(
      disseminations.disseminate(supervisor, {
        subject,
        recipient: { kind: 'partner_organisation', partnerOrganisationId: childrensServices },
        handlingCode: 'C',
        reason: 'Child at risk',
      }),
      { code: 'validation_failed' },
    );
    const shared = await disseminations.disseminate(supervisor, {
      subject,
      recipient: { kind: 'partner_organisation', partnerOrganisationId: childrensServices },
      handlingCode: 'C',
      conditions: 'Strategy discussion only; do not share with the family',
      reason: 'Child at risk of exploitation',
    });
    const event = await system.services.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'record.disseminate')
      .executeTakeFirstOrThrow();
    assert.equal(event.actor_id, supervisor.userId);
    assert.equal(event.subject_id, 'IR-100');
    assert.equal(event.reason, 'Child at risk of exploitation');
    assert.deepEqual((event.details as { recipient: unknown }).recipient, {
      kind: 'partner_organisation',
      partnerOrganisationId: childrensServices,
    });
    assert.equal(shared.handlingCode, 'C');
  });

  test('partner users see only what was shared with their own organisation, and lose it when withdrawn', async () => {
    const { disseminations } = system.services;
    const forChildren = { type: 'intelligence', id: 'IR-200' };
    const forTreatment = { type: 'intelligence', id: 'IR-201' };
    const toChildren = await disseminations.disseminate(supervisor, {
      subject: forChildren,
      recipient: { kind: 'partner_organisation', partnerOrganisationId: childrensServices },
      handlingCode: 'P',
      reason: 'Safeguarding referral',
    });
    await disseminations.disseminate(supervisor, {
      subject: forTreatment,
      recipient: { kind: 'partner_organisation', partnerOrganisationId: treatmentService },
      handlingCode: 'P',
      reason: 'Treatment referral',
    });
    await disseminations.disseminate(supervisor, {
      subject: { type: 'intelligence', id: 'IR-202' },
      recipient: { kind: 'team', teamId },
      handlingCode: 'P',
      reason: 'Patrol briefing',
    });
    const partner = await userWithSession(system, app, ['partner_agency'], {
      partnerOrganisationId: childrensServices,
    });
    const listed = await partner.client.request({ method: 'GET', url: '/api/disseminations/shared-with-me' });
    const ids = listed.json<{ subject: { id: string } }[]>().map((d) => d.subject.id);
    assert.ok(ids.includes('IR-200'));
    assert.ok(!ids.includes('IR-201') && !ids.includes('IR-202'), JSON.stringify(ids));

    const partnerActor = buildActor({
      userId: partner.userId,
      displayName: 'P',
      roles: ['partner_agency'],
      teamIds: [teamId],
      partnerOrganisationId: childrensServices,
    });
    const facts = async (subject: { type: string; id: string }) => ({
      subject,
      readPermission: 'report.read' as const,
      handlingCode: 'P' as const,
      disseminations: await findDisseminationsOf(system.services.db, subject),
    });
    assert.equal(decideRecordAccess(partnerActor, await facts(forChildren)).allowed, true);
    assert.equal(decideRecordAccess(partnerActor, await facts(forTreatment)).allowed, false);
    assert.equal(
      decideRecordAccess(partnerActor, await facts({ type: 'intelligence', id: 'IR-202' })).allowed,
      false,
      'team shares never reach partners',
    );

    await disseminations.withdraw(supervisor, toChildren.id, 'Case closed');
    assert.equal(decideRecordAccess(partnerActor, await facts(forChildren)).allowed, false);
    const after = await partner.client.request({ method: 'GET', url: '/api/disseminations/shared-with-me' });
    assert.ok(!after.json<{ subject: { id: string } }[]>().some((d) => d.subject.id === 'IR-200'));
  });

  test('a partner-agency account cannot be given a police role or lose its organisation', async () => {
    const { users } = system.services;
    await assert.rejects(
      users.createUser(testAdminActor, {
        email: 'mixed@example.org',
        displayName: 'Mixed',
        roles: ['partner_agency', 'intelligence_analyst'],
        partnerOrganisationId: childrensServices,
      }),
      { code: 'validation_failed' },
    );
    await assert.rejects(
      users.createUser(testAdminActor, {
        email: 'orphan@example.org',
        displayName: 'Orphan',
        roles: ['partner_agency'],
      }),
      { code: 'validation_failed' },
    );
    const { user } = await users.createUser(testAdminActor, {
      email: 'partner2@example.org',
      displayName: 'Partner',
      roles: ['partner_agency'],
      partnerOrganisationId: treatmentService,
    });
    await assert.rejects(users.updateUser(testAdminActor, user.id, { roles: ['partner_agency', 'officer'] }), {
      code: 'validation_failed',
    });
    await assert.rejects(users.updateUser(testAdminActor, user.id, { partnerOrganisationId: null }), {
      code: 'validation_failed',
    });
  });
});
