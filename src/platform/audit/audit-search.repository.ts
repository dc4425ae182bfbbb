// Reading the audit trail back (the audit viewer's search and export). Writing it is audit-trail.ts.
import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';

export type AuditFilters = {
  readonly actorId?: string | undefined;
  readonly action?: string | undefined;
  readonly subjectType?: string | undefined;
  readonly subjectId?: string | undefined;
  readonly from?: Date | undefined;
  readonly to?: Date | undefined;
};

function filtered(db: DbOrTx, filters: AuditFilters) {
  let query = db.selectFrom('audit_events').selectAll('audit_events');
  if (filters.actorId !== undefined) query = query.where('audit_events.actor_id', '=', filters.actorId);
  if (filters.action !== undefined) query = query.where('audit_events.action', '=', filters.action);
  if (filters.subjectType !== undefined) query = query.where('audit_events.subject_type', '=', filters.subjectType);
  if (filters.subjectId !== undefined) query = query.where('audit_events.subject_id', '=', filters.subjectId);
  if (filters.from !== undefined) query = query.where('audit_events.occurred_at', '>=', filters.from);
  if (filters.to !== undefined) query = query.where('audit_events.occurred_at', '<', filters.to);
  return query;
}

/** Newest first, a page at a time: `beforeSeq` continues from the last row of the previous page. */
export async function searchAuditEvents(
  db: DbOrTx,
  filters: AuditFilters,
  page: { beforeSeq?: string; limit: number },
) {
  let query = filtered(db, filters);
  if (page.beforeSeq !== undefined) query = query.where(sql<boolean>`audit_events.seq < ${page.beforeSeq}::bigint`);
  return query.orderBy('audit_events.seq', 'desc').limit(page.limit).execute();
}

/** Oldest first, for exports: `afterSeq` continues from the last row read. */
export async function readAuditEventsInOrder(
  db: DbOrTx,
  filters: AuditFilters,
  page: { afterSeq: string; limit: number },
) {
  return filtered(db, filters)
    .where(sql<boolean>`audit_events.seq > ${page.afterSeq}::bigint`)
    .orderBy('audit_events.seq')
    .limit(page.limit)
    .execute();
}

export type AuditEventRow = Awaited<ReturnType<typeof searchAuditEvents>>[number];
