import { randomUUID } from 'node:crypto';
import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db, DbOrTx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { requirePermission, requireReason, type SharedRecord, type StaffActor } from '../access/index.ts';
import { findReportSourceType } from '../reports/index.ts';
import type { Priority, SourceType } from './grading.ts';
import { canReadIntelligence, isIntelligenceUnit } from './intelligence.policy.ts';
import {
  presentIntelligenceReport,
  sealedFieldContext,
  type IntelligenceReportView,
} from './intelligence.presenter.ts';
import {
  findDisseminations,
  findIntelligenceReport,
  findIntelligenceSharedWith,
  insertIntelligenceReport,
  listIntelligenceReports,
  nextIntelligenceReference,
} from './intelligence.repository.ts';
import type { IntelligenceStatus } from './status.ts';
import { reporterStatusFollows } from './reporter-status.ts';

export type IntelligenceDeps = {
  db: Db;
  sealer: Sealer;
  audit: AuditTrail;
  clock: Clock;
  reviewAfterDays: number;
  /** Whether operations closed the report with its result (then it is no longer graded or reviewed). */
  isClosed?: ((db: DbOrTx, intelligenceId: string) => Promise<boolean>) | undefined;
};

export type NewIntelligenceReport = {
  submissionId: string | null;
  /** Optional for a report's intelligence: it then follows the report (anonymous, identified, partner). */
  sourceType?: SourceType | undefined;
  /** The words as received: kept sealed and restricted, never disseminated. */
  originalText: string;
  priority: Priority;
};

const subject = (id: string) => ({ type: 'intelligence_report', id });

export function createIntelligenceService(deps: IntelligenceDeps) {
  const { db, sealer, audit, clock } = deps;
  const reporterSees = reporterStatusFollows(audit);

  async function loadReadable(actor: StaffActor, id: string) {
    // Someone who may read no intelligence at all is refused outright; for everyone else a
    // missing record and a record they may not see look the same.
    if (!isIntelligenceUnit(actor)) requirePermission(actor, 'intelligence.read_disseminated');
    const row = await findIntelligenceReport(db, id);
    const disseminations = row ? await findDisseminations(db, id) : [];
    if (!row || !canReadIntelligence(actor, row, disseminations)) {
      throw new AppError('not_found_or_no_access');
    }
    return { row, disseminations };
  }

  return {
    async create(actor: StaffActor, input: NewIntelligenceReport): Promise<IntelligenceReportView> {
      requirePermission(actor, 'intelligence.create');
      const id = randomUUID();
      const now = clock.now();
      const reviewDate = new Date(now.getTime() + deps.reviewAfterDays * 86_400_000).toISOString().slice(0, 10);
      await db.transaction().execute(async (tx) => {
        const sourceType =
          input.sourceType ??
          (input.submissionId === null ? undefined : await findReportSourceType(tx, input.submissionId));
        if (sourceType === undefined) {
          throw new AppError('validation_failed', 'Choose the source type', [
            { field: 'sourceType', message: 'Choose who the information came from' },
          ]);
        }
        await insertIntelligenceReport(tx, {
          id,
          reference: await nextIntelligenceReference(tx, now.getUTCFullYear()),
          submission_id: input.submissionId,
          source_type: sourceType,
          source_evaluation: null,
          source_evaluation_reason: null,
          intelligence_assessment: null,
          handling_code: null,
          handling_conditions: null,
          priority: input.priority,
          sanitised_text_sealed: null,
          original_text_sealed: sealer.seal(input.originalText, sealedFieldContext(id, 'original')),
          assessment_sealed: null,
          action_decision: null,
          status: 'new',
          created_by: actor.userId,
          evaluated_by: null,
          reviewed_by: null,
          review_note: null,
          review_date: reviewDate,
          created_at: now,
          updated_at: now,
        });
        await audit.record(tx, {
          actor: { type: 'staff', id: actor.userId },
          action: 'intelligence.create',
          subject: subject(id),
          requestId: actor.requestId,
          details: { submissionId: input.submissionId, sourceType },
        });
        if (input.submissionId !== null) await reporterSees(tx, actor, input.submissionId, 'under_review');
      });
      return this.get(actor, id);
    },

    async get(actor: StaffActor, id: string): Promise<IntelligenceReportView> {
      const { row, disseminations } = await loadReadable(actor, id);
      await db.transaction().execute((tx) =>
        audit.record(tx, {
          actor: { type: 'staff', id: actor.userId },
          action: 'intelligence.read',
          subject: subject(id),
          requestId: actor.requestId,
        }),
      );
      return presentIntelligenceReport(row, disseminations, { sealer, forUnit: isIntelligenceUnit(actor) });
    },

    /** The unsanitised original: an extra permission and a stated reason, every time. */
    async readOriginal(actor: StaffActor, id: string, reason: string | undefined): Promise<{ originalText: string }> {
      requirePermission(actor, 'report.read_sensitive');
      const { row } = await loadReadable(actor, id);
      const stated = requireReason(reason);
      await db.transaction().execute((tx) =>
        audit.record(tx, {
          actor: { type: 'staff', id: actor.userId },
          action: 'intelligence.read_original',
          subject: subject(id),
          reason: stated,
          requestId: actor.requestId,
        }),
      );
      return {
        originalText: row.original_text_sealed
          ? sealer.openText(row.original_text_sealed, sealedFieldContext(id, 'original'))
          : '',
      };
    },

    /** "Shared with us": the intelligence reports disseminated to the reader's teams or organisation. */
    async sharedWith(actor: StaffActor): Promise<SharedRecord[]> {
      requirePermission(actor, 'intelligence.read_disseminated');
      const rows = await findIntelligenceSharedWith(
        db,
        { teamIds: actor.teamIds, partnerOrganisationId: actor.partnerOrganisationId },
        500,
      );
      await db.transaction().execute((tx) =>
        audit.record(tx, {
          actor: { type: 'staff', id: actor.userId },
          action: 'intelligence.list_shared',
          requestId: actor.requestId,
          details: { count: rows.length, ids: rows.map((r) => r.intelligence_id) },
        }),
      );
      return rows.map((row) => ({
        id: row.id,
        subject: {
          type: 'intelligence',
          id: row.intelligence_id,
          label: `Intelligence report ${row.reference}`,
          href: `/intelligence/${row.intelligence_id}`,
        },
        handlingCode: row.handling_code === 'C' ? 'C' : 'P',
        conditions: row.handling_code === 'C' ? row.handling_conditions : null,
        disseminatedAt: row.disseminated_at.toISOString(),
      }));
    },

    async list(
      actor: StaffActor,
      filter: { statuses?: IntelligenceStatus[]; limit?: number },
    ): Promise<IntelligenceReportView[]> {
      const unit = isIntelligenceUnit(actor);
      if (!unit) requirePermission(actor, 'intelligence.read_disseminated');
      const rows = await listIntelligenceReports(db, {
        statuses: unit ? filter.statuses : ['disseminated'],
        recipients: unit ? undefined : { teamIds: actor.teamIds, partnerOrganisationId: actor.partnerOrganisationId },
        limit: Math.min(filter.limit ?? 100, 500),
      });
      await db.transaction().execute((tx) =>
        audit.record(tx, {
          actor: { type: 'staff', id: actor.userId },
          action: 'intelligence.list',
          requestId: actor.requestId,
          details: { count: rows.length, ids: rows.map((r) => r.id) },
        }),
      );
      return rows.map((row) => presentIntelligenceReport(row, [], { sealer, forUnit: unit }));
    },
  };
}

export type IntelligenceService = ReturnType<typeof createIntelligenceService>;
