import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { buildNetworkWorld, type NetworkWorld } from '../support/network-world.ts';
import { testActor, useStaffAppByHeader } from '../support/staff.ts';

// Issue 14, small gaps: an arrest recorded under a warrant must fall within the warrant's life:
// not before the day it was issued, and not after it expired if it was never executed.

const analyst = testActor('analyst-1', ['intelligence_analyst']);
const inspector = testActor('inspector-1', ['intelligence_supervisor']);
const officer = testActor('officer-1', ['officer']);

describe('operations: an arrest under a warrant falls within the warrant’s life', () => {
  const staff = useStaffAppByHeader({ officer });
  let world: NetworkWorld;
  let warrantId = '';

  before(async () => {
    world = await buildNetworkWorld(staff.system.services);
    const warrants = staff.system.services.operations.warrants;
    ({ id: warrantId } = await warrants.apply(analyst, {
      intelligenceIds: [],
      premises: 'Flat 1, 12 Example Road, St Albans AL1 1AA',
      personEntityIds: [],
      searchPersonsFound: true,
      drugsSought: ['crack_cocaine'],
      entriesSought: 1,
      grounds: 'Officer sightings of class A supply from the flat over the last fortnight.',
      undermining: 'Nothing known',
      plannedExecutionOn: '2026-11-28',
    }));
    await warrants.authorise(inspector, warrantId, { note: 'Proportionate', expectedVersion: 1 });
    await warrants.decide(analyst, warrantId, {
      decision: 'issued',
      court: 'St Albans Magistrates’ Court',
      decidedOn: '2026-11-26',
      expectedVersion: 2,
    });
  });

  const arrestCount = async () =>
    Number(
      (
        await staff.system.services.db
          .selectFrom('ops_arrests')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const record = (arrestedAt: string) =>
    staff.app.inject({
      method: 'POST',
      url: '/api/operations/arrests',
      headers: { 'x-test-actor': 'officer' },
      payload: {
        personEntityId: world.networks[0]!.holder,
        arrestedAt,
        place: 'Flat 1, 12 Example Road',
        warrantId,
        suspectedOffence: 'mda_s5_3',
        childAtArrest: false,
      },
    });

  test('an arrest before the warrant was issued is refused, naming the field; nothing written', async () => {
    const before = await arrestCount();
    const early = await record('2026-11-25T18:00:00Z');
    assert.equal(early.statusCode, 400);
    assert.match(early.headers['content-type'] ?? '', /problem\+json/);
    const body = early.json<{ detail?: string; errors?: { field: string; message: string }[] }>();
    assert.deepEqual(
      body.errors?.map((e) => e.field),
      ['arrestedAt'],
    );
    assert.match(body.errors.map((e) => e.message).join(' '), /before the warrant was issued on 2026-11-26/);
    assert.equal(await arrestCount(), before, 'nothing written');
    const sameDay = await record('2026-11-26T06:20:00Z');
    assert.equal(sameDay.statusCode, 201, sameDay.body);
    assert.equal(await arrestCount(), before + 1);
  });

  test('the warrant lists the arrests made under it with the person’s name', async () => {
    const warrant = await staff.system.services.operations.warrants.get(officer, warrantId);
    assert.deepEqual(
      warrant.results.arrests.map((a) => [a.personId, a.personLabel]),
      [[world.networks[0]!.holder, 'Marcus Vane']],
    );
    const viaApi = await staff.app.inject({
      method: 'GET',
      url: `/api/operations/warrants/${warrantId}`,
      headers: { 'x-test-actor': 'officer' },
    });
    assert.equal(viaApi.statusCode, 200);
    assert.match(viaApi.body, /"personLabel":"Marcus Vane"/);
  });

  test('an arrest after an unexecuted warrant expired is refused', async () => {
    const row = await staff.system.services.db
      .selectFrom('ops_warrants')
      .select('expires_at')
      .where('id', '=', warrantId)
      .executeTakeFirstOrThrow();
    assert.ok(row.expires_at);
    staff.system.clock.advance(row.expires_at.getTime() - staff.system.clock.now().getTime() + 5 * 86_400_000);
    const before = await arrestCount();
    const late = await record(new Date(row.expires_at.getTime() + 86_400_000).toISOString());
    assert.equal(late.statusCode, 400);
    const body = late.json<{ errors?: { field: string; message: string }[] }>();
    assert.equal(body.errors?.[0]?.field, 'arrestedAt');
    assert.match(body.errors.map((e) => e.message).join(' '), /expired unexecuted/);
    assert.equal(await arrestCount(), before, 'nothing written');
    const inTime = await record(new Date(row.expires_at.getTime() - 86_400_000).toISOString());
    assert.equal(inTime.statusCode, 201, inTime.body);
  });
});
