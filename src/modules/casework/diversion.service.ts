import { randomUUID } from 'node:crypto';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditEventBy, type StaffActor } from '../access/index.ts';
import { isUuid } from '../reports/index.ts';
import { invalid } from './casework-context.ts';
import { openJson, sealJson } from './casework-sealing.ts';
import {
  findDiversion,
  findDiversionForArrest,
  finishDiversionAtVersion,
  insertDiversion,
  listDiversions,
} from './treatment.repository.ts';
import {
  ageOn,
  diversionEligibility,
  diversionStatusLabels,
  type ArrestForDiversion,
  type DiversionFacts,
  type DrugClass,
} from './treatment.ts';

import { treatmentSupport, type TreatmentDeps } from './treatment-support.ts';

type Subject = { name: string; dateOfBirth: string | null };

/** Diversion for recreational users: eligibility from configured rules, Home Office outcome 22 on completion. */
export function createDiversionMethods(deps: TreatmentDeps) {
  const { db, sealer, audit, clock, diversionRules, arrests } = deps;
  const { today, need, record } = treatmentSupport(deps);

  /** The facts eligibility is judged on: from the arrest when there is one, else as recorded at the stop. */
  async function factsOf(input: DiversionInput): Promise<{ facts: DiversionFacts; arrest: ArrestForDiversion | null }> {
    if (input.arrestId) {
      const arrest = await arrests.forDiversion(db, input.arrestId);
      if (!arrest) throw invalid('arrestId', 'No such arrest');
      if (await findDiversionForArrest(db, input.arrestId)) {
        throw new AppError('conflict', 'That arrest already has a diversion');
      }
      const age = input.dateOfBirth ? ageOn(input.dateOfBirth, arrest.arrestedOn) : null;
      return {
        arrest,
        facts: {
          ageAtOffence: arrest.childAtArrest ? Math.min(age ?? 17, 17) : age,
          possessionOnly: arrest.possessionOnly,
          supply: arrest.supply,
          drugClasses: arrest.drugClasses,
          priorPossessionOffences: arrest.priorPossessionArrests + (input.priorPossessionOffences ?? 0),
        },
      };
    }
    const stopOn = input.stopOn ?? today();
    return {
      arrest: null,
      facts: {
        ageAtOffence: input.dateOfBirth ? ageOn(input.dateOfBirth, stopOn) : null,
        possessionOnly: true,
        supply: input.supplySuspected ?? false,
        drugClasses: input.drugClass ? [input.drugClass] : [],
        priorPossessionOffences: input.priorPossessionOffences ?? 0,
      },
    };
  }

  return {
    async listDiversions(actor: StaffActor) {
      await need(actor, 'casework.diversion.list');
      const rows = await listDiversions(db, 200);
      const items = rows.map((row) => {
        const subject = openJson(sealer, 'diversion-subject', row.id, row.subject_sealed) as Subject;
        const eligibility = row.eligibility as { facts: DiversionFacts };
        return {
          id: row.id,
          personName: subject.name,
          dateOfBirth: subject.dateOfBirth,
          personEntityId: row.person_entity_id,
          arrestId: row.arrest_id,
          stopReference: row.stop_reference,
          drugClasses: eligibility.facts.drugClasses,
          status: row.status,
          statusLabel: diversionStatusLabels[row.status],
          offeredOn: row.offered_on,
          completedOn: row.completed_on,
          outcome22Recorded: row.outcome_recorded,
          version: row.version,
        };
      });
      await record(actor, 'casework.diversion.list', '', null, { count: items.length, ids: items.map((i) => i.id) });
      return { rules: { ...diversionRules, drugClasses: [...diversionRules.drugClasses] }, items };
    },

    /** Offers the scheme when the rules allow it; otherwise refuses with every reason, storing nothing. */
    async offerDiversion(actor: StaffActor, input: DiversionInput) {
      await need(actor, 'casework.diversion.offer');
      if (input.dateOfBirth && input.dateOfBirth > today()) {
        throw invalid('dateOfBirth', 'The date of birth must be in the past');
      }
      if (input.stopOn && input.stopOn > today()) throw invalid('stopOn', 'The stop cannot be in the future');
      const { facts, arrest } = await factsOf(input);
      const verdict = diversionEligibility(facts, diversionRules);
      if (!verdict.eligible) {
        throw new AppError(
          'validation_failed',
          `Not eligible for diversion: ${verdict.reasons.join('; ')}`,
          verdict.reasons.map((message) => ({ field: input.arrestId ? 'arrestId' : 'drugClass', message })),
        );
      }
      const id = randomUUID();
      const now = clock.now();
      await db.transaction().execute(async (tx) => {
        await insertDiversion(tx, {
          id,
          person_entity_id: arrest?.personEntityId ?? input.personEntityId ?? null,
          subject_sealed: sealJson(sealer, 'diversion-subject', id, {
            name: input.name ?? arrest?.personLabel ?? '',
            dateOfBirth: input.dateOfBirth ?? null,
          }),
          arrest_id: input.arrestId ?? null,
          stop_reference: input.arrestId ? null : (input.stopReference ?? null),
          eligibility: JSON.stringify({ facts, rules: diversionRules }),
          status: 'offered',
          offered_on: today(),
          completed_on: null,
          created_by: actor.userId,
          created_at: now,
          updated_at: now,
        });
        await audit.record(
          tx,
          auditEventBy(actor, 'casework.diversion.offer', {
            subject: { type: 'casework_diversion', id },
            details: { arrestId: input.arrestId ?? null, facts },
          }),
        );
      });
      return { id };
    },

    /**
     * Completion (or not). A completed diversion linked to an arrest records Home Office outcome
     * 22 on the arrest in the same transaction, so both change or neither does.
     */
    async finishDiversion(
      actor: StaffActor,
      id: string,
      input: { completed: boolean; on: string; expectedVersion: number },
    ) {
      await need(actor, 'casework.diversion.finish');
      const row = isUuid(id) ? await findDiversion(db, id) : undefined;
      if (!row) throw new AppError('not_found_or_no_access');
      if (row.status !== 'offered') throw new AppError('conflict', 'The diversion is already finished');
      if (input.on > today()) throw invalid('on', 'The date cannot be in the future');
      if (input.on < row.offered_on) throw invalid('on', 'The date cannot be before the diversion was offered');
      const outcome = input.completed && row.arrest_id !== null;
      await db.transaction().execute(async (tx) => {
        const changed = await finishDiversionAtVersion(tx, id, input.expectedVersion, {
          status: input.completed ? 'completed' : 'not_completed',
          completedOn: input.on,
          outcomeRecorded: outcome,
          at: clock.now(),
        });
        if (!changed) throw new AppError('conflict', 'The diversion changed since you read it: reload and try again');
        if (outcome && row.arrest_id) await arrests.recordOutcome22(tx, actor, row.arrest_id, input.on);
        await audit.record(
          tx,
          auditEventBy(actor, 'casework.diversion.finish', {
            subject: { type: 'casework_diversion', id },
            details: { completed: input.completed, on: input.on, outcome22: outcome },
          }),
        );
      });
    },
  };
}

export type DiversionInput = {
  name?: string | undefined;
  dateOfBirth?: string | undefined;
  personEntityId?: string | undefined;
  arrestId?: string | undefined;
  stopReference?: string | undefined;
  stopOn?: string | undefined;
  drugClass?: DrugClass | undefined;
  supplySuspected?: boolean | undefined;
  priorPossessionOffences?: number | undefined;
};
