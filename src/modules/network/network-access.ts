import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { can, type Permission, type StaffActor } from '../access/index.ts';

/**
 * Link analysis needs `network.read` (intelligence unit and officers); exports also need
 * `export.create`. Partner-agency users and everyone else get nothing. A refusal is itself
 * audited: someone probing the network without the right is worth knowing about.
 */
export async function authorise(
  deps: { db: Db; audit: AuditTrail },
  actor: StaffActor,
  operation: string,
  needed: readonly Permission[] = ['network.read'],
): Promise<void> {
  const missing = needed.filter((permission) => !can(actor, permission));
  if (missing.length === 0) return;
  await deps.db.transaction().execute((tx) =>
    deps.audit.record(tx, {
      actor: { type: 'staff', id: actor.userId },
      action: 'access.denied',
      requestId: actor.requestId,
      details: { operation, missing },
    }),
  );
  throw new AppError('forbidden', `Requires the ${missing.join(' and ')} permission`);
}
