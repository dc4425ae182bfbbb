import { z } from 'zod';
import { entityKinds } from '../pole/index.ts';
import { dealLineRoles, dealLineStatuses } from './deal-line.ts';

// What the deal-line routes answer (the staff API contract).

const status = z.enum(dealLineStatuses);

export const dealLineSummaryResponse = z.object({
  id: z.string(),
  brandName: z.string(),
  status,
  urbanHub: z.string().nullable(),
  firstSeen: z.string(),
  lastSeen: z.string(),
  successorLineId: z.string().nullable(),
  currentNumbers: z.number(),
  people: z.number(),
  version: z.number(),
});
export const dealLineListResponse = z.object({ items: z.array(dealLineSummaryResponse) });

const lineRef = z.object({ id: z.string(), brandName: z.string(), status });

export const coordinateSources = ['recorded', 'gazetteer_postcode_sector', 'gazetteer_street'] as const;

const linkedEntity = z.object({
  id: z.string(),
  kind: z.enum(entityKinds),
  label: z.string(),
  via: z.string(),
  linkId: z.string(),
  confidence: z.number(),
  firstSeen: z.string(),
  lastSeen: z.string(),
  reportIds: z.array(z.string()),
});

export const dealLineProfileResponse = z.object({
  id: z.string(),
  brandName: z.string(),
  status,
  urbanHub: z.string().nullable(),
  firstSeen: z.string(),
  lastSeen: z.string(),
  sourceAlertId: z.string().nullable(),
  successorLineId: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
  predecessors: z.array(lineRef),
  successor: lineRef.nullable(),
  numbers: z.array(
    z.object({
      id: z.string(),
      phoneEntityId: z.string(),
      number: z.string(),
      from: z.string(),
      to: z.string().nullable(),
      current: z.boolean(),
      reportCount: z.number(),
      addedBy: z.string(),
    }),
  ),
  people: z.array(
    z.object({
      assignmentId: z.string(),
      personEntityId: z.string(),
      name: z.string(),
      role: z.enum(dealLineRoles),
      roleLabel: z.string(),
      victim: z.boolean(),
      recordedAsChild: z.boolean(),
      addedBy: z.string(),
      addedAt: z.string(),
      removedBy: z.string().nullable(),
      removedAt: z.string().nullable(),
    }),
  ),
  samples: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      observedOn: z.string(),
      reportId: z.string().nullable(),
      addedBy: z.string(),
    }),
  ),
  statusHistory: z.array(
    z.object({
      from: status.nullable(),
      to: status,
      successorLineId: z.string().nullable(),
      note: z.string(),
      changedBy: z.string(),
      changedAt: z.string(),
    }),
  ),
  timeline: z.array(
    z.object({ reportId: z.string(), observedOn: z.string(), numberEntityId: z.string(), field: z.string() }),
  ),
  addresses: z.array(
    linkedEntity.extend({
      coordinates: z
        .object({ latitude: z.number(), longitude: z.number(), source: z.enum(coordinateSources) })
        .nullable(),
    }),
  ),
  vehicles: z.array(linkedEntity),
  linkedPeopleWithoutRole: z.array(linkedEntity),
  otherPhonesOfItsPeople: z.array(linkedEntity),
});

export const createdIdResponse = z.object({ id: z.string() });
