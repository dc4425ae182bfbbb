import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoWorldOptions } from './demo-world.ts';
import { generateWorld } from './generate-world.ts';
import { STREETS } from './places.ts';
import { resolveWorldOptions, WorldOptionsError } from './world-options.ts';

const DRAMA_MOBILE = /^\+447700900\d{3}$/;
const CURRENT_VRM = /^[A-Z]{2}(0[8-9]|1\d|2[0-4]|5[8-9]|6\d|7[0-4]) [A-HJ-PR-Z]{3}$/;
const AL_POSTCODE = /^AL[1-5] \d[ABDEFGHJLNPQRSTUWXYZ]{2}$/;

test('the same seed gives byte-identical output; another seed differs', () => {
  const options = { seed: 11, reports: 250 };
  const first = JSON.stringify(generateWorld(options));
  const second = JSON.stringify(generateWorld(options));
  assert.equal(first, second);
  assert.notEqual(JSON.stringify(generateWorld({ seed: 12, reports: 250 })), first);
});

test('every line has a trap house, a child runner, a vehicle and a number that re-brands or lasts', () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    const { world } = generateWorld({ seed, reports: 300 });
    assert.equal(world.lines.length, 3);
    for (const line of world.lines) {
      assert.ok(line.trapHouses.length >= 1, `${line.id} of seed ${String(seed)} has no trap house`);
      const children = line.runnerIds.filter((id) => (world.people.find((p) => p.id === id)?.age ?? 99) < 18);
      assert.ok(children.length >= 1, `${line.id} of seed ${String(seed)} has no child runner`);
      assert.ok(line.vehicleIds.length >= 1);
      assert.match(line.name, /^the \w+ line$/);
      line.numbers.forEach((number, i) => {
        assert.equal(number.succeeds, i === 0 ? null : line.numbers[i - 1]?.e164);
        assert.ok(number.from <= number.to);
      });
    }
    assert.ok((world.lines[0]?.numbers.length ?? 0) >= 2, 'the first line re-brands to a successor number');
    assert.ok(
      world.lines.some((l) => l.trapHouses.some((t) => t.cuckooed)),
      'some trap house is a cuckooed home',
    );
  }
});

test('identifiers are fictional and well-formed: drama phones, current VRMs, AL postcodes, gazetteer streets', () => {
  const { world } = generateWorld(demoWorldOptions);
  const streetNames = new Set(STREETS.map((s) => s.name));
  const numbers = [
    ...world.people.flatMap((p) => p.phones),
    ...world.lines.flatMap((l) => l.numbers.map((n) => n.e164)),
  ];
  assert.ok(numbers.length > 0);
  assert.equal(new Set(numbers).size, numbers.length, 'no number is given to two people');
  for (const number of numbers) assert.match(number, DRAMA_MOBILE);
  for (const vehicle of world.vehicles) assert.match(vehicle.vrm, CURRENT_VRM);
  assert.equal(new Set(world.vehicles.map((v) => v.vrm)).size, world.vehicles.length);
  for (const address of world.addresses) {
    assert.match(address.postcode, AL_POSTCODE);
    assert.ok(streetNames.has(address.street), address.street);
  }
  const imeis = world.lines.flatMap((l) => l.numbers.flatMap((n) => n.handsets.map((h) => h.imei)));
  for (const imei of imeis) assert.match(imei, /^00\d{13}$/);
});

test('the world has the people a district needs', () => {
  const { world, groundTruth } = generateWorld(demoWorldOptions);
  const has = (role: string) => world.people.filter((p) => p.roles.includes(role as never)).length;
  for (const role of [
    'resident',
    'vulnerable_adult',
    'child',
    'line_holder',
    'runner',
    'driver',
    'customer',
    'recreational_user',
  ]) {
    assert.ok(has(role) > 0, `no ${role}`);
  }
  assert.ok(groundTruth.exploitedChildren.length >= world.lines.length);
  assert.ok(groundTruth.exploitedAdults.some((a) => a.how === 'cuckooed'));
  const hubs = new Set(world.lines.map((l) => l.hub));
  assert.ok([...hubs].every((hub) => ['London', 'Luton', 'Birmingham', 'Milton Keynes'].includes(hub)));
});

test('bad options are refused with a clear message', () => {
  assert.throws(() => resolveWorldOptions({ seed: -1, reports: 10 }), WorldOptionsError);
  assert.throws(() => resolveWorldOptions({ seed: 1, reports: 1.5 }), /reports must be a whole number/);
  assert.throws(() => resolveWorldOptions({ seed: 1, reports: 10, lines: 0 }), /lines must be/);
  assert.throws(() => resolveWorldOptions({ seed: 1, reports: 10, startDay: '2026-02-30' }), /startDay/);
  assert.equal(resolveWorldOptions({ seed: 1, reports: 300 }).lines, 3);
  assert.ok(resolveWorldOptions({ seed: 1, reports: 1_000_000 }).lines > 3);
});
