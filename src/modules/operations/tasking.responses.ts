import { z } from 'zod';
import { assigneeKinds, taskStatuses } from './tasking.ts';

// What the tasking (TT&CG) and line-disruption routes answer (the staff API contract).

const band = z.enum(['high', 'medium', 'low']);
const orNull = z.string().nullable();
const operationStatus = z.enum(['active', 'closed']);

export const taskResponse = z.object({
  id: z.string(),
  operationId: z.string(),
  title: z.string(),
  detail: z.string(),
  assignee: z.object({ kind: z.enum(assigneeKinds), id: z.string(), name: z.string() }),
  dueOn: z.string(),
  status: z.enum(taskStatuses),
  overdue: z.boolean(),
  result: orNull,
  resultOn: orNull,
  /** Where it sits on the agenda: overdue, due before the next meeting, later, or reported back. */
  section: z.enum(['overdue', 'due', 'later', 'reported']).nullable(),
  version: z.number(),
});

export const operationListResponse = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      objective: z.string(),
      status: operationStatus,
      openTasks: z.number(),
      members: z.number(),
      version: z.number(),
    }),
  ),
});

export const operationResponse = z.object({
  id: z.string(),
  name: z.string(),
  objective: z.string(),
  status: operationStatus,
  topScore: z.number(),
  targets: z.array(
    z.object({
      id: z.string(),
      personId: z.string(),
      personLabel: z.string(),
      status: operationStatus,
      score: z.number(),
      band,
      reasons: z.array(z.string()),
      reviewOn: z.string(),
      reviewOverdue: z.boolean(),
    }),
  ),
  dealLines: z.array(z.object({ id: z.string(), brandName: z.string(), status: z.string() })),
  addresses: z.array(z.string()),
  tasks: z.array(taskResponse),
  version: z.number(),
});

export const agendaResponse = z.object({
  meetingOn: z.string(),
  since: z.string(),
  nextMeetingOn: z.string(),
  marking: z.object({ classification: z.string(), handlingCode: z.string(), text: z.string() }),
  operations: z.array(operationResponse),
});

const named = z.object({ id: z.string(), name: z.string() });
export const taskingAssigneesResponse = z.object({ teams: z.array(named), officers: z.array(named) });

export const createdResponse = z.object({ id: z.string() });

export const disruptionResponse = z.object({
  lineId: z.string(),
  status: z.string(),
  version: z.number(),
  measures: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      value: z.number().nullable(),
      shown: z.string().optional(),
      detail: z.string(),
    }),
  ),
  records: z.object({
    arrests: z.array(z.object({ id: z.string(), arrestedAt: z.string() })),
    seizures: z.array(z.object({ id: z.string(), seizedAt: z.string(), place: z.string() })),
  }),
  history: z.array(
    z.object({
      from: orNull,
      to: z.string(),
      note: z.string(),
      evidence: z.array(z.object({ kind: z.string(), id: z.string() })),
      by: z.string(),
      at: z.string(),
    }),
  ),
});
