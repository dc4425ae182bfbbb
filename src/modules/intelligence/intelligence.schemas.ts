import { z } from 'zod';
import { actionDecisions, priorities, sourceTypes } from './grading.ts';
import { intelligenceStatuses } from './status.ts';

export const idParams = z.object({ id: z.uuid('Not a valid id') });

export const listQuery = z.object({
  status: z
    .string()
    .optional()
    .transform((value) => (value ? value.split(',') : []))
    .pipe(z.array(z.enum(intelligenceStatuses))),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

export const createBody = z.object({
  submissionId: z.uuid().nullable().default(null),
  /** Left out for a report's intelligence: it then follows the report (see findReportSourceType). */
  sourceType: z.enum(sourceTypes).optional(),
  originalText: z.string().trim().min(1, 'Enter what was reported').max(20_000),
  priority: z.enum(priorities),
});

export const evaluateBody = z.object({
  grade: z.object({
    source: z.enum(['1', '2', '3']),
    assessment: z.enum(['A', 'B', 'C', 'D', 'E']),
    handling: z.enum(['P', 'C']),
    conditions: z.string().max(2000).nullable().default(null),
  }),
  sourceEvaluationReason: z.string().trim().min(1, 'Say why the source is graded so').max(2000),
  sanitisedText: z.string().trim().min(1, 'Write the sanitised text').max(20_000),
  assessment: z.string().trim().max(20_000).default(''),
  priority: z.enum(priorities),
  actionDecision: z.enum(actionDecisions),
  researchedSystems: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
  expectedVersion: z.number().int().min(1),
});

export const reasonBody = z.object({ reason: z.string().max(1000).optional() });

export const reviewBody = z.object({ approve: z.boolean(), note: z.string().trim().max(2000).default('') });

export const disseminateBody = z.object({
  recipients: z
    .array(z.object({ type: z.enum(['team', 'partner_organisation']), id: z.string().trim().min(1).max(100) }))
    .min(1, 'Name at least one recipient')
    .max(50),
  justification: z.string().trim().min(5, 'Say why each recipient needs it').max(2000),
});
