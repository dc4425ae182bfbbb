import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { readZip } from '../../src/platform/files/zip.ts';
import { buildNetworkWorld, type NetworkWorld } from '../support/network-world.ts';
import { testActor, useStaffAppByHeader } from '../support/staff.ts';

const actors = {
  analyst: testActor('analyst-1', ['intelligence_analyst']),
  partner: testActor('partner-1', ['partner_agency'], { partnerOrganisationId: 'org-a' }),
};

describe('network API', () => {
  const staff = useStaffAppByHeader(actors);
  let world: NetworkWorld;
  before(async () => {
    world = await buildNetworkWorld(staff.system.services);
  });

  const get = (url: string, actor?: keyof typeof actors) =>
    staff.app.inject({ method: 'GET', url, headers: actor ? { 'x-test-actor': actor } : {} });

  test('expand answers nodes and links with their reports; anonymous 401, partner 403, bad input 400', async () => {
    const seed = world.networks[0]!.linePhone;
    const ok = await get(
      `/api/network/expand?seeds=${seed}&hops=2&kinds=person,phone,location&minConfidence=0.2`,
      'analyst',
    );
    assert.equal(ok.statusCode, 200);
    const body = ok.json<{ nodes: { id: string; kind: string }[]; links: { reportIds: string[] }[] }>();
    assert.ok(body.nodes.length > 3 && body.nodes.every((n) => ['person', 'phone', 'location'].includes(n.kind)));
    assert.ok(body.links.every((l) => l.reportIds.length > 0));
    assert.equal((await get(`/api/network/expand?seeds=${seed}`)).statusCode, 401);
    assert.equal((await get(`/api/network/expand?seeds=${seed}`, 'partner')).statusCode, 403);
    const bad = await get('/api/network/expand?seeds=nope&hops=9&kinds=drug&from=2026-13-01', 'analyst');
    assert.equal(bad.statusCode, 400);
    const fields = bad.json<{ errors: { field: string }[] }>().errors.map((e) => e.field.split('.')[0]);
    assert.deepEqual(new Set(fields), new Set(['seeds', 'hops', 'kinds', 'from']));
  });

  test('path, analysis, key players and communities answer JSON', async () => {
    const blade = world.networks[0]!;
    const path = await get(`/api/network/path?from=${blade.childRunner}&to=${blade.stash}`, 'analyst');
    assert.equal(path.json<{ found: boolean }>().found, true);
    const analysis = await get(`/api/network/analysis?seeds=${blade.linePhone}&hops=2`, 'analyst');
    assert.ok(analysis.json<{ suggestions: unknown[] }>().suggestions.length >= 3);
    const players = await get(`/api/network/key-players?seeds=${blade.linePhone}&hops=1&limit=3`, 'analyst');
    const { centrality } = players.json<{ centrality: { runId: string; status: string } }>();
    assert.equal(centrality.status, 'complete');
    assert.equal((await get(`/api/network/centrality/${centrality.runId}`, 'analyst')).statusCode, 200);
    const start = await staff.app.inject({
      method: 'POST',
      url: '/api/network/communities',
      headers: { 'x-test-actor': 'analyst' },
      payload: {},
    });
    assert.equal(start.statusCode, 202);
    await staff.system.services.background.idle();
    const latest = await get('/api/network/communities?minSize=5', 'analyst');
    const communities = latest.json<{ run: { runId: string }; communities: { community: number; size: number }[] }>();
    assert.ok(communities.communities.length >= 3);
    const one = await get(
      `/api/network/communities/${communities.run.runId}/${String(communities.communities[0]!.community)}`,
      'analyst',
    );
    assert.equal(one.statusCode, 200);
  });

  test('an export downloads as an attachment; without a reason it is refused', async () => {
    const payload = {
      format: 'i2_csv',
      reason: 'Briefing pack for Op Mantis',
      scope: { kind: 'neighbourhood', seeds: [world.networks[1]!.linePhone], hops: 2 },
    };
    const response = await staff.app.inject({
      method: 'POST',
      url: '/api/network/exports',
      headers: { 'x-test-actor': 'analyst' },
      payload,
    });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'application/zip');
    assert.match(
      String(response.headers['content-disposition']),
      /^attachment; filename="linebreak-network-\d+-i2\.zip"$/,
    );
    assert.deepEqual(
      readZip(response.rawPayload).map((e) => e.name),
      ['entities.csv', 'links.csv'],
    );
    const refused = await staff.app.inject({
      method: 'POST',
      url: '/api/network/exports',
      headers: { 'x-test-actor': 'analyst' },
      payload: { ...payload, reason: undefined },
    });
    assert.equal(refused.statusCode, 400);
  });
});
