import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { noFilters } from '../../src/modules/pole/index.ts';
import type { ExportFormat, ExportScope } from '../../src/modules/network/network-export.service.ts';
import { parseCsvRecords } from '../../src/platform/files/csv.ts';
import { readZip } from '../../src/platform/files/zip.ts';
import { AppError } from '../../src/platform/http/app-errors.ts';
import { buildNetworkWorld, type NetworkWorld } from '../support/network-world.ts';
import { testActor } from '../support/staff.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

const analyst = testActor('analyst-1', ['intelligence_analyst']);
const officer = testActor('officer-1', ['officer']);
const partner = testActor('partner-1', ['partner_agency'], { partnerOrganisationId: 'org-a' });
const safeguarding = testActor('safe-1', ['safeguarding_lead']);
const nobody = testActor('nobody-1', []);

type Attrs = Record<string, string>;
type AttributeRow = { AttributeClass: string; Value: string };
type AnxItem = Attrs & {
  Label: string;
  Description: string;
  End?: { Entity: Attrs & { Icon: { IconStyle: Attrs } } };
  Link?: Attrs & { LinkStyle: Attrs };
  AttributeCollection: { Attribute: AttributeRow[] };
};

describe('network exports and access', () => {
  let system: TestSystem;
  let world: NetworkWorld;
  let scope: ExportScope;
  before(async () => {
    system = await createTestSystem();
    world = await buildNetworkWorld(system.services);
    scope = {
      kind: 'neighbourhood',
      query: { seeds: [world.networks[0]!.linePhone], hops: 2, filters: noFilters, maxNodes: 300 },
    };
  });
  after(async () => {
    await system.close();
  });

  const exportAs = (format: ExportFormat, actor = analyst) =>
    system.services.networkExport.export(actor, {
      format,
      scope,
      title: 'Blade line',
      reason: 'Operation Mantis briefing',
    });
  const graph = () =>
    system.services.network.expand(analyst, {
      seeds: [world.networks[0]!.linePhone],
      hops: 2,
      filters: noFilters,
      maxNodes: 300,
    });

  test('ANX parses back to the same entities, labels, types and links', async () => {
    const file = await exportAs('anx');
    assert.match(file.fileName, /\.anx$/);
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name, _path, _leaf, isAttribute) =>
        !isAttribute && ['ChartItem', 'Attribute', 'EntityType', 'AttributeClass'].includes(name),
      parseAttributeValue: false,
    });
    const doc = parser.parse(file.content.toString('utf8')) as {
      Chart: Attrs & { ChartItemCollection: { ChartItem: AnxItem[] } };
    };
    const items = doc.Chart.ChartItemCollection.ChartItem;
    const ends = items.filter((i) => i.End);
    const links = items.filter((i) => i.Link);
    const expected = await graph();
    assert.equal(ends.length, expected.nodes.length);
    assert.equal(links.length, expected.links.length);
    for (const node of expected.nodes) {
      const item = ends.find((e) => e.End!.Entity.EntityId === node.id);
      assert.ok(item, node.id);
      assert.equal(item.Label, node.label);
      assert.equal(item.End!.Entity.Identity, node.id);
      const type = { person: 'Person', phone: 'Telephone', location: 'Address', vehicle: 'Vehicle' }[
        node.kind as string
      ];
      assert.equal(item.End!.Entity.Icon.IconStyle.Type, type);
      assert.ok(item.Description.length > 0);
    }
    for (const link of expected.links) {
      const item = links.find((l) =>
        l.AttributeCollection.Attribute.some((a) => a.AttributeClass === 'Linebreak ID' && a.Value === link.id),
      );
      assert.ok(item, link.id);
      assert.deepEqual(new Set([item.Link!.End1Id, item.Link!.End2Id]), new Set([link.source, link.target]));
      assert.equal(item.Link!.LinkStyle.Type, 'Link');
      const reports = item.AttributeCollection.Attribute.find((a) => a.AttributeClass === 'Source reports')!.Value;
      assert.deepEqual(new Set(reports.split(';')), new Set(link.reportIds));
    }
  });

  test('i2 CSV and plain CSV zips parse back to the graph (labels starting with + survive)', async () => {
    const expected = await graph();
    for (const format of ['i2_csv', 'csv'] as const) {
      const file = await exportAs(format);
      assert.equal(file.contentType, 'application/zip');
      const entries = new Map(readZip(file.content).map((e) => [e.name, e.content.toString('utf8')]));
      const entities = parseCsvRecords(entries.get('entities.csv')!, { unguard: true });
      const links = parseCsvRecords(entries.get('links.csv')!, { unguard: true });
      assert.equal(entities.length, expected.nodes.length);
      assert.equal(links.length, expected.links.length);
      for (const node of expected.nodes) {
        const row = entities.find((r) => r.id === node.id)!;
        assert.equal(row.label, node.label);
        assert.equal(row.first_seen, node.firstSeen);
        assert.equal(row.last_seen, node.lastSeen);
      }
      for (const link of expected.links) {
        const row = links.find((r) => r.id === link.id)!;
        const ends = format === 'i2_csv' ? [row.end1_id, row.end2_id] : [row.entity_a, row.entity_b];
        assert.deepEqual(new Set(ends), new Set([link.source, link.target]));
        assert.equal(Number(row.confidence), link.confidence);
        assert.deepEqual(new Set((row.source_report_ids ?? row.report_ids)!.split(';')), new Set(link.reportIds));
      }
      if (format === 'i2_csv') {
        const phone = entities.find((r) => r.id === world.networks[0]!.linePhone)!;
        assert.equal(phone.type, 'Telephone');
        assert.equal(phone.label, '+447700900001');
      }
    }
    const raw = readZip((await exportAs('csv')).content)
      .find((e) => e.name === 'entities.csv')!
      .content.toString();
    assert.ok(raw.includes("'+447700900001"), 'a spreadsheet will not run a cell as a formula');
  });

  test('GeoJSON places the network’s addresses on their St Albans streets', async () => {
    const file = await exportAs('geojson');
    const collection = JSON.parse(file.content.toString('utf8')) as {
      type: string;
      features: {
        id: string;
        geometry: { type: string; coordinates: [number, number] };
        properties: Record<string, unknown>;
      }[];
      properties: { withoutCoordinates: number };
    };
    assert.equal(collection.type, 'FeatureCollection');
    const blade = world.networks[0]!;
    const trap = collection.features.find((f) => f.id === blade.trapHouse)!;
    assert.equal(trap.properties.label, '10 Hatfield Road');
    assert.equal(trap.properties.coordinateSource, 'gazetteer_street');
    assert.deepEqual(trap.geometry.coordinates, [-0.329531, 51.753386]);
    assert.equal(collection.properties.withoutCoordinates, 0);
  });

  test('every export is audited with the reason, format and counts; no reason, no export', async () => {
    await exportAs('anx');
    const event = await system.services.db
      .selectFrom('audit_events')
      .select(['actor_id', 'reason', 'details'])
      .where('action', '=', 'network.export')
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    const details = event.details as { format: string; entityCount: number; linkCount: number; entityIds: string[] };
    assert.equal(event.actor_id, 'analyst-1');
    assert.equal(event.reason, 'Operation Mantis briefing');
    assert.equal(details.format, 'anx');
    const expected = await graph();
    assert.equal(details.entityCount, expected.nodes.length);
    assert.equal(details.linkCount, expected.links.length);
    await assert.rejects(
      system.services.networkExport.export(analyst, { format: 'anx', scope, title: 'x', reason: '' }),
      (e: unknown) => e instanceof AppError && e.code === 'validation_failed',
    );
  });

  test('an entity selection exports those entities and the links among them only', async () => {
    const blade = world.networks[0]!;
    const file = await system.services.networkExport.export(analyst, {
      format: 'csv',
      scope: { kind: 'entities', entityIds: [blade.holder, blade.linePhone, blade.stash], filters: noFilters },
      title: 'Selection',
      reason: 'Selected for the briefing',
    });
    const entries = new Map(readZip(file.content).map((e) => [e.name, e.content.toString('utf8')]));
    assert.equal(parseCsvRecords(entries.get('entities.csv')!).length, 3);
    const links = parseCsvRecords(entries.get('links.csv')!);
    assert.equal(links.length, 1, 'holder–line phone; the stash is not linked to either');
  });

  test('partner, safeguarding and role-less users get nothing from any graph query; officers cannot export; refusals are audited', async () => {
    const seeds = [world.networks[0]!.linePhone];
    const neighbourhood = { seeds, hops: 1, filters: noFilters, maxNodes: 50 };
    const { network, keyPlayers, communities, networkExport } = system.services;
    for (const actor of [partner, safeguarding, nobody]) {
      const calls = [
        () => network.expand(actor, neighbourhood),
        () => network.analyse(actor, neighbourhood),
        () => network.path(actor, { from: seeds[0]!, to: world.networks[0]!.stash, filters: noFilters, maxDepth: 6 }),
        () => keyPlayers.keyPlayers(actor, { ...neighbourhood, limit: 5 }),
        () => communities.start(actor, { minConfidence: 0, from: null, to: null }),
        () => communities.latest(actor, { minSize: 1, limit: 5 }),
        () => networkExport.export(actor, { format: 'anx', scope, title: 't', reason: 'a good reason' }),
      ];
      for (const call of calls) {
        await assert.rejects(call(), (e: unknown) => e instanceof AppError && e.code === 'forbidden');
      }
    }
    assert.ok((await network.expand(officer, neighbourhood)).nodes.length > 1, 'officers may read the network');
    await assert.rejects(exportAs('anx', officer), (e: unknown) => e instanceof AppError && e.code === 'forbidden');
    const denied = await system.services.db
      .selectFrom('audit_events')
      .select(['actor_id', 'details'])
      .where('action', '=', 'access.denied')
      .execute();
    assert.equal(denied.filter((d) => d.actor_id === 'partner-1').length, 7);
    assert.equal(denied.filter((d) => d.actor_id === 'safe-1').length, 7);
    assert.equal(denied.filter((d) => d.actor_id === 'nobody-1').length, 7);
    const officerDenial = denied.find((d) => d.actor_id === 'officer-1')!;
    assert.deepEqual((officerDenial.details as { missing: string[] }).missing, ['export.create']);
  });
});
