import type { Services } from '../../main/services.ts';
import { buildActor, commandLineActor, type StaffActor } from '../../modules/access/index.ts';
import { findStaffUserRowByEmail, listPartnerOrganisations } from '../../modules/users/index.ts';
import { demoTreatmentServiceEmail, demoTreatmentServiceName } from './demo-accounts.ts';
import type { DemoCaseworkDays } from './demo-casework-days.ts';

/**
 * The demo's work with partners: a task referred to the demo partner account's school under a
 * sharing agreement (on the case `missing`), a park context with an intervention, and a referral
 * to the (fictional) treatment service with its outcomes. Returns the partner tasks referred.
 */
export async function loadDemoPartnerWork(
  services: Services,
  { day, casework }: DemoCaseworkDays,
  { lead, officer }: { lead: StaffActor; officer: StaffActor },
  missing: string,
): Promise<number> {
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
  return partnerTasks;
}
