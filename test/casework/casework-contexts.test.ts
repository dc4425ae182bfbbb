import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testActor, useStaffAppByHeader } from '../support/staff.ts';

// Contextual safeguarding (issue 15): a place carries its own interventions; bad input changes
// nothing; only the safeguarding lead reads or records them, and every read is audited.

describe('casework: contexts carry interventions', () => {
  const staff = useStaffAppByHeader({
    lead: testActor('lead-1', ['safeguarding_lead']),
    officer: testActor('officer-1', ['officer']),
  });

  const call = (method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>, actor = 'lead') =>
    staff.app.inject({ method, url, headers: { 'x-test-actor': actor }, ...(payload ? { payload } : {}) });

  test('a park gets interventions in date order; future dates and unknown agencies are refused', async () => {
    assert.equal(
      (await call('POST', '/api/casework/contexts', { kind: 'car_park', name: 'Example Park' })).statusCode,
      400,
    );
    const made = await call('POST', '/api/casework/contexts', { kind: 'park', name: 'Example Park skate area' });
    assert.equal(made.statusCode, 201, made.body);
    const { id } = made.json<{ id: string }>();
    const url = `/api/casework/contexts/${id}/interventions`;
    assert.equal(
      (await call('POST', url, { ownerAgency: 'police', description: 'Patrols', takenOn: '2026-12-01' })).statusCode,
      400,
    );
    assert.equal(
      (await call('POST', url, { ownerAgency: 'parks', description: 'Lighting fixed', takenOn: '2026-11-20' }))
        .statusCode,
      400,
    );
    assert.equal(
      (
        await call('POST', url, {
          ownerAgency: 'police',
          description: 'Extra patrols 3pm to 6pm',
          takenOn: '2026-11-24',
        })
      ).statusCode,
      201,
    );
    assert.equal(
      (
        await call('POST', url, {
          ownerAgency: 'other',
          description: 'Council fixed the lighting',
          takenOn: '2026-11-19',
        })
      ).statusCode,
      201,
    );
    const read = (await call('GET', `/api/casework/contexts/${id}`)).json<{
      name: string;
      interventions: { description: string; takenOn: string }[];
    }>();
    assert.equal(read.name, 'Example Park skate area');
    assert.deepEqual(
      read.interventions.map((i) => i.takenOn),
      ['2026-11-19', '2026-11-24'],
    );
    assert.equal((await call('GET', '/api/casework/contexts', undefined, 'officer')).statusCode, 403);
    const events = await staff.system.services.db
      .selectFrom('audit_events')
      .select('action')
      .where('action', 'like', 'casework.context.%')
      .execute();
    assert.ok(events.some((e) => e.action === 'casework.context.read'));
    assert.equal(events.filter((e) => e.action === 'casework.context.intervene').length, 2);
  });
});
