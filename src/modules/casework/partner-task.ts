// Partner tasks (issue 15): a task referred to a partner organisation on a case. Its users see
// the task itself and, beyond it, only the case fields the organisation's information-sharing
// agreement names (DOMAIN-OPERATIONS a.6: the HSCP Information Sharing Agreement). Without an
// agreement they see the task alone.

export const shareableFields = {
  subject_name: 'The person’s name',
  date_of_birth: 'Date of birth',
  subject_kind: 'Child or adult',
  concerns: 'The concerns on the case',
  risk_level: 'The latest exploitation screening’s risk level',
} as const;
export type ShareableField = keyof typeof shareableFields;
export const shareableFieldCodes = Object.keys(shareableFields) as [ShareableField, ...ShareableField[]];

export const partnerTaskStatuses = ['open', 'accepted', 'done', 'declined'] as const;
export type PartnerTaskStatus = (typeof partnerTaskStatuses)[number];
export const partnerTaskStatusLabels: Readonly<Record<PartnerTaskStatus, string>> = {
  open: 'Sent to the partner',
  accepted: 'Accepted',
  done: 'Done',
  declined: 'Declined',
};

/** A task accepted or still open takes notes and an outcome; done and declined are final. */
export function isFinal(status: PartnerTaskStatus): boolean {
  return status === 'done' || status === 'declined';
}
