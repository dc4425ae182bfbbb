import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testActor, useStaffAppByHeader } from '../support/staff.ts';

// Care Act s.42 enquiries (issue 15): only for an adult's case, only when all three conditions of
// the duty hold, with the cuckooing types and the adult's wishes; concluded once with an outcome
// at the version read. The test clock is Thursday 26 November 2026.

type Enquiry = {
  id: string;
  status: string;
  outcomeLabel: string | null;
  wishes: string;
  cuckooTypeLabels: string[];
  version: number;
};

describe('casework: Care Act s.42 enquiries', () => {
  const staff = useStaffAppByHeader({
    lead: testActor('lead-1', ['safeguarding_lead']),
    officer: testActor('officer-1', ['officer']),
  });

  const post = (url: string, payload: Record<string, unknown>, actor = 'lead') =>
    staff.app.inject({ method: 'POST', url, headers: { 'x-test-actor': actor }, payload });
  const list = async (caseId: string) =>
    (
      await staff.app.inject({
        method: 'GET',
        url: `/api/casework/cases/${caseId}/s42-enquiries`,
        headers: { 'x-test-actor': 'lead' },
      })
    ).json<{ items: Enquiry[] }>().items;
  const open = async (subjectKind: 'child' | 'adult', name: string) =>
    (
      await post('/api/casework/cases', {
        subjectKind,
        subject: { name },
        source: 'manual',
        summary: 'Flat taken over by a line',
      })
    ).json<{ id: string }>().id;
  const all = {
    careAndSupportNeeds: true,
    abuseOrNeglect: true,
    cannotProtectThemselves: true,
    cuckooTypes: ['drug_dealing', 'financial_abuse'],
    wishes: 'Wants the visitors gone and to keep the tenancy',
  };

  test('the duty needs an adult and all three conditions; bad input writes nothing', async () => {
    const child = await open('child', 'Child Y Example');
    assert.equal((await post(`/api/casework/cases/${child}/s42-enquiries`, all)).statusCode, 400);
    const adult = await open('adult', 'Adult Z Example');
    const partial = await post(`/api/casework/cases/${adult}/s42-enquiries`, {
      ...all,
      cannotProtectThemselves: false,
    });
    assert.equal(partial.statusCode, 400);
    assert.match(partial.body, /needs all three conditions/);
    const badType = await post(`/api/casework/cases/${adult}/s42-enquiries`, { ...all, cuckooTypes: ['parties'] });
    assert.equal(badType.statusCode, 400);
    assert.equal((await post(`/api/casework/cases/${adult}/s42-enquiries`, all, 'officer')).statusCode, 403);
    assert.deepEqual(await list(adult), []);
  });

  test('an enquiry starts, and concludes once at the version read', async () => {
    const adult = await open('adult', 'Adult Q Example');
    const started = await post(`/api/casework/cases/${adult}/s42-enquiries`, all);
    assert.equal(started.statusCode, 201, started.body);
    const [enquiry] = await list(adult);
    assert.ok(enquiry);
    assert.equal(enquiry.wishes, 'Wants the visitors gone and to keep the tenancy');
    assert.deepEqual(enquiry.cuckooTypeLabels, ['Drug dealing or storage', 'Financial abuse']);
    const url = `/api/casework/cases/${adult}/s42-enquiries/${enquiry.id}/conclude`;
    assert.equal((await post(url, { outcome: 'risk_reduced', on: '2026-11-20', expectedVersion: 1 })).statusCode, 400);
    assert.equal((await post(url, { outcome: 'risk_reduced', on: '2026-11-26', expectedVersion: 2 })).statusCode, 409);
    assert.equal((await post(url, { outcome: 'risk_reduced', on: '2026-11-26', expectedVersion: 1 })).statusCode, 204);
    assert.equal((await post(url, { outcome: 'risk_removed', on: '2026-11-26', expectedVersion: 2 })).statusCode, 409);
    const [after] = await list(adult);
    assert.ok(after);
    assert.equal(after.status, 'concluded');
    assert.equal(after.outcomeLabel, 'Risk reduced');
  });
});
