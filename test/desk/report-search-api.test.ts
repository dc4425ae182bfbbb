import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { defaultThresholds } from '../../src/modules/correlation/correlation-rules.ts';
import type { ReportAnswers } from '../../src/modules/reports/index.ts';
import { eraseDerivedFromReport } from '../../src/main/report-erasure.ts';
import { eraseReport } from '../../src/modules/reports/index.ts';
import { backfillSearchIndex } from '../../src/modules/triage/report-search-index.ts';
import { processWaitingReports } from '../../src/modules/triage/report-processor.ts';
import { testActor, useStaffAppByHeader } from '../support/staff.ts';
import { recordWebReport } from '../support/reports.ts';

const actors = {
  analyst: testActor('analyst-1', ['intelligence_analyst']),
  supervisor: testActor('supervisor-1', ['intelligence_supervisor']),
  handler: testActor('handler-1', ['call_handler']),
  officer: testActor('officer-1', ['officer']),
  safeguarding: testActor('safeguarding-1', ['safeguarding_lead']),
  partner: testActor('partner-1', ['partner_agency'], { partnerOrganisationId: 'org-a' }),
};

type SearchBody = {
  total: number;
  items: { id: string; submittedOn: string; excerpt: { field: string; text: string } | null }[];
  understoodAs: { kind: string; value: string }[];
};

