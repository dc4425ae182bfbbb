import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { AppError } from '../../src/platform/http/app-errors.ts';
import { buildNetworkWorld, type NetworkWorld } from '../support/network-world.ts';
import { testActor, useStaffAppByHeader } from '../support/staff.ts';

// Targets (issue 14, item 1): the priority comes from the store with its reasons, a manual
// adjustment needs a reason and the current version, and a person's page shows target and
// victim status together. Officers read; partners and safeguarding see nothing.

const analyst = testActor('analyst-1', ['intelligence_analyst']);
const officer = testActor('officer-1', ['officer']);
const partner = testActor('partner-1', ['partner_agency'], { partnerOrganisationId: 'org-a' });
const safeguarding = testActor('safeguarding-1', ['safeguarding_lead']);
const isCode = (code: string) => (e: unknown) => e instanceof AppError && e.code === code;

describe('operations: targets', () => {
  const staff = useStaffAppByHeader({ analyst, officer, partner });
  let world: NetworkWorld;
  before(async () => {
    world = await buildNetworkWorld(staff.system.services);
    // The Blade line: a holder, an adult runner and an exploited child runner.
    const blade = world.networks[0]!;
    const { id: lineId } = await staff.system.services.dealLines.create(analyst, {
      phoneEntityId: blade.linePhone,
      brandName: 'the Blade line',
      urbanHub: null,
      status: 'confirmed',
      samples: [],
    });
    const members = staff.system.services.dealLineMembers;
    await members.addPerson(analyst, lineId, { personEntityId: blade.holder, role: 'line_holder', victim: false });
    await members.addPerson(analyst, lineId, { personEntityId: blade.adultRunner, role: 'runner', victim: false });
    await members.addPerson(analyst, lineId, { personEntityId: blade.childRunner, role: 'runner', victim: true });
  });

  const targets = () => staff.system.services.operations.targets;

  test('the list is ordered by a priority computed from the store, with its reasons', async () => {
    const blade = world.networks[0]!;
    const holder = await targets().create(analyst, {
      personEntityId: blade.holder,
      rationale: 'Holds the Blade line and runs a child',
      reviewOn: '2026-12-24',
    });
    await targets().create(analyst, {
      personEntityId: blade.adultRunner,
      rationale: 'Runs for the Blade line',
      reviewOn: '2026-12-10',
    });
    const { items: list } = await targets().list(officer, { limit: 100 });
    assert.deepEqual(
      list.map((t) => t.personId),
      [blade.holder, blade.adultRunner],
    );
    const [first, second] = list;
    assert.ok(first && second);
    assert.equal(first.id, holder.id);
    assert.ok(first.priority.score > second.priority.score);
    assert.equal(first.priority.harm, 35 + 25);
    assert.match(first.priority.reasons.join('\n'), /line holder on the Blade line \(\+35\)/);
    assert.match(first.priority.reasons.join('\n'), /1 exploited person on their lines/);
    assert.equal(second.priority.harm, 10 + 25);
    assert.equal(first.personLabel, 'Marcus Vane');
    assert.equal(first.priority.modelVersion, 'morile-lite-1');
    const events = await staff.system.services.db
      .selectFrom('audit_events')
      .select(['action', 'actor_id'])
      .where('action', 'in', ['operations.target.create', 'operations.target.list'])
      .execute();
    assert.equal(events.filter((e) => e.action === 'operations.target.create').length, 2);
    assert.ok(events.some((e) => e.action === 'operations.target.list' && e.actor_id === 'officer-1'));
  });

  test('graded intelligence about a person raises likelihood and confidence', async () => {
    const blade = world.networks[0]!;
    const [before] = (await targets().list(analyst, { limit: 100 })).items.filter((t) => t.personId === blade.holder);
    assert.ok(before);
    for (const reportId of [blade.reportIds[1]!, blade.reportIds[3]!]) {
      const intel = await staff.system.services.intelligence.create(analyst, {
        submissionId: reportId,
        sourceType: 'officer',
        originalText: 'The holder was seen handing over wraps',
        priority: 'high',
      });
      await staff.system.services.intelligenceWorkflow.evaluate(analyst, intel.id, {
        grade: { source: '1', assessment: 'A', handling: 'P', conditions: null },
        sourceEvaluationReason: 'Officer',
        sanitisedText: 'Seen handing over wraps.',
        assessment: 'Supply.',
        priority: 'high',
        actionDecision: 'develop',
        researchedSystems: [],
        expectedVersion: 1,
      });
    }
    // The list reads the stored priority; the scheduled job (or the target's own page) recomputes it.
    const [stale] = (await targets().list(analyst, { limit: 100 })).items.filter((t) => t.personId === blade.holder);
    assert.equal(stale?.priority.likelihood, before.priority.likelihood);
    assert.ok((await targets().recomputeAll()) >= 2);
    const [afterGrading] = (await targets().list(analyst, { limit: 100 })).items.filter(
      (t) => t.personId === blade.holder,
    );
    assert.ok(afterGrading);
    assert.ok(afterGrading.priority.likelihood > before.priority.likelihood);
    assert.ok(afterGrading.priority.confidence > before.priority.confidence);
    assert.match(afterGrading.priority.reasons.join('\n'), /2 graded reports, best 1A/);
  });

  test('a manual adjustment needs a reason and the current version; a stale one changes nothing', async () => {
    const blade = world.networks[0]!;
    const [runner] = (await targets().list(analyst, { limit: 100 })).items.filter(
      (t) => t.personId === blade.adultRunner,
    );
    assert.ok(runner);
    const noReason = await staff.app.inject({
      method: 'POST',
      url: `/api/operations/targets/${runner.id}/adjust`,
      headers: { 'x-test-actor': 'analyst' },
      payload: { adjustment: 20, reason: '', expectedVersion: runner.version },
    });
    assert.equal(noReason.statusCode, 400);
    assert.match(noReason.headers['content-type'] ?? '', /problem\+json/);
    assert.match(noReason.body, /reason for the adjustment/);
    await targets().adjust(analyst, runner.id, {
      adjustment: 20,
      reason: 'TT&CG: new intelligence of a knife',
      expectedVersion: runner.version,
    });
    const adjusted = await targets().get(analyst, runner.id);
    assert.equal(adjusted.priority.adjustment, 20);
    assert.equal(adjusted.priority.score, Math.min(100, adjusted.priority.computed + 20));
    assert.equal(adjusted.adjustmentReason, 'TT&CG: new intelligence of a knife');
    assert.deepEqual(
      adjusted.history.map((h) => h.action),
      ['adjust', 'create'],
    );
    await assert.rejects(
      targets().adjust(analyst, runner.id, { adjustment: -10, reason: 'Stale view of the target', expectedVersion: 1 }),
      isCode('conflict'),
    );
    const unchanged = await targets().get(analyst, runner.id);
    assert.equal(unchanged.priority.adjustment, 20);
    assert.equal(unchanged.history.length, 2);
    const stored = await staff.system.services.db
      .selectFrom('ops_target_history')
      .select(['inputs', 'model_version'])
      .where('target_id', '=', runner.id)
      .where('action', '=', 'adjust')
      .executeTakeFirstOrThrow();
    assert.equal(stored.model_version, 'morile-lite-1');
    assert.deepEqual((stored.inputs as { lineRoles: unknown[] }).lineRoles, [
      { role: 'runner', victim: false, lineBrand: 'the Blade line', victimsOnLine: 1 },
    ]);
  });

  test('a person can be a victim and a target at once, and the page shows both', async () => {
    const blade = world.networks[0]!;
    const before = await targets().personStatus(officer, blade.childRunner);
    assert.equal(before.target, null);
    assert.equal(before.victim.isVictim, true);
    assert.equal(before.victim.child, true);
    assert.deepEqual(before.victim.reasons, ['Exploited on the Blade line (runner)']);
    await targets().create(analyst, {
      personEntityId: blade.childRunner,
      rationale: 'Also recruits other children for the line',
      reviewOn: '2026-12-01',
    });
    const response = await staff.app.inject({
      method: 'GET',
      url: `/api/operations/persons/${blade.childRunner}`,
      headers: { 'x-test-actor': 'officer' },
    });
    assert.equal(response.statusCode, 200);
    const both = response.json<{ target: { personId: string } | null; victim: { isVictim: boolean } }>();
    assert.equal(both.target?.personId, blade.childRunner);
    assert.equal(both.victim.isVictim, true);
    await assert.rejects(
      targets().create(analyst, {
        personEntityId: blade.childRunner,
        rationale: 'A second time should fail',
        reviewOn: '2026-12-01',
      }),
      isCode('conflict'),
    );
  });

  test('the list pages over the stored priority: highest first whatever the review date, each target once', async () => {
    const blade = world.networks[2]!;
    // The holder's review is the latest of all: ordering by review date before the limit lost them.
    await targets().create(analyst, {
      personEntityId: blade.adultRunner,
      rationale: 'Runs for the third line',
      reviewOn: '2026-11-28',
    });
    await targets().create(analyst, {
      personEntityId: blade.holder,
      rationale: 'Holds the third line',
      reviewOn: '2027-06-30',
    });
    const all = (await targets().list(analyst, { limit: 100 })).items;
    const scores = all.map((t) => t.priority.score);
    assert.deepEqual(
      scores,
      [...scores].sort((a, b) => b - a),
    );
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 10; page += 1) {
      const result = await targets().list(analyst, { limit: 2, after });
      seen.push(...result.items.map((t) => t.id));
      if (result.next === null) break;
      after = result.next;
    }
    assert.deepEqual(
      seen,
      all.map((t) => t.id),
    );
    const top = (await targets().list(analyst, { limit: 1 })).items[0];
    assert.equal(top?.id, all[0]?.id);
    const bad = await staff.app.inject({
      method: 'GET',
      url: '/api/operations/targets?after=not-a-cursor',
      headers: { 'x-test-actor': 'analyst' },
    });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.headers['content-type'] ?? '', /problem\+json/);
    assert.match(bad.body, /page cursor is not valid/);
  });

  test('a priority stored for an earlier day is recomputed before the list reads it', async () => {
    const db = staff.system.services.db;
    const fresh = (await targets().list(analyst, { limit: 100 })).items;
    assert.ok(fresh.some((t) => t.priority.score > 0));
    await db
      .updateTable('ops_targets')
      .set({ priority_score: 0, priority_as_of: '2026-01-01' })
      .where('status', '=', 'active')
      .execute();
    const { items } = await targets().list(analyst, { limit: 100 });
    assert.deepEqual(
      items.map((t) => [t.id, t.priority.score]),
      fresh.map((t) => [t.id, t.priority.score]),
    );
    const rows = await db
      .selectFrom('ops_targets')
      .select(['priority_score', 'priority_as_of'])
      .where('status', '=', 'active')
      .execute();
    assert.ok(rows.every((r) => new Date(r.priority_as_of ?? 0).toISOString().slice(0, 10) >= '2026-11-26'));
  });

  test('bad input changes nothing; officers read but do not target; partners and safeguarding get nothing', async () => {
    const blade = world.networks[1]!;
    await assert.rejects(
      targets().create(analyst, {
        personEntityId: blade.linePhone,
        rationale: 'A phone is not a person',
        reviewOn: '2027-01-01',
      }),
      isCode('validation_failed'),
    );
    await assert.rejects(
      targets().create(analyst, {
        personEntityId: blade.holder,
        rationale: 'Review in the past',
        reviewOn: '2026-11-01',
      }),
      isCode('validation_failed'),
    );
    await assert.rejects(
      targets().create(officer, {
        personEntityId: blade.holder,
        rationale: 'Officers cannot target',
        reviewOn: '2027-01-01',
      }),
      isCode('forbidden'),
    );
    await assert.rejects(targets().list(partner, { limit: 10 }), isCode('forbidden'));
    await assert.rejects(targets().personStatus(safeguarding, blade.holder), isCode('forbidden'));
    const count = await staff.system.services.db
      .selectFrom('ops_targets')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('person_entity_id', '=', blade.holder)
      .executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 0);
    const denied = await staff.system.services.db
      .selectFrom('audit_events')
      .select('actor_id')
      .where('action', '=', 'access.denied')
      .execute();
    assert.ok(denied.some((d) => d.actor_id === 'partner-1'));
    const response = await staff.app.inject({
      method: 'GET',
      url: '/api/operations/targets',
      headers: { 'x-test-actor': 'partner' },
    });
    assert.equal(response.statusCode, 403);
  });
});
