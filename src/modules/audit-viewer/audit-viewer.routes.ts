import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseInput } from '../../platform/http/parse-input.ts';
import { actorOf } from '../access/index.ts';
import type { AuditViewerService } from './audit-viewer.service.ts';
import { fileResponse } from '../../platform/http/route-schemas.ts';

const filters = z.object({
  actorId: z.string().trim().min(1).max(100).optional(),
  action: z.string().trim().min(1).max(100).optional(),
  subjectType: z.string().trim().min(1).max(60).optional(),
  subjectId: z.string().trim().min(1).max(100).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
});

const searchQuery = filters.extend({
  beforeSeq: z
    .string()
    .regex(/^\d{1,19}$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const recordParams = z.object({
  type: z.string().regex(/^[a-z_]{1,60}$/, 'Not a record type'),
  id: z.string().min(1).max(100),
});

const auditEventResponse = z.object({
  seq: z.string(),
  occurredAt: z.string(),
  actorType: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  reason: z.string().nullable(),
  requestId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  prevHash: z.string(),
  hash: z.string(),
});
const verifyResponse = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  problems: z.array(z.object({ seq: z.string(), problem: z.string() })),
});

const exportBody = filters.extend({ format: z.enum(['csv', 'json']), reason: z.string().max(500).optional() });

export function registerAuditViewerRoutes(app: FastifyInstance, deps: { auditViewer: AuditViewerService }): void {
  const { auditViewer } = deps;

  app.get(
    '/api/audit/events',
    { schema: { tags: ['audit'], querystring: searchQuery, response: { 200: z.array(auditEventResponse) } } },
    async (request, reply) => {
      const actor = actorOf(request);
      const { beforeSeq, limit, ...rest } = parseInput(searchQuery, request.query);
      const events = await auditViewer.search(actor, rest, {
        limit,
        ...(beforeSeq !== undefined ? { beforeSeq } : {}),
      });
      return reply.header('cache-control', 'no-store').send(events);
    },
  );

  app.get(
    '/api/audit/records/:type/:id',
    { schema: { tags: ['audit'], params: recordParams, response: { 200: z.array(auditEventResponse) } } },
    async (request, reply) => {
      const actor = actorOf(request);
      const subject = parseInput(recordParams, request.params);
      return reply.header('cache-control', 'no-store').send(await auditViewer.recordHistory(actor, subject));
    },
  );

  // POST, not GET: an export is a disclosure that needs a reason, and must carry the CSRF token.
  app.post(
    '/api/audit/export',
    { schema: { tags: ['audit'], body: exportBody, response: { 200: fileResponse('text/csv') } } },
    async (request, reply) => {
      const actor = actorOf(request);
      const { format, reason, ...rest } = parseInput(exportBody, request.body);
      const result = await auditViewer.export(actor, { format, filters: rest, reason });
      return reply
        .header('cache-control', 'no-store')
        .header('content-type', result.contentType)
        .header('content-disposition', `attachment; filename="${result.filename}"`)
        .send(result.body);
    },
  );

  app.post('/api/audit/verify', { schema: { tags: ['audit'], response: { 200: verifyResponse } } }, async (request) =>
    auditViewer.verify(actorOf(request)),
  );
}
