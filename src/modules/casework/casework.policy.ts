import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditEventBy, can, type Permission, type StaffActor } from '../access/index.ts';

// Need-to-know for casework. The permission comes from the role (casework.read / casework.manage
// are the safeguarding lead's); on top of it a case given to a team is seen only by that team's
// members, and a case of no team by every safeguarding lead. A case the reader may not see reads
// as "not found or no access", the same as one that does not exist. Refusals are audited.

export async function requireCasework(
  deps: { db: Db; audit: AuditTrail },
  actor: StaffActor,
  operation: string,
  permission: Permission,
): Promise<void> {
  if (can(actor, permission)) return;
  await deps.db
    .transaction()
    .execute((tx) =>
      deps.audit.record(tx, auditEventBy(actor, 'access.denied', { details: { operation, missing: [permission] } })),
    );
  throw new AppError('forbidden', `Requires the ${permission} permission`);
}

export function mayReadCase(actor: StaffActor, row: { team_id: string | null }): boolean {
  return row.team_id === null || actor.teamIds.includes(row.team_id);
}
