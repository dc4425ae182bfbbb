import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildActor, type StaffActor } from '../../src/modules/access/index.ts';
import { createDemoAccounts, demoTreatmentServiceEmail } from '../../src/synthetic/demo/demo-accounts.ts';
import { loadDemoCasework } from '../../src/synthetic/demo/demo-casework.ts';
import { loadDemoOperations } from '../../src/synthetic/demo/demo-operations.ts';
import { demoActors, loadDemoUnit } from '../../src/synthetic/demo/demo-unit.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// Issue 15: a fresh demo shows safeguarding cases in each state for named fictional people, a
// case opened from operations, a treatment referral and a diversion completed with outcome 22.
describe('the demo has safeguarding casework, treatment and diversion', () => {
  let system: TestSystem;
  let lead: StaffActor;
  let officer: StaffActor;
  let partnerUserId = '';
  let keyWorkerId = '';

  before(async () => {
    system = await createTestSystem();
    const dataDir = mkdtempSync(join(tmpdir(), 'lb-demo-casework-'));
    let actorFor: ReturnType<typeof demoActors> | undefined;
    await loadDemoUnit(system.services, async (teamIdsFor) => {
      const created = await createDemoAccounts(system.services, dataDir, teamIdsFor);
      const accounts = created.accounts.map((a) => ({ userId: a.userId ?? '', role: a.role }));
      partnerUserId = accounts.find((a) => a.role === 'partner_agency')?.userId ?? '';
      keyWorkerId = created.accounts.find((a) => a.email === demoTreatmentServiceEmail)?.userId ?? '';
      actorFor = demoActors(accounts, teamIdsFor);
      return accounts;
    });
    assert.ok(actorFor);
    const analyst = actorFor('intelligence_analyst');
    officer = actorFor('officer');
    lead = actorFor('safeguarding_lead');
    await loadDemoOperations(system.services, { analyst, supervisor: actorFor('intelligence_supervisor'), officer });
    const summary = await loadDemoCasework(system.services, { lead, officer, analyst });
    assert.deepEqual(summary, {
      cases: 4,
      treatmentReferrals: 1,
      diversions: 1,
      cuckooedAddresses: 1,
      partnerTasks: 1,
      s42Enquiries: 1,
      contexts: 1,
    });
  });
  after(async () => {
    await system.close();
  });

  test('cases in each state, with overdue clocks, and one opened by the arrest of a child', async () => {
    const casework = system.services.casework;
    const list = await casework.cases.list(lead, { limit: 50 });
    const byName = new Map(list.map((c) => [c.subjectName, c]));
    assert.deepEqual(byName.get('Kayden Mills (demo)')?.overdueClocks, ['Decide on the referral (1 working day)']);
    const strategy = byName.get('Leah Doyle (demo)');
    assert.ok(strategy);
    assert.ok(strategy.overdueActions >= 1, 'an action overdue');
    const detail = {
      ...(await casework.cases.get(lead, strategy.id)),
      ...(await casework.screeningNrm.partsOf(lead, strategy.id)),
    };
    assert.equal(detail.discussions.length, 1);
    assert.deepEqual(
      detail.nrmReferrals.map((r) => r.status),
      ['rg_positive'],
    );
    const conference = byName.get('Tyler Brennan (demo)');
    assert.ok(
      conference?.clocks.some((c) => c.key === 'conference' && c.state !== 'overdue' && c.completedOn !== null),
    );
    const closed = await system.services.db
      .selectFrom('casework_cases')
      .select(['status'])
      .where('status', '=', 'closed')
      .execute();
    assert.equal(closed.length, 1);
    const fromArrest = await system.services.db
      .selectFrom('casework_concerns')
      .select('case_id')
      .where('source', '=', 'arrest')
      .execute();
    assert.ok(fromArrest.length >= 1, 'the child arrested under the demo warrant has a case');
    assert.ok(list.length >= 4);
  });

  test('a treatment referral with outcomes, and a diversion completed with outcome 22 on its arrest', async () => {
    const treatment = system.services.casework.treatment;
    const [referral] = await treatment.listReferrals(officer);
    assert.equal(referral?.personName, 'Dean Harrow (demo)');
    assert.deepEqual(
      referral.outcomes.map((o) => [o.outcome, o.recordedByOrganisation]),
      [
        ['assessed', null],
        ['engaged', 'Demo Recovery Service (fictional)'],
      ],
      'the key worker recorded the second outcome',
    );
    const { items } = await treatment.listDiversions(officer);
    const [diversion] = items;
    assert.equal(diversion?.status, 'completed');
    assert.equal(diversion.outcome22Recorded, true);
    const arrest = await system.services.operations.arrests.get(officer, diversion.arrestId ?? '');
    assert.deepEqual(
      arrest.charges.map((c) => c.outcomeType),
      [22],
    );
  });

  test('a cuckooed address on a demo line, a s.42 enquiry on the adult, a context with an intervention', async () => {
    const casework = system.services.casework;
    const { items } = await casework.cuckooed.list(lead, { limit: 50, offset: 0 });
    const [entry] = items;
    assert.equal(items.length, 1);
    assert.ok(entry?.dealLineId, 'linked to a demo deal line');
    assert.ok(entry.dealLineName);
    assert.ok(entry.lastVisitOn !== null && entry.closureNoticeOn !== null);
    assert.ok(entry.lastVisitOn < entry.closureNoticeOn);
    const adult = await system.services.db
      .selectFrom('casework_cases')
      .select(['id'])
      .where('subject_kind', '=', 'adult')
      .executeTakeFirstOrThrow();
    const enquiries = await casework.s42.of(lead, adult.id);
    assert.equal(enquiries.length, 1);
    const contexts = await casework.contexts.list(lead);
    assert.equal(contexts.length, 1);
    assert.equal(contexts[0]?.interventions.length, 1);
  });

  test('the demo treatment service’s key worker sees the referral made to it; the school’s user does not', async () => {
    const treatment = system.services.casework.treatment;
    const organisationOf = async (userId: string) =>
      (
        await system.services.db
          .selectFrom('staff_users')
          .select(['partner_organisation_id'])
          .where('id', '=', userId)
          .executeTakeFirstOrThrow()
      ).partner_organisation_id;
    const partnerActor = async (userId: string) =>
      buildActor({
        userId,
        displayName: 'Demo partner',
        roles: ['partner_agency'],
        teamIds: [],
        partnerOrganisationId: await organisationOf(userId),
      });
    const items = await treatment.providerReferrals(await partnerActor(keyWorkerId));
    assert.deepEqual(
      items.map((i) => [i.personName, i.status]),
      [['Dean Harrow (demo)', 'engaged']],
    );
    assert.deepEqual(await treatment.providerReferrals(await partnerActor(partnerUserId)), []);
  });

  test("the demo partner account's school sees exactly its task, under its sharing agreement", async () => {
    const partnerTasks = system.services.casework.partnerTasks;
    const user = await system.services.db
      .selectFrom('staff_users')
      .select(['partner_organisation_id'])
      .where('id', '=', partnerUserId)
      .executeTakeFirstOrThrow();
    assert.ok(user.partner_organisation_id);
    const partner = buildActor({
      userId: partnerUserId,
      displayName: 'Demo partner',
      roles: ['partner_agency'],
      teamIds: [],
      partnerOrganisationId: user.partner_organisation_id,
    });
    const { items, total } = await partnerTasks.forPartner(partner, { limit: 50, offset: 0 });
    assert.equal(total, 1);
    const [task] = items;
    assert.ok(task);
    const all = await partnerTasks.referredBy(lead, { limit: 50, offset: 0 });
    assert.deepEqual(
      all.items.map((t) => t.id),
      [task.id],
    );
    const read = await partnerTasks.partnerRead(partner, task.id);
    assert.equal(read.agreementReference, 'ISA-DEMO-001 (fictional)');
    assert.equal(read.sharedFields.length, 3);
  });
});
