// Words for the codes the triage, intelligence and alert APIs answer with. The web app never
// imports server code, so these mirror src/modules/reports/report-vocabulary.ts,
// src/modules/intelligence/grading.ts and src/modules/correlation/correlation.table.ts.

export const categoryLabels: Readonly<Record<string, string>> = {
  dealing_place: 'Dealing at a place',
  vehicle: 'Vehicle',
  phone_messages: 'Phone or messages',
  young_person: 'Young person at risk',
  home_taken_over: 'Home taken over (cuckooing)',
  drug_use: 'Recreational use',
  something_else: 'Something else',
};

export const reportStatusLabels: Readonly<Record<string, string>> = {
  received: 'Received',
  under_review: 'Under review',
  passed_on: 'Passed on',
  closed: 'Closed',
};

export const channelLabels: Readonly<Record<string, string>> = {
  web: 'Web',
  phone: 'Phone',
  partner: 'Partner agency',
};

export const entityKindLabels: Readonly<Record<string, string>> = {
  person: 'Person',
  phone: 'Phone number',
  vehicle: 'Vehicle',
  email: 'E-mail address',
  online_account: 'Online account',
  location: 'Location',
};

export const sourceEvaluationLabels: Readonly<Record<string, string>> = {
  '1': '1: Reliable',
  '2': '2: Untested',
  '3': '3: Not reliable',
};

export const assessmentLabels: Readonly<Record<string, string>> = {
  A: 'A: Known directly to the source',
  B: 'B: Known indirectly to the source but corroborated',
  C: 'C: Known indirectly to the source',
  D: 'D: Not known',
  E: 'E: Suspected to be false',
};

export const handlingLabels: Readonly<Record<string, string>> = {
  P: 'P: Lawful sharing permitted',
  C: 'C: Lawful sharing permitted with conditions',
};

export const sourceTypeLabels: Readonly<Record<string, string>> = {
  public_anonymous: 'Member of the public (anonymous)',
  public_identified: 'Member of the public (identified)',
  partner_agency: 'Partner agency',
  officer: 'Officer',
  technical: 'Technical source',
};

export const actionDecisionLabels: Readonly<Record<string, string>> = {
  no_further_action: 'No further action',
  develop: 'Develop further',
  task: 'Task for action',
  disseminate: 'Disseminate',
};

export const priorityLabels: Readonly<Record<string, string>> = { high: 'High', medium: 'Medium', low: 'Low' };

export const alertStatusLabels: Readonly<Record<string, string>> = {
  open: 'Open',
  acknowledged: 'Acknowledged',
  dismissed: 'Dismissed',
  actioned: 'Actioned',
};

export const alertKindLabels: Readonly<Record<string, string>> = {
  possible_trap_house: 'Possible trap house',
  possible_deal_line: 'Possible deal line',
  child_safeguarding: 'Child at risk of exploitation',
  child_drug_use: 'Child using drugs (welfare)',
  possible_cuckooing: 'Possible cuckooing',
  vehicle_at_flagged_addresses: 'Vehicle at flagged addresses',
};

/** The label for a code, or the code itself with underscores as spaces. */
export function labelFor(labels: Readonly<Record<string, string>>, code: string | null | undefined): string {
  if (code === null || code === undefined) return '—';
  return labels[code] ?? code.replaceAll('_', ' ');
}

/** "Waiting 3 days", "today": reports keep only their day of arrival, so the clock counts days. */
export function waitingFor(days: number): string {
  if (days === 0) return 'Arrived today';
  return days === 1 ? '1 day' : `${String(days)} days`;
}

/** A short reference for a record id, as staff read them aloud. */
export function shortId(id: string): string {
  return id.slice(0, 8).toUpperCase();
}

/** The day of a timestamp that records only a day (alerts follow reports, which keep no time of day). */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}
