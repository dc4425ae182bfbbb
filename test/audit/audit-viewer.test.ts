import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { createStaffApp } from '../../src/main/staff-app.ts';
import { auditEventBy, buildActor } from '../../src/modules/access/actor.ts';
import { type StaffClient, userWithSession } from '../support/staff.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

describe('the audit viewer', () => {
  let system: TestSystem;
  let app: FastifyInstance;
  let admin: StaffClient;
  let supervisor: StaffClient;
  let supervisorId: string;

  before(async () => {
    system = await createTestSystem();
    app = await createStaffApp(system.services);
    admin = (await userWithSession(system, app, ['administrator'])).client;
    const sup = await userWithSession(system, app, ['intelligence_supervisor']);
    supervisor = sup.client;
    supervisorId = sup.userId;
    // A sensitive read as a later feature would record it, with a reason typed by a user.
    const analyst = buildActor({
      userId: 'analyst-1',
      displayName: 'A',
      roles: ['intelligence_analyst'],
      teamIds: [],
      partnerOrganisationId: null,
    });
    await system.services.db.transaction().execute((tx) =>
      system.services.audit.record(
        tx,
        auditEventBy({ ...analyst, requestId: 'req-1' }, 'report.read_sensitive', {
          subject: { type: 'report', id: 'R-42' },
          reason: '=HYPERLINK("http://evil.example","click")',
          details: { fields: ['contact'] },
        }),
      ),
    );
  });
  after(async () => {
    await app.close();
    await system.close();
  });

  test('a supervisor sees the history of any record, and looking is itself recorded', async () => {
    const response = await supervisor.request({ method: 'GET', url: '/api/audit/records/report/R-42' });
    assert.equal(response.statusCode, 200);
    const events = response.json<{ action: string; reason: string; requestId: string }[]>();
    assert.deepEqual(
      events.map((e) => e.action),
      ['report.read_sensitive'],
    );
    assert.equal(events[0]?.requestId, 'req-1');
    const again = await supervisor.request({ method: 'GET', url: '/api/audit/records/report/R-42' });
    assert.deepEqual(
      again.json<{ action: string; actorId: string }[]>().map((e) => [e.action, e.actorId]),
      [
        ['audit.record_history_view', supervisorId],
        ['report.read_sensitive', 'analyst-1'],
      ],
    );
  });

  test('search filters by action and pages newest first', async () => {
    const response = await admin.request({ method: 'GET', url: '/api/audit/events?action=user.create&limit=2' });
    const page = response.json<{ seq: string; action: string }[]>();
    assert.equal(page.length, 2);
    assert.ok(page.every((e) => e.action === 'user.create'));
    assert.ok(BigInt(page[0]?.seq ?? 0) > BigInt(page[1]?.seq ?? 0));
    const next = await admin.request({
      method: 'GET',
      url: `/api/audit/events?action=user.create&beforeSeq=${page[1]?.seq ?? ''}`,
    });
    assert.ok(next.json<{ seq: string }[]>().every((e) => BigInt(e.seq) < BigInt(page[1]?.seq ?? 0)));
  });

  test('an export needs a reason, is audited, and cannot smuggle a spreadsheet formula', async () => {
    const refused = await admin.request({ method: 'POST', url: '/api/audit/export', payload: { format: 'csv' } });
    assert.equal(refused.statusCode, 400);
    const csv = await admin.request({
      method: 'POST',
      url: '/api/audit/export',
      payload: { format: 'csv', action: 'report.read_sensitive', reason: 'ICO request 2026/17' },
    });
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-disposition']), /^attachment; filename="linebreak-audit-.*\.csv"$/);
    const lines = csv.body.trim().split('\r\n');
    assert.equal(
      lines[0],
      'seq,occurredAt,actorType,actorId,actorName,action,subjectType,subjectId,reason,requestId,details,prevHash,hash',
    );
    assert.equal(lines.length, 2);
    assert.ok(lines[1]?.includes(`"'=HYPERLINK(""http://evil.example"",""click"")"`), lines[1]);
    const json = await admin.request({
      method: 'POST',
      url: '/api/audit/export',
      payload: { format: 'json', reason: 'Professional Standards' },
    });
    const exported = json.json<{ reason: string; events: { action: string }[] }>();
    assert.equal(exported.reason, 'Professional Standards');
    const logged = await system.services.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'audit.export')
      .execute();
    assert.deepEqual(
      logged.map((e) => e.reason),
      ['ICO request 2026/17', 'Professional Standards'],
    );
    assert.equal((logged[0]?.details as { rows: number }).rows, 1);
  });

  test('the administrator can check the chain, and tampering shows', async () => {
    const intact = await admin.request({ method: 'POST', url: '/api/audit/verify' });
    assert.equal(intact.json<{ ok: boolean }>().ok, true);
    await sql`alter table audit_events disable trigger user`.execute(system.services.db);
    await sql`update audit_events set reason = 'routine' where action = 'report.read_sensitive'`.execute(
      system.services.db,
    );
    await sql`alter table audit_events enable trigger user`.execute(system.services.db);
    const tampered = await admin.request({ method: 'POST', url: '/api/audit/verify' });
    const result = tampered.json<{ ok: boolean; problems: { problem: string }[] }>();
    assert.equal(result.ok, false);
    assert.match(result.problems[0]?.problem ?? '', /altered/);
  });
});
