import type { AuditEventRow } from '../../platform/audit/audit-search.repository.ts';

/** An audit event with its actor's display name, when the actor is a member of staff. */
export type AuditEventWithName = AuditEventRow & { readonly actor_name: string | null };

/** One audit event as the viewer and the JSON export show it (hashes included, so copies can be checked). */
export function presentAuditEvent(row: AuditEventWithName) {
  return {
    seq: String(row.seq),
    occurredAt: row.occurred_at.toISOString(),
    actorType: row.actor_type,
    actorId: row.actor_id,
    actorName: row.actor_name,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    reason: row.reason,
    requestId: row.request_id,
    details: row.details,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export type AuditEventDto = ReturnType<typeof presentAuditEvent>;

const csvColumns: readonly (keyof AuditEventDto)[] = [
  'seq',
  'occurredAt',
  'actorType',
  'actorId',
  'actorName',
  'action',
  'subjectType',
  'subjectId',
  'reason',
  'requestId',
  'details',
  'prevHash',
  'hash',
];

export function auditCsvHeader(): string {
  return `${csvColumns.join(',')}\r\n`;
}

export function auditCsvRow(event: AuditEventDto): string {
  return `${csvColumns.map((column) => csvCell(event[column])).join(',')}\r\n`;
}

/**
 * RFC 4180 quoting, plus a leading apostrophe on text a spreadsheet would run as a formula
 * (=, +, -, @): a reason typed by one user must not execute on an auditor's machine.
 */
function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'string' ? value : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
