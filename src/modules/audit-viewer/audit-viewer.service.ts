import type { AuditTrail, VerifyResult } from '../../platform/audit/audit-trail.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditEventBy, type RecordRef, requirePermission, requireReason, type StaffActor } from '../access/index.ts';
import { auditCsvHeader, auditCsvRow, presentAuditEvent, type AuditEventDto } from './audit-viewer.presenter.ts';
import {
  readAuditEventsInOrder,
  searchAuditEvents,
  type AuditEventRow,
  type AuditFilters,
} from '../../platform/audit/audit-search.repository.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { displayNamesOf } from '../users/index.ts';

/** The events with each staff actor's display name. */
async function named(tx: DbOrTx, rows: readonly AuditEventRow[]): Promise<AuditEventDto[]> {
  const names = await displayNamesOf(
    tx,
    rows.flatMap((row) => (row.actor_id === null ? [] : [row.actor_id])),
  );
  return rows.map((row) =>
    presentAuditEvent({ ...row, actor_name: row.actor_id === null ? null : (names.get(row.actor_id) ?? null) }),
  );
}

export type AuditExport = {
  readonly filename: string;
  readonly contentType: string;
  readonly body: string;
  readonly rows: number;
};

const exportRowLimit = 200_000;

export type AuditViewerService = ReturnType<typeof createAuditViewerService>;

// Reading the audit trail is itself recorded: who looked at whose history, and every export
// (a disclosure of personal data about staff and subjects) with its stated reason.
export function createAuditViewerService(deps: { db: Db; audit: AuditTrail; clock: Clock }) {
  const { db, audit, clock } = deps;

  return {
    /** Supervisors and administrators: everything that happened to one record. */
    async recordHistory(actor: StaffActor, subject: RecordRef): Promise<AuditEventDto[]> {
      requirePermission(actor, 'audit.read_record');
      return db.transaction().execute(async (tx) => {
        const rows = await searchAuditEvents(tx, { subjectType: subject.type, subjectId: subject.id }, { limit: 1000 });
        await audit.record(tx, auditEventBy(actor, 'audit.record_history_view', { subject }));
        return named(tx, rows);
      });
    },

    async search(
      actor: StaffActor,
      filters: AuditFilters,
      page: { beforeSeq?: string; limit: number },
    ): Promise<AuditEventDto[]> {
      requirePermission(actor, 'audit.read_record');
      return db.transaction().execute(async (tx) => {
        const rows = await searchAuditEvents(tx, filters, page);
        await audit.record(tx, auditEventBy(actor, 'audit.search', { details: { filters: describe(filters) } }));
        return named(tx, rows);
      });
    },

    async export(
      actor: StaffActor,
      request: { format: 'csv' | 'json'; filters: AuditFilters; reason: string | undefined },
    ): Promise<AuditExport> {
      requirePermission(actor, 'audit.export');
      const reason = requireReason(request.reason);
      return db.transaction().execute(async (tx) => {
        const events: AuditEventDto[] = [];
        let afterSeq = '0';
        for (;;) {
          const rows = await readAuditEventsInOrder(tx, request.filters, { afterSeq, limit: 1000 });
          if (rows.length === 0) break;
          events.push(...(await named(tx, rows)));
          afterSeq = String(rows[rows.length - 1]?.seq ?? afterSeq);
          if (events.length > exportRowLimit) {
            throw new AppError('payload_too_large', `Export at most ${String(exportRowLimit)} rows: narrow the dates`);
          }
        }
        await audit.record(
          tx,
          auditEventBy(actor, 'audit.export', {
            reason,
            details: { format: request.format, filters: describe(request.filters), rows: events.length },
          }),
        );
        const stamp = clock.now().toISOString().replace(/[:.]/g, '-');
        return request.format === 'csv'
          ? {
              filename: `linebreak-audit-${stamp}.csv`,
              contentType: 'text/csv; charset=utf-8',
              body: auditCsvHeader() + events.map(auditCsvRow).join(''),
              rows: events.length,
            }
          : {
              filename: `linebreak-audit-${stamp}.json`,
              contentType: 'application/json; charset=utf-8',
              body: JSON.stringify({ exportedAt: clock.now().toISOString(), reason, events }, null, 2),
              rows: events.length,
            };
      });
    },

    /** Recomputes the hash chain (as `linebreak audit verify` does) for the administration screen. */
    async verify(actor: StaffActor): Promise<VerifyResult> {
      requirePermission(actor, 'audit.export');
      const result = await audit.verify(db);
      await db
        .transaction()
        .execute((tx) =>
          audit.record(
            tx,
            auditEventBy(actor, 'audit.verify', { details: { ok: result.ok, checked: result.checked } }),
          ),
        );
      return result;
    },
  };
}

function describe(filters: AuditFilters): Record<string, string> {
  const described: Record<string, string> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (value instanceof Date) described[key] = value.toISOString();
    else if (typeof value === 'string') described[key] = value;
  }
  return described;
}
