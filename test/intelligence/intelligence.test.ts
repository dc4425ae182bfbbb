import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { buildActor, type StaffActor } from '../../src/modules/access/actor.ts';
import type { Role } from '../../src/modules/access/roles.ts';
import type { Evaluation } from '../../src/modules/intelligence/intelligence-workflow.service.ts';
import { AppError } from '../../src/platform/http/app-errors.ts';
import { createTestSystem, type TestSystem } from '../support/test-services.ts';

const actor = (userId: string, roles: Role[], extra: Partial<StaffActor> = {}): StaffActor =>
  buildActor({ userId, displayName: userId, roles, teamIds: [], partnerOrganisationId: null, ...extra });

const analyst = actor('analyst-ann', ['intelligence_analyst']);
const supervisor = actor('supervisor-sam', ['intelligence_supervisor']);
const otherSupervisor = actor('supervisor-sue', ['intelligence_supervisor']);
const childrenServices = actor('partner-pat', ['partner_agency'], {
  partnerOrganisationId: 'org-childrens-social-care',
});
const drugService = actor('partner-dee', ['partner_agency'], { partnerOrganisationId: 'org-drug-treatment' });
const officer = actor('officer-olu', ['officer'], { teamIds: ['team-response'] });

const rejectsWith = (code: string) => (error: unknown) => error instanceof AppError && error.code === code;

const evaluation = (version: number, overrides: Partial<Evaluation> = {}): Evaluation => ({
  grade: { source: '2', assessment: 'A', handling: 'P', conditions: null },
  sourceEvaluationReason: 'Member of the public, not known to have reported before',
  sanitisedText: 'Frequent short visits to an address on Hatfield Road between 22:00 and 02:00.',
  assessment: 'Consistent with a trap house; corroborates two earlier reports.',
  priority: 'medium',
  actionDecision: 'disseminate',
  researchedSystems: ['Linebreak', 'PND'],
  expectedVersion: version,
  ...overrides,
});

describe('intelligence reports (3x5x2)', () => {
  let system: TestSystem;
  let id: string;
  before(async () => {
    system = await createTestSystem();
    const created = await system.services.intelligence.create(analyst, {
      submissionId: null,
      sourceType: 'public_anonymous',
      originalText: 'My neighbour Dave at 12 Hatfield Road says cars come all night',
      priority: 'medium',
    });
    id = created.id;
    assert.match(created.reference, /^IR-2026-\d{6}$/);
    assert.equal(created.status, 'new');
  });
  after(async () => {
    await system.close();
  });

  test('handling code C needs written conditions', async () => {
    await assert.rejects(
      system.services.intelligenceWorkflow.evaluate(
        analyst,
        id,
        evaluation(1, { grade: { source: '2', assessment: 'A', handling: 'C', conditions: '' } }),
      ),
      rejectsWith('validation_failed'),
    );
  });

  test('a stale edit is refused rather than overwriting', async () => {
    await assert.rejects(
      system.services.intelligenceWorkflow.evaluate(analyst, id, evaluation(99)),
      rejectsWith('conflict'),
    );
  });

  test('evaluate, review by another supervisor, disseminate to one partner organisation', async () => {
    const workflow = system.services.intelligenceWorkflow;
    await assert.rejects(workflow.submitForReview(childrenServices, id), rejectsWith('forbidden'));
    await workflow.evaluate(analyst, id, evaluation(1));
    await workflow.submitForReview(analyst, id);
    await assert.rejects(workflow.review(analyst, id, { approve: true, note: 'ok' }), rejectsWith('forbidden'));
    await workflow.review(supervisor, id, { approve: true, note: 'Sanitisation checked' });
    await assert.rejects(
      workflow.disseminate(supervisor, id, { recipients: [], justification: 'x' }),
      rejectsWith('validation_failed'),
    );
    await workflow.disseminate(otherSupervisor, id, {
      recipients: [{ type: 'partner_organisation', id: 'org-childrens-social-care' }],
      justification: 'Safeguarding of a child linked to the address',
    });
    const view = await system.services.intelligence.get(supervisor, id);
    assert.equal(view.status, 'disseminated');
    assert.equal(view.grade?.code, '2AP');
  });

  test('a supervisor cannot approve their own evaluation', async () => {
    const own = await system.services.intelligence.create(supervisor, {
      submissionId: null,
      sourceType: 'officer',
      originalText: 'Observed a handover outside the station',
      priority: 'low',
    });
    await system.services.intelligenceWorkflow.evaluate(supervisor, own.id, evaluation(1));
    await system.services.intelligenceWorkflow.submitForReview(supervisor, own.id);
    await assert.rejects(
      system.services.intelligenceWorkflow.review(supervisor, own.id, { approve: true, note: '' }),
      rejectsWith('forbidden'),
    );
  });

  test('a partner sees only what was disseminated to their organisation, without the analyst view', async () => {
    const seen = await system.services.intelligence.get(childrenServices, id);
    assert.equal(seen.sanitisedText, evaluation(1).sanitisedText);
    assert.equal('assessment' in seen, false, 'no analyst assessment for partners');
    assert.equal('researchedSystems' in seen, false);
    await assert.rejects(system.services.intelligence.get(drugService, id), rejectsWith('not_found_or_no_access'));
    await assert.rejects(system.services.intelligence.get(officer, id), rejectsWith('not_found_or_no_access'));
    await assert.rejects(
      system.services.intelligence.get(childrenServices, '00000000-0000-0000-0000-000000000000'),
      rejectsWith('not_found_or_no_access'),
    );
    assert.deepEqual(
      (await system.services.intelligence.list(childrenServices, {})).map((r) => r.id),
      [id],
    );
    assert.deepEqual(await system.services.intelligence.list(drugService, {}), []);
  });

  test('the unsanitised original needs a reason, is audited with it, and is never readable by partners', async () => {
    await assert.rejects(system.services.intelligence.readOriginal(analyst, id, ' '), rejectsWith('validation_failed'));
    await assert.rejects(
      system.services.intelligence.readOriginal(childrenServices, id, 'curious about it'),
      rejectsWith('forbidden'),
    );
    const original = await system.services.intelligence.readOriginal(
      analyst,
      id,
      'Checking sanitisation before review',
    );
    assert.match(original.originalText, /neighbour Dave/);
    const audit = await system.services.db
      .selectFrom('audit_events')
      .select(['action', 'actor_id', 'reason'])
      .where('subject_id', '=', id)
      .orderBy('seq')
      .execute();
    assert.ok(
      audit.some(
        (e) => e.action === 'intelligence.read_original' && e.reason === 'Checking sanitisation before review',
      ),
    );
    for (const action of [
      'intelligence.create',
      'intelligence.evaluate',
      'intelligence.approve',
      'intelligence.disseminate',
      'intelligence.read',
    ]) {
      assert.ok(
        audit.some((e) => e.action === action),
        `audited: ${action}`,
      );
    }
    assert.ok((await system.services.audit.verify(system.services.db)).ok);
  });

  test('texts are sealed at rest', async () => {
    const dump = await sql<{
      t: string;
    }>`select string_agg(row(r.*)::text, ' ') as t from intelligence_reports r`.execute(system.services.db);
    const text = dump.rows[0]?.t ?? '';
    for (const secret of ['Dave', 'Hatfield', 'trap house']) assert.ok(!text.includes(secret), secret);
  });
});
