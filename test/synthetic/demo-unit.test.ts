import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createDemoAccounts, parseDemoAccounts } from '../../src/synthetic/demo/demo-accounts.ts';
import { loadDemoUnit, type DemoUnitSummary } from '../../src/synthetic/demo/demo-unit.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// Issue 12: a fresh demo must show a unit mid-operation, not a pile of untouched reports.

describe('the demo shows a working unit', () => {
  let system: TestSystem;
  let summary: DemoUnitSummary;
  let accountsFile = '';
  const day = 86_400_000;

  before(async () => {
    system = await createTestSystem();
    const dataDir = mkdtempSync(join(tmpdir(), 'lb-demo-unit-'));
    summary = await loadDemoUnit(system.services, async (teamIdsFor) => {
      const created = await createDemoAccounts(system.services, dataDir, teamIdsFor);
      accountsFile = created.file;
      return created.accounts.map((a) => ({ userId: a.userId ?? '', role: a.role }));
    });
  });
  after(async () => {
    await system.close();
  });

  const db = () => system.services.db;
  const personId = async (key: string) =>
    (
      await db()
        .selectFrom('pole_entities')
        .select('id')
        .where('kind', '=', 'person')
        .where('blind_key', '=', system.services.blindIndex('person', key))
        .executeTakeFirst()
    )?.id;

  test('every report was triaged and people were extracted', async () => {
    const reports = await db()
      .selectFrom('reports')
      .select(db().fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(reports.n), summary.reports);
    assert.ok(summary.reports > 300);
    const states = await db().selectFrom('report_processing').select('state').execute();
    assert.equal(states.length, summary.reports);
    assert.ok(
      states.every((s) => s.state === 'done'),
      'nothing left for the worker',
    );
    const people = await db()
      .selectFrom('pole_entities')
      .select(db().fn.countAll<string>().as('n'))
      .where('kind', '=', 'person')
      .executeTakeFirstOrThrow();
    assert.ok(Number(people.n) >= 20, `people extracted: ${people.n}`);
  });

  test('the three lines are deal lines with their people and roles', async () => {
    const lines = await db().selectFrom('deal_lines').select(['id', 'brand_name', 'status']).execute();
    assert.equal(lines.length, 3);
    assert.ok(lines.every((l) => l.status === 'confirmed' && /^the .+ line$/.test(l.brand_name)));
    const roles = await db()
      .selectFrom('deal_line_people')
      .select(['deal_line_id', 'role'])
      .where('removed_at', 'is', null)
      .execute();
    for (const line of lines) {
      assert.ok(
        roles.some((r) => r.deal_line_id === line.id),
        `${line.brand_name} has people with roles`,
      );
    }
    // A holder in a city rarely appears in local reports: at least one line names theirs.
    assert.ok(roles.some((r) => r.role === 'line_holder'));
    assert.ok(roles.filter((r) => r.role === 'runner').length >= 2);
    assert.equal(summary.linePeople, roles.length);
  });

  test('the intelligence, neighbourhood and safeguarding teams have their members', async () => {
    const teams = await db()
      .selectFrom('teams as t')
      .leftJoin('team_members as m', 'm.team_id', 't.id')
      .select((eb) => ['t.name', eb.fn.count<string>('m.user_id').as('members')])
      .groupBy('t.name')
      .execute();
    for (const name of ['Intelligence unit', 'Neighbourhood policing', 'Safeguarding hub']) {
      const team = teams.find((t) => t.name === name);
      assert.ok(team && Number(team.members) >= 1, `${name} exists with members`);
    }
  });

  test('alerts are spread over recent weeks', async () => {
    const now = system.clock.now().getTime();
    const alerts = await db().selectFrom('correlation_alerts').select('last_fired_at').execute();
    const weeksAgo = new Set(
      alerts
        .map((a) => Math.floor((now - new Date(a.last_fired_at).getTime()) / (7 * day)))
        .filter((w) => w >= 0 && w < 6),
    );
    assert.ok(weeksAgo.size >= 3, `alerts fired in ${String(weeksAgo.size)} of the last 6 weeks`);
  });

  test('intelligence is graded, reviewed and disseminated', async () => {
    const rows = await db().selectFrom('intelligence_reports').select(['status', 'handling_code']).execute();
    const statuses = new Set(rows.map((r) => r.status));
    assert.ok(rows.length >= 9 && rows.every((r) => r.handling_code !== null), 'every one graded');
    assert.ok(statuses.has('disseminated'), [...statuses].join(','));
    assert.ok(statuses.has('approved'), [...statuses].join(','));
    assert.deepEqual(summary.intelligence, { graded: 9, reviewed: 6, disseminated: 3 });
    const shared = await db().selectFrom('intelligence_disseminations').select('recipient_id').execute();
    assert.ok(shared.length >= 3);
  });

  test('staff have asked reporters questions and some have replied', async () => {
    const messages = await db().selectFrom('report_messages').select(['author', 'report_id']).execute();
    assert.ok(messages.filter((m) => m.author === 'staff').length >= 4);
    assert.ok(messages.filter((m) => m.author === 'reporter').length >= 3);
  });

  test('"Marcus Reid aka Tiny" records Tiny as Marcus Reid’s alias', async () => {
    const marcus = await personId('name:marcus reid');
    const tiny = await personId('nickname:tiny');
    assert.ok(marcus && tiny, 'both are person entities');
    const [a, b] = marcus < tiny ? [marcus, tiny] : [tiny, marcus];
    const alias = await db()
      .selectFrom('pole_links')
      .select('kind')
      .where('entity_a', '=', a)
      .where('entity_b', '=', b)
      .where('kind', '=', 'alias')
      .executeTakeFirst();
    assert.ok(alias, 'an alias link between them');
  });

  test('the demo staff secrets are random and kept in a private file', () => {
    const accounts = parseDemoAccounts(readFileSync(accountsFile, 'utf8'));
    assert.ok(accounts.length >= 7);
    assert.equal(new Set(accounts.map((a) => a.password)).size, accounts.length);
    assert.ok(accounts.every((a) => a.password.length >= 24));
  });
});
