import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Database, OnlyColumns } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { requirePermission, type StaffActor } from '../access/index.ts';
import { checkGrade, type ActionDecision, type Grade, type Priority } from './grading.ts';
import { sealedFieldContext } from './intelligence.presenter.ts';
import {
  insertDisseminations,
  lockIntelligenceReport,
  updateIntelligenceReport,
  type IntelligenceReportChanges,
} from './intelligence.repository.ts';
import type { IntelligenceDeps } from './intelligence.service.ts';
import { reporterStatusFollows } from './reporter-status.ts';
import type { IntelligenceReportRow } from './intelligence.table.ts';
import { nextStatus, type IntelligenceTransition } from './status.ts';

export type Evaluation = {
  grade: Grade;
  sourceEvaluationReason: string;
  sanitisedText: string;
  assessment: string;
  priority: Priority;
  actionDecision: ActionDecision;
  researchedSystems: string[];
  /** The version the analyst edited; a stale one is refused rather than overwriting a colleague. */
  expectedVersion: number;
};

export type Recipient = { type: 'team' | 'partner_organisation'; id: string };

/** The steps a report closed with its result no longer takes. */
const closingSteps: readonly IntelligenceTransition[] = ['evaluate', 'submit_for_review', 'approve', 'return'];

export function createIntelligenceWorkflow(deps: IntelligenceDeps) {
  const { db, sealer, audit, clock } = deps;
  const reporterSees = reporterStatusFollows(audit);

  /** Locks the report, checks the transition and version, applies `change`, audits, in one transaction. */
  async function transition<C extends IntelligenceReportChanges>(
    actor: StaffActor,
    id: string,
    step: IntelligenceTransition,
    options: { expectedVersion?: number; details?: Record<string, unknown> },
    change: (
      tx: Transaction<Database>,
      row: IntelligenceReportRow,
    ) => Promise<OnlyColumns<C, IntelligenceReportChanges>> | OnlyColumns<C, IntelligenceReportChanges>,
  ): Promise<void> {
    await db.transaction().execute(async (tx) => {
      const row = await lockIntelligenceReport(tx, id);
      if (!row) throw new AppError('not_found_or_no_access');
      if (options.expectedVersion !== undefined && options.expectedVersion !== row.version) {
        throw new AppError('conflict', 'Someone else changed this report: reload it and try again');
      }
      if (closingSteps.includes(step) && deps.isClosed && (await deps.isClosed(tx, id))) {
        throw new AppError('conflict', 'This report is closed with its result: it is no longer graded or reviewed');
      }
      const status = nextStatus(row.status, step);
      if (status === null) {
        throw new AppError('conflict', `A report that is ${row.status} cannot be sent to ${step.replaceAll('_', ' ')}`);
      }
      const changes = await change(tx, row);
      await updateIntelligenceReport(tx, id, { ...changes, status, updated_at: clock.now() });
      if (row.submission_id !== null) {
        await reporterSees(tx, actor, row.submission_id, step === 'disseminate' ? 'passed_on' : 'under_review');
      }
      await audit.record(tx, {
        actor: { type: 'staff', id: actor.userId },
        action: `intelligence.${step}`,
        subject: { type: 'intelligence_report', id },
        requestId: actor.requestId,
        details: { from: row.status, to: status, ...options.details },
      });
    });
  }

  return {
    async evaluate(actor: StaffActor, id: string, evaluation: Evaluation): Promise<void> {
      requirePermission(actor, 'intelligence.grade');
      const problems: { field: string; message: string }[] = [...checkGrade(evaluation.grade)];
      if (evaluation.sanitisedText.trim() === '') {
        problems.push({ field: 'sanitisedText', message: 'Write the sanitised text' });
      }
      if (problems.length > 0) throw new AppError('validation_failed', undefined, problems);
      await transition(actor, id, 'evaluate', { expectedVersion: evaluation.expectedVersion }, () => ({
        source_evaluation: evaluation.grade.source,
        source_evaluation_reason: evaluation.sourceEvaluationReason,
        intelligence_assessment: evaluation.grade.assessment,
        handling_code: evaluation.grade.handling,
        handling_conditions: evaluation.grade.handling === 'C' ? evaluation.grade.conditions : null,
        priority: evaluation.priority,
        action_decision: evaluation.actionDecision,
        researched_systems: evaluation.researchedSystems,
        sanitised_text_sealed: sealer.seal(evaluation.sanitisedText, sealedFieldContext(id, 'sanitised')),
        assessment_sealed: sealer.seal(evaluation.assessment, sealedFieldContext(id, 'assessment')),
        evaluated_by: actor.userId,
      }));
    },

    async submitForReview(actor: StaffActor, id: string): Promise<void> {
      requirePermission(actor, 'intelligence.grade');
      await transition(actor, id, 'submit_for_review', {}, () => ({}));
    },

    /** Four eyes: a supervisor may not approve a report they evaluated themselves. */
    async review(actor: StaffActor, id: string, decision: { approve: boolean; note: string }): Promise<void> {
      requirePermission(actor, 'intelligence.review');
      await transition(
        actor,
        id,
        decision.approve ? 'approve' : 'return',
        { details: { note: decision.note } },
        (_tx, row) => {
          if (decision.approve && row.evaluated_by === actor.userId) {
            throw new AppError('forbidden', 'Another supervisor must review a report you evaluated');
          }
          return { reviewed_by: actor.userId, review_note: decision.note };
        },
      );
    },

    /** Each recipient is a recorded disclosure with its justification (DPA 2018 s.62). */
    async disseminate(
      actor: StaffActor,
      id: string,
      input: { recipients: Recipient[]; justification: string },
    ): Promise<void> {
      requirePermission(actor, 'intelligence.disseminate');
      if (input.recipients.length === 0 || input.justification.trim().length < 5) {
        throw new AppError('validation_failed', 'Name at least one recipient and why they need it');
      }
      const now = clock.now();
      await transition(
        actor,
        id,
        'disseminate',
        { details: { recipients: input.recipients, justification: input.justification } },
        async (tx) => {
          await insertDisseminations(
            tx,
            input.recipients.map((recipient) => ({
              id: randomUUID(),
              intelligence_id: id,
              recipient_type: recipient.type,
              recipient_id: recipient.id,
              justification: input.justification,
              disseminated_by: actor.userId,
              disseminated_at: now,
            })),
          );
          return {};
        },
      );
    },

    async archive(actor: StaffActor, id: string): Promise<void> {
      requirePermission(actor, 'intelligence.review');
      await transition(actor, id, 'archive', {}, () => ({}));
    },
  };
}

export type IntelligenceWorkflow = ReturnType<typeof createIntelligenceWorkflow>;
