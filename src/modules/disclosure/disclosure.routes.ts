import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseInput } from '../../platform/http/validate.ts';
import { actorOf } from '../access/index.ts';
import { measures, priorityActionCodes, priorityTopicCodes, releaseStatuses } from './disclosure.ts';
import type { PriorityService } from './priority.service.ts';
import type { ReleaseService } from './release.service.ts';

const tags = ['disclosure'];
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Give the month, like 2026-10');
const idParams = z.object({ id: z.uuid('Not a valid id') });
const wardParams = z.object({ ward: z.string().regex(/^E\d{8}$/, 'Not a ward code') });
const monthQuery = z.object({ month: month.optional() });

export const prepareBody = z.object({ month });
export const withdrawBody = z.object({
  reason: z.string().trim().min(3, 'Say why the release is withdrawn').max(500),
});
export const prioritiesBody = z.object({
  month: month.optional(),
  priorities: z
    .array(
      z.object({
        topic: z.enum(priorityTopicCodes, { error: 'Choose a topic from the list' }),
        actions: z
          .array(z.enum(priorityActionCodes, { error: 'Choose actions from the list' }))
          .min(1, 'Choose at least one thing the team will do')
          .max(priorityActionCodes.length),
      }),
    )
    .max(3, 'Choose at most 3 priorities'),
});

const release = z.object({
  id: z.string(),
  month: z.string(),
  monthName: z.string(),
  status: z.enum(releaseStatuses),
  threshold: z.number(),
  preparedBy: z.string(),
  preparedByName: z.string(),
  approvedByName: z.string().nullable(),
  publishedByName: z.string().nullable(),
  withdrawnByName: z.string().nullable(),
  preparedAt: z.string(),
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
  publishedAt: z.string().nullable(),
  withdrawnBy: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  withdrawalReason: z.string().nullable(),
});
const releaseDetail = release.extend({
  mayApprove: z.boolean(),
  figures: z.array(
    z.object({
      wardCode: z.string(),
      wardName: z.string(),
      measure: z.enum(measures),
      measureLabel: z.string(),
      value: z.number().nullable(),
      suppressed: z.boolean(),
    }),
  ),
});
const measureCounts = z.object(
  Object.fromEntries(measures.map((m) => [m, z.number()])) as Record<(typeof measures)[number], z.ZodNumber>,
);
const rulesResponse = z.object({
  latestMonth: z.string(),
  delayMonths: z.number(),
  threshold: z.number(),
  periodMonths: z.number(),
});
const prioritiesResponse = z.object({
  period: z.object({ start: z.string(), end: z.string(), name: z.string() }),
  wards: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      priorities: z.array(
        z.object({ topic: z.enum(priorityTopicCodes), actions: z.array(z.enum(priorityActionCodes)) }),
      ),
    }),
  ),
});

// "You said, we did" on the staff site: priorities and the monthly releases' four-eyes steps.
// Thin: the services check permissions, the four-eyes rule and the delay, and audit.
export function registerDisclosureRoutes(
  app: FastifyInstance,
  services: { releases: ReleaseService; priorities: PriorityService },
): void {
  const { releases, priorities } = services;
  app.get('/api/disclosure/rules', { schema: { tags, response: { 200: rulesResponse } } }, async (request) =>
    releases.rules(actorOf(request)),
  );
  app.get(
    '/api/disclosure/releases',
    { schema: { tags, response: { 200: z.object({ items: z.array(release) }) } } },
    async (request, reply) =>
      reply.header('cache-control', 'no-store').send({ items: await releases.list(actorOf(request)) }),
  );
  app.post(
    '/api/disclosure/releases',
    {
      schema: {
        tags,
        body: prepareBody,
        response: { 201: z.object({ id: z.string(), unplaced: measureCounts }) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await releases.prepare(actorOf(request), parseInput(prepareBody, request.body).month)),
  );
  app.get(
    '/api/disclosure/releases/:id',
    { schema: { tags, params: idParams, response: { 200: releaseDetail } } },
    async (request, reply) =>
      reply
        .header('cache-control', 'no-store')
        .send(await releases.get(actorOf(request), parseInput(idParams, request.params).id)),
  );
  for (const action of ['approve', 'publish'] as const) {
    app.post(
      `/api/disclosure/releases/:id/${action}`,
      { schema: { tags, params: idParams, response: { 200: release } } },
      async (request) => releases[action](actorOf(request), parseInput(idParams, request.params).id),
    );
  }
  app.post(
    '/api/disclosure/releases/:id/withdraw',
    { schema: { tags, params: idParams, body: withdrawBody, response: { 200: release } } },
    async (request) =>
      releases.withdraw(
        actorOf(request),
        parseInput(idParams, request.params).id,
        parseInput(withdrawBody, request.body).reason,
      ),
  );
  app.get(
    '/api/disclosure/priorities',
    { schema: { tags, querystring: monthQuery, response: { 200: prioritiesResponse } } },
    async (request, reply) =>
      reply
        .header('cache-control', 'no-store')
        .send(await priorities.list(actorOf(request), parseInput(monthQuery, request.query).month)),
  );
  app.post(
    '/api/disclosure/priorities/:ward',
    { schema: { tags, params: wardParams, body: prioritiesBody, response: { 200: prioritiesResponse } } },
    async (request) => {
      const actor = actorOf(request);
      const body = parseInput(prioritiesBody, request.body);
      await priorities.set(actor, parseInput(wardParams, request.params).ward, body.month, body.priorities);
      return priorities.list(actor, body.month);
    },
  );
}
