import { randomUUID } from 'node:crypto';
import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import { londonDay } from '../../platform/calendar.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db, DbOrTx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditEventBy, type Permission, type StaffActor } from '../access/index.ts';
import { findEntitiesByIds } from '../pole/index.ts';
import { invalid } from './casework-context.ts';
import { sealJson } from './casework-sealing.ts';
import { requireCasework } from './casework.policy.ts';
import {
  insertTreatmentOutcome,
  outcomesOf,
  updateReferralStatusAtVersion,
  type TreatmentReferralRecord,
} from './treatment.repository.ts';
import { type ArrestForDiversion, type DiversionRules, type TreatmentOutcome } from './treatment.ts';

export type TreatmentOutcomeInput = {
  outcome: TreatmentOutcome;
  on: string;
  note?: string | undefined;
  expectedVersion: number;
};

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
  const need = (actor: StaffActor, operation: string, permission: Permission = 'casework.treatment') =>
    requireCasework(deps, actor, operation, permission);
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

  /**
   * Records an engagement outcome on a referral the caller has already been allowed to change:
   * dated no later than today, no earlier than the referral or the last outcome; the referral's
   * status follows it. The recorder's partner organisation (null for police staff) is kept with it,
   * and the change is audited in the same transaction.
   */
  async function saveOutcome(actor: StaffActor, row: TreatmentReferralRecord, input: TreatmentOutcomeInput) {
    if (input.on > today()) throw invalid('on', 'The date cannot be in the future');
    if (input.on < londonDay(row.referred_at)) throw invalid('on', 'The date cannot be before the referral');
    const last = (await outcomesOf(db, [row.id])).at(-1);
    if (last && input.on < last.recorded_on) {
      throw invalid('on', `The date cannot be before the last outcome recorded (${last.recorded_on})`);
    }
    const outcomeId = randomUUID();
    const now = clock.now();
    await db.transaction().execute(async (tx) => {
      const changed = await updateReferralStatusAtVersion(tx, row.id, input.expectedVersion, input.outcome, now);
      if (!changed) throw new AppError('conflict', 'The referral changed since you read it: reload and try again');
      await insertTreatmentOutcome(tx, {
        id: outcomeId,
        referral_id: row.id,
        outcome: input.outcome,
        recorded_on: input.on,
        note_sealed: input.note ? sealJson(deps.sealer, 'treatment-outcome', outcomeId, input.note) : null,
        recorded_by: actor.userId,
        recorded_by_organisation_id: actor.partnerOrganisationId,
        recorded_at: now,
      });
      await audit.record(
        tx,
        auditEventBy(actor, 'casework.treatment.outcome', {
          subject: { type: 'casework_treatment_referral', id: row.id },
          details: {
            outcome: input.outcome,
            on: input.on,
            ...(actor.partnerOrganisationId ? { organisationId: actor.partnerOrganisationId } : {}),
          },
        }),
      );
    });
  }

  return { today, need, record, checkPerson, saveOutcome };
}
