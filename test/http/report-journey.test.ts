import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createPublicApp } from '../../src/main/public-app.ts';
import { fullAnswers, journeyClient } from '../support/journey-client.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

describe('the report journey', () => {
  let system: TestSystem;
  let app: FastifyInstance;

  before(async () => {
    system = await createTestSystem();
    app = await createPublicApp(system.services);
  });
  after(async () => {
    await app.close();
    await system.close();
  });

  test('a report walks every page in order and gets a receipt', async () => {
    const client = journeyClient(app);
    await client.start();
    const pages = Object.entries(fullAnswers);
    for (const [index, [page, fields]] of pages.entries()) {
      const next = await client.answer(page, fields);
      const expected = pages[index + 1]?.[0] ?? 'check';
      assert.equal(next, `/report/${expected}`, `after ${page}`);
    }
    const receipt = await client.send();
    assert.match(receipt, /^\d{4} \d{4} \d{4} \d{4}$/);
    const count = await system.database.db
      .selectFrom('reports')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 1);
  });
});
