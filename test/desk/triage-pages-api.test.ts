import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { before, describe, test } from 'node:test';
import { defaultThresholds } from '../../src/modules/correlation/correlation-rules.ts';
import type { ReportAnswers } from '../../src/modules/reports/index.ts';
import { sealEntityDetails } from '../../src/modules/pole/entity-details.ts';
import { entityLabelContext } from '../../src/modules/pole/pole-ingest.ts';
import { processWaitingReports } from '../../src/modules/triage/report-processor.ts';
import { testActor, useStaffAppByHeader } from '../support/staff.ts';
import { recordWebReport } from '../support/reports.ts';

// What the staff pages need beyond the first triage API: where each linked entity sits in the
// text, the other reports that mention the same entities, the reports behind each entity link,
// and a list of recently seen entities to search.

const actors = {
  analyst: testActor('analyst-1', ['intelligence_analyst']),
  officer: testActor('officer-1', ['officer']),
  partner: testActor('partner-1', ['partner_agency'], { partnerOrganisationId: 'org-a' }),
};

type LinkedEntity = { entityId: string; kind: string; field: string; spanStart: number | null; spanEnd: number | null };
type ReportPage = {
  texts: { field: string; text: string }[];
  linkedEntities: LinkedEntity[];
  relatedReports: { reportId: string; submittedOn: string; entityIds: string[] }[];
};
type EntityPage = {
  label: string;
  mergedInto: string | null;
  aliases: { id: string; label: string }[];
  details: Record<string, unknown>;
  timeline: { reportId: string }[];
  links: { other: { label: string }; sourceReportIds: string[] }[];
};
type RecentEntity = { id: string; kind: string; label: string; reportCount: number };

describe('the triage pages API', () => {
  const staff = useStaffAppByHeader(actors);
  const ids: Record<string, string> = {};
  const get = (url: string, actor: string) =>
    staff.app.inject({ method: 'GET', url, headers: { 'x-test-actor': actor } });

  before(async () => {
    const submit = async (name: string, answers: ReportAnswers) => {
      ids[name] = await recordWebReport(staff.system.services, answers);
    };
    await submit('earlier', {
      about: { categories: ['phone_messages'] },
      'anything-else': { details: 'Texts from 07700 900777 offering white and brown' },
    });
    staff.system.clock.advance(86_400_000);
    await submit('later', {
      about: { categories: ['phone_messages'] },
      'anything-else': { details: 'Deals at 14 Hatfield Road, number is 07700900777' },
    });
    await processWaitingReports({ ...staff.system.services, thresholds: defaultThresholds });
  });

  test('the report page gives each linked entity its kind and span, and the earlier report behind it', async () => {
    const response = await get(`/api/reports/${ids.later ?? ''}`, 'analyst');
    assert.equal(response.statusCode, 200);
    const body = response.json<ReportPage>();
    const phone = body.linkedEntities.find((e) => e.kind === 'phone');
    assert.ok(phone, 'the phone number is a linked entity');
    const text = body.texts.find((t) => t.field === phone.field)?.text ?? '';
    assert.equal(text.slice(phone.spanStart ?? 0, phone.spanEnd ?? 0), '07700900777');
    assert.deepEqual(
      body.relatedReports.map((r) => ({ reportId: r.reportId, entityIds: r.entityIds })),
      [{ reportId: ids.earlier, entityIds: [phone.entityId] }],
    );
  });

  test('an entity page names the reports behind each of its links', async () => {
    const report = (await get(`/api/reports/${ids.later ?? ''}`, 'analyst')).json<ReportPage>();
    const phoneId = report.linkedEntities.find((e) => e.kind === 'phone')?.entityId ?? '';
    const response = await get(`/api/entities/${phoneId}`, 'analyst');
    assert.equal(response.statusCode, 200);
    const entity = response.json<EntityPage>();
    assert.equal(entity.label, '+447700900777');
    assert.deepEqual(entity.timeline.map((t) => t.reportId).sort(), [ids.earlier, ids.later].sort());
    const street = entity.links.find((l) => /Hatfield Road/i.test(l.other.label));
    assert.ok(street, 'the phone is linked to the address named with it');
    assert.deepEqual(street.sourceReportIds, [ids.later]);
  });

  test('an entity page shows its aliases (records merged into it) and its sealed details', async () => {
    const { sealer, db } = staff.system.services;
    const person = (id: string, label: string, mergedInto: string | null) => ({
      id,
      kind: 'person' as const,
      blind_key: `test:${id}`,
      label_sealed: sealer.seal(label, entityLabelContext(id)),
      details_sealed: mergedInto ? null : sealEntityDetails(sealer, id, { age: 15, isChild: true }),
      first_seen: '2026-11-01',
      last_seen: '2026-11-02',
      merged_into: mergedInto,
    });
    const primary = randomUUID();
    const alias = randomUUID();
    await db
      .insertInto('pole_entities')
      .values([person(primary, 'Jayden Smith', null), person(alias, '“Smudge”', primary)])
      .execute();
    const page = (await get(`/api/entities/${primary}`, 'analyst')).json<EntityPage>();
    assert.deepEqual(page.aliases, [{ id: alias, label: '“Smudge”' }]);
    assert.deepEqual(page.details, { age: 15, isChild: true });
    assert.equal(page.mergedInto, null);
    const merged = (await get(`/api/entities/${alias}`, 'analyst')).json<EntityPage>();
    assert.equal(merged.mergedInto, primary);
  });

  test('recent entities can be listed by kind and filtered by their label', async () => {
    const phones = await get('/api/entities/recent?kind=phone', 'officer');
    assert.equal(phones.statusCode, 200);
    const items = phones.json<{ items: RecentEntity[] }>().items;
    assert.deepEqual(
      items.map((i) => [i.kind, i.label, i.reportCount]),
      [['phone', '+447700900777', 2]],
    );
    const filtered = await get('/api/entities/recent?text=hatfield', 'analyst');
    const labels = filtered.json<{ items: RecentEntity[] }>().items.map((i) => i.label);
    assert.ok(labels.length > 0 && labels.every((label) => /hatfield/i.test(label)), labels.join(', '));
    const none = await get('/api/entities/recent?text=nowhere%20lane', 'analyst');
    assert.deepEqual(none.json<{ items: RecentEntity[] }>().items, []);
    const audit = await staff.system.services.db
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'entity.list')
      .execute();
    assert.equal(audit.length, 3);
  });

  test('people outside the entity readers cannot list entities', async () => {
    assert.equal((await get('/api/entities/recent', 'partner')).statusCode, 403);
    assert.equal((await get('/api/entities/recent', 'nobody')).statusCode, 401);
    assert.equal((await get('/api/entities/recent?kind=spaceship', 'analyst')).statusCode, 400);
  });
});
