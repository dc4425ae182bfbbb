import { randomUUID } from 'node:crypto';
import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditEventBy } from '../access/index.ts';
import type { ArrestPort } from '../casework/index.ts';
import { entityLabelContext, findEntitiesByIds } from '../pole/index.ts';
import { findArrest, insertCharge, seizuresOfArrest } from './arrest.repository.ts';
import { countEarlierArrests, hasChargeFor } from './diversion.repository.ts';

const possession = ['mda_s5_2'];
const supply = ['mda_s4_3', 'mda_s5_3'];

/**
 * What casework's diversion needs from an arrest, and Home Office outcome 22 recorded on it when
 * the person completes the scheme. Operations already depends on casework (cases open from
 * warrants and arrests), so casework cannot import this: src/main/services.ts hands it to
 * casework (ADR 0039). Casework checks the permission (casework.treatment); the outcome is
 * audited here as a charging outcome, in casework's unit of work.
 */
export function createDiversionArrestPort(deps: { sealer: Sealer; audit: AuditTrail; clock: Clock }): ArrestPort {
  const { sealer, audit, clock } = deps;
  return {
    async forDiversion(db, arrestId) {
      const row = await findArrest(db, arrestId);
      if (!row) return null;
      const [[person], seizures, earlier] = await Promise.all([
        findEntitiesByIds(db, [row.person_entity_id]),
        seizuresOfArrest(db, arrestId),
        countEarlierArrests(db, row.person_entity_id, row.arrested_at, possession),
      ]);
      const classes = new Set(seizures.flatMap((s) => (s.kind === 'drug' && s.drug_class ? [s.drug_class] : [])));
      return {
        personEntityId: row.person_entity_id,
        personLabel: person ? sealer.openText(person.label_sealed, entityLabelContext(person.id)) : '',
        arrestedOn: row.arrested_at.toISOString().slice(0, 10),
        childAtArrest: row.child_at_arrest,
        possessionOnly: possession.includes(row.suspected_offence),
        supply: supply.includes(row.suspected_offence),
        drugClasses: [...classes].sort(),
        priorPossessionArrests: earlier,
      };
    },

    async recordOutcome22(tx, actor, arrestId, decidedOn) {
      const row = await findArrest(tx, arrestId);
      if (!row) throw new AppError('not_found_or_no_access', 'No such arrest');
      if (await hasChargeFor(tx, arrestId, row.suspected_offence)) {
        throw new AppError('conflict', 'The arrest already has an outcome for that offence');
      }
      await insertCharge(tx, {
        id: randomUUID(),
        arrest_id: arrestId,
        offence: row.suspected_offence,
        outcome_type: 22,
        decided_on: decidedOn,
        note: 'Diversion scheme completed',
        decided_by: actor.userId,
        decided_at: clock.now(),
      });
      await audit.record(
        tx,
        auditEventBy(actor, 'operations.arrest.charge', {
          subject: { type: 'ops_arrest', id: arrestId },
          details: { offence: row.suspected_offence, outcomeType: 22, via: 'diversion' },
        }),
      );
    },
  };
}
