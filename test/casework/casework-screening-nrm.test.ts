import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testActor, useStaffAppByHeader } from '../support/staff.ts';

// CCE screening, NRM referrals and the duty to notify on a case (issue 15, item 3), through the
// staff API. The test clock starts on Thursday 26 November 2026.

type NrmAnswer = {
  id: string;
  kind: string;
  status: string;
  version: number;
  reasonableGroundsDueOn: string | null;
  recoveryPeriodEndsOn: string | null;
};
type CaseAnswer = {
  id: string;
  screenings: { riskLevel: string; reasons: string[] }[];
  nrmReferrals: NrmAnswer[];
};

describe('casework: screening and the National Referral Mechanism', () => {
  const staff = useStaffAppByHeader({ lead: testActor('lead-1', ['safeguarding_lead']) });

  const post = (url: string, payload: Record<string, unknown>) =>
    staff.app.inject({ method: 'POST', url, headers: { 'x-test-actor': 'lead' }, payload });
  const read = async (id: string) =>
    (
      await staff.app.inject({ method: 'GET', url: `/api/casework/cases/${id}`, headers: { 'x-test-actor': 'lead' } })
    ).json<CaseAnswer>();
  const openCase = async (subjectKind: 'child' | 'adult', name: string) => {
    const response = await post('/api/casework/cases', {
      subjectKind,
      subject: { name },
      source: 'manual',
      summary: 'Concern recorded by the lead',
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json<{ id: string }>().id;
  };
  const no = {
    care_history: 'no',
    missing_episodes: 'no',
    school_exclusion: 'no',
    multiple_phones: 'no',
    older_associates: 'no',
    unexplained_money: 'no',
    carrying_weapons: 'no',
    unexplained_injuries: 'no',
    substance_misuse: 'no',
    found_out_of_area: 'no',
  };

  test('a child is screened; the risk level and reasons are kept on the case', async () => {
    const id = await openCase('child', 'Child F Example');
    const screened = await post(`/api/casework/cases/${id}/screenings`, {
      answers: { ...no, missing_episodes: 'yes', found_out_of_area: 'yes', care_history: 'not_known' },
    });
    assert.equal(screened.statusCode, 201, screened.body);
    assert.equal(screened.json<{ level: string }>().level, 'high');
    const missingAnswer = await post(`/api/casework/cases/${id}/screenings`, {
      answers: { ...no, care_history: undefined },
    });
    assert.equal(missingAnswer.statusCode, 400);
    const [screening] = (await read(id)).screenings;
    assert.equal(screening?.riskLevel, 'high');
    assert.equal(screening.reasons.length, 2);
  });

  test('an NRM referral moves draft → submitted → reasonable grounds, with its dates; bad moves change nothing', async () => {
    const id = await openCase('child', 'Child G Example');
    const unknownType = await post(`/api/casework/cases/${id}/nrm-referrals`, {
      firstResponder: 'Hertfordshire Constabulary',
      exploitationTypes: ['criminal', 'piracy'],
      countyLines: true,
    });
    assert.equal(unknownType.statusCode, 400);
    assert.equal((await read(id)).nrmReferrals.length, 0);

    const created = await post(`/api/casework/cases/${id}/nrm-referrals`, {
      firstResponder: 'Hertfordshire Constabulary',
      exploitationTypes: ['criminal'],
      countyLines: true,
    });
    assert.equal(created.statusCode, 201, created.body);
    const referralId = created.json<{ id: string; kind: string }>().id;
    const url = `/api/casework/cases/${id}/nrm-referrals/${referralId}/status`;
    const skip = await post(url, { status: 'rg_positive', on: '2026-11-26', expectedVersion: 1 });
    assert.equal(skip.statusCode, 400);
    assert.equal((await post(url, { status: 'submitted', on: '2026-11-26', expectedVersion: 1 })).statusCode, 204);
    const stale = await post(url, { status: 'rg_positive', on: '2026-11-26', expectedVersion: 1 });
    assert.equal(stale.statusCode, 409);
    let [referral] = (await read(id)).nrmReferrals;
    assert.equal(referral?.status, 'submitted');
    // Thursday 26 November + 5 working days = Thursday 3 December.
    assert.equal(referral.reasonableGroundsDueOn, '2026-12-03');
    assert.equal((await post(url, { status: 'rg_positive', on: '2026-11-26', expectedVersion: 2 })).statusCode, 204);
    [referral] = (await read(id)).nrmReferrals;
    assert.equal(referral?.recoveryPeriodEndsOn, '2026-12-26');
  });

  test('an adult who does not consent is reported by the duty to notify, which has no decisions', async () => {
    const id = await openCase('adult', 'Adult H Example');
    const noAnswer = await post(`/api/casework/cases/${id}/nrm-referrals`, {
      firstResponder: 'Hertfordshire Constabulary',
      exploitationTypes: ['criminal'],
      countyLines: true,
    });
    assert.equal(noAnswer.statusCode, 400);
    const created = await post(`/api/casework/cases/${id}/nrm-referrals`, {
      firstResponder: 'Hertfordshire Constabulary',
      exploitationTypes: ['criminal', 'labour'],
      countyLines: true,
      consent: false,
    });
    assert.equal(created.json<{ kind: string }>().kind, 'duty_to_notify');
    const referralId = created.json<{ id: string }>().id;
    const url = `/api/casework/cases/${id}/nrm-referrals/${referralId}/status`;
    assert.equal((await post(url, { status: 'submitted', on: '2026-11-26', expectedVersion: 1 })).statusCode, 204);
    assert.equal((await post(url, { status: 'rg_positive', on: '2026-11-26', expectedVersion: 2 })).statusCode, 400);
    const [referral] = (await read(id)).nrmReferrals;
    assert.equal(referral?.reasonableGroundsDueOn, null);
    // The CCE screening tool is for children.
    assert.equal((await post(`/api/casework/cases/${id}/screenings`, { answers: no })).statusCode, 400);
  });
});
