import type { FastifyInstance, RouteOptions } from 'fastify';
import { z } from 'zod';
import { problemSchema } from './route-schemas.ts';

// Builds the staff API's OpenAPI 3.1 document from the zod schemas its routes declare: the
// same objects Fastify validates with (route-schemas.ts). Nothing here is written by hand
// per route, so the document cannot drift from what the server checks.

type JsonSchema = Record<string, unknown>;

export type RouteSchemas = {
  readonly params?: z.ZodType;
  readonly querystring?: z.ZodType;
  readonly body?: z.ZodType;
  readonly response?: Readonly<Record<number, z.ZodType>>;
  /** One line for the reference page; the tag groups operations by module. */
  readonly summary?: string;
  readonly tags?: readonly string[];
};

export type ApiRoute = { readonly method: string; readonly url: string; readonly schema: RouteSchemas | undefined };

const methods = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

/** Records every /api/ route as it is added, for the document. Call before the routes are registered. */
export function collectApiRoutes(app: FastifyInstance): readonly ApiRoute[] {
  const routes: ApiRoute[] = [];
  app.addHook('onRoute', (route: RouteOptions) => {
    if (!route.url.startsWith('/api/')) return;
    for (const method of [route.method].flat()) {
      if (!methods.has(method)) continue;
      routes.push({ method, url: route.url, schema: route.schema as RouteSchemas | undefined });
    }
  });
  return routes;
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function metaOf(schema: z.ZodType): Record<string, unknown> {
  return schema.meta() ?? {};
}

function parameters(schema: z.ZodType | undefined, location: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const object = jsonSchema(schema, 'input');
  const properties = (object.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((object.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || required.has(name),
    schema: property,
  }));
}

function response(schema: z.ZodType): JsonSchema {
  const meta = metaOf(schema);
  if (meta.noContent === true) return { description: 'No content' };
  if (meta.redirect === true) return { description: 'A redirect (see the Location header)' };
  if (typeof meta.fileMediaType === 'string') {
    return {
      description: 'A file',
      content: { [meta.fileMediaType]: { schema: { type: 'string', format: 'binary' } } },
    };
  }
  return { description: 'OK', content: { 'application/json': { schema: jsonSchema(schema, 'output') } } };
}

function operation(route: ApiRoute): JsonSchema {
  const schema = route.schema ?? {};
  const responses: Record<string, JsonSchema> = {};
  for (const [status, body] of Object.entries(schema.response ?? {})) responses[status] = response(body);
  responses.default = {
    description: 'An error, as RFC 9457 problem details',
    content: { 'application/problem+json': { schema: jsonSchema(problemSchema, 'output') } },
  };
  const parameterList = [...parameters(schema.params, 'path'), ...parameters(schema.querystring, 'query')];
  return {
    ...(schema.summary ? { summary: schema.summary } : {}),
    ...(schema.tags ? { tags: schema.tags } : {}),
    ...(parameterList.length > 0 ? { parameters: parameterList } : {}),
    ...(schema.body
      ? {
          requestBody: {
            // The validator reads a missing body as {}: a body whose fields are all optional may be left out.
            required: !schema.body.safeParse({}).success,
            content: { 'application/json': { schema: jsonSchema(schema.body, 'input') } },
          },
        }
      : {}),
    responses,
  };
}

/** `/api/reports/:id` → `/api/reports/{id}` */
export function openApiPath(url: string): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

export function openApiDocument(routes: readonly ApiRoute[], info: { title: string; version: string }): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  const sorted = [...routes].sort((a, b) => a.url.localeCompare(b.url) || a.method.localeCompare(b.method));
  for (const route of sorted) {
    const path = openApiPath(route.url);
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      ...info,
      description:
        'The staff JSON API. Every request needs a signed-in staff session cookie; every change needs the ' +
        'x-csrf-token header. Errors are RFC 9457 problem+json.',
    },
    paths,
  };
}
