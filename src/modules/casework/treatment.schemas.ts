import { z } from 'zod';
import { drugClasses, treatmentOutcomes } from './treatment.ts';

const version = z.number({ error: 'Reload the page: the version is missing' }).int().min(1);
const date = (message: string) => z.iso.date(message);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v === '' ? undefined : v));
const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v === '' ? undefined : v))
  .pipe(z.iso.date('Give the date like 1990-03-21').optional());
const optionalUuid = (message: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .pipe(z.uuid(message).optional());

export const referralParams = z.object({ id: z.uuid('Not a valid id') });

export const treatmentReferralBody = z.object({
  name: z.string().trim().min(2, 'Give the person’s name').max(200),
  dateOfBirth: optionalDate.transform((v) => v ?? null),
  personEntityId: optionalUuid('Choose a person from the store').transform((v) => v ?? null),
  organisationId: z.uuid('Choose the treatment service'),
  consent: z.boolean({ error: 'Say whether the person consents to the referral' }),
  consentOn: date('Give the date the person consented, like 2026-12-01'),
  arrestId: optionalUuid('Not a valid arrest id'),
});

export const treatmentOutcomeBody = z.object({
  outcome: z.enum(treatmentOutcomes, { error: 'Choose the outcome' }),
  on: date('Give the date, like 2026-12-01'),
  note: optionalText(2000),
  expectedVersion: version,
});

export const diversionBody = z
  .object({
    name: optionalText(200),
    dateOfBirth: optionalDate,
    personEntityId: optionalUuid('Choose a person from the store'),
    arrestId: optionalUuid('Not a valid arrest id'),
    stopReference: optionalText(100),
    stopOn: optionalDate,
    drugClass: z.enum(drugClasses, { error: 'Choose the class of the drug' }).optional(),
    supplySuspected: z.boolean().optional(),
    priorPossessionOffences: z.number().int().min(0).max(100).optional(),
  })
  .superRefine((value, context) => {
    if (!value.arrestId && !value.stopReference) {
      context.addIssue({
        code: 'custom',
        path: ['stopReference'],
        message: 'Link the diversion to an arrest, or give the stop’s reference',
      });
    }
    if (!value.arrestId && (value.name ?? '').length < 2) {
      context.addIssue({ code: 'custom', path: ['name'], message: 'Give the person’s name' });
    }
  });

export const diversionFinishBody = z.object({
  completed: z.boolean({ error: 'Say whether the person completed the diversion' }),
  on: date('Give the date, like 2026-12-01'),
  expectedVersion: version,
});
