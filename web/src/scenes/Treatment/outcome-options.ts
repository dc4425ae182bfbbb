/** The outcomes a treatment referral moves through (treatment.ts), for the two outcome forms. */
export const outcomeOptions = [
  { value: 'assessed', label: 'Assessed by the service' },
  { value: 'engaged', label: 'Engaging with treatment' },
  { value: 'disengaged', label: 'Stopped engaging' },
  { value: 'completed', label: 'Treatment completed' },
  { value: 'declined', label: 'Declined the service' },
];
