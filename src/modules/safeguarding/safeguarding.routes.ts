import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseInput } from '../../platform/http/validate.ts';
import { actorOf } from '../access/index.ts';
import type { SafeguardingService } from './safeguarding.service.ts';

const idParams = z.object({ id: z.uuid('Not a valid id') });
const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(200),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

// What the safeguarding team receives: a whitelist (safeguarding.presenter.ts) and this contract.
const referralSummaryResponse = z.object({
  id: z.string(),
  status: z.string(),
  submittedOn: z.string(),
  atRisk: z.object({ child: z.boolean(), vulnerableAdult: z.boolean() }),
  threatToLife: z.boolean(),
  concerns: z.array(z.string()),
  postcodeSector: z.string().nullable(),
});
const orNull = z.string().nullable();
const referralResponse = referralSummaryResponse.extend({
  dangerNow: z.array(z.string()),
  people: z.array(z.object({ description: orNull, names: orNull, age: orNull })),
  childInvolved: orNull,
  vulnerableAdultInvolved: orNull,
  where: z.object({ building: orNull, street: orNull, town: orNull, postcode: orNull, place: orNull }).nullable(),
  when: z.object({
    firstNoticed: orNull,
    lastSeen: z.object({ year: z.number(), month: z.number(), day: z.number().optional() }).nullable(),
  }),
  indicators: z.object({
    homeTakenOver: z.array(z.string()),
    homeTakenOverOther: orNull,
    exploitation: z.array(z.string()),
    exploitationOther: orNull,
  }),
  reporterText: orNull,
  contactStatus: z.enum(['anonymous', 'withheld', 'shared']),
  contact: z
    .object({
      name: orNull,
      phone: orNull,
      email: orNull,
      safeToContact: z.enum(['yes', 'no']),
      safeContactNotes: orNull,
    })
    .nullable(),
});

export function registerSafeguardingRoutes(app: FastifyInstance, services: { safeguarding: SafeguardingService }) {
  app.get(
    '/api/safeguarding/referrals',
    {
      schema: {
        tags: ['safeguarding'],
        querystring: listQuery,
        response: {
          200: z.object({
            items: z.array(referralSummaryResponse),
            total: z.number(),
            limit: z.number(),
            offset: z.number(),
          }),
        },
      },
    },
    async (request, reply) => {
      const { limit, offset } = parseInput(listQuery, request.query);
      const page = await services.safeguarding.list(actorOf(request), limit, offset);
      return reply.header('cache-control', 'no-store').send({ ...page, limit, offset });
    },
  );
  app.get(
    '/api/safeguarding/referrals/:id',
    { schema: { tags: ['safeguarding'], params: idParams, response: { 200: referralResponse } } },
    async (request, reply) => {
      const { id } = parseInput(idParams, request.params);
      const referral = await services.safeguarding.get(actorOf(request), id);
      return reply.header('cache-control', 'no-store').send(referral);
    },
  );
}
