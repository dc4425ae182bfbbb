import { randomUUID } from 'node:crypto';
import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import type { StaffActor } from '../access/index.ts';
import { dealLineSampleContext } from './deal-line.ts';
import { findEntityKind, insertSample } from './deal-line.repository.ts';

export type SampleInput = { text: string; observedOn: string; reportId?: string | undefined };

/** The POLE entity, which must be of the given kind (a line's number is a phone, a member a person). */
export async function requireEntityOfKind(db: DbOrTx, id: string, kind: 'phone' | 'person') {
  const entity = await findEntityKind(db, id);
  if (!entity) throw new AppError('not_found_or_no_access');
  if (entity.kind !== kind) {
    throw new AppError('validation_failed', `The entity is a ${entity.kind}, not a ${kind}`, [
      { field: kind === 'phone' ? 'phoneEntityId' : 'personEntityId', message: `Choose a ${kind}` },
    ]);
  }
  return entity;
}

/** Bulk "menu" texts are sealed, each bound to its line and sample id. */
export async function insertSamples(
  tx: DbOrTx,
  sealer: Sealer,
  line: { id: string; by: string; at: Date },
  samples: readonly SampleInput[],
): Promise<void> {
  for (const sample of samples) {
    const id = randomUUID();
    await insertSample(tx, {
      id,
      lineId: line.id,
      sealed: sealer.seal(sample.text, dealLineSampleContext(line.id, id)),
      observedOn: sample.observedOn,
      reportId: sample.reportId ?? null,
      by: line.by,
      at: line.at,
    });
  }
}

export function recordDealLineEvent(
  audit: AuditTrail,
  tx: DbOrTx,
  actor: StaffActor,
  event: { action: string; lineId: string; details: Record<string, unknown>; reason?: string },
): Promise<void> {
  return audit.record(tx, {
    actor: { type: 'staff', id: actor.userId },
    action: event.action,
    subject: { type: 'deal_line', id: event.lineId },
    requestId: actor.requestId,
    ...(event.reason ? { reason: event.reason } : {}),
    details: event.details,
  });
}
