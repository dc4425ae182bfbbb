import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { buildNetworkWorld } from '../support/network-world.ts';
import { testActor, useStaffAppByHeader } from '../support/staff.ts';
import { crimeId, folderWith, streetCsv, type StreetRow } from './police-uk-fixtures.ts';

// Acquisitive crime near the flagged places of the planted network world, over the staff API:
// known counts round one trap house from a small police.uk file, police staff only, audited.

const actors = {
  analyst: testActor('analyst-1', ['intelligence_analyst']),
  officer: testActor('officer-1', ['officer']),
  safeguarding: testActor('safeguarding-1', ['safeguarding_lead']),
  partner: testActor('partner-1', ['partner_agency'], { partnerOrganisationId: 'org-a' }),
};

type Body = {
  referenceMonth: string | null;
  districtMapPoints: number;
  places: {
    id: string;
    mapPoints: number;
    rows: {
      category: string;
      lastThreeMonths: number;
      expected: number;
      ratio: number | null;
      previousThreeMonths: number | null;
    }[];
  }[];
};

describe('acquisitive crime near flagged places (API)', () => {
  const staff = useStaffAppByHeader(actors);
  let placeId = '';

  before(async () => {
    await buildNetworkWorld(staff.system.services);
    const flagged = await staff.system.services.maps.flaggedLocations(actors.analyst);
    const first = flagged.features[0];
    assert.ok(first, 'the network world has a placed flagged location');
    placeId = first.properties.entityId;
    const [longitude, latitude] = first.geometry.coordinates;
    // At the place: 3 burglaries Oct-Dec; 111 m north: 2 vehicle crimes in Nov; 2.2 km north:
    // 4 shoplifting in Nov and drugs in Jul-Sep (so those count as months with data).
    const north = (metres: number) => latitude + metres / 111_195;
    let n = 0;
    const row = (lat: number, month: string, type: string): StreetRow => ({
      id: crimeId((n += 1)),
      month,
      latitude: lat.toFixed(6),
      longitude: longitude.toFixed(6),
      type,
    });
    const rows = [
      ...['2021-10', '2021-11', '2021-12'].map((m) => row(latitude, m, 'Burglary')),
      row(north(111), '2021-11', 'Vehicle crime'),
      row(north(111), '2021-11', 'Vehicle crime'),
      ...Array.from({ length: 4 }, () => row(north(2200), '2021-11', 'Shoplifting')),
      ...['2021-07', '2021-08', '2021-09'].map((m) => row(north(2200), m, 'Drugs')),
      // Outside the district's LSOAs: never counted.
      { ...row(latitude, '2021-11', 'Burglary'), lsoa: 'Dacorum 001A' },
    ];
    const result = await staff.system.services.policeUkImport.importPath(
      folderWith({ '2021-12-hertfordshire-street.csv': streetCsv(rows) }),
      { actorId: 'test' },
    );
    assert.equal(result.ok, true, JSON.stringify(result.problems));
  });

  const get = (url: string, actor: keyof typeof actors) =>
    staff.app.inject({ method: 'GET', url, headers: { 'x-test-actor': actor } });

  test('an analyst sees the counts round the place against the district rate, and the read is audited', async () => {
    const response = await get('/api/context/acquisitive-crime?radius=300', 'analyst');
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json<Body>();
    assert.equal(body.referenceMonth, '2021-12');
    const place = body.places.find((p) => p.id === placeId);
    assert.ok(place);
    const row = (category: string) => place.rows.find((r) => r.category === category);
    assert.equal(row('Burglary')?.lastThreeMonths, 3);
    assert.equal(row('Vehicle crime')?.lastThreeMonths, 2);
    assert.equal(row('Shoplifting')?.lastThreeMonths, 0);
    // 2 of the district's 3 map points are within 300 m: 9 district crimes x 2/3 = 6 expected.
    assert.equal(body.districtMapPoints, 3);
    assert.equal(place.mapPoints, 2);
    assert.deepEqual(
      [row('All acquisitive')?.lastThreeMonths, row('All acquisitive')?.expected, row('All acquisitive')?.ratio],
      [5, 6, 0.83],
    );
    assert.equal(row('All acquisitive')?.previousThreeMonths, 0);
    const audit = await staff.system.services.db
      .selectFrom('audit_events')
      .select(['actor_id', 'details'])
      .where('action', '=', 'context.acquisitive_crime')
      .execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]?.actor_id, 'analyst-1');
    assert.match(JSON.stringify(audit[0].details), new RegExp(placeId));
  });

  test('a 100 m radius leaves out the vehicle crimes 111 m away', async () => {
    const body = (await get('/api/context/acquisitive-crime?radius=100', 'analyst')).json<Body>();
    const place = body.places.find((p) => p.id === placeId);
    assert.equal(place?.rows.find((r) => r.category === 'All acquisitive')?.lastThreeMonths, 3);
  });

  test('an officer may read it (only the places an officer may see: here none, no deal line yet)', async () => {
    const response = await get('/api/context/acquisitive-crime', 'officer');
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json<Body>().places, []);
  });

  test('partner agencies and safeguarding leads are refused; a bad radius is a validation error', async () => {
    assert.equal((await get('/api/context/acquisitive-crime', 'partner')).statusCode, 403);
    assert.equal((await get('/api/context/acquisitive-crime', 'safeguarding')).statusCode, 403);
    const bad = await get('/api/context/acquisitive-crime?radius=5000', 'analyst');
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /at most 1,000 metres/);
  });
});
