import { randomUUID } from 'node:crypto';
import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import { londonDay } from '../../platform/calendar.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db, DbOrTx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditEventBy, type StaffActor } from '../access/index.ts';
import { findEntitiesByIds } from '../pole/index.ts';
import { isUuid } from '../reports/index.ts';
import { findPartnerOrganisationById, listPartnerOrganisations } from '../users/index.ts';
import { invalid } from './casework-context.ts';
import { requireCasework } from './casework.policy.ts';
import { openJson, sealJson } from './casework-sealing.ts';
import {
  findDiversion,
  findDiversionForArrest,
  findTreatmentReferral,
  finishDiversionAtVersion,
  insertDiversion,
  insertTreatmentOutcome,
  insertTreatmentReferral,
  listDiversions,
  listTreatmentReferrals,
  outcomesOf,
  updateReferralStatusAtVersion,
} from './treatment.repository.ts';
import {
  ageOn,
  diversionEligibility,
  diversionStatusLabels,
  treatmentStatusLabels,
  type ArrestForDiversion,
  type DiversionFacts,
  type DiversionRules,
  type DrugClass,
  type TreatmentOutcome,
} from './treatment.ts';

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

type Subject = { name: string; dateOfBirth: string | null };

/** Referral to the local drug treatment service (with consent) and diversion for recreational users. */
export function createTreatmentService(deps: TreatmentDeps) {
  const { db, sealer, audit, clock, diversionRules, arrests } = deps;
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

  async function treatmentServices() {
    return (await listPartnerOrganisations(db)).filter((o) => o.kind === 'drug_treatment');
  }

  async function checkPerson(personEntityId: string | null) {
    if (!personEntityId) return;
    const [person] = await findEntitiesByIds(db, [personEntityId]);
    if (person?.kind !== 'person') throw invalid('personEntityId', 'Choose a person from the store');
  }

  async function presentReferrals(rows: Awaited<ReturnType<typeof listTreatmentReferrals>>) {
    const [outcomes, services] = await Promise.all([
      outcomesOf(
        db,
        rows.map((r) => r.id),
      ),
      treatmentServices(),
    ]);
    const names = new Map(services.map((s) => [s.id, s.name]));
    return rows.map((row) => {
      const subject = openJson(sealer, 'treatment-subject', row.id, row.subject_sealed) as Subject;
      return {
        id: row.id,
        personName: subject.name,
        dateOfBirth: subject.dateOfBirth,
        personEntityId: row.person_entity_id,
        organisationId: row.organisation_id,
        organisationName: names.get(row.organisation_id) ?? 'A treatment service no longer listed',
        consentOn: row.consent_on,
        arrestId: row.arrest_id,
        status: row.status,
        statusLabel: treatmentStatusLabels[row.status],
        referredAt: row.referred_at.toISOString(),
        outcomes: outcomes
          .filter((o) => o.referral_id === row.id)
          .map((o) => ({
            id: o.id,
            outcome: o.outcome,
            outcomeLabel: treatmentStatusLabels[o.outcome],
            on: o.recorded_on,
            note: o.note_sealed ? (openJson(sealer, 'treatment-outcome', o.id, o.note_sealed) as string) : null,
          })),
        version: row.version,
      };
    });
  }

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
    /** The partner organisations of kind "drug treatment" a referral may go to. */
    async services(actor: StaffActor) {
      await need(actor, 'casework.treatment.services');
      return (await treatmentServices()).map((s) => ({ id: s.id, name: s.name }));
    },

    async listReferrals(actor: StaffActor) {
      await need(actor, 'casework.treatment.list');
      const rows = await listTreatmentReferrals(db, 200);
      const items = await presentReferrals(rows);
      await record(actor, 'casework.treatment.list', '', null, { count: items.length, ids: items.map((i) => i.id) });
      return items;
    },

    async refer(
      actor: StaffActor,
      input: {
        name: string;
        dateOfBirth: string | null;
        personEntityId: string | null;
        organisationId: string;
        consent: boolean;
        consentOn: string;
        arrestId?: string | undefined;
      },
    ) {
      await need(actor, 'casework.treatment.refer');
      if (!input.consent) {
        throw invalid('consent', 'The person has not consented: a referral cannot be made without their consent');
      }
      if (input.consentOn > today()) throw invalid('consentOn', 'The date of consent cannot be in the future');
      if (input.dateOfBirth && input.dateOfBirth > today()) {
        throw invalid('dateOfBirth', 'The date of birth must be in the past');
      }
      const organisation = await findPartnerOrganisationById(db, input.organisationId);
      if (organisation?.kind !== 'drug_treatment') {
        throw invalid('organisationId', 'Choose a drug treatment service from the list');
      }
      await checkPerson(input.personEntityId);
      if (input.arrestId && !(await arrests.forDiversion(db, input.arrestId))) {
        throw invalid('arrestId', 'No such arrest');
      }
      const id = randomUUID();
      const now = clock.now();
      await db.transaction().execute(async (tx) => {
        await insertTreatmentReferral(tx, {
          id,
          person_entity_id: input.personEntityId,
          subject_sealed: sealJson(sealer, 'treatment-subject', id, {
            name: input.name,
            dateOfBirth: input.dateOfBirth,
          }),
          organisation_id: organisation.id,
          consent_given: true,
          consent_on: input.consentOn,
          arrest_id: input.arrestId ?? null,
          status: 'referred',
          referred_by: actor.userId,
          referred_at: now,
          updated_at: now,
        });
        await audit.record(
          tx,
          auditEventBy(actor, 'casework.treatment.refer', {
            subject: { type: 'casework_treatment_referral', id },
            details: { organisationId: organisation.id, consentOn: input.consentOn, arrestId: input.arrestId ?? null },
          }),
        );
      });
      return { id };
    },

    /** An engagement outcome from the service, in date order; the latest is the referral's status. */
    async recordOutcome(
      actor: StaffActor,
      id: string,
      input: { outcome: TreatmentOutcome; on: string; note?: string | undefined; expectedVersion: number },
    ) {
      await need(actor, 'casework.treatment.outcome');
      const row = isUuid(id) ? await findTreatmentReferral(db, id) : undefined;
      if (!row) throw new AppError('not_found_or_no_access');
      if (input.on > today()) throw invalid('on', 'The date cannot be in the future');
      if (input.on < londonDay(row.referred_at)) throw invalid('on', 'The date cannot be before the referral');
      const previous = await outcomesOf(db, [id]);
      const last = previous.at(-1);
      if (last && input.on < last.recorded_on) {
        throw invalid('on', `The date cannot be before the last outcome recorded (${last.recorded_on})`);
      }
      const outcomeId = randomUUID();
      await db.transaction().execute(async (tx) => {
        const changed = await updateReferralStatusAtVersion(tx, id, input.expectedVersion, input.outcome, clock.now());
        if (!changed) throw new AppError('conflict', 'The referral changed since you read it: reload and try again');
        await insertTreatmentOutcome(tx, {
          id: outcomeId,
          referral_id: id,
          outcome: input.outcome,
          recorded_on: input.on,
          note_sealed: input.note ? sealJson(sealer, 'treatment-outcome', outcomeId, input.note) : null,
          recorded_by: actor.userId,
          recorded_at: clock.now(),
        });
        await audit.record(
          tx,
          auditEventBy(actor, 'casework.treatment.outcome', {
            subject: { type: 'casework_treatment_referral', id },
            details: { outcome: input.outcome, on: input.on },
          }),
        );
      });
    },

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

export type TreatmentService = ReturnType<typeof createTreatmentService>;
