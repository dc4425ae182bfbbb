import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { before, describe, test } from 'node:test';
import { ConfigError } from '../../src/config/config.ts';
import { listStreets } from '../../src/modules/gazetteer/gazetteer.ts';
import { buildNetworkWorld, type NetworkWorld } from '../support/network-world.ts';
import { testActor, useStaffAppByHeader } from '../support/staff.ts';
import { testConfig } from '../support/test-services.ts';

const actors = {
  analyst: testActor('analyst-1', ['intelligence_analyst']),
  officer: testActor('officer-1', ['officer']),
  safeguarding: testActor('safeguarding-1', ['safeguarding_lead']),
  partner: testActor('partner-1', ['partner_agency'], { partnerOrganisationId: 'org-a' }),
  handler: testActor('handler-1', ['call_handler']),
};

type Reason = { kind: string; alertKind?: string; brandName?: string };
type Flagged = {
  type: string;
  features: {
    id: string;
    geometry: { type: string; coordinates: [number, number] };
    properties: { entityId: string; label: string; precision: string; reasons: Reason[] };
  }[];
  unplaced: { entityId: string }[];
};

describe('maps API', () => {
  const staff = useStaffAppByHeader(actors);
  let world: NetworkWorld;
  before(async () => {
    world = await buildNetworkWorld(staff.system.services);
    await staff.system.services.dealLines.create(actors.analyst, {
      phoneEntityId: world.networks[0]!.linePhone,
      brandName: 'the Blade line',
      urbanHub: 'London',
      status: 'confirmed',
      samples: [],
    });
    // A cuckooing alert on the Spice stash address: the kind a safeguarding lead may see.
    await staff.system.services.db
      .insertInto('correlation_alerts')
      .values({
        id: randomUUID(),
        kind: 'possible_cuckooing',
        entity_id: world.networks[1]!.stash,
        priority: 'high',
        first_fired_at: new Date('2026-10-10T00:00:00Z'),
        last_fired_at: new Date('2026-10-10T00:00:00Z'),
      })
      .execute();
  });

  const get = (url: string, actor?: keyof typeof actors) =>
    staff.app.inject({ method: 'GET', url, headers: actor ? { 'x-test-actor': actor } : {} });

  test('the gazetteer background is every district street as a GeoJSON point, for entity or network readers', async () => {
    const ok = await get('/api/maps/gazetteer', 'officer');
    assert.equal(ok.statusCode, 200);
    const body = ok.json<{
      type: string;
      features: { geometry: { coordinates: number[] }; properties: { name: string } }[];
    }>();
    assert.equal(body.type, 'FeatureCollection');
    assert.equal(body.features.length, listStreets().length);
    const hatfield = body.features.find((f) => f.properties.name === 'Hatfield Road');
    const [longitude = 0, latitude = 0] = hatfield?.geometry.coordinates ?? [];
    assert.ok(longitude > -0.5 && longitude < -0.1 && latitude > 51.6 && latitude < 51.9, 'St Albans, longitude first');
    assert.equal((await get('/api/maps/gazetteer', 'safeguarding')).statusCode, 200);
    assert.equal((await get('/api/maps/gazetteer')).statusCode, 401);
    assert.equal((await get('/api/maps/gazetteer', 'partner')).statusCode, 403);
    assert.equal((await get('/api/maps/gazetteer', 'handler')).statusCode, 403);
  });

  test('without a configured map server the base map is the offline background and the CSP names no other site', async () => {
    const response = await get('/api/maps/style', 'analyst');
    assert.deepEqual(response.json(), { styleUrl: null });
    const csp = String(response.headers['content-security-policy']);
    assert.match(csp, /connect-src 'self'(;|$)/);
    assert.match(csp, /worker-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /https?:\/\//);
  });

  test('an analyst sees trap-house alerts and deal-line addresses, placed by the gazetteer, and the read is audited', async () => {
    const blade = world.networks[0]!;
    const response = await get('/api/maps/flagged-locations', 'analyst');
    assert.equal(response.statusCode, 200);
    const body = response.json<Flagged>();
    const trap = body.features.find((f) => f.properties.entityId === blade.trapHouse);
    assert.ok(trap, 'the Blade trap house is on the map');
    assert.equal(trap.properties.label, '10 Hatfield Road');
    assert.equal(trap.properties.precision, 'gazetteer_street');
    assert.deepEqual(trap.properties.reasons.map((r) => r.kind).sort(), ['alert', 'deal_line']);
    assert.ok(trap.properties.reasons.some((r) => r.alertKind === 'possible_trap_house'));
    assert.ok(trap.properties.reasons.some((r) => r.brandName === 'the Blade line'));
    const spiceTrap = body.features.find((f) => f.properties.entityId === world.networks[1]!.trapHouse);
    assert.deepEqual(
      spiceTrap?.properties.reasons.map((r) => r.kind),
      ['alert'],
      'a line not recorded as a deal line is flagged by its alert only',
    );
    const event = await staff.system.services.db
      .selectFrom('audit_events')
      .select(['actor_id', 'details'])
      .where('action', '=', 'map.flagged_locations')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal(event.actor_id, 'analyst-1');
    assert.ok((event.details as { entityIds: string[] }).entityIds.includes(blade.trapHouse));
  });

  test('an officer sees deal-line addresses only; a safeguarding lead only the alert kinds they may see', async () => {
    const officer = (await get('/api/maps/flagged-locations', 'officer')).json<Flagged>();
    assert.ok(officer.features.length > 0);
    assert.ok(officer.features.every((f) => f.properties.reasons.every((r) => r.kind === 'deal_line')));
    assert.ok(!officer.features.some((f) => f.properties.entityId === world.networks[1]!.stash));
    const safeguarding = (await get('/api/maps/flagged-locations', 'safeguarding')).json<Flagged>();
    assert.deepEqual(
      safeguarding.features.map((f) => [f.properties.entityId, f.properties.reasons.map((r) => r.alertKind)]),
      [[world.networks[1]!.stash, ['possible_cuckooing']]],
      'the cuckooed address only: no trap-house alerts and no deal lines',
    );
    assert.equal((await get('/api/maps/flagged-locations')).statusCode, 401);
    assert.equal((await get('/api/maps/flagged-locations', 'partner')).statusCode, 403);
  });

  test('the time filter is applied on the server: alerts by when they last fired, line links by when last seen', async () => {
    // The clock stands at 26 November; the trap-house alerts fired now, the cuckooing alert on
    // 10 October, and the Blade line's links were last seen in early October.
    const blade = world.networks[0]!;
    const reasonsAt = (body: Flagged, entityId: string) =>
      body.features.find((f) => f.properties.entityId === entityId)?.properties.reasons.map((r) => r.kind);
    const week = await get('/api/maps/flagged-locations?period=7', 'analyst');
    assert.equal(week.statusCode, 200);
    const weekBody = week.json<Flagged & { period: string }>();
    assert.equal(weekBody.period, '7');
    assert.deepEqual(reasonsAt(weekBody, blade.trapHouse), ['alert'], 'the line link is older than a week');
    assert.equal(reasonsAt(weekBody, world.networks[1]!.stash), undefined, 'the October cuckooing alert is left out');
    const quarter = (await get('/api/maps/flagged-locations?period=90', 'analyst')).json<Flagged>();
    assert.deepEqual(reasonsAt(quarter, blade.trapHouse)?.sort(), ['alert', 'deal_line']);
    assert.deepEqual(reasonsAt(quarter, world.networks[1]!.stash), ['alert']);
    const all = (await get('/api/maps/flagged-locations', 'analyst')).json<Flagged & { period: string }>();
    assert.equal(all.period, 'all');
    assert.ok(all.features.length >= quarter.features.length);
    const event = await staff.system.services.db
      .selectFrom('audit_events')
      .select(['details'])
      .where('action', '=', 'map.flagged_locations')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal((event.details as { period: string }).period, 'all');
    const bad = await get('/api/maps/flagged-locations?period=365', 'analyst');
    assert.equal(bad.statusCode, 400);
    assert.match(String(bad.headers['content-type']), /problem\+json/);
  });
});

describe('maps API with the force’s own map server configured', () => {
  const staff = useStaffAppByHeader(actors, {
    config: testConfig({ STAFF_MAP_STYLE_URL: 'https://maps.herts.police.example/styles/streets.json' }),
  });

  test('the style URL is given to map readers and only its origin is added to the staff CSP', async () => {
    const response = await staff.app.inject({
      method: 'GET',
      url: '/api/maps/style',
      headers: { 'x-test-actor': 'officer' },
    });
    assert.deepEqual(response.json(), { styleUrl: 'https://maps.herts.police.example/styles/streets.json' });
    const csp = String(response.headers['content-security-policy']);
    assert.match(csp, /connect-src 'self' https:\/\/maps\.herts\.police\.example(;|$)/);
    assert.match(csp, /img-src 'self' data: blob: https:\/\/maps\.herts\.police\.example(;|$)/);
    assert.match(csp, /worker-src 'self'(;|$)/);
    const refused = await staff.app.inject({
      method: 'GET',
      url: '/api/maps/style',
      headers: { 'x-test-actor': 'partner' },
    });
    assert.equal(refused.statusCode, 403);
  });

  test('a style URL that is not http(s) is refused at start-up', () => {
    assert.throws(() => testConfig({ STAFF_MAP_STYLE_URL: 'javascript:alert(1)' }), ConfigError);
    assert.throws(() => testConfig({ STAFF_MAP_STYLE_URL: 'not a url' }), ConfigError);
  });
});
