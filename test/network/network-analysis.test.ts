import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { noFilters } from '../../src/modules/pole/index.ts';
import { createKeyPlayersService } from '../../src/modules/network/key-players.service.ts';
import { AppError } from '../../src/platform/http/app-errors.ts';
import { buildNetworkWorld, loadAllLinks, referenceDistances, type NetworkWorld } from '../support/network-world.ts';
import { testActor } from '../support/staff.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

const analyst = testActor('analyst-1', ['intelligence_analyst']);

describe('link analysis over the POLE store', () => {
  let system: TestSystem;
  let world: NetworkWorld;
  before(async () => {
    system = await createTestSystem();
    world = await buildNetworkWorld(system.services);
  });
  after(async () => {
    await system.close();
  });

  test('k-hop expansion returns exactly the entities a reference BFS finds, with each link’s reports', async () => {
    const links = await loadAllLinks(system.services);
    const blade = world.networks[0]!;
    for (const hops of [1, 2, 3]) {
      const view = await system.services.network.expand(analyst, {
        seeds: [blade.linePhone],
        hops,
        filters: noFilters,
        maxNodes: 2000,
      });
      const expected = referenceDistances(links, [blade.linePhone], hops);
      assert.deepEqual(new Set(view.nodes.map((n) => n.id)), new Set(expected.keys()), `${String(hops)} hops`);
      for (const node of view.nodes) assert.equal(node.depth, expected.get(node.id));
      const ids = new Set(view.nodes.map((n) => n.id));
      const induced = links.filter((l) => ids.has(l.entity_a) && ids.has(l.entity_b));
      assert.equal(view.links.length, induced.length, 'every link among the returned entities');
      assert.equal(view.truncated, false);
    }
    const oneHop = await system.services.network.expand(analyst, {
      seeds: [blade.linePhone],
      hops: 1,
      filters: noFilters,
      maxNodes: 100,
    });
    const sources = await system.services.db.selectFrom('pole_link_sources').select(['link_id', 'report_id']).execute();
    for (const link of oneHop.links) {
      const expected = sources.filter((s) => s.link_id === link.id).map((s) => s.report_id);
      assert.deepEqual(new Set(link.reportIds), new Set(expected));
      assert.equal(link.sourceCount, expected.length);
      assert.ok(link.reportIds.every((r) => blade.reportIds.includes(r)));
    }
    assert.equal(oneHop.nodes.find((n) => n.id === blade.linePhone)?.label, '+447700900001');
  });

  test('filters: kinds, minimum confidence, time window and the node cap', async () => {
    const blade = world.networks[0]!;
    const people = await system.services.network.expand(analyst, {
      seeds: [blade.linePhone],
      hops: 2,
      filters: { ...noFilters, kinds: ['person'] },
      maxNodes: 500,
    });
    assert.ok(people.nodes.every((n) => n.kind === 'person' || n.id === blade.linePhone));
    assert.ok(people.nodes.some((n) => n.id === blade.childRunner));

    const strong = await system.services.network.expand(analyst, {
      seeds: [blade.linePhone],
      hops: 1,
      filters: { ...noFilters, minConfidence: 0.5 },
      maxNodes: 500,
    });
    assert.ok(strong.links.length > 0 && strong.links.every((l) => l.confidence >= 0.5));
    assert.deepEqual(
      new Set(strong.nodes.map((n) => n.id)),
      new Set([blade.linePhone, blade.holder, blade.childRunner, blade.trapHouse]),
    );

    const early = await system.services.network.expand(analyst, {
      seeds: [blade.linePhone],
      hops: 1,
      filters: { ...noFilters, from: '2026-10-01', to: '2026-10-01' },
      maxNodes: 500,
    });
    assert.deepEqual(new Set(early.nodes.map((n) => n.id)), new Set([blade.linePhone, blade.trapHouse]));

    const capped = await system.services.network.expand(analyst, {
      seeds: [blade.linePhone],
      hops: 3,
      filters: noFilters,
      maxNodes: 4,
    });
    assert.equal(capped.nodes.length, 4);
    assert.equal(capped.truncated, true);
  });

  test('shortest path matches the reference distance; none across unconnected networks', async () => {
    const links = await loadAllLinks(system.services);
    const [blade, spice, ghost] = world.networks as [NetworkWorldNet, NetworkWorldNet, NetworkWorldNet];
    const pairs: [string, string][] = [
      [blade.childRunner, blade.stash],
      [blade.linePhone, blade.holderPhone],
      [blade.stash, spice.trapHouse],
      [spice.holderPhone, blade.holderPhone],
    ];
    for (const [from, to] of pairs) {
      const expected = referenceDistances(links, [from]).get(to);
      const result = await system.services.network.path(analyst, { from, to, filters: noFilters, maxDepth: 6 });
      if (expected === undefined || expected > 6) {
        assert.equal(result.found, false);
        continue;
      }
      assert.equal(result.found, true);
      assert.equal(result.path.length - 1, expected);
      assert.equal(result.path[0], from);
      assert.equal(result.path.at(-1), to);
      for (let i = 0; i + 1 < result.path.length; i += 1) {
        const [x, y] = [result.path[i]!, result.path[i + 1]!];
        assert.ok(result.links.some((l) => (l.source === x && l.target === y) || (l.source === y && l.target === x)));
      }
      assert.ok(result.links.every((l) => l.reportIds.length > 0));
    }
    const apart = await system.services.network.path(analyst, {
      from: blade.childRunner,
      to: ghost.childRunner,
      filters: noFilters,
      maxDepth: 6,
    });
    assert.equal(apart.found, false);
    assert.deepEqual(apart.path, []);
  });

  test('whole-store communities (Louvain, in the background) recover each planted line', async () => {
    const started = await system.services.communities.start(analyst, { minConfidence: 0, from: null, to: null });
    assert.equal(started.status, 'pending');
    const again = await system.services.communities.start(analyst, { minConfidence: 0, from: null, to: null });
    assert.equal(again.runId, started.runId, 'one run at a time');
    await system.services.background.idle();
    const latest = await system.services.communities.latest(analyst, { minSize: 2, limit: 100 });
    assert.equal(latest.run?.status, 'complete');
    assert.ok((latest.run.modularity ?? 0) > 0.3);
    const members = await system.services.db
      .selectFrom('network_community_members')
      .select(['entity_id', 'community'])
      .where('run_id', '=', latest.run.runId)
      .execute();
    const communityOf = new Map(members.map((m) => [m.entity_id, m.community]));
    const used = new Set<number>();
    for (const network of world.networks) {
      const counts = new Map<number, number>();
      for (const id of network.entityIds) counts.set(communityOf.get(id)!, (counts.get(communityOf.get(id)!) ?? 0) + 1);
      const [best, size] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
      assert.equal(size, network.entityIds.size, `${network.name}: all in one community`);
      assert.ok(!used.has(best), 'each line its own community');
      used.add(best);
      const community = members.filter((m) => m.community === best).length;
      assert.ok(community <= network.entityIds.size + 3, `${network.name}: little noise in its community`);
    }
    const sub = await system.services.communities.community(
      analyst,
      latest.run.runId,
      communityOf.get(world.networks[1]!.holder)!,
      100,
    );
    assert.ok(sub.nodes.some((n) => n.id === world.networks[1]!.holder));
    assert.ok(sub.links.every((l) => l.reportIds.length > 0));
  });

  test('analysis suggests the line, its holder, the exploited child and the trap house', async () => {
    const ghost = world.networks[2]!;
    const analysis = await system.services.network.analyse(analyst, {
      seeds: [ghost.linePhone],
      hops: 2,
      filters: noFilters,
      maxNodes: 300,
    });
    const roleOf = (id: string) => analysis.suggestions.filter((s) => s.entityId === id).map((s) => s.role);
    assert.deepEqual(roleOf(ghost.linePhone), ['possible_deal_line']);
    assert.deepEqual(roleOf(ghost.holder), ['possible_line_holder']);
    assert.deepEqual(roleOf(ghost.childRunner), ['possible_exploited_child']);
    assert.deepEqual(roleOf(ghost.trapHouse), ['possible_trap_house']);
    assert.deepEqual(roleOf(ghost.adultRunner), []);
    assert.ok(analysis.suggestions.every((s) => s.role === 'possible_deal_line' || s.evidenceReportIds.length > 0));
    assert.ok(analysis.components.length >= 1 && analysis.communities.length >= 1);
  });

  test('key players: degree at once, betweenness inline for small sub-graphs and in a worker for larger', async () => {
    const blade = world.networks[0]!;
    const query = { seeds: [blade.linePhone], hops: 1, filters: noFilters, maxNodes: 100, limit: 10 };
    const small = await system.services.keyPlayers.keyPlayers(analyst, query);
    assert.equal(small.centrality.status, 'complete');
    assert.ok(small.centrality.computedAt);
    assert.equal(small.players[0]?.id, blade.linePhone, 'the seed bridges its neighbours');
    assert.ok(small.players.every((p) => p.betweenness !== null && p.degree >= 1 && p.storeDegree >= p.degree));
    const again = await system.services.keyPlayers.keyPlayers(analyst, query);
    assert.equal(again.centrality.runId, small.centrality.runId, 'cached per sub-graph');

    const inWorker = createKeyPlayersService({ ...system.services, inlineLimit: 3 });
    const pending = await inWorker.keyPlayers(analyst, { ...query, hops: 2 });
    assert.equal(pending.centrality.status, 'pending');
    assert.ok(pending.players.every((p) => p.betweenness === null && p.degree >= 0));
    await system.services.background.idle();
    const done = await inWorker.centralityRun(analyst, pending.centrality.runId, 50);
    assert.equal(done.centrality.status, 'complete');
    assert.equal(done.players.length, pending.centrality.nodeCount);
    assert.ok(done.players[0]!.betweenness > 0);
  });

  test('entities merged away are neither reached nor returned, with or without a kind filter', async () => {
    const blade = world.networks[0]!;
    const db = system.services.db;
    await db.updateTable('pole_entities').set({ merged_into: blade.trapHouse }).where('id', '=', blade.stash).execute();
    try {
      for (const kinds of [[], ['location', 'person'] as const]) {
        const view = await system.services.network.expand(analyst, {
          seeds: [blade.adultRunner],
          hops: 1,
          filters: { ...noFilters, kinds: [...kinds] },
          maxNodes: 100,
        });
        assert.ok(!view.nodes.some((n) => n.id === blade.stash));
        assert.ok(view.nodes.some((n) => n.id === blade.trapHouse));
        assert.ok(view.links.every((l) => l.source !== blade.stash && l.target !== blade.stash));
      }
    } finally {
      await db.updateTable('pole_entities').set({ merged_into: null }).where('id', '=', blade.stash).execute();
    }
  });

  test('an unknown seed is not found; every query is audited with what it returned', async () => {
    await assert.rejects(
      system.services.network.expand(analyst, {
        seeds: ['00000000-0000-4000-8000-000000000000'],
        hops: 1,
        filters: noFilters,
        maxNodes: 10,
      }),
      (e: unknown) => e instanceof AppError && e.code === 'not_found_or_no_access',
    );
    const events = await system.services.db
      .selectFrom('audit_events')
      .select(['action', 'actor_id', 'details'])
      .where('action', 'like', 'network.%')
      .execute();
    const actions = new Set(events.map((e) => e.action));
    for (const action of [
      'network.expand',
      'network.path',
      'network.analyse',
      'network.key_players',
      'network.communities.start',
    ]) {
      assert.ok(actions.has(action), action);
    }
    const expand = events.find((e) => e.action === 'network.expand')!;
    assert.equal(expand.actor_id, 'analyst-1');
    assert.ok(Array.isArray((expand.details as { entityIds: unknown }).entityIds));
  });
});

type NetworkWorldNet = NetworkWorld['networks'][number];
