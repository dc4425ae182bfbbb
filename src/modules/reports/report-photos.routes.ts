import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseInput } from '../../platform/http/validate.ts';
import { actorOf } from '../access/index.ts';
import type { ReportPhotosService } from './report-photos.service.ts';
import { fileResponse } from '../../platform/http/route-schemas.ts';
import { photoOriginalResponse, reportPhotosResponse } from './reports.responses.ts';

const reportParams = z.object({ id: z.uuid('Not a valid id') });
const photoParams = z.object({ id: z.uuid('Not a valid id'), photoId: z.uuid('Not a valid id') });
const reasonBody = z.object({ reason: z.string().max(1000).optional() });

// Staff API for a report's photos: the cleaned copies for anyone who reads reports, and the
// sealed original for evidence, with its own permission and a reason (the service checks both
// and audits each read).
export function registerReportPhotoRoutes(app: FastifyInstance, reportPhotos: ReportPhotosService): void {
  app.get(
    '/api/reports/:id/photos',
    { schema: { tags: ['reports'], params: reportParams, response: { 200: reportPhotosResponse } } },
    async (request, reply) => {
      const { id } = parseInput(reportParams, request.params);
      const photos = await reportPhotos.list(actorOf(request), id);
      return reply.header('cache-control', 'no-store').send({ photos });
    },
  );

  app.get(
    '/api/reports/:id/photos/:photoId',
    { schema: { tags: ['reports'], params: photoParams, response: { 200: fileResponse('image/jpeg') } } },
    async (request, reply) => {
      const { id, photoId } = parseInput(photoParams, request.params);
      const jpeg = await reportPhotos.cleaned(actorOf(request), id, photoId);
      return reply.header('cache-control', 'no-store').type('image/jpeg').send(jpeg);
    },
  );

  app.post(
    '/api/reports/:id/photos/:photoId/original',
    { schema: { tags: ['reports'], params: photoParams, body: reasonBody, response: { 200: photoOriginalResponse } } },
    async (request, reply) => {
      const { id, photoId } = parseInput(photoParams, request.params);
      const { reason } = parseInput(reasonBody, request.body ?? {});
      const opened = await reportPhotos.openOriginal(actorOf(request), id, photoId, reason);
      const { original, ...facts } = opened;
      return reply.header('cache-control', 'no-store').send({ ...facts, originalBase64: original.toString('base64') });
    },
  );
}
