import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createStaffApp } from '../../src/main/staff-app.ts';
import { signInTestActorsByHeader, testActor } from '../support/staff.ts';
import { recordWebReport } from '../support/reports.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// Issue 12, the staff side of follow-up: approved questions to start from, and an inbox flag
// when the reporter has written back and nobody has answered yet.

const actors = {
  analyst: testActor('analyst-1', ['intelligence_analyst']),
  officer: testActor('officer-1', ['officer']),
};

describe('messages with reporters, staff side', () => {
  let system: TestSystem;
  let app: FastifyInstance;
  let reportId = '';
  before(async () => {
    system = await createTestSystem();
    app = await createStaffApp(system.services);
    signInTestActorsByHeader(app, actors);
    reportId = await recordWebReport(system.services, {
      about: { categories: ['dealing_place'] },
      'anything-else': { details: 'Visitors at all hours' },
    });
  });
  after(async () => {
    await app.close();
    await system.close();
  });
  const get = (url: string, actor: string) => app.inject({ method: 'GET', url, headers: { 'x-test-actor': actor } });
  const replied = async () => {
    const items = (await get('/api/inbox', 'analyst')).json<{ items: { id: string; reporterReplied: boolean }[] }>()
      .items;
    return items.find((item) => item.id === reportId)?.reporterReplied;
  };

  test('approved questions are listed for those who may message reporters, and refused to others', async () => {
    const response = await get('/api/report-message-templates', 'analyst');
    assert.equal(response.statusCode, 200);
    const { templates } = response.json<{ templates: { id: string; label: string; text: string }[] }>();
    assert.ok(templates.length >= 3);
    assert.ok(templates.every((t) => t.text.length > 20 && t.label.length > 0));
    assert.equal((await get('/api/report-message-templates', 'officer')).statusCode, 403);
  });

  test('the inbox flags a report whose reporter replied, until an analyst answers', async () => {
    assert.equal(await replied(), false);
    await system.services.reportMessages.postQuestion(actors.analyst, reportId, 'Which door do they use?');
    assert.equal(await replied(), false, 'a question waiting for the reporter is not a reply');
    await system.services.reportMessages.addReporterMessage(reportId, 'The side door by the bins.');
    assert.equal(await replied(), true);
    await system.services.reportMessages.postQuestion(actors.analyst, reportId, 'Thank you. Every night?');
    assert.equal(await replied(), false);
  });
});
