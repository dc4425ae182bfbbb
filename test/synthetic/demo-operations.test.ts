import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { StaffActor } from '../../src/modules/access/index.ts';
import { createDemoAccounts } from '../../src/synthetic/demo/demo-accounts.ts';
import { loadDemoOperations, type DemoOperationsSummary } from '../../src/synthetic/demo/demo-operations.ts';
import { demoActors, loadDemoUnit } from '../../src/synthetic/demo/demo-unit.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// Issue 14: a fresh demo shows an operational history, so Operations is not empty on first start.

describe('the demo has an operational history', () => {
  let system: TestSystem;
  let summary: DemoOperationsSummary;
  let analyst: StaffActor;
  const day = 86_400_000;

  before(async () => {
    system = await createTestSystem();
    const dataDir = mkdtempSync(join(tmpdir(), 'lb-demo-ops-'));
    let actorFor: ReturnType<typeof demoActors> | undefined;
    await loadDemoUnit(system.services, async (teamIdsFor) => {
      const created = await createDemoAccounts(system.services, dataDir, teamIdsFor);
      const accounts = created.accounts.map((a) => ({ userId: a.userId ?? '', role: a.role }));
      actorFor = demoActors(accounts, teamIdsFor);
      return accounts;
    });
    assert.ok(actorFor);
    analyst = actorFor('intelligence_analyst');
    summary = await loadDemoOperations(system.services, {
      analyst,
      supervisor: actorFor('intelligence_supervisor'),
      officer: actorFor('officer'),
    });
  });
  after(async () => {
    await system.close();
  });

  const db = () => system.services.db;
  const ops = () => system.services.operations;
  const today = () => system.clock.now().toISOString().slice(0, 10);

  test('3 to 5 targets from the deal lines’ people, with computed priorities and one manual adjustment', async () => {
    const { items: targets } = await ops().targets.list(analyst, { limit: 50 });
    assert.ok(targets.length >= 3 && targets.length <= 5, `targets: ${String(targets.length)}`);
    assert.equal(targets.length, summary.targets);
    const linePeople = new Set(
      (await db().selectFrom('deal_line_people').select('person_entity_id').execute()).map((p) => p.person_entity_id),
    );
    assert.ok(targets.every((t) => linePeople.has(t.personId)));
    // Computed from the store, with its reasons: line roles and exploitation weigh as harm.
    assert.ok(targets.every((t) => t.priority.reasons.length > 0 && t.priority.harm > 0));
    assert.ok(new Set(targets.map((t) => t.priority.computed)).size > 1, 'priorities differ by person');
    const adjusted = targets.filter((t) => t.adjustmentReason !== null);
    const [one] = adjusted;
    assert.ok(one && adjusted.length === 1);
    assert.equal(one.priority.score, one.priority.computed + 15);
    assert.match(one.adjustmentReason ?? '', /TT&CG/);
  });

  test('an operation with a task done with its result, one overdue and one due', async () => {
    const [listed] = await ops().tasking.list(analyst);
    assert.ok(listed);
    const operation = await ops().tasking.get(analyst, listed.id);
    assert.ok(operation.targets.length >= 3 && operation.dealLines.length === 1);
    const done = operation.tasks.filter((t) => t.status === 'done');
    assert.equal(done.length, 1);
    assert.ok((done[0]?.result ?? '').length > 10);
    assert.equal(operation.tasks.filter((t) => t.overdue).length, 1);
    assert.equal(operation.tasks.filter((t) => t.status === 'open' && t.dueOn >= today()).length, 1);
  });

  test('warrants applied, declined by the inspector, issued and executed, dated over recent weeks', async () => {
    const warrants = await ops().warrants.list(analyst);
    const statuses = warrants.map((w) => w.status).sort();
    assert.deepEqual(statuses, ['awaiting_authorisation', 'declined', 'executed', 'issued']);
    const rows = await db().selectFrom('ops_warrants').select(['status', 'created_at', 'decline_reason']).execute();
    assert.ok(rows.find((r) => r.status === 'declined')?.decline_reason);
    const weeks = new Set(
      rows.map((r) => Math.floor((system.clock.now().getTime() - r.created_at.getTime()) / (7 * day))),
    );
    assert.ok(weeks.size >= 3, `applications in ${String(weeks.size)} different weeks`);
    const entries = await db().selectFrom('ops_warrant_entries').select('executed_at').execute();
    assert.equal(entries.length, 1);
    assert.ok(entries[0] && entries[0].executed_at.getTime() < system.clock.now().getTime() - 7 * day);
  });

  test('the executed warrant seized a class A drug by weight, cash and the deal line’s phone', async () => {
    const items = await db().selectFrom('ops_seizure_items').selectAll().execute();
    const drug = items.find((i) => i.kind === 'drug');
    assert.ok(drug?.drug_class === 'A' && Number(drug.quantity) > 0 && drug.unit === 'g');
    assert.ok(items.some((i) => i.kind === 'cash' && Number(i.cash_pence) > 0));
    const phone = items.find((i) => i.kind === 'phone');
    assert.ok(phone?.deal_line_id, 'the seized phone links to its deal line');
  });

  test('arrests linked to people, with charges and Home Office outcomes; a child’s after the NRM note', async () => {
    const arrests = await db().selectFrom('ops_arrests').selectAll().execute();
    assert.ok(arrests.length >= 2);
    assert.equal(arrests.length, summary.arrests);
    assert.ok(arrests.every((a) => a.warrant_id !== null && a.person_entity_id));
    const charges = await db().selectFrom('ops_charges').select(['arrest_id', 'offence', 'outcome_type']).execute();
    assert.ok(charges.some((c) => c.offence === 'mda_s5_3' && c.outcome_type === 1));
    assert.ok(arrests.every((a) => charges.some((c) => c.arrest_id === a.id)));
    assert.ok(charges.every((c) => c.outcome_type >= 1 && c.outcome_type <= 22));
    for (const child of arrests.filter((a) => a.child_at_arrest)) {
      assert.ok(child.nrm_s45_considered_by !== null, 'NRM and s.45 considered before the charging decision');
    }
  });

  test('the seized phone’s line is disrupted with evidence, and the intelligence behind it closed', async () => {
    const [phone] = await db()
      .selectFrom('ops_seizure_items')
      .select('deal_line_id')
      .where('kind', '=', 'phone')
      .execute();
    const line = await db()
      .selectFrom('deal_lines')
      .select('status')
      .where('id', '=', phone?.deal_line_id ?? '')
      .executeTakeFirst();
    assert.equal(line?.status, 'disrupted');
    // Its history reads in order: recorded as confirmed, then disrupted, the last entry its status.
    const history = await db()
      .selectFrom('deal_line_status_history')
      .select(['to_status', 'changed_at'])
      .where('deal_line_id', '=', phone?.deal_line_id ?? '')
      .orderBy('changed_at')
      .execute();
    assert.deepEqual(
      history.map((h) => h.to_status),
      ['confirmed', 'disrupted'],
    );
    assert.ok(history[0]!.changed_at < history[1]!.changed_at);
    const measures = await ops().disruption.measures(analyst, phone?.deal_line_id ?? '');
    assert.ok(JSON.stringify(measures).includes('warrant'), 'the status change carries its evidence');
    const closed = await db().selectFrom('ops_intelligence_results').selectAll().execute();
    const [result] = closed;
    assert.ok(result && closed.length === 1);
    assert.equal(result.result, 'actioned');
    const ledTo = await ops().warrants.ledTo(analyst, result.intelligence_id);
    assert.ok(ledTo.warrants.length >= 1 && ledTo.closed?.result === 'actioned');
  });
});
