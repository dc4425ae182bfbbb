import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditEventBy, can, type Permission, type StaffActor } from '../access/index.ts';

/** Deny by default: an actor without any of the permissions gets 403, and the refusal is audited. */
export async function requireDisclosure(
  deps: { db: Db; audit: AuditTrail },
  actor: StaffActor,
  operation: string,
  anyOf: readonly Permission[],
): Promise<void> {
  if (anyOf.some((permission) => can(actor, permission))) return;
  await deps.db
    .transaction()
    .execute((tx) =>
      deps.audit.record(tx, auditEventBy(actor, 'access.denied', { details: { operation, missing: [...anyOf] } })),
    );
  throw new AppError('forbidden', `Requires the ${anyOf.join(' or ')} permission`);
}
