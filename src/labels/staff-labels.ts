// Words staff read for the codes the staff API answers with (categories, statuses, grades,
// alerts). Checked against the server's own code lists, so a new code without a word fails the
// typecheck (report categories) or src/labels/staff-labels.test.ts (the rest). Pure: no imports
// beyond the other label files.
import { handlingCodes, intelligenceAssessments, sourceEvaluations } from './grading-labels.ts';
import type { ReportCategory } from './report-vocabulary.ts';

// The keys of the maps below are the server's code lists (report statuses, entity kinds, alert
// kinds...); src/labels/staff-labels.test.ts checks each map covers its list exactly.
type Labels = Readonly<Record<string, string>>;

/** "1: Reliable": the grade's code before the APP words for it. */
const coded = <K extends string>(words: Readonly<Record<K, string>>): Readonly<Record<K, string>> =>
  Object.fromEntries(Object.entries<string>(words).map(([code, word]) => [code, `${code}: ${word}`])) as Record<
    K,
    string
  >;

export const categoryLabels: Readonly<Record<ReportCategory, string>> = {
  dealing_place: 'Dealing at a place',
  vehicle: 'Vehicle',
  phone_messages: 'Phone or messages',
  young_person: 'Young person at risk',
  home_taken_over: 'Home taken over (cuckooing)',
  drug_use: 'Recreational use',
  something_else: 'Something else',
};

export const reportStatusLabels: Labels = {
  received: 'Received',
  under_review: 'Under review',
  passed_on: 'Passed on',
  closed: 'Closed',
};

export const channelLabels: Labels = {
  web: 'Web',
  phone: 'Phone',
  partner: 'Partner agency',
};

export const entityKindLabels: Labels = {
  person: 'Person',
  phone: 'Phone number',
  vehicle: 'Vehicle',
  email: 'E-mail address',
  online_account: 'Online account',
  location: 'Location',
};

export const sourceEvaluationLabels = coded(sourceEvaluations);
export const assessmentLabels = coded(intelligenceAssessments);
export const handlingLabels = coded(handlingCodes);

export const sourceTypeLabels: Labels = {
  public_anonymous: 'Anonymous member of the public',
  public_identified: 'Identified member of the public',
  partner_agency: 'Partner agency',
  officer: 'Officer',
  technical: 'Technical source',
};

export const actionDecisionLabels: Labels = {
  no_further_action: 'No further action',
  develop: 'Develop further',
  task: 'Task for action',
  disseminate: 'Disseminate',
};

export const priorityLabels: Labels = { high: 'High', medium: 'Medium', low: 'Low' };

export const alertStatusLabels: Labels = {
  open: 'Open',
  acknowledged: 'Acknowledged',
  dismissed: 'Dismissed',
  actioned: 'Actioned',
};

export const alertKindLabels: Labels = {
  possible_trap_house: 'Possible trap house',
  possible_deal_line: 'Possible deal line',
  child_safeguarding: 'Child at risk of exploitation',
  child_drug_use: 'Child using drugs (welfare)',
  possible_cuckooing: 'Possible cuckooing',
  vehicle_at_flagged_addresses: 'Vehicle at flagged addresses',
};

export const dealLineStatusLabels = {
  suspected: 'Suspected',
  confirmed: 'Confirmed',
  disrupted: 'Disrupted',
  closed: 'Closed',
  rebranded: 'Rebranded',
} as const satisfies Labels;

/** The label for a code, or the code itself with underscores as spaces. */
export function labelFor(labels: Readonly<Record<string, string>>, code: string | null | undefined): string {
  if (code === null || code === undefined) return '—';
  return labels[code] ?? code.replaceAll('_', ' ');
}

/** The roles people play on a deal line (the deal-lines module's presenter and the web app's form). */
export const dealLineRoleLabels = {
  line_holder: 'Line holder',
  runner: 'Runner',
  stash_holder: 'Stash holder',
  driver: 'Driver',
  customer: 'Customer',
  enforcer: 'Enforcer',
} as const satisfies Labels;
