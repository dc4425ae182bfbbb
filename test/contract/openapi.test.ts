import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { apiTypesFor, generatedSchemaPath } from '../../src/main/api-contract.ts';
import { parseHtml, textsOf } from '../support/html.ts';
import { listRoutes } from '../support/route-list.ts';
import { testActor, useStaffAppByHeader } from '../support/staff.ts';

type Operation = { responses?: Record<string, { content?: Record<string, unknown> }>; requestBody?: unknown };
type Document = { openapi: string; paths: Record<string, Record<string, Operation>> };

const actors = { officer: testActor('officer-1', ['officer']) };

// The staff API's one contract: the document the listener serves is valid OpenAPI 3.1, names a
// success answer for every route, and is what the web app's committed types were made from.
describe('the staff API contract (/api/openapi.json)', () => {
  const staff = useStaffAppByHeader(actors);
  let document: Document;
  before(async () => {
    const response = await staff.app.inject({ url: '/api/openapi.json', headers: { 'x-test-actor': 'officer' } });
    assert.equal(response.statusCode, 200);
    document = response.json();
  });

  test('is served to signed-in staff only, as is its reference page', async () => {
    for (const url of ['/api/openapi.json', '/api/reference']) {
      const anonymous = await staff.app.inject({ url });
      assert.equal(anonymous.statusCode, 401, url);
    }
    const page = await staff.app.inject({ url: '/api/reference', headers: { 'x-test-actor': 'officer' } });
    assert.equal(page.statusCode, 200);
    assert.match(String(page.headers['content-type']), /^text\/html/);
    assert.ok(textsOf(parseHtml(page.body), 'code').includes('GET /api/reports/{id}'), 'lists the operations');
  });

  test('validates as OpenAPI 3.1', async () => {
    assert.equal(document.openapi, '3.1.0');
    const result = await new Validator().validate(document);
    assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2));
  });

  test('every staff API route the listener serves is in it, each with a success answer', () => {
    const served = listRoutes(staff.app)
      .filter((route) => route.includes(' /api/'))
      .map((route) => route.replace(/:([A-Za-z]+)/g, '{$1}'))
      .sort();
    const documented = Object.entries(document.paths).flatMap(([path, byMethod]) =>
      Object.keys(byMethod).map((method) => `${method.toUpperCase()} ${path}`),
    );
    assert.deepEqual(documented.sort(), served);
    const operations = Object.entries(document.paths).flatMap(([path, byMethod]) =>
      Object.entries(byMethod).map(([method, operation]) => ({ path, method, operation })),
    );
    assert.ok(operations.length >= 100, `only ${String(operations.length)} operations`);
    for (const { path, method, operation } of operations) {
      const successes = Object.keys(operation.responses ?? {}).filter((status) => /^[23]\d\d$/.test(status));
      assert.ok(successes.length > 0, `${method.toUpperCase()} ${path} declares no success answer`);
    }
    // Spot checks that the schemas are the routes' own: a required query, a body, a 204.
    const search = document.paths['/api/search/reports']?.get as { parameters: { name: string; required: boolean }[] };
    assert.deepEqual(
      search.parameters.find((parameter) => parameter.name === 'q'),
      { ...search.parameters.find((parameter) => parameter.name === 'q'), required: true },
    );
    assert.ok(document.paths['/api/intelligence/{id}/review']?.post?.requestBody);
    assert.deepEqual(Object.keys(document.paths['/api/reports/{id}/status']?.post?.responses ?? {}).sort(), [
      '204',
      'default',
    ]);
  });

  test('the web app types (web/src/api/schema.d.ts) were generated from this document: run npm run generate:api', async () => {
    const committed = readFileSync(join(import.meta.dirname, '..', '..', generatedSchemaPath), 'utf8');
    // Generated (and excluded from eslint --fix): byte-for-byte what the script writes.
    assert.ok(committed === (await apiTypesFor(document)), `${generatedSchemaPath} is stale`);
  });
});
