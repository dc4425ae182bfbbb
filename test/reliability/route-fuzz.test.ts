import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { createPublicApp } from '../../src/main/public-app.ts';
import { createStaffApp } from '../../src/main/staff-app.ts';
import { roles } from '../../src/modules/access/roles.ts';
import { defaultJourneyLimits } from '../../src/modules/public-report/index.ts';
import { z } from 'zod';
import {
  enumWords,
  exportedSchemas,
  fillPath,
  fromJsonSchema,
  hostileText,
  jsonBody,
  pathParameter,
  publicFormWords,
  replaceNthString,
  routeSchemaNames,
  staffFieldNames,
  type JsonSchema,
} from '../support/fuzz.ts';
import { fullAnswers, journeyClient, journeyOrder } from '../support/journey-client.ts';
import { listRoutes } from '../support/route-list.ts';
import { actAs, testActor, testAdminActor } from '../support/staff.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// Property-based fuzz (issue 17): every staff route and every public form gets generated
// input (the schemas' own field names and words, mixed with hostile strings) and must never
// answer 5xx. FUZZ_RUNS raises the runs per route (the suite keeps it small for CI).

const runs = Number(process.env.FUZZ_RUNS ?? '4');
const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const words = [...staffFieldNames, ...enumWords];
const noLimits = {
  ...defaultJourneyLimits,
  ...Object.fromEntries(Object.keys(defaultJourneyLimits).map((name) => [name, 1_000_000])),
  proofOfWorkBits: defaultJourneyLimits.proofOfWorkBits,
};

function assertNo5xx(route: string, response: { statusCode: number; body: string }, input: unknown): void {
  assert.ok(
    response.statusCode < 500,
    `${route} answered ${String(response.statusCode)} to ${JSON.stringify(input).slice(0, 400)}: ${response.body.slice(0, 300)}`,
  );
}

/**
 * Input for one route: mostly values its own zod schema accepts with one string swapped for
 * a hostile one, sometimes anything at all.
 */
