import { addCalendarDays, addWorkingDays, type WorkingCalendar } from './working-days.ts';

// National Referral Mechanism referrals and the duty to notify (DOMAIN-OPERATIONS a.3). Children
// need no consent; an adult who does not consent is reported by the anonymous duty to notify
// (MS1) instead, which has no decisions. Reasonable grounds are due within 5 working days of
// submission; a positive decision starts a recovery period of at least 30 calendar days.

export const exploitationTypes = [
  'criminal',
  'labour',
  'sexual',
  'domestic_servitude',
  'organ_harvesting',
  'not_specified',
] as const;
export type ExploitationType = (typeof exploitationTypes)[number];

export const nrmStatuses = [
  'draft',
  'submitted',
  'rg_positive',
  'rg_negative',
  'cg_positive',
  'cg_negative',
  'withdrawn',
] as const;
export type NrmStatus = (typeof nrmStatuses)[number];

const next: Readonly<Record<NrmStatus, readonly NrmStatus[]>> = {
  draft: ['submitted', 'withdrawn'],
  submitted: ['rg_positive', 'rg_negative', 'withdrawn'],
  rg_positive: ['cg_positive', 'cg_negative', 'withdrawn'],
  rg_negative: ['submitted'], // reconsideration on the first responder's request
  cg_positive: [],
  cg_negative: ['submitted'],
  withdrawn: [],
};
const dutyToNotifyNext: Readonly<Partial<Record<NrmStatus, readonly NrmStatus[]>>> = { draft: ['submitted'] };

export function mayMove(kind: 'nrm' | 'duty_to_notify', from: NrmStatus, to: NrmStatus): boolean {
  return ((kind === 'nrm' ? next[from] : dutyToNotifyNext[from]) ?? []).includes(to);
}

export const recoveryPeriodDays = 30;

export function nrmDates(
  calendar: WorkingCalendar,
  record: {
    kind: 'nrm' | 'duty_to_notify';
    status: NrmStatus;
    submittedOn: string | null;
    rgDecidedOn: string | null;
    rgPositive: boolean | null;
  },
  today: string,
) {
  if (record.kind !== 'nrm' || record.submittedOn === null) {
    return { reasonableGroundsDueOn: null, reasonableGroundsOverdue: false, recoveryPeriodEndsOn: null };
  }
  const due = addWorkingDays(calendar, record.submittedOn, 5);
  return {
    reasonableGroundsDueOn: due,
    reasonableGroundsOverdue: record.status === 'submitted' && today > due,
    recoveryPeriodEndsOn:
      record.rgPositive === true && record.rgDecidedOn !== null
        ? addCalendarDays(record.rgDecidedOn, recoveryPeriodDays)
        : null,
  };
}
