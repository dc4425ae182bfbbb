import { z } from 'zod';
import { actionDecisions, priorities, sourceTypes } from './grading.ts';
import { intelligenceStatuses } from './status.ts';

// What the intelligence routes answer (the staff API contract). Fields after `version` are
// only for the intelligence unit: other readers receive the report without them.

export const gradeResponse = z.object({
  code: z.string(),
  source: z.enum(['1', '2', '3']).nullable(),
  assessment: z.enum(['A', 'B', 'C', 'D', 'E']).nullable(),
  handling: z.enum(['P', 'C']).nullable(),
  handlingLabel: z.string().nullable(),
  conditions: z.string().nullable(),
});

export const intelligenceReportResponse = z.object({
  id: z.string(),
  reference: z.string(),
  status: z.enum(intelligenceStatuses),
  statusLabel: z.string(),
  priority: z.enum(priorities),
  gscMarking: z.string(),
  grade: gradeResponse.nullable(),
  sanitisedText: z.string().nullable(),
  reviewDate: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  submissionId: z.string().nullable().optional(),
  sourceType: z.enum(sourceTypes).optional(),
  sourceEvaluationReason: z.string().nullable().optional(),
  assessment: z.string().nullable().optional(),
  actionDecision: z.enum(actionDecisions).nullable().optional(),
  researchedSystems: z.array(z.string()).optional(),
  evaluatedBy: z.string().nullable().optional(),
  reviewedBy: z.string().nullable().optional(),
  reviewNote: z.string().nullable().optional(),
  hasOriginal: z.boolean().optional(),
  disseminations: z
    .array(
      z.object({
        recipientType: z.string(),
        recipientId: z.string(),
        justification: z.string(),
        disseminatedBy: z.string(),
        disseminatedAt: z.string(),
      }),
    )
    .optional(),
});

export const intelligenceListResponse = z.object({ items: z.array(intelligenceReportResponse) });
export const originalTextResponse = z.object({ originalText: z.string() });
