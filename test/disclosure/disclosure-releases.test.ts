import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { brotliCompressSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createPublicApp } from '../../src/main/public-app.ts';
import { createStaffApp } from '../../src/main/staff-app.ts';
import { all, parseHtml, textOf, textsOf } from '../support/html.ts';
import { appearsIn, dumpAllTables, recordWebReport } from '../support/reports.ts';
import { signInTestActorsByHeader, testActor } from '../support/staff.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// "You said, we did" releases (issue 16, ADR 0042): delayed ward totals, suppression below 5,
// four eyes, a frozen snapshot, and the public pages read only published releases. The test
// clock is Thursday 26 November 2026, so September 2026 is the latest month that may be released.

const stPeters = 'E05004799'; // AL1 3, Chequer Street
const clarence = 'E05004787'; // AL1 4
const day = 24 * 60 * 60 * 1000;

type Figure = { wardCode: string; measure: string; value: number | null; suppressed: boolean };

describe('disclosure: monthly releases of ward totals', () => {
  let system: TestSystem;
  let staff: FastifyInstance;
  let site: FastifyInstance;
  before(async () => {
    system = await createTestSystem();
    staff = await createStaffApp(system.services);
    site = await createPublicApp(system.services);
    signInTestActorsByHeader(staff, {
      analyst: testActor('analyst-1', ['intelligence_analyst']),
      supervisor: testActor('supervisor-1', ['intelligence_supervisor']),
      supervisor2: testActor('supervisor-2', ['intelligence_supervisor']),
      officer: testActor('officer-1', ['officer']),
    });
    // September 2026: 6 reports in AL1 3 (St Peters), 2 in AL1 4 (Clarence), one seizure in
    // Chequer Street (St Peters) and one at a place in no ward.
    system.clock.advance(-70 * day);
    for (let i = 0; i < 6; i++) await report('AL1 3AB');
    for (let i = 0; i < 2; i++) await report('AL1 4CD');
    system.clock.advance(70 * day);
    await seizure('2026-09-12T14:00:00Z', 'Outside 4 Chequer Street, St Albans');
    await seizure('2026-09-13T14:00:00Z', 'A lay-by on the A1(M)');
  });
  after(async () => {
    await staff.close();
    await site.close();
    await system.close();
  });

  async function report(postcode: string) {
    await recordWebReport(system.services, {
      about: { categories: ['dealing_place'] },
      where: { postcode },
    } as never);
  }
  async function seizure(at: string, place: string) {
    await system.services.db
      .insertInto('ops_seizures')
      .values({
        id: randomUUID(),
        arrest_id: null,
        warrant_id: null,
        seized_at: new Date(at),
        place,
        created_by: 'o',
        created_at: new Date(at),
      })
      .execute();
  }
  const call = (actor: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    staff.inject({
      method,
      url,
      headers: { 'x-test-actor': actor },
      ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
    });
  const figureOf = (figures: Figure[], ward: string, measure: string) =>
    figures.find((f) => f.wardCode === ward && f.measure === measure);
  const publicText = async (url: string) => textOf(parseHtml((await site.inject({ method: 'GET', url })).body));

  let septemberId = '';

  test('a month can be released only after the delay; nothing newer', async () => {
    const october = await call('analyst', 'POST', '/api/disclosure/releases', { month: '2026-10' });
    assert.equal(october.statusCode, 400);
    assert.equal(october.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.match(october.body, /October 2026 cannot be released yet: the latest month that can be is September 2026/);
    const rules = (await call('analyst', 'GET', '/api/disclosure/rules')).json<{ latestMonth: string }>();
    assert.equal(rules.latestMonth, '2026-09');
    assert.equal((await call('officer', 'POST', '/api/disclosure/releases', { month: '2026-09' })).statusCode, 403);
  });

  test('preparing counts whole wards only, suppresses 1 to 4 and shows 0 as 0', async () => {
    const prepared = await call('analyst', 'POST', '/api/disclosure/releases', { month: '2026-09' });
    assert.equal(prepared.statusCode, 201);
    const body = prepared.json<{ id: string; unplaced: Record<string, number> }>();
    septemberId = body.id;
    assert.equal(body.unplaced.seizures, 1, 'the lay-by is in no ward and is counted in none');
    const again = await call('supervisor', 'POST', '/api/disclosure/releases', { month: '2026-09' });
    assert.equal(again.statusCode, 409, 'one live release a month');

    const release = (await call('supervisor', 'GET', `/api/disclosure/releases/${septemberId}`)).json<{
      status: string;
      figures: Figure[];
    }>();
    assert.equal(release.status, 'draft');
    assert.deepEqual(figureOf(release.figures, stPeters, 'reports_received'), {
      ...figureOf(release.figures, stPeters, 'reports_received'),
      value: 6,
      suppressed: false,
    });
    const clarenceReports = figureOf(release.figures, clarence, 'reports_received');
    assert.equal(clarenceReports?.suppressed, true);
    assert.equal(clarenceReports.value, null, 'a suppressed count is never stored');
    assert.equal(figureOf(release.figures, stPeters, 'seizures')?.suppressed, true);
    assert.equal(figureOf(release.figures, clarence, 'arrests')?.value, 0);
    assert.equal(new Set(release.figures.map((f) => f.wardCode)).size, 20, 'every ward, nothing finer');

    // No place text, postcode or street reaches the release tables.
    const dump = (await dumpAllTables(system.services)).split('\n== ');
    const disclosure = dump.filter((part) => part.startsWith('disclosure_')).join('\n');
    for (const secret of ['Chequer', 'AL1 3', 'lay-by']) assert.ok(!appearsIn(disclosure, secret), secret);
  });

  test('four eyes: the preparer cannot approve; a draft or approved release is never public', async () => {
    const own = await call('supervisor', 'POST', '/api/disclosure/releases', { month: '2026-08' });
    assert.equal(own.statusCode, 201);
    const augustId = own.json<{ id: string }>().id;
    const refused = await call('supervisor', 'POST', `/api/disclosure/releases/${augustId}/approve`);
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.match(refused.body, /Someone other than the person who prepared this release/);
    assert.equal((await call('analyst', 'POST', `/api/disclosure/releases/${septemberId}/approve`)).statusCode, 403);
    assert.equal((await call('supervisor', 'POST', `/api/disclosure/releases/${septemberId}/publish`)).statusCode, 409);

    const approved = await call('supervisor', 'POST', `/api/disclosure/releases/${septemberId}/approve`);
    assert.equal(approved.statusCode, 200);
    assert.equal(approved.json<{ approvedBy: string }>().approvedBy, 'supervisor-1');
    const ward = await publicText(`/you-said-we-did/${stPeters}`);
    assert.match(ward, /No results have been published yet/);
    assert.doesNotMatch(ward, /September 2026/);

    const denied = await system.services.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('action', '=', 'access.denied')
      .execute();
    assert.ok(
      denied.some((e) => JSON.stringify(e.details).includes('four_eyes')),
      'the refusal is audited',
    );
  });

  test('publishing is a separate act; the page shows the frozen snapshot, not later data', async () => {
    const published = await call('supervisor', 'POST', `/api/disclosure/releases/${septemberId}/publish`);
    assert.equal(published.statusCode, 200);
    assert.equal(published.json<{ status: string }>().status, 'published');

    // A late report for September changes nothing already published.
    system.clock.advance(-70 * day);
    await report('AL1 3AB');
    system.clock.advance(70 * day);

    const html = parseHtml((await site.inject({ method: 'GET', url: `/you-said-we-did/${stPeters}` })).body);
    const rows = all(html, 'table:first-of-type tbody tr').map((row) => textsOf(row, 'th, td'));
    assert.match(textOf(html), /In September 2026 \(published 26 November 2026\)/);
    assert.deepEqual(
      rows.find((r) => r[0] === 'Reports received'),
      ['Reports received', '6'],
    );
    assert.deepEqual(
      rows.find((r) => r[0] === 'Seizures of drugs, cash or weapons'),
      ['Seizures of drugs, cash or weapons', 'fewer than 5'],
    );
    const figures = (await call('supervisor', 'GET', `/api/disclosure/releases/${septemberId}`)).json<{
      figures: Figure[];
    }>().figures;
    assert.equal(figureOf(figures, stPeters, 'reports_received')?.value, 6);
    await assert.rejects(
      system.services.db.updateTable('disclosure_release_figures').set({ value: 99 }).execute(),
      /frozen snapshot/,
    );
    assert.match(await publicText('/you-said-we-did/history'), /September 2026/);
    const index = parseHtml((await site.inject({ method: 'GET', url: '/you-said-we-did' })).body);
    assert.ok(all(index, 'main a').some((a) => a.getAttribute('href') === `/you-said-we-did/${stPeters}`));
  });

  test('a withdrawn release leaves the public pages; every step is audited', async () => {
    assert.equal(
      (await call('supervisor2', 'POST', `/api/disclosure/releases/${septemberId}/withdraw`, { reason: '' }))
        .statusCode,
      400,
    );
    const withdrawn = await call('supervisor2', 'POST', `/api/disclosure/releases/${septemberId}/withdraw`, {
      reason: 'A ward boundary error',
    });
    assert.equal(withdrawn.statusCode, 200);
    assert.doesNotMatch(await publicText(`/you-said-we-did/${stPeters}`), /September 2026/);
    assert.doesNotMatch(await publicText('/you-said-we-did/history'), /September 2026/);
    const actions = (
      await system.services.db
        .selectFrom('audit_events')
        .select('action')
        .where('action', 'like', 'disclosure.release.%')
        .execute()
    ).map((e) => e.action);
    for (const action of ['prepare', 'approve', 'publish', 'withdraw', 'read']) {
      assert.ok(actions.includes(`disclosure.release.${action}`), action);
    }
    assert.equal((await site.inject({ method: 'GET', url: '/you-said-we-did/E99999999' })).statusCode, 404);
  });

  test('priorities: chosen from fixed lists by a supervisor, shown for the current period', async () => {
    const body = { priorities: [{ topic: 'cuckooing', actions: ['welfare_visits', 'closure_orders'] }] };
    assert.equal((await call('analyst', 'POST', `/api/disclosure/priorities/${stPeters}`, body)).statusCode, 403);
    const freeText = await call('supervisor', 'POST', `/api/disclosure/priorities/${stPeters}`, {
      priorities: [{ topic: 'Dealing at 4 Chequer Street', actions: ['warrants'] }],
    });
    assert.equal(freeText.statusCode, 400);
    const set = await call('supervisor', 'POST', `/api/disclosure/priorities/${stPeters}`, body);
    assert.equal(set.statusCode, 200);
    assert.equal(set.json<{ period: { name: string } }>().period.name, 'September to December 2026');
    const page = await publicText(`/you-said-we-did/${stPeters}`);
    assert.match(page, /Priorities for September to December 2026/);
    assert.match(page, /You said: Vulnerable people whose homes are taken over by dealers/);
    assert.match(page, /Visiting people at risk to offer support/);
    assert.match(await publicText(`/you-said-we-did/${clarence}`), /have not been published yet/);
  });

  test('a ward page with six published months stays within 15 KB compressed', async () => {
    const august = (await call('supervisor', 'GET', '/api/disclosure/releases'))
      .json<{
        items: { id: string; month: string; status: string }[];
      }>()
      .items.find((r) => r.month === '2026-08' && r.status === 'draft');
    const ids = [august?.id ?? ''];
    for (const month of ['2026-03', '2026-04', '2026-05', '2026-06', '2026-07']) {
      ids.push((await call('analyst', 'POST', '/api/disclosure/releases', { month })).json<{ id: string }>().id);
    }
    for (const id of ids) {
      assert.equal((await call('supervisor2', 'POST', `/api/disclosure/releases/${id}/approve`)).statusCode, 200);
      assert.equal((await call('supervisor2', 'POST', `/api/disclosure/releases/${id}/publish`)).statusCode, 200);
    }
    for (const url of ['/you-said-we-did', `/you-said-we-did/${stPeters}`, '/you-said-we-did/history']) {
      const page = await site.inject({ method: 'GET', url });
      assert.equal(page.statusCode, 200, url);
      const compressed = brotliCompressSync(page.rawPayload).length;
      assert.ok(compressed <= 15 * 1024, `${url}: ${String(compressed)} bytes`);
    }
    const ward = parseHtml((await site.inject({ method: 'GET', url: `/you-said-we-did/${stPeters}` })).body);
    assert.deepEqual(textsOf(ward, 'main caption').slice(1), [
      'In July 2026',
      'In June 2026',
      'In May 2026',
      'In April 2026',
      'In March 2026',
    ]);
  });
});
