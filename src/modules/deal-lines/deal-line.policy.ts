import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Db } from '../../platform/db/database.ts';
import type { StaffActor } from '../access/index.ts';
import { authorise } from '../network/index.ts';

// Deal-line records are network intelligence: reading one needs `network.read` (intelligence
// unit and officers); recording or changing one is intelligence work (`intelligence.create`
// as well). Partner agencies and everyone else get nothing; refusals are audited.

export function requireDealLineRead(deps: { db: Db; audit: AuditTrail }, actor: StaffActor, operation: string) {
  return authorise(deps, actor, operation, ['network.read']);
}

export function requireDealLineManage(deps: { db: Db; audit: AuditTrail }, actor: StaffActor, operation: string) {
  return authorise(deps, actor, operation, ['network.read', 'intelligence.create']);
}
