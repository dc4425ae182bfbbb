import { z } from 'zod';
import { dealLineRoles, dealLineStatuses } from './deal-line.ts';

export const idParams = z.object({ id: z.uuid('Not a valid id') });
export const numberParams = z.object({ id: z.uuid('Not a valid id'), numberId: z.uuid('Not a valid id') });
export const assignmentParams = z.object({ id: z.uuid('Not a valid id'), assignmentId: z.uuid('Not a valid id') });

export const listQuery = z.object({
  status: z
    .string()
    .optional()
    .transform((value) => (value ? value.split(',') : []))
    .pipe(z.array(z.enum(dealLineStatuses))),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const sample = z.object({
  text: z.string().trim().min(1, 'Enter the text of the message').max(2000),
  observedOn: z.iso.date('Use a date like 2026-11-01'),
  reportId: z.uuid().optional(),
});

export const createBody = z.object({
  phoneEntityId: z.uuid('Choose the phone number'),
  brandName: z.string().trim().min(1, 'Give the line’s brand name, e.g. “the Blade line”').max(100),
  urbanHub: z.string().trim().max(100).nullable().default(null),
  status: z.enum(['suspected', 'confirmed']).default('suspected'),
  fromDate: z.iso.date('Use a date like 2026-11-01').optional(),
  sourceAlertId: z.uuid().optional(),
  samples: z.array(sample).max(20).default([]),
});

export const updateBody = z.object({
  brandName: z.string().trim().min(1).max(100).optional(),
  urbanHub: z.string().trim().max(100).nullable().optional(),
  firstSeen: z.iso.date().optional(),
  lastSeen: z.iso.date().optional(),
  expectedVersion: z.number().int().min(1),
});

export const statusBody = z.object({
  status: z.enum(dealLineStatuses),
  successorLineId: z.uuid().optional(),
  note: z.string().trim().min(3, 'Say why the status changed').max(2000),
});

export const numberBody = z
  .object({
    phoneEntityId: z.uuid('Choose the phone number'),
    fromDate: z.iso.date('Use a date like 2026-11-01'),
    toDate: z.iso.date('Use a date like 2026-11-30').optional(),
    /** A successor number: the line's number it replaced (re-opens a disrupted or closed line). */
    replacesNumberId: z.uuid('Choose the number it replaced').optional(),
  })
  .refine((v) => v.toDate === undefined || v.toDate >= v.fromDate, {
    message: 'The end must not be before the start',
    path: ['toDate'],
  });

export const endNumberBody = z.object({ toDate: z.iso.date('Use a date like 2026-11-30') });

export const personBody = z.object({
  personEntityId: z.uuid('Choose the person'),
  role: z.enum(dealLineRoles),
  victim: z.boolean().default(false),
});

export const removePersonBody = z.object({ reason: z.string().trim().min(3, 'Say why the role ended').max(2000) });

export const samplesBody = z.object({ samples: z.array(sample).min(1).max(20) });
