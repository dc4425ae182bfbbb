import { z } from 'zod';
import { diversionStatuses, drugClasses, treatmentOutcomes } from './treatment.ts';

// What the treatment and diversion routes answer (the staff API contract).
const orNull = z.string().nullable();
const treatmentStatus = z.enum(['referred', ...treatmentOutcomes]);

export const treatmentServicesResponse = z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) });

export const treatmentReferralListResponse = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      personName: z.string(),
      dateOfBirth: orNull,
      personEntityId: orNull,
      organisationId: z.string(),
      organisationName: z.string(),
      consentOn: z.string(),
      arrestId: orNull,
      status: treatmentStatus,
      statusLabel: z.string(),
      referredAt: z.string(),
      outcomes: z.array(
        z.object({
          id: z.string(),
          outcome: z.enum(treatmentOutcomes),
          outcomeLabel: z.string(),
          on: z.string(),
          note: orNull,
          recordedBy: z.string(),
          /** The treatment service whose user recorded it; null when police staff did. */
          recordedByOrganisation: orNull,
        }),
      ),
      version: z.number(),
    }),
  ),
});

/** What a treatment service's user sees of the referrals made to it: no police-only fields. */
export const providerReferralListResponse = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      personName: z.string(),
      dateOfBirth: orNull,
      consentOn: z.string(),
      referredAt: z.string(),
      status: treatmentStatus,
      statusLabel: z.string(),
      outcomes: z.array(
        z.object({
          id: z.string(),
          outcome: z.enum(treatmentOutcomes),
          outcomeLabel: z.string(),
          on: z.string(),
          note: orNull,
          recordedBy: z.string(),
        }),
      ),
      version: z.number(),
    }),
  ),
});

export const diversionListResponse = z.object({
  rules: z.object({
    minAge: z.number(),
    drugClasses: z.array(z.enum(drugClasses)),
    maxPriorPossessionOffences: z.number(),
  }),
  items: z.array(
    z.object({
      id: z.string(),
      personName: z.string(),
      dateOfBirth: orNull,
      personEntityId: orNull,
      arrestId: orNull,
      stopReference: orNull,
      drugClasses: z.array(z.enum(drugClasses)),
      status: z.enum(diversionStatuses),
      statusLabel: z.string(),
      offeredOn: z.string(),
      completedOn: orNull,
      outcome22Recorded: z.boolean(),
      version: z.number(),
    }),
  ),
});

export const createdIdResponse = z.object({ id: z.string() });
