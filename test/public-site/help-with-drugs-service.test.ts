import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createPublicApp } from '../../src/main/public-app.ts';
import { loadConfig } from '../../src/config/config.ts';
import { createTestSystem, testConfig, type TestSystem } from '../support/test-services.ts';

// "Help if you use drugs" names the local treatment service from configuration (issue 15),
// escaped like any other value, and falls back to the GP and NHS 111 when no contact is set.
describe('the local treatment service on "Help if you use drugs"', () => {
  let system: TestSystem;
  let app: FastifyInstance;
  before(async () => {
    system = await createTestSystem({
      config: testConfig({
        TREATMENT_SERVICE_NAME: 'Example <Recovery> Service',
        TREATMENT_SERVICE_PHONE: '0300 000 0000',
        TREATMENT_SERVICE_URL: 'https://recovery.example.org/',
      }),
    });
    app = await createPublicApp(system.services);
  });
  after(async () => {
    await app.close();
    await system.close();
  });

  test('the configured name, phone and website are shown, and the name is escaped', async () => {
    const { statusCode, body } = await app.inject({ method: 'GET', url: '/help-with-drugs' });
    assert.equal(statusCode, 200);
    assert.match(body, /<strong>Example &lt;Recovery&gt; Service<\/strong>: free and confidential/);
    assert.match(body, /Call <strong>0300 000 0000<\/strong>/);
    assert.match(body, /href="https:\/\/recovery.example.org\/"/);
    assert.doesNotMatch(body, /<Recovery>/);
    assert.doesNotMatch(body, /Your GP or NHS 111 can give you their details/);
  });

  test('by default the county’s services are named, with the GP and NHS 111 to find them', () => {
    assert.deepEqual(loadConfig({}).treatmentService, {
      name: 'Hertfordshire’s drug and alcohol services',
      phone: null,
      url: null,
    });
    assert.throws(() => loadConfig({ TREATMENT_SERVICE_URL: 'http://plain.example.org' }), /https/);
    assert.deepEqual(loadConfig({ DIVERSION_DRUG_CLASSES: 'C, B' }).diversion, {
      minAge: 18,
      drugClasses: ['B', 'C'],
      maxPriorPossessionOffences: 0,
    });
  });
});
