import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditEventBy, can, type Permission, type StaffActor } from '../access/index.ts';

// Operations are police work: reading needs `operations.read` (the intelligence unit and
// officers); targeting needs `operations.target`; warrants have their own permissions. Partner
// agencies and everyone else get nothing (deny by default), and each refusal is audited.
export async function requireOperations(
  deps: { db: Db; audit: AuditTrail },
  actor: StaffActor,
  operation: string,
  needed: readonly Permission[],
): Promise<void> {
  const missing = needed.filter((permission) => !can(actor, permission));
  if (missing.length === 0) return;
  await deps.db
    .transaction()
    .execute((tx) => deps.audit.record(tx, auditEventBy(actor, 'access.denied', { details: { operation, missing } })));
  throw new AppError('forbidden', `Requires the ${missing.join(' and ')} permission`);
}
