import { z } from 'zod';
import { partnerTaskStatuses, shareableFieldCodes } from './partner-task.ts';

// What the partner-task and sharing-agreement routes answer (partner-task.service.ts).

const orNull = z.string().nullable();
const taskFields = {
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  description: z.string(),
  dueOn: z.string(),
  overdue: z.boolean(),
  status: z.enum(partnerTaskStatuses),
  statusLabel: z.string(),
  outcome: orNull,
  outcomeOn: orNull,
  referredAt: z.string(),
  notes: z.array(z.object({ id: z.string(), note: z.string(), recordedBy: z.string(), recordedAt: z.string() })),
  version: z.number(),
};

/** The lead's view: which case, and who referred it. */
export const partnerTaskResponse = z.object({ ...taskFields, caseId: z.string(), referredBy: z.string() });
export const partnerTaskListResponse = z.object({ items: z.array(partnerTaskResponse) });
export const partnerTaskPageResponse = z.object({
  items: z.array(partnerTaskResponse),
  total: z.number(),
  limit: z.number(),
  offset: z.number(),
});

/** The partner's list: the tasks only, never which case or who referred. */
export const partnerOwnTaskPageResponse = z.object({
  items: z.array(z.object(taskFields)),
  total: z.number(),
  limit: z.number(),
  offset: z.number(),
});

/** The partner's view of one task: the task, and only the case fields the agreement shares. */
export const partnerTaskForPartnerResponse = z.object({
  ...taskFields,
  agreementReference: orNull,
  sharedFields: z.array(z.string()),
  shared: z.object({
    subjectName: z.string().optional(),
    dateOfBirth: orNull.optional(),
    subjectKind: z.string().optional(),
    concerns: z.array(z.string()).optional(),
    riskLevel: orNull.optional(),
  }),
});

export const sharingAgreementResponse = z.object({
  organisationId: z.string(),
  organisationName: z.string(),
  reference: orNull,
  fields: z.array(z.enum(shareableFieldCodes)),
  choices: z.array(z.object({ value: z.enum(shareableFieldCodes), label: z.string() })),
  recordedBy: orNull,
  recordedAt: orNull,
  version: z.number(),
});

export const partnerOrganisationsResponse = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      kind: z.string(),
      agreementReference: orNull,
      sharedFields: z.array(z.string()),
    }),
  ),
});
