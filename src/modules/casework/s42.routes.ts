import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { noContent } from '../../platform/http/route-schemas.ts';
import { parseInput } from '../../platform/http/validate.ts';
import { actorOf } from '../access/index.ts';
import { createdResponse } from './casework.responses.ts';
import { idParams } from './casework.schemas.ts';
import { cuckooTypeCodes } from './cuckooed.ts';
import { s42OutcomeCodes } from './s42.ts';
import type { S42Service } from './s42.service.ts';

const tags = ['casework'];
const yesNo = (message: string) => z.boolean({ error: message });

export const s42Params = z.object({ id: z.uuid('Not a valid id'), enquiryId: z.uuid('Not a valid id') });
export const s42Body = z.object({
  careAndSupportNeeds: yesNo('Say whether the adult has care and support needs'),
  abuseOrNeglect: yesNo('Say whether the adult is experiencing, or at risk of, abuse or neglect'),
  cannotProtectThemselves: yesNo('Say whether, because of those needs, they cannot protect themselves'),
  cuckooTypes: z
    .array(z.enum(cuckooTypeCodes, { error: 'Choose cuckooing types from the list' }))
    .max(cuckooTypeCodes.length)
    .default([]),
  wishes: z.string().trim().min(3, 'Record what the adult wants to happen (Making Safeguarding Personal)').max(4000),
});
export const s42ConcludeBody = z.object({
  outcome: z.enum(s42OutcomeCodes, { error: 'Choose the outcome' }),
  on: z.iso.date('Give the date, like 2026-12-10'),
  expectedVersion: z.number({ error: 'Reload the case: the version is missing' }).int().min(1),
});
const s42ListResponse = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      cuckooTypes: z.array(z.enum(cuckooTypeCodes)),
      cuckooTypeLabels: z.array(z.string()),
      wishes: z.string(),
      status: z.enum(['open', 'concluded']),
      outcome: z.enum(s42OutcomeCodes).nullable(),
      outcomeLabel: z.string().nullable(),
      startedOn: z.string(),
      concludedOn: z.string().nullable(),
      version: z.number(),
    }),
  ),
});

// Care Act s.42 enquiries on an adult's case. Thin: the service checks access and audits.
export function registerS42Routes(app: FastifyInstance, s42: S42Service): void {
  app.get(
    '/api/casework/cases/:id/s42-enquiries',
    { schema: { tags, params: idParams, response: { 200: s42ListResponse } } },
    async (request, reply) => {
      const items = await s42.of(actorOf(request), parseInput(idParams, request.params).id);
      return reply.header('cache-control', 'no-store').send({ items });
    },
  );
  app.post(
    '/api/casework/cases/:id/s42-enquiries',
    { schema: { tags, params: idParams, body: s42Body, response: { 201: createdResponse } } },
    async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      return reply.code(201).send(await s42.start(actorOf(request), id, parseInput(s42Body, request.body)));
    },
  );
  app.post(
    '/api/casework/cases/:id/s42-enquiries/:enquiryId/conclude',
    { schema: { tags, params: s42Params, body: s42ConcludeBody, response: { 204: noContent } } },
    async (request, reply) => {
      const { id, enquiryId } = parseInput(s42Params, request.params);
      await s42.conclude(actorOf(request), id, enquiryId, parseInput(s42ConcludeBody, request.body));
      return reply.code(204).send();
    },
  );
}
