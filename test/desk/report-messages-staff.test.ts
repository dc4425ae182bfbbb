import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { testActor, useStaffAppByHeader } from '../support/staff.ts';
import { recordWebReport } from '../support/reports.ts';

// Issue 12, the staff side of follow-up: approved questions to start from, and an inbox flag
// when the reporter has written back and nobody has answered yet.

const actors = {
  analyst: testActor('analyst-1', ['intelligence_analyst']),
  officer: testActor('officer-1', ['officer']),
};

describe('messages with reporters, staff side', () => {
  const staff = useStaffAppByHeader(actors);
  let reportId = '';
  before(async () => {
    reportId = await recordWebReport(staff.system.services, {
      about: { categories: ['dealing_place'] },
      'anything-else': { details: 'Visitors at all hours' },
    });
  });
  const get = (url: string, actor: string) =>
    staff.app.inject({ method: 'GET', url, headers: { 'x-test-actor': actor } });
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
    await staff.system.services.reportMessages.postQuestion(actors.analyst, reportId, 'Which door do they use?');
    assert.equal(await replied(), false, 'a question waiting for the reporter is not a reply');
    await staff.system.services.reportMessages.addReporterMessage(reportId, 'The side door by the bins.');
    assert.equal(await replied(), true);
    await staff.system.services.reportMessages.postQuestion(actors.analyst, reportId, 'Thank you. Every night?');
    assert.equal(await replied(), false);
  });
});