describe('searching reports through the blind index', () => {
  const staff = useStaffAppByHeader(actors);
  const ids: Record<string, string> = {};
  before(async () => {
    const submit = async (name: string, answers: ReportAnswers) => {
      ids[name] = await recordWebReport(staff.system.services, answers);
      staff.system.clock.advance(86_400_000);
    };
    await submit('dealer', {
      about: { categories: ['dealing_place'] },
      where: { notAboutAPlace: false, building: '12', street: 'Hatfield Road', town: 'St Albans', postcode: 'AL1 3RR' },
      who: {
        people: [{ names: 'Marcus Reid aka Tiny', description: 'tall, grey tracksuit' }],
        childInvolved: 'no',
        vulnerableAdultInvolved: 'no',
        lifeAtRisk: 'no',
      },
      vehicles: { vehicles: [{ registration: 'LN65 ABC', make: 'Audi', colour: 'black' }] },
      phones: { phones: [{ number: '+447700900123' }] },
      'anything-else': { details: 'Cars stop outside every evening and the driver hands over small packages.' },
      contact: { choice: 'contact', name: 'Priya Neighbourson', phone: '07700 900999', safeToContact: 'yes' },
    });
    await submit('park', {
      about: { categories: ['drug_use'] },
      'anything-else': { details: 'Young lads smoking weed in Verulamium Park, one called Tiny.' },
    });
    await submit('van', {
      about: { categories: ['something_else'], otherDescription: 'A white van on Hatfield Road late at night' },
      'anything-else': { details: 'Ring 07700 900 456 for a drop, the card said.' },
    });
    await processWaitingReports({ ...staff.system.services, thresholds: defaultThresholds });
  });

  const search = async (q: string, actor = 'analyst') => {
    const response = await staff.app.inject({
      method: 'GET',
      url: `/api/search/reports?q=${encodeURIComponent(q)}`,
      headers: { 'x-test-actor': actor },
    });
    return response;
  };
  const idsFor = async (q: string) => {
    const response = await search(q);
    assert.equal(response.statusCode, 200, response.body);
    return response
      .json<SearchBody>()
      .items.map((item) => item.id)
      .sort();
  };
  const sorted = (...names: string[]) => names.map((name) => ids[name] ?? '').sort();

  test('a phone number is found however it is written', async () => {
    for (const q of ['07700900123', '07700 900 123', '+44 7700 900123', '+447700900123']) {
      assert.deepEqual(await idsFor(q), sorted('dealer'), q);
    }
    assert.deepEqual(await idsFor('0770 0900 456'), sorted('van'));
  });

  test('a registration is found with any spacing or case', async () => {
    for (const q of ['LN65ABC', 'ln65 abc', 'l n 6 5 a b c', 'LN 65 ABC']) {
      assert.deepEqual(await idsFor(q), sorted('dealer'), q);
    }
  });

  test('people, nicknames, addresses, postcodes and words; every term must match', async () => {
    assert.deepEqual(await idsFor('Tiny'), sorted('dealer', 'park'));
    assert.deepEqual(await idsFor('marcus reid'), sorted('dealer'));
    assert.deepEqual(await idsFor('Reids'), sorted('dealer'), 'a plural finds the singular');
    assert.deepEqual(await idsFor('Hatfield Road'), sorted('dealer', 'van'));
    assert.deepEqual(await idsFor('hatfield van'), sorted('van'));
    assert.deepEqual(await idsFor('al1 3rr'), sorted('dealer'));
    assert.deepEqual(await idsFor('verulamium'), sorted('park'));
    assert.deepEqual(await idsFor('package'), sorted('dealer'));
    assert.deepEqual(await idsFor('tiny verulamium hatfield'), []);
    assert.deepEqual(await idsFor('nothing like this'), []);
  });

  test("the reporter's contact details are never searchable", async () => {
    assert.deepEqual(await idsFor('Neighbourson'), []);
    assert.deepEqual(await idsFor('07700 900999'), []);
  });

  test('results come newest first with a total, an excerpt around the match and how the query was read', async () => {
    const response = await search('hatfield');
    const body = response.json<SearchBody>();
    assert.equal(body.total, 2);
    assert.deepEqual(
      body.items.map((item) => item.id),
      [ids.van, ids.dealer],
    );
    assert.match(body.items[0]?.excerpt?.text ?? '', /white van on Hatfield Road/);
    const phone = (await search('07700 900 123')).json<SearchBody>();
    assert.deepEqual(phone.understoodAs, [{ kind: 'phone', value: '+447700900123' }]);
    assert.deepEqual(phone.items[0]?.excerpt, { field: 'phones.0.number', text: '+447700900123' });
    const van = (await search('07700 900 456')).json<SearchBody>();
    assert.match(van.items[0]?.excerpt?.text ?? '', /^Ring 07700 900 456/, 'the text holding the number');
    const paged = await staff.app.inject({
      method: 'GET',
      url: '/api/search/reports?q=hatfield&limit=1&offset=1',
      headers: { 'x-test-actor': 'analyst' },
    });
    const second = paged.json<SearchBody>();
    assert.equal(second.total, 2);
    assert.deepEqual(
      second.items.map((item) => item.id),
      [ids.dealer],
    );
  });

  test('only roles that read reports may search; the others are refused', async () => {
    assert.equal((await search('tiny', 'supervisor')).statusCode, 200);
    for (const actor of ['handler', 'officer', 'safeguarding', 'partner']) {
      const response = await search('tiny', actor);
      assert.equal(response.statusCode, 403, actor);
      assert.ok(!response.body.includes(ids.dealer ?? 'x'), 'a refusal names no report');
    }
  });

  test('an empty or over-long query is a 400 problem, not a search', async () => {
    const empty = await search('   ');
    assert.equal(empty.statusCode, 400);
    assert.match(empty.headers['content-type'] ?? '', /problem\+json/);
    assert.equal((await search('x'.repeat(201))).statusCode, 400);
    const bad = await staff.app.inject({
      method: 'GET',
      url: '/api/search/reports?q=tiny&limit=0',
      headers: { 'x-test-actor': 'analyst' },
    });
    assert.equal(bad.statusCode, 400);
  });

  test('each search is audited with the reports shown, and the terms only as digests', async () => {
    await search('Verulamium');
    const events = await staff.system.services.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'report.search')
      .orderBy('seq')
      .execute();
    assert.ok(events.length > 0);
    const last = events.at(-1);
    assert.ok(last);
    const details = JSON.stringify(last.details);
    assert.ok(details.includes(ids.park ?? 'x'), 'the reports shown are recorded');
    assert.ok(!/verulamium/i.test(JSON.stringify(events)), 'the search terms are not in the audit trail in clear');
    const tokens = await staff.system.services.db.selectFrom('report_search_tokens').select('token').execute();
    assert.ok(tokens.length > 20);
    assert.ok(
      tokens.every((row) => /^-?\d+$/.test(row.token)),
      'tokens are stored as digests only',
    );
  });

  test('reports stored before search existed are back-filled', async () => {
    await staff.system.services.db
      .deleteFrom('report_search_tokens')
      .where('report_id', '=', ids.park ?? '')
      .execute();
    await staff.system.services.db
      .deleteFrom('report_search_indexed')
      .where('report_id', '=', ids.park ?? '')
      .execute();
    assert.deepEqual(await idsFor('verulamium'), []);
    const indexed = await backfillSearchIndex({ ...staff.system.services });
    assert.equal(indexed, 1);
    assert.deepEqual(await idsFor('verulamium'), sorted('park'));
    assert.equal(await backfillSearchIndex({ ...staff.system.services }), 0, 'nothing left to back-fill');
  });

  test('erasing a report erases its tokens', async () => {
    const before = await staff.system.services.db
      .selectFrom('report_search_tokens')
      .select('token')
      .where('report_id', '=', ids.van ?? '')
      .execute();
    assert.ok(before.length > 5);
    await staff.system.services.db
      .transaction()
      .execute((tx) => eraseReport(tx, ids.van ?? '', eraseDerivedFromReport));
    const left = await staff.system.services.db
      .selectFrom('report_search_tokens')
      .select('token')
      .where('report_id', '=', ids.van ?? '')
      .execute();
    assert.equal(left.length, 0);
    assert.deepEqual(await idsFor('hatfield'), sorted('dealer'));
    assert.deepEqual(await idsFor('07700 900 456'), []);
  });
});
