import type { Services } from '../../main/services.ts';
import type { StaffActor } from '../../modules/access/index.ts';
import { loadDemoCases } from './demo-casework-cases.ts';
import { demoCaseworkDays } from './demo-casework-days.ts';
import { loadDemoArrestsAndDiversion, loadDemoCuckooedAddress } from './demo-casework-lines.ts';
import { loadDemoPartnerWork } from './demo-casework-partners.ts';

// The demo's safeguarding casework (issue 15): cases for named fictional children and adults in
// each state (a referral decision overdue, a strategy discussion with an overdue action and an
// NRM referral at reasonable grounds, a conference held, a case closed), a referral to the
// (fictional) treatment service with its outcomes, and a diversion completed with outcome 22 on
// the arrest. Cases also arrive from operations: the child arrested under the demo warrant
// already has one. There is also a cuckooed address on a demo deal line (a visit, a closure notice),
// a task referred to the demo partner account's school under a sharing agreement, a s.42 enquiry on
// the adult's case and a park context with an intervention. Every step goes through the services as
// the demo accounts, on its own day (demo-casework-days.ts); the steps live in the demo-casework-*
// files beside this one.

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

export async function loadDemoCasework(services: Services, staff: DemoCaseworkStaff): Promise<DemoCaseworkSummary> {
  const days = demoCaseworkDays(services);
  const { lead, officer, analyst } = staff;
  const { cases, missing } = await loadDemoCases(days, lead);
  const partnerTasks = await loadDemoPartnerWork(services, days, staff, missing);

  // A diversion: an adult found with cannabis, arrested for possession, completes the scheme.
  // And a child runner arrested at the station: the arrest opens (or joins) the child's case.
  const arrested = new Set((await services.operations.arrests.list(officer)).map((a) => a.personId));
  const lines = await services.dealLines.list(analyst, { statuses: ['confirmed'], limit: 10 });
  const cuckooedAddresses = await loadDemoCuckooedAddress(days, lead, lines[0]);
  const diversions = await loadDemoArrestsAndDiversion(services, days, staff, lines, arrested);
  return { cases, treatmentReferrals: 1, diversions, cuckooedAddresses, partnerTasks, s42Enquiries: 1, contexts: 1 };
}