function inputFor(schema: unknown, ids: readonly string[], generic: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  if (schema === undefined) return generic;
  let json: JsonSchema;
  try {
    json = z.toJSONSchema(schema as z.ZodType, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  } catch {
    return generic;
  }
  const valid = fromJsonSchema(json, ids);
  const mutated = fc
    .tuple(valid, hostileText(words), fc.nat())
    .map(([value, hostile, n]) => replaceNthString(value, n, hostile));
  return fc.oneof(
    { weight: 2, arbitrary: valid },
    { weight: 4, arbitrary: mutated },
    { weight: 1, arbitrary: generic },
  );
}

describe('fuzz: every staff route, as a member of staff with every role', () => {
  let system: TestSystem;
  let app: FastifyInstance;
  const ids: string[] = [];

  before(async () => {
    system = await createTestSystem();
    app = await createStaffApp(system.services, { limits: noLimits });
    const { user } = await system.services.users.createUser(testAdminActor, {
      email: 'fuzz@example.police.uk',
      displayName: 'Fuzz',
      roles: ['administrator'],
      teamIds: [],
      partnerOrganisationId: null,
    });
    const actor = testActor(
      user.id,
      roles.filter((role) => role !== 'partner_agency'),
    );
    actAs(app, () => actor);
    // Real records, so generated ids sometimes name something and the routes go deeper.
    const site = await createPublicApp(system.services, { limits: noLimits });
    const reporter = journeyClient(site);
    await reporter.walk(fullAnswers);
    await reporter.send();
    await site.close();
    const team = await system.services.teams.createTeam(testAdminActor, { name: 'Fuzz team' });
    const reports = await system.services.db.selectFrom('reports').select('id').execute();
    ids.push(user.id, team.id, ...reports.map((row) => row.id));
  });
  after(async () => {
    await app.close();
    await system.close();
  });

  test('no staff route answers 5xx to generated or hostile input', async () => {
    const routes = listRoutes(app).filter((route) => !route.startsWith('GET /assets') && !route.includes('/app/'));
    assert.ok(routes.length > 80, `found ${String(routes.length)} routes`);
    const schemaNames = routeSchemaNames();
    const schemas = await exportedSchemas();
    const genericQuery = fc.dictionary(
      fc.constantFrom(...staffFieldNames),
      hostileText(words).filter((t) => t.isWellFormed()),
      { maxKeys: 3 },
    );
    let schemaDriven = 0;
    for (const route of routes) {
      const [method = 'GET', pattern = '/'] = route.split(' ');
      const names = schemaNames.get(route) ?? {};
      const bodySchema = names.body === undefined ? undefined : schemas.get(names.body);
      const querySchema = names.query === undefined ? undefined : schemas.get(names.query);
      if (bodySchema !== undefined || querySchema !== undefined) schemaDriven += 1;
      const queryInput = inputFor(querySchema, ids, genericQuery).map((value) =>
        value !== null && typeof value === 'object' && !Array.isArray(value)
          ? Object.fromEntries(
              Object.entries(value).flatMap(([key, item]) => {
                const text = typeof item === 'string' ? item : JSON.stringify(item);
                return text.isWellFormed() ? [[key, text]] : [];
              }),
            )
          : {},
      );
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.oneof(fc.constantFrom(...ids), pathParameter(words)), { minLength: 1, maxLength: 3 }),
          queryInput,
          inputFor(bodySchema, ids, jsonBody(staffFieldNames, words)),
          async (params, query, body) => {
            const url = fillPath(pattern, params);
            const response = await app.inject({
              method: method as 'GET',
              url,
              query,
              ...(method === 'GET' || method === 'DELETE' ? {} : { payload: JSON.stringify(body) }),
              headers: { 'content-type': 'application/json' },
            });
            assertNo5xx(route, response, { url, query, body });
          },
        ),
        { numRuns: runs, ...(seed === undefined ? {} : { seed }) },
      );
    }
    assert.ok(schemaDriven >= 25, `input from the route's own schema for ${String(schemaDriven)} routes`);
  });
});

describe('fuzz: every public form, with a live session and its token', () => {
  let system: TestSystem;
  let app: FastifyInstance;

  before(async () => {
    system = await createTestSystem();
    app = await createPublicApp(system.services, { limits: noLimits });
  });
  after(async () => {
    await app.close();
    await system.close();
  });

  const formValue = fc.oneof(
    hostileText(publicFormWords).map((text) => text.toWellFormed()),
    fc.array(
      hostileText(publicFormWords).map((text) => text.toWellFormed()),
      { maxLength: 3 },
    ),
  );
  const form = fc.dictionary(
    fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...publicFormWords) }, { weight: 1, arbitrary: fc.string() }),
    formValue,
    { maxKeys: 8 },
  );
  const forms = [
    ...journeyOrder,
    'check',
    'danger',
    'start',
    'finish',
    'follow-up',
    'follow-up/inbox',
    'follow-up/sign-out',
  ];

  test('no public form answers 5xx to generated or hostile answers, form-encoded or multipart', async () => {
    for (const page of forms) {
      const client = journeyClient(app);
      if (journeyOrder.includes(page)) await client.walk(fullAnswers, page);
      else await client.walk(fullAnswers);
      await fc.assert(
        fc.asyncProperty(form, fc.boolean(), async (fields, multipart) => {
          await client.get(`/report/${page === 'finish' || page.startsWith('follow-up') ? 'check' : page}`);
          const response = multipart
            ? await client.postMultipart(`/report/${page}`, fields, [])
            : await client.post(`/report/${page}`, fields);
          assertNo5xx(`POST /report/${page}`, response, fields);
        }),
        { numRuns: runs * 2, ...(seed === undefined ? {} : { seed }) },
      );
    }
  });
});
