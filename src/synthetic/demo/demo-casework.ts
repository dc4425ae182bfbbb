import type { Services } from '../../main/services.ts';
import { buildActor, commandLineActor, type StaffActor } from '../../modules/access/index.ts';
import { createCaseworkServices, type CaseworkServices } from '../../modules/casework/index.ts';
import { findStaffUserRowByEmail, listPartnerOrganisations } from '../../modules/users/index.ts';
import {
  createDiversionArrestPort,
  createOperationsServices,
  type OperationsServices,
} from '../../modules/operations/index.ts';
import { demoTreatmentServiceEmail, demoTreatmentServiceName } from './demo-accounts.ts';

// The demo's safeguarding casework (issue 15): cases for named fictional children and adults in
// each state (a referral decision overdue, a strategy discussion with an overdue action and an
// NRM referral at reasonable grounds, a conference held, a case closed), a referral to the
// (fictional) treatment service with its outcomes, and a diversion completed with outcome 22 on
// the arrest. Cases also arrive from operations: the child arrested under the demo warrant
// already has one. There is also a cuckooed address on a demo deal line (a visit, a closure notice),
// a task referred to the demo partner account's school under a sharing agreement, a s.42 enquiry on
// the adult's case and a park context with an intervention. Every step goes through the services as
// the demo accounts, on its own day.

export type DemoCaseworkStaff = { lead: StaffActor; officer: StaffActor; analyst: StaffActor };
export type DemoCaseworkSummary = {
  cases: number;
  treatmentReferrals: number;
  diversions: number;
  cuckooedAddresses: number;
  partnerTasks: number;
  s42Enquiries: number;
  contexts: number;
};

const dayMs = 86_400_000;

