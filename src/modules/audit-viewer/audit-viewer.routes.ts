import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseInput } from '../../platform/http/parse-input.ts';
import { actorOf } from '../access/index.ts';
import type { AuditViewerService } from './audit-viewer.service.ts';

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

const exportBody = filters.extend({ format: z.enum(['csv', 'json']), reason: z.string().max(500).optional() });

export function registerAuditViewerRoutes(app: FastifyInstance, deps: { auditViewer: AuditViewerService }): void {
  const { auditViewer } = deps;

  app.get('/api/audit/events', async (request, reply) => {
    const actor = actorOf(request);
    const { beforeSeq, limit, ...rest } = parseInput(searchQuery, request.query);
    const events = await auditViewer.search(actor, rest, { limit, ...(beforeSeq !== undefined ? { beforeSeq } : {}) });
    return reply.header('cache-control', 'no-store').send(events);
  });

  app.get('/api/audit/records/:type/:id', async (request, reply) => {
    const actor = actorOf(request);
    const subject = parseInput(recordParams, request.params);
    return reply.header('cache-control', 'no-store').send(await auditViewer.recordHistory(actor, subject));
  });

  // POST, not GET: an export is a disclosure that needs a reason, and must carry the CSRF token.
  app.post('/api/audit/export', async (request, reply) => {
    const actor = actorOf(request);
    const { format, reason, ...rest } = parseInput(exportBody, request.body);
    const result = await auditViewer.export(actor, { format, filters: rest, reason });
    return reply
      .header('cache-control', 'no-store')
      .header('content-type', result.contentType)
      .header('content-disposition', `attachment; filename="${result.filename}"`)
      .send(result.body);
  });

  app.post('/api/audit/verify', async (request) => auditViewer.verify(actorOf(request)));
}
