import { z } from 'zod';

export const idParams = z.object({ id: z.uuid('Not a valid id') });

export const targetListQuery = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) });

const date = (message: string) => z.iso.date(message);
const version = z.number().int().min(1);

export const createTargetBody = z.object({
  personEntityId: z.uuid('Choose the person'),
  rationale: z.string().trim().min(10, 'Say why this person should be a target (at least 10 characters)').max(2000),
  reviewOn: date('Give the review date, like 2027-01-15'),
});

export const adjustTargetBody = z.object({
  adjustment: z
    .number({ error: 'Give the adjustment as a whole number from -50 to 50' })
    .int('Use a whole number')
    .min(-50, 'At most 50 down')
    .max(50, 'At most 50 up'),
  reason: z.string().trim().min(10, 'Give the reason for the adjustment (at least 10 characters)').max(2000),
  expectedVersion: version,
});

export const reviewTargetBody = z.object({
  nextReviewOn: date('Give the next review date, like 2027-01-15'),
  note: z.string().trim().min(5, 'Say what the review found').max(2000),
  expectedVersion: version,
});

export const closeTargetBody = z.object({
  reason: z.string().trim().min(5, 'Say why the target is closed').max(2000),
  expectedVersion: version,
});
