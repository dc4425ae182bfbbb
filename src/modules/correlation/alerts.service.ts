import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { can, type StaffActor } from '../access/index.ts';
import { entityLabelContext, findEntity } from '../pole/index.ts';
import { alertTitles } from './correlation-rules.ts';
import { alertEvidence, findAlert, listAlerts, updateAlertStatus } from './alert.repository.ts';
import type { AlertKind, AlertStatus, CorrelationAlertRow } from './correlation.table.ts';

/**
 * The intelligence unit sees every alert; safeguarding leads see the child safeguarding, child
 * drug use (a welfare concern routed to them) and cuckooing alerts (people at risk). Nobody else
 * sees alerts at all.
 */
function visibleKinds(actor: StaffActor): readonly AlertKind[] | 'all' | 'none' {
  if (can(actor, 'report.read')) return 'all';
  if (can(actor, 'safeguarding.read')) return ['child_safeguarding', 'child_drug_use', 'possible_cuckooing'];
  return 'none';
}

const priorityOrder = { high: 0, medium: 1, low: 2 } as const;

export function createAlertsService(deps: { db: Db; sealer: Sealer; audit: AuditTrail }) {
  const { db, sealer, audit } = deps;

  async function labelOf(entityId: string | null): Promise<{ id: string; kind: string; label: string } | null> {
    if (entityId === null) return null;
    const row = await findEntity(db, entityId);
    return row
      ? { id: row.id, kind: row.kind, label: sealer.openText(row.label_sealed, entityLabelContext(row.id)) }
      : null;
  }

  function present(row: CorrelationAlertRow, entity: Awaited<ReturnType<typeof labelOf>>, reportIds: string[]) {
    return {
      id: row.id,
      kind: row.kind,
      title: alertTitles[row.kind],
      status: row.status,
      priority: row.priority,
      firstFiredAt: row.first_fired_at.toISOString(),
      lastFiredAt: row.last_fired_at.toISOString(),
      evidenceCount: row.evidence_count,
      entity,
      reportIds,
    };
  }

  return {
    /** Open alerts first by priority, newest first: the queue the unit works from. */
    async list(actor: StaffActor, filter: { statuses: AlertStatus[]; limit: number }) {
      const kinds = visibleKinds(actor);
      if (kinds === 'none') throw new AppError('forbidden');
      const rows = await listAlerts(db, { statuses: filter.statuses, kinds, limit: filter.limit });
      rows.sort((a, b) => priorityOrder[a.priority] - priorityOrder[b.priority]);
      const items = [];
      for (const row of rows) items.push(present(row, await labelOf(row.entity_id), []));
      await db.transaction().execute((tx) =>
        audit.record(tx, {
          actor: { type: 'staff', id: actor.userId },
          action: 'alert.list',
          requestId: actor.requestId,
          details: { count: rows.length },
        }),
      );
      return items;
    },

    async get(actor: StaffActor, id: string) {
      const kinds = visibleKinds(actor);
      if (kinds === 'none') throw new AppError('forbidden');
      const row = await findAlert(db, id);
      if (!row || (kinds !== 'all' && !kinds.includes(row.kind))) {
        throw new AppError('not_found_or_no_access');
      }
      const evidence = await alertEvidence(db, id);
      await db.transaction().execute((tx) =>
        audit.record(tx, {
          actor: { type: 'staff', id: actor.userId },
          action: 'alert.read',
          subject: { type: 'alert', id },
          requestId: actor.requestId,
        }),
      );
      return present(row, await labelOf(row.entity_id), evidence);
    },

    async setStatus(actor: StaffActor, id: string, status: AlertStatus, note: string) {
      await this.get(actor, id);
      if (!can(actor, 'report.triage') && !can(actor, 'safeguarding.manage')) throw new AppError('forbidden');
      await db.transaction().execute(async (tx) => {
        await updateAlertStatus(tx, id, status);
        await audit.record(tx, {
          actor: { type: 'staff', id: actor.userId },
          action: 'alert.set_status',
          subject: { type: 'alert', id },
          reason: note,
          requestId: actor.requestId,
          details: { status },
        });
      });
    },
  };
}

export type AlertsService = ReturnType<typeof createAlertsService>;
