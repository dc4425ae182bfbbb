import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createStaffApp } from '../../src/main/staff-app.ts';
import { buildActor, type StaffActor } from '../../src/modules/access/index.ts';
import { testAdminActor, userWithSession } from '../support/staff.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

type Shared = {
  subject: { type: string; id: string; label: string; href: string | null };
  handlingCode: string;
  conditions: string | null;
};

// Issue 12: "Shared with us" showed nothing for a partner or an officer after an intelligence
// report was disseminated to them, because the intelligence workflow records its disseminations
// apart from the generic ones the page listed. Both now show, and only for their recipients.
describe('"Shared with us" lists intelligence disseminated to the reader', () => {
  let system: TestSystem;
  let app: FastifyInstance;
  let organisationId = '';
  let otherOrganisationId = '';
  let teamId = '';
  let intelligenceId = '';
  let reference = '';

  const actor = (userId: string, roles: StaffActor['roles']): StaffActor =>
    buildActor({ userId, displayName: userId, roles: [...roles], teamIds: [], partnerOrganisationId: null });

  before(async () => {
    system = await createTestSystem();
    app = await createStaffApp(system.services);
    const { teams, intelligence, intelligenceWorkflow: workflow } = system.services;
    organisationId = (
      await teams.createPartnerOrganisation(testAdminActor, { name: 'Youth service', kind: 'childrens_social_care' })
    ).id;
    otherOrganisationId = (await teams.createPartnerOrganisation(testAdminActor, { name: 'Housing', kind: 'housing' }))
      .id;
    teamId = (await teams.createTeam(testAdminActor, { name: 'Neighbourhood team' })).id;
    const analyst = actor('analyst-1', ['intelligence_analyst']);
    const created = await intelligence.create(analyst, {
      submissionId: null,
      sourceType: 'public_anonymous',
      originalText: 'Cars stop outside a flat on Hatfield Road for a few minutes at a time',
      priority: 'medium',
    });
    intelligenceId = created.id;
    reference = created.reference;
    await workflow.evaluate(analyst, intelligenceId, {
      grade: { source: '2', assessment: 'B', handling: 'C', conditions: 'Not to be shared further without asking' },
      sourceEvaluationReason: 'Member of the public',
      sanitisedText: 'Frequent short visits to a flat on Hatfield Road in the evening.',
      assessment: 'Consistent with a trap house.',
      priority: 'medium',
      actionDecision: 'disseminate',
      researchedSystems: ['Linebreak'],
      expectedVersion: 1,
    });
    await workflow.submitForReview(analyst, intelligenceId);
    await workflow.review(actor('supervisor-1', ['intelligence_supervisor']), intelligenceId, {
      approve: true,
      note: 'ok',
    });
    await workflow.disseminate(actor('supervisor-1', ['intelligence_supervisor']), intelligenceId, {
      recipients: [
        { type: 'partner_organisation', id: organisationId },
        { type: 'team', id: teamId },
      ],
      justification: 'Safeguarding and a patrol briefing',
    });
  });
  after(async () => {
    await app.close();
    await system.close();
  });

  async function sharedWith(
    roles: StaffActor['roles'][number][],
    extra: { partnerOrganisationId?: string; teamIds?: string[] },
  ) {
    const { client } = await userWithSession(system, app, roles, extra);
    const response = await client.request({ method: 'GET', url: '/api/disseminations/shared-with-me' });
    assert.equal(response.statusCode, 200, response.body);
    return response.json<Shared[]>();
  }

  test('a partner of the organisation it was shared with sees it, with its handling conditions', async () => {
    const shared = await sharedWith(['partner_agency'], { partnerOrganisationId: organisationId });
    assert.deepEqual(
      shared.map((item) => [
        item.subject.type,
        item.subject.id,
        item.subject.label,
        item.subject.href,
        item.handlingCode,
      ]),
      [['intelligence', intelligenceId, `Intelligence report ${reference}`, `/intelligence/${intelligenceId}`, 'C']],
    );
    assert.equal(shared[0]?.conditions, 'Not to be shared further without asking');
  });

  test('an officer in the team it was shared with sees it', async () => {
    const shared = await sharedWith(['officer'], { teamIds: [teamId] });
    assert.deepEqual(
      shared.map((item) => item.subject.id),
      [intelligenceId],
    );
  });

  test('another organisation, and an officer outside the team, see nothing', async () => {
    assert.deepEqual(await sharedWith(['partner_agency'], { partnerOrganisationId: otherOrganisationId }), []);
    assert.deepEqual(await sharedWith(['officer'], { teamIds: [] }), []);
  });

  test('the listing is audited', async () => {
    const events = await system.services.db
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'intelligence.list_shared')
      .execute();
    assert.ok(events.length >= 3);
  });
});
