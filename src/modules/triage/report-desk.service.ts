import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Db, DbOrTx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditEventBy, requirePermission, rolePermissions, roles, type StaffActor } from '../access/index.ts';
import { countReports, updateReportStatuses } from '../reports/index.ts';
import { findDisplayNames, listActiveStaffWithRoles } from '../users/index.ts';
import {
  assignReports,
  claimReportView,
  findAssignee,
  findDuplicateOf,
  findReportViewers,
  markDuplicates,
  releaseReportView,
  unassignReports,
} from './report-desk.repository.ts';

/** A "being looked at by" claim lasts this long unless the open page renews it (every minute). */
export const viewingLastsMs = 3 * 60_000;

/** The roles whose holders can be given reports to work: those who may triage. */
const triageRoles = roles.filter((role) => rolePermissions[role].includes('report.triage'));

export type BulkAction =
  | { action: 'assign'; assigneeId: string }
  | { action: 'unassign' }
  | { action: 'duplicate'; duplicateOf: string }
  | { action: 'archive'; reason: string };

const fieldError = (field: string, message: string) =>
  new AppError('validation_failed', undefined, [{ field, message }]);

/**
 * The analyst's desk beside the inbox: assigning reports, marking duplicates, archiving with a
 * reason (each action all-or-nothing over the reports chosen, each report audited), and the
 * short-lived "being looked at by" claims the report page renews while it is open.
 */
export function createReportDeskService(deps: { db: Db; audit: AuditTrail; clock: Clock }) {
  const { db, audit, clock } = deps;

  async function requireAll(tx: DbOrTx, reportIds: readonly string[]) {
    if ((await countReports(tx, reportIds)) !== reportIds.length) throw new AppError('not_found_or_no_access');
  }

  async function assignable(assigneeId: string) {
    const staff = await listActiveStaffWithRoles(db, triageRoles);
    const found = staff.find((person) => person.id === assigneeId);
    if (!found) throw fieldError('assigneeId', 'Choose an analyst from the list');
    return found;
  }

  return {
    /** The active staff reports can be assigned to, by name. */
    async assignees(actor: StaffActor) {
      requirePermission(actor, 'report.read');
      const staff = await listActiveStaffWithRoles(db, triageRoles);
      return staff.map(({ id, displayName }) => ({ id, name: displayName, isMe: id === actor.userId }));
    },

    /** One action over several reports: every report changes, or none does. */
    async bulk(actor: StaffActor, reportIds: readonly string[], action: BulkAction) {
      requirePermission(actor, 'report.triage');
      const ids = [...new Set(reportIds)];
      const assignee = action.action === 'assign' ? await assignable(action.assigneeId) : undefined;
      if (action.action === 'duplicate' && ids.includes(action.duplicateOf)) {
        throw fieldError('duplicateOf', 'A report cannot be a duplicate of itself: choose another report');
      }
      const now = clock.now();
      await db.transaction().execute(async (tx) => {
        await requireAll(tx, ids);
        let details: Record<string, unknown> = {};
        let reason: string | undefined;
        if (action.action === 'assign' && assignee) {
          await assignReports(tx, ids, assignee.id, now);
          details = { assigneeId: assignee.id };
        } else if (action.action === 'unassign') {
          await unassignReports(tx, ids);
        } else if (action.action === 'duplicate') {
          if ((await countReports(tx, [action.duplicateOf])) !== 1) {
            throw fieldError('duplicateOf', 'No report has that reference');
          }
          await markDuplicates(tx, ids, action.duplicateOf, now);
          await updateReportStatuses(tx, ids, 'closed');
          details = { duplicateOf: action.duplicateOf, status: 'closed' };
        } else if (action.action === 'archive') {
          await updateReportStatuses(tx, ids, 'closed');
          reason = action.reason;
          details = { status: 'closed' };
        }
        for (const id of ids) {
          await audit.record(
            tx,
            auditEventBy(actor, `report.${action.action}`, {
              subject: { type: 'report', id },
              ...(reason !== undefined ? { reason } : {}),
              details: { ...details, reports: ids.length },
            }),
          );
        }
      });
      return { updated: ids.length };
    },

    /** The report's assignee and what it duplicates, for its page. */
    async deskOf(actor: StaffActor, reportId: string) {
      requirePermission(actor, 'report.read');
      await requireAll(db, [reportId]);
      const [assigneeId, duplicateOf] = await Promise.all([findAssignee(db, reportId), findDuplicateOf(db, reportId)]);
      const names = await findDisplayNames(db, assigneeId ? [assigneeId] : []);
      return {
        assignee: assigneeId
          ? { id: assigneeId, name: names.get(assigneeId) ?? 'Unknown user', isMe: assigneeId === actor.userId }
          : null,
        duplicateOf,
      };
    },

    /** Renews "I have this report open" and answers who else has it open now. */
    async viewing(actor: StaffActor, reportId: string) {
      requirePermission(actor, 'report.read');
      const now = clock.now();
      const staleBefore = new Date(now.getTime() - viewingLastsMs);
      await db.transaction().execute(async (tx) => {
        await requireAll(tx, [reportId]);
        await claimReportView(tx, reportId, actor.userId, now, staleBefore);
      });
      const others = ((await findReportViewers(db, [reportId], staleBefore)).get(reportId) ?? []).filter(
        (id) => id !== actor.userId,
      );
      const names = await findDisplayNames(db, others);
      return { viewers: others.map((id) => ({ id, name: names.get(id) ?? 'Unknown user' })) };
    },

    /** The page was closed: the claim goes at once rather than expiring. */
    async stopViewing(actor: StaffActor, reportId: string) {
      requirePermission(actor, 'report.read');
      await releaseReportView(db, reportId, actor.userId);
    },
  };
}

export type ReportDeskService = ReturnType<typeof createReportDeskService>;
