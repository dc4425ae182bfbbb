import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Evaluation } from '../../src/modules/intelligence/intelligence-workflow.service.ts';
import { reportStatusWords } from '../../src/modules/reports/index.ts';
import { recordWebReport } from '../support/reports.ts';
import { testActor } from '../support/staff.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

// Issue 12: the reporter's status stayed "waiting to be read" after an analyst graded their
// report. It must move when staff act on it, in generic words that never say what happened.

const analyst = testActor('analyst-1', ['intelligence_analyst']);
const supervisor = testActor('supervisor-1', ['intelligence_supervisor']);
const otherSupervisor = testActor('supervisor-2', ['intelligence_supervisor']);

const evaluation: Evaluation = {
  grade: { source: '2', assessment: 'B', handling: 'P', conditions: null },
  sourceEvaluationReason: 'Member of the public, first report',
  sanitisedText: 'Visitors at an address at all hours.',
  assessment: 'Consistent with a trap house.',
  priority: 'medium',
  actionDecision: 'develop',
  researchedSystems: [],
  expectedVersion: 1,
};

describe("the reporter's status follows what staff do", () => {
  let system: TestSystem;
  before(async () => {
    system = await createTestSystem();
  });
  after(async () => {
    await system.close();
  });
  const statusOf = async (reportId: string) => (await system.services.reportMessages.readInbox(reportId)).status;
  const newReport = () =>
    recordWebReport(system.services, {
      about: { categories: ['dealing_place'] },
      'anything-else': { details: 'Visitors at all hours at the corner house' },
    });

  test('grading a report moves it to "being looked at", disseminating to "action taken in your area"', async () => {
    const reportId = await newReport();
    assert.equal(await statusOf(reportId), 'received');
    const intelligence = await system.services.intelligence.create(analyst, {
      submissionId: reportId,
      sourceType: 'public_anonymous',
      originalText: 'Visitors at all hours at the corner house',
      priority: 'medium',
    });
    assert.equal(await statusOf(reportId), 'under_review');
    const workflow = system.services.intelligenceWorkflow;
    await workflow.evaluate(analyst, intelligence.id, evaluation);
    await workflow.submitForReview(analyst, intelligence.id);
    await workflow.review(supervisor, intelligence.id, { approve: true, note: 'Checked' });
    assert.equal(await statusOf(reportId), 'under_review');
    await workflow.disseminate(otherSupervisor, intelligence.id, {
      recipients: [{ type: 'team', id: 'team-neighbourhood' }],
      justification: 'For the neighbourhood team to act on',
    });
    assert.equal(await statusOf(reportId), 'passed_on');
    assert.equal(reportStatusWords.passed_on.title, 'Action taken in your area');
    assert.doesNotMatch(reportStatusWords.passed_on.explanation, /arrest|charged|safeguard|officer/i);
  });

  test('a question to the reporter moves a new report to "being looked at"', async () => {
    const reportId = await newReport();
    await system.services.reportMessages.postQuestion(analyst, reportId, 'How many visitors a night?');
    assert.equal(await statusOf(reportId), 'under_review');
  });

  test('a status never moves back: a closed report stays closed when intelligence is graded from it', async () => {
    const reportId = await newReport();
    await system.services.inbox.setStatus(analyst, reportId, 'closed');
    await system.services.intelligence.create(analyst, {
      submissionId: reportId,
      sourceType: 'public_anonymous',
      originalText: 'Visitors at all hours',
      priority: 'low',
    });
    await system.services.reportMessages.postQuestion(analyst, reportId, 'Anything more?');
    assert.equal(await statusOf(reportId), 'closed');
  });
});