export async function loadDemoCasework(services: Services, staff: DemoCaseworkStaff): Promise<DemoCaseworkSummary> {
  const now = services.clock.now().getTime();
  const at = (days: number, hour = 10) => {
    const d = new Date(now - days * dayMs);
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), hour));
  };
  const day = (days: number) => at(days).toISOString().slice(0, 10);
  const clockAt = (days: number, hour = 10) => ({ now: () => at(days, hour) });
  const casework = (days: number, hour = 10): CaseworkServices => {
    const clock = clockAt(days, hour);
    return createCaseworkServices({
      ...services,
      clock,
      policy: { strategyDiscussionHours: services.config.strategyDiscussionHours },
      diversionRules: services.config.diversion,
      arrests: createDiversionArrestPort({ ...services, clock }),
    });
  };
  const operations = (days: number, hour = 10): OperationsServices =>
    createOperationsServices({
      ...services,
      clock: clockAt(days, hour),
      warrantValidityMonths: services.config.warrantValidityMonths,
    });
  const { lead, officer, analyst } = staff;
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

  // A task referred to the demo partner account's school, which shares the name, age and concerns.
  const organisations = await casework(4).sharingAgreements.organisations(lead);
  const school = organisations.find((o) => o.kind === 'education');
  let partnerTasks = 0;
  if (school) {
    await casework(4).sharingAgreements.recordAgreement(lead, school.id, {
      reference: 'ISA-DEMO-001 (fictional)',
      fields: ['subject_name', 'date_of_birth', 'concerns'],
      expectedVersion: 0,
    });
    await casework(3).partnerTasks.refer(lead, missing, {
      organisationId: school.id,
      description: 'Check afternoon attendance and tell us who collects him at the gate',
      dueOn: day(-7),
    });
    partnerTasks++;
  }

  // A park where children are groomed, with a joint patrol recorded against the place itself.
  const park = await casework(20).contexts.create(lead, {
    kind: 'park',
    name: 'Verulamium Park (demo)',
    locationEntityId: null,
  });
  await casework(18).contexts.intervene(lead, park.id, {
    ownerAgency: 'police',
    description: 'Joint patrols with the park wardens on weekday afternoons',
    takenOn: day(18),
  });

  // The (fictional) local treatment service (made with the demo accounts, its key worker's
  // organisation), a referral with consent and its outcomes.
  const service =
    (await listPartnerOrganisations(services.db)).find((o) => o.name === demoTreatmentServiceName) ??
    (await services.teams.createPartnerOrganisation(commandLineActor('demo-world'), {
      name: demoTreatmentServiceName,
      kind: 'drug_treatment',
    }));
  const referral = await casework(14).treatment.refer(officer, {
    name: 'Dean Harrow (demo)',
    dateOfBirth: '1987-03-09',
    personEntityId: null,
    organisationId: service.id,
    consent: true,
    consentOn: day(14),
  });
  await casework(12).treatment.recordOutcome(officer, referral.id, {
    outcome: 'assessed',
    on: day(12),
    expectedVersion: 1,
  });
  // The service's key worker records the next step themselves, when the demo account exists.
  const keyWorker = await findStaffUserRowByEmail(services.db, demoTreatmentServiceEmail);
  const engaged = { outcome: 'engaged' as const, on: day(5), note: 'Attending the weekly group', expectedVersion: 2 };
  if (keyWorker?.partner_organisation_id === service.id) {
    const worker = buildActor({
      userId: keyWorker.id,
      displayName: keyWorker.display_name,
      roles: ['partner_agency'],
      teamIds: [],
      partnerOrganisationId: service.id,
    });
    await casework(5).treatment.providerRecordOutcome(worker, referral.id, engaged);
  } else {
    await casework(5).treatment.recordOutcome(officer, referral.id, engaged);
  }

  // A diversion: an adult found with cannabis, arrested for possession, completes the scheme.
  // And a child runner arrested at the station: the arrest opens (or joins) the child's case.
  const arrested = new Set((await services.operations.arrests.list(officer)).map((a) => a.personId));
  const lines = await services.dealLines.list(analyst, { statuses: ['confirmed'], limit: 10 });
  // A flat taken over by a demo line: visited, then a closure notice served.
  let cuckooedAddresses = 0;
  const [line] = lines;
  if (line) {
    const entry = await casework(21).cuckooed.create(lead, {
      address: 'Flat 4, Demo Court, St Albans (fictional)',
      locationEntityId: null,
      uprn: null,
      dealLineId: line.id,
      cuckooTypes: ['drug_dealing', 'living_there'],
      reviewOn: day(-14),
    });
    const versionOfEntry = async (days: number) => (await casework(days).cuckooed.get(lead, entry.id)).version;
    await casework(20).cuckooed.recordAction(lead, entry.id, {
      kind: 'visit',
      takenOn: day(20),
      note: 'Tenant at home; two young men left as we arrived',
      expectedVersion: await versionOfEntry(20),
    });
    await casework(13).cuckooed.recordAction(lead, entry.id, {
      kind: 'closure_notice',
      takenOn: day(13),
      note: 'Closure notice served; tenant supported to stay with family',
      expectedVersion: await versionOfEntry(13),
    });
    cuckooedAddresses++;
  }
  const people = [];
  for (const line of lines) people.push(...(await services.dealLineProfiles.profile(analyst, line.id)).people);
  const free = people.filter((p) => !arrested.has(p.personEntityId));
  const child = (free.find((p) => p.recordedAsChild) ?? free.find((p) => p.role === 'runner'))?.personEntityId;
  const adults = free.filter((p) => !p.recordedAsChild && p.personEntityId !== child);
  const adult = (adults.find((p) => p.role !== 'runner') ?? adults[0])?.personEntityId;
  if (child) {
    await operations(6, 18).arrests.create(officer, {
      personEntityId: child,
      arrestedAt: at(6, 17).toISOString(),
      place: 'St Albans City station (demo)',
      suspectedOffence: 'mda_s5_3',
      childAtArrest: true,
    });
  }
  let diversions = 0;
  if (adult) {
    const { id: arrestId } = await operations(10, 20).arrests.create(officer, {
      personEntityId: adult,
      arrestedAt: at(10, 19).toISOString(),
      place: 'Verulamium Park (demo)',
      suspectedOffence: 'mda_s5_2',
      childAtArrest: false,
    });
    await operations(10, 20).arrests.seize(officer, {
      arrestId,
      seizedAt: at(10, 19).toISOString(),
      place: 'Verulamium Park (demo)',
      items: [{ kind: 'drug', drug: 'cannabis', form: 'herbal', quantity: 2.5, unit: 'g' }],
    });
    const diversion = await casework(9).treatment.offerDiversion(officer, { arrestId, dateOfBirth: '1996-07-18' });
    await casework(2).treatment.finishDiversion(officer, diversion.id, {
      completed: true,
      on: day(2),
      expectedVersion: 1,
    });
    diversions++;
  }
  return { cases, treatmentReferrals: 1, diversions, cuckooedAddresses, partnerTasks, s42Enquiries: 1, contexts: 1 };
}
