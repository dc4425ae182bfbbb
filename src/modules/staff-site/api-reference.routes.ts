import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { collectApiRoutes, openApiDocument } from '../../platform/http/openapi.ts';
import { fileResponse } from '../../platform/http/route-schemas.ts';
import { actorOf } from '../access/index.ts';
import { renderApiReference } from './api-reference.page.ts';

const documents = new WeakMap<FastifyInstance, () => Record<string, unknown>>();

/** The OpenAPI document of a staff app built with apiReference (for `npm run generate:api`). */
export function openApiDocumentOf(app: FastifyInstance): Record<string, unknown> {
  const document = documents.get(app);
  if (!document) throw new Error('This app does not serve the staff API reference');
  return document();
}

const documentSchema = z.object({ openapi: z.literal('3.1.0') }).loose();

/**
 * Starts collecting the staff API's routes (call before any route is registered) and returns
 * the plugin that serves what was collected: the OpenAPI 3.1 document at /api/openapi.json and
 * a readable page at /api/reference. Both are for signed-in staff only.
 */
export function apiReference(app: FastifyInstance, info: { title: string; version: string }) {
  const routes = collectApiRoutes(app);
  let document: Record<string, unknown> | undefined;
  const current = () => (document ??= openApiDocument(routes, info));
  documents.set(app, current);
  return function registerApiReferenceRoutes(staff: FastifyInstance): void {
    staff.get(
      '/api/openapi.json',
      { schema: { summary: 'This document', tags: ['reference'], response: { 200: documentSchema } } },
      (request, reply) => {
        actorOf(request);
        return reply.header('cache-control', 'no-store').send(current());
      },
    );
    staff.get(
      '/api/reference',
      {
        schema: {
          summary: 'This document as a page',
          tags: ['reference'],
          response: { 200: fileResponse('text/html') },
        },
      },
      async (request, reply) => {
        actorOf(request);
        return reply
          .header('content-type', 'text/html; charset=utf-8')
          .header('cache-control', 'no-store')
          .send(renderApiReference(current()));
      },
    );
  };
}
