import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { noFilters } from '../../src/modules/pole/index.ts';
import { readNeo4jExport } from '../../src/modules/pole/neo4j/neo4j-files.ts';
import { importPlanIntoPole } from '../../src/modules/pole/neo4j/neo4j-pole-import.ts';
import { planNeo4jImport } from '../../src/modules/pole/neo4j/neo4j-pole-mapping.ts';
import { parseCsvRecords } from '../../src/platform/files/csv.ts';
import { testActor } from '../support/staff.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// The Neo4j POLE example (a graph we did not write) through our POLE model: the subset in
// test/fixtures/pole, checked against the CSVs themselves.

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'pole');
const csv = (kind: 'nodes' | 'relationships', name: string) =>
  parseCsvRecords(readFileSync(join(fixtures, `crime-investigation.${kind}.${name}.csv`), 'utf8'));
const analyst = testActor('analyst-1', ['intelligence_analyst']);

describe('importing the Neo4j POLE example', () => {
  let system: TestSystem;
  const idOf = new Map<string, string>();
  before(async () => {
    system = await createTestSystem();
    const plan = planNeo4jImport(readNeo4jExport(fixtures), { defaultDay: '2017-08-31' });
    await importPlanIntoPole(system.services, plan, { source: 'fixtures', actorId: 'test' });
    // Map Neo4j ids to ours through the blind index, as any lookup by identifier would.
    for (const entity of plan.entities) {
      const row = await system.services.db
        .selectFrom('pole_entities')
        .select('id')
        .where('kind', '=', entity.kind)
        .where('blind_key', '=', system.services.blindIndex(entity.kind, entity.key))
        .executeTakeFirstOrThrow();
      idOf.set(entity.sourceId, row.id);
    }
  });
  after(async () => {
    await system.close();
  });

  const count = async (table: 'pole_entities' | 'pole_links' | 'pole_mentions' | 'pole_link_sources') =>
    Number(
      (await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(system.services.db)).rows[0]?.n,
    );

  test('every person, phone, e-mail and vehicle, and each address in use, becomes one entity', async () => {
    const rows = await system.services.db
      .selectFrom('pole_entities')
      .select(['kind', (eb) => eb.fn.countAll<string>().as('n')])
      .groupBy('kind')
      .execute();
    const byKind = Object.fromEntries(rows.map((r) => [r.kind, Number(r.n)]));
    const homes = new Set(csv('relationships', 'CURRENT_ADDRESS').map((r) => r[':END_ID']));
    const scenes = new Set(csv('relationships', 'OCCURRED_AT').map((r) => r[':END_ID']));
    assert.deepEqual(byKind, {
      person: csv('nodes', 'Person').length,
      phone: csv('nodes', 'Phone').length,
      email: csv('nodes', 'Email').length,
      vehicle: csv('nodes', 'Vehicle').length,
      location: new Set([...homes, ...scenes]).size,
    });
  });

  test('each relationship is a link between the mapped entities, with its record as the source', async () => {
    const links = await system.services.db
      .selectFrom('pole_links')
      .select(['entity_a', 'entity_b', 'kind', 'source_count', 'confidence'])
      .execute();
    const has = (a: string, b: string, kind: string) => {
      const [x, y] = [idOf.get(a)!, idOf.get(b)!];
      return links.find(
        (l) => l.kind === kind && ((l.entity_a === x && l.entity_b === y) || (l.entity_a === y && l.entity_b === x)),
      );
    };
    for (const [type, kind] of [
      ['HAS_PHONE', 'has_phone'],
      ['HAS_EMAIL', 'has_email'],
      ['CURRENT_ADDRESS', 'current_address'],
      ['KNOWS', 'knows'],
      ['KNOWS_LW', 'lives_with'],
    ] as const) {
      for (const row of csv('relationships', type)) {
        const link = has(row[':START_ID']!, row[':END_ID']!, kind);
        assert.ok(link, `${type} ${row[':START_ID']!}→${row[':END_ID']!}`);
        assert.ok(link.source_count >= 1 && link.confidence > 0 && link.confidence <= 0.95);
      }
      const pairs = new Set(csv('relationships', type).map((r) => [r[':START_ID'], r[':END_ID']].sort().join('|')));
      assert.equal(links.filter((l) => l.kind === kind).length, pairs.size, `${type}: one link per pair`);
    }
    const callPairs = new Set<string>();
    const caller = new Map(csv('relationships', 'CALLER').map((r) => [r[':START_ID'], r[':END_ID']]));
    for (const r of csv('relationships', 'CALLED')) {
      callPairs.add([caller.get(r[':START_ID']), r[':END_ID']].sort().join('|'));
    }
    assert.equal(links.filter((l) => l.kind === 'called').length, callPairs.size);
  });

  test('labels, ages and recorded coordinates survive, sealed; the one child is a child', async () => {
    const person = csv('nodes', 'Person').find((p) => p.age !== '')!;
    const view = await system.services.network.expand(analyst, {
      seeds: [idOf.get(person[':ID']!)!],
      hops: 1,
      filters: noFilters,
      maxNodes: 50,
    });
    const node = view.nodes.find((n) => n.id === idOf.get(person[':ID']!))!;
    assert.equal(node.label, `${person.name!} ${person.surname!}`);
    assert.ok(
      view.nodes.some((n) => n.kind === 'location'),
      'their address',
    );
    const file = await system.services.networkExport.export(analyst, {
      format: 'geojson',
      scope: {
        kind: 'neighbourhood',
        query: { seeds: [idOf.get(person[':ID']!)!], hops: 1, filters: noFilters, maxNodes: 50 },
      },
      title: 'child at risk',
      reason: 'Testing the import',
    });
    const geo = JSON.parse(file.content.toString()) as {
      features: { id: string; geometry: { coordinates: number[] }; properties: { coordinateSource: string } }[];
    };
    const home = csv('relationships', 'CURRENT_ADDRESS').find((r) => r[':START_ID'] === person[':ID'])!;
    const location = csv('nodes', 'Location').find((l) => l[':ID'] === home[':END_ID'])!;
    const feature = geo.features.find((f) => f.id === idOf.get(location[':ID']!))!;
    assert.equal(feature.properties.coordinateSource, 'recorded');
    assert.deepEqual(feature.geometry.coordinates, [
      Number(location['longitude:double']),
      Number(location['latitude:double']),
    ]);
    const dump = await sql<{
      t: string;
    }>`select string_agg(label_sealed::text || coalesce(details_sealed::text, ''), ' ') as t from pole_entities`.execute(
      system.services.db,
    );
    assert.ok(!(dump.rows[0]?.t ?? '').includes(Buffer.from(person.surname!).toString('hex')));
  });

  test('importing again changes nothing, and the import is audited', async () => {
    const before = [
      await count('pole_entities'),
      await count('pole_links'),
      await count('pole_mentions'),
      await count('pole_link_sources'),
    ];
    const plan = planNeo4jImport(readNeo4jExport(fixtures), { defaultDay: '2017-08-31' });
    const summary = await importPlanIntoPole(system.services, plan, { source: 'fixtures', actorId: 'test' });
    assert.equal(summary.newEntities, 0);
    assert.deepEqual(
      [
        await count('pole_entities'),
        await count('pole_links'),
        await count('pole_mentions'),
        await count('pole_link_sources'),
      ],
      before,
    );
    const audits = await system.services.db
      .selectFrom('audit_events')
      .select(['actor_type', 'details'])
      .where('action', '=', 'pole.import')
      .execute();
    assert.equal(audits.length, 2);
    assert.equal(audits[0]?.actor_type, 'system');
  });

  test('a guide pattern: a shortest path between two people who know each other through friends', async () => {
    const knows = csv('relationships', 'KNOWS');
    const [first] = knows;
    const second = knows.find((r) => r[':START_ID'] === first![':END_ID'] && r[':END_ID'] !== first![':START_ID']);
    assert.ok(second, 'the fixture has a friend of a friend');
    const result = await system.services.network.path(analyst, {
      from: idOf.get(first![':START_ID']!)!,
      to: idOf.get(second[':END_ID']!)!,
      filters: { ...noFilters, kinds: ['person'] },
      maxDepth: 6,
    });
    assert.equal(result.found, true);
    assert.ok(result.path.length <= 3);
    assert.ok(result.nodes.every((n) => n.kind === 'person'));
  });
});
