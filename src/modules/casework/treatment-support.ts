import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import { londonDay } from '../../platform/calendar.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db, DbOrTx } from '../../platform/db/database.ts';
import { auditEventBy, type StaffActor } from '../access/index.ts';
import { findEntitiesByIds } from '../pole/index.ts';
import { invalid } from './casework-context.ts';
import { requireCasework } from './casework.policy.ts';
import { type ArrestForDiversion, type DiversionRules } from './treatment.ts';

/**
 * What casework needs from operations for a diversion: the facts of an arrest, and recording
 * Home Office outcome 22 on it. Casework may not import operations (operations opens cases
 * through casework's index), so src/main/services.ts composes the two (ADR 0039).
 */
export type ArrestPort = {
  forDiversion(db: DbOrTx, arrestId: string): Promise<ArrestForDiversion | null>;
  recordOutcome22(tx: DbOrTx, actor: StaffActor, arrestId: string, decidedOn: string): Promise<void>;
};

export type TreatmentDeps = {
  db: Db;
  sealer: Sealer;
  audit: AuditTrail;
  clock: Clock;
  diversionRules: DiversionRules;
  arrests: ArrestPort;
};

/** What the treatment and diversion use cases share: today, the permission check, audit and the person check. */
export function treatmentSupport(deps: TreatmentDeps) {
  const { db, audit, clock } = deps;
  const today = () => londonDay(clock.now());
  const need = (actor: StaffActor, operation: string) => requireCasework(deps, actor, operation, 'casework.treatment');
  const record = (actor: StaffActor, action: string, type: string, id: string | null, details: object) =>
    db
      .transaction()
      .execute((tx) =>
        audit.record(
          tx,
          auditEventBy(actor, action, { ...(id ? { subject: { type, id } } : {}), details: { ...details } }),
        ),
      );
  async function checkPerson(personEntityId: string | null) {
    if (!personEntityId) return;
    const [person] = await findEntitiesByIds(db, [personEntityId]);
    if (person?.kind !== 'person') throw invalid('personEntityId', 'Choose a person from the store');
  }

  return { today, need, record, checkPerson };
}
