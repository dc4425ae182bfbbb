import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { ReportAnswers, ReportChannel } from '../../src/modules/reports/index.ts';
import { testActor, useStaffAppByHeader } from '../support/staff.ts';

const actors = { analyst: testActor('analyst-1', ['intelligence_analyst']) };

type Detail = { hasContactDetails: boolean; suggestedSourceType: string };

// Issue 12: an anonymous report asked the analyst for a reason to see "contact: anonymous",
// and the intelligence made from it defaulted to "member of the public (identified)". An
// anonymous report keeps no contact record at all, and the source type follows the report.
describe('anonymous reports and the source type of intelligence', () => {
  const staff = useStaffAppByHeader(actors);
  const ids: Record<string, string> = {};

  const store = async (channel: ReportChannel, contact: ReportAnswers['contact']) => {
    const answers: ReportAnswers = {
      about: { categories: ['drug_use'] },
      'anything-else': { details: 'people dealing in the park' },
      ...(contact ? { contact } : {}),
    };
    const recorded = await staff.system.services.db.transaction().execute((tx) =>
      staff.system.services.reports.recordNewReport(tx, {
        channel,
        answers,
        photos: [],
        actor: channel === 'web' ? { type: 'public' } : { type: 'staff', id: 'handler-1' },
      }),
    );
    return recorded.reportId;
  };

  before(async () => {
    ids.anonymous = await store('web', { choice: 'anonymous' });
    ids.identified = await store('web', {
      choice: 'contact',
      phone: '07700 900111',
      safeToContact: 'yes',
    });
    ids.phoneAnonymous = await store('phone', { choice: 'anonymous' });
    ids.partner = await store('partner', { choice: 'contact', name: 'A Worker', safeToContact: 'yes' });
  });

  const detail = async (id: string | undefined): Promise<Detail> => {
    const response = await staff.app.inject({
      method: 'GET',
      url: `/api/reports/${id ?? ''}`,
      headers: { 'x-test-actor': 'analyst' },
    });
    assert.equal(response.statusCode, 200, response.body);
    return response.json<Detail>();
  };

  test('an anonymous report has no contact details to reveal, so no reason is asked for', async () => {
    const anonymous = await detail(ids.anonymous);
    assert.equal(anonymous.hasContactDetails, false);
    const row = await staff.system.services.db
      .selectFrom('reports')
      .select('contact_sealed')
      .where('id', '=', ids.anonymous ?? '')
      .executeTakeFirstOrThrow();
    assert.equal(row.contact_sealed, null, 'nothing sealed for "anonymous"');
    const identified = await detail(ids.identified);
    assert.equal(identified.hasContactDetails, true);
  });

  test('the suggested source type follows the channel and whether the reporter gave details', async () => {
    assert.equal((await detail(ids.anonymous)).suggestedSourceType, 'public_anonymous');
    assert.equal((await detail(ids.identified)).suggestedSourceType, 'public_identified');
    assert.equal((await detail(ids.phoneAnonymous)).suggestedSourceType, 'public_anonymous');
    assert.equal((await detail(ids.partner)).suggestedSourceType, 'partner_agency');
  });

  test('intelligence made from a report without a source type takes the report’s', async () => {
    const created = await staff.app.inject({
      method: 'POST',
      url: '/api/intelligence',
      headers: { 'x-test-actor': 'analyst' },
      payload: { submissionId: ids.partner, originalText: 'Dealing in the park', priority: 'low' },
    });
    assert.equal(created.statusCode, 201, created.body);
    assert.equal(created.json<{ sourceType: string }>().sourceType, 'partner_agency');
  });
});
