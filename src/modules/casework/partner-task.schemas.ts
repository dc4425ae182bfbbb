import { z } from 'zod';
import { shareableFieldCodes } from './partner-task.ts';

const version = z.number({ error: 'Reload the task: its version is missing' }).int().min(0);
const optionalText = (min: number, message: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(z.string().min(min, message).max(4000).optional());

export const partnerTaskListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(25),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const organisationParams = z.object({ organisationId: z.uuid('Not a valid id') });

export const referTaskBody = z.object({
  organisationId: z.uuid('Choose the partner organisation'),
  description: z.string().trim().min(5, 'Describe the task (at least 5 characters)').max(4000),
  dueOn: z.iso.date('Give the due date, like 2026-12-10'),
});

export const partnerActionBody = z.object({
  note: optionalText(3, 'Describe what was done (at least 3 characters)'),
  status: z.enum(['accepted', 'done', 'declined'], { error: 'Choose accepted, done or declined' }).optional(),
  outcome: optionalText(3, 'Describe the outcome (at least 3 characters)'),
  expectedVersion: version,
});

export const sharingAgreementBody = z.object({
  reference: z.string().trim().min(3, 'Give the agreement’s reference, like HSCP ISA October 2024').max(200),
  fields: z
    .array(z.enum(shareableFieldCodes, { error: 'Choose fields from the list' }))
    .max(shareableFieldCodes.length),
  expectedVersion: version,
});
