// Names for the casework answers, taken from the generated contract (schema.d.ts) so they
// cannot drift from the server's route schemas (src/modules/casework/casework.responses.ts).
import type { Got } from '../../api/client.ts';

export type CaseSummary = Got<'/api/casework/cases'>['items'][number];
export type CaseClock = CaseSummary['clocks'][number];
export type CaseDetail = Got<'/api/casework/cases/{id}'>;

export const clockStateWords: Readonly<Record<CaseClock['state'], string>> = {
  running: 'Running',
  due_today: 'Due today',
  overdue: 'Overdue',
  met: 'Met',
  met_late: 'Met late',
};

export const agencyOptions = [
  { value: 'police', label: 'Police' },
  { value: 'childrens_social_care', label: 'Children’s social care' },
  { value: 'adult_social_care', label: 'Adult social care' },
  { value: 'health', label: 'Health' },
  { value: 'education', label: 'Education' },
  { value: 'youth_justice', label: 'Youth justice' },
  { value: 'substance_misuse', label: 'Substance misuse service' },
  { value: 'british_transport_police', label: 'British Transport Police' },
  { value: 'housing', label: 'Housing' },
  { value: 'other', label: 'Other agency' },
] as const;

export const decisionOptions = [
  { value: 'nfa', label: 'No further action' },
  { value: 'early_help', label: 'Early help' },
  { value: 's17', label: 'Child in need assessment (s.17)' },
  { value: 's47', label: 'Child protection enquiry (s.47)' },
  { value: 'police_only', label: 'Police action only' },
] as const;
