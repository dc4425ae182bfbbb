import { z } from 'zod';
import { maxMessageLength } from './report-messages.service.ts';

export const reportIdParams = z.object({ id: z.string().min(1).max(64) });

export const postReportMessageBody = z.object({
  body: z
    .string({ error: 'Enter the question for the reporter' })
    .trim()
    .min(1, 'Enter the question for the reporter')
    .max(maxMessageLength, `The question must be ${String(maxMessageLength)} characters or fewer`),
});
