import type { StaffActor } from '../../modules/access/index.ts';
import type { DemoCaseworkDays } from './demo-casework-days.ts';

/**
 * Four safeguarding cases, one in each state: a referral decision overdue, a strategy discussion
 * with an overdue action and an NRM referral at reasonable grounds, a conference held, and an
 * adult's case (with a s.42 enquiry) closed. Returns the count and the first case's id.
 */
export async function loadDemoCases(
  { at, day, casework }: DemoCaseworkDays,
  lead: StaffActor,
): Promise<{ cases: number; missing: string }> {
  const attendees = [
    { name: 'Sam Okafor (demo social worker)', agency: 'childrens_social_care' as const, role: 'Social worker' },
    { name: 'DC Priya Lang (demo)', agency: 'police' as const, role: 'Exploitation team' },
    { name: 'Ruth Ellis (demo)', agency: 'education' as const, role: 'Designated safeguarding lead' },
  ];
  const open = async (days: number, name: string, dateOfBirth: string, summary: string, kind: 'child' | 'adult') =>
    (
      await casework(days).cases.open(lead, {
        subjectKind: kind,
        subject: { name, dateOfBirth, personEntityId: null },
        source: 'manual',
        summary,
      })
    ).id;
  const versionOf = async (days: number, id: string) => (await casework(days).cases.get(lead, id)).version;
  let cases = 0;

  // Open, the referral decision overdue (received four days ago, not decided).
  const missing = await open(
    4,
    'Kayden Mills (demo)',
    '2011-06-14',
    'School reports he is missing most afternoons with new trainers and two phones',
    'child',
  );
  cases++;

  // In strategy: decided, strategy discussion held, an action overdue, an NRM referral at reasonable grounds.
  const strategy = await open(
    30,
    'Leah Doyle (demo)',
    '2010-02-03',
    'Found in a town two counties away with cash and wraps',
    'child',
  );
  await casework(30, 12).cases.decide(lead, strategy, {
    decision: 's47',
    strategyDiscussion: true,
    expectedVersion: await versionOf(30, strategy),
  });
  await casework(29).discussions.addDiscussion(lead, strategy, {
    heldAt: at(29, 9).toISOString(),
    conferenceNeeded: true,
    attendees,
    informationShared: 'Missing episodes, older associates in a car, a phone the family does not know about',
    decisions: 'Section 47 enquiry; return home interview; disruption of the adults involved',
    actions: [
      { ownerAgency: 'childrens_social_care', description: 'Return home interview', dueOn: day(26) },
      { ownerAgency: 'education', description: 'Attendance plan with the school', dueOn: day(-5) },
    ],
  });
  const nrm = await casework(28).screeningNrm.startReferral(lead, strategy, {
    firstResponder: 'Demo Constabulary (fictional)',
    exploitationTypes: ['criminal'],
    countyLines: true,
  });
  await casework(28).screeningNrm.moveReferral(lead, strategy, nrm.id, {
    status: 'submitted',
    on: day(28),
    expectedVersion: 1,
  });
  await casework(24).screeningNrm.moveReferral(lead, strategy, nrm.id, {
    status: 'rg_positive',
    on: day(24),
    expectedVersion: 2,
  });
  cases++;

  // At conference: the conference held after the discussion.
  const conference = await open(
    45,
    'Tyler Brennan (demo)',
    '2009-09-21',
    'Arrested with a knife at the bus station; says he owes money',
    'child',
  );
  await casework(45, 12).cases.decide(lead, conference, {
    decision: 's47',
    strategyDiscussion: true,
    expectedVersion: await versionOf(45, conference),
  });
  await casework(44).discussions.addDiscussion(lead, conference, {
    heldAt: at(44, 9).toISOString(),
    conferenceNeeded: true,
    attendees,
    informationShared: 'Debt bondage to a line; threats to his family',
    decisions: 'Child protection conference; relocation considered',
    actions: [],
  });
  await casework(30).cases.recordMilestone(lead, conference, {
    milestone: 'conference_held',
    on: day(31),
    expectedVersion: await versionOf(30, conference),
  });
  cases++;

  // Closed: an adult whose home was taken over, now safe.
  const closed = await open(
    70,
    'Maureen Platt (demo)',
    '1958-11-30',
    'Neighbours report young men staying at her flat and visitors at night',
    'adult',
  );
  await casework(70, 12).cases.decide(lead, closed, {
    decision: 'police_only',
    strategyDiscussion: false,
    expectedVersion: await versionOf(70, closed),
  });
  await casework(65).s42.start(lead, closed, {
    careAndSupportNeeds: true,
    abuseOrNeglect: true,
    cannotProtectThemselves: true,
    cuckooTypes: ['drug_dealing', 'financial_abuse'],
    wishes: 'Wants the young men gone and to stay in her own flat',
  });
  await casework(50).cases.close(lead, closed, {
    reason: 'Closure order granted; support from adult social care in place',
    expectedVersion: await versionOf(50, closed),
  });
  cases++;

  return { cases, missing };
}
