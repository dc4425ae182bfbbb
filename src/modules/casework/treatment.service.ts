import { randomUUID } from 'node:crypto';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditEventBy, type StaffActor } from '../access/index.ts';
import { isUuid } from '../reports/index.ts';
import { displayNamesOf, findPartnerOrganisationById, listPartnerOrganisations } from '../users/index.ts';
import { invalid } from './casework-context.ts';
import { openJson, sealJson } from './casework-sealing.ts';
import {
  findTreatmentReferral,
  insertTreatmentReferral,
  listTreatmentReferrals,
  outcomesOf,
} from './treatment.repository.ts';
import { treatmentStatusLabels } from './treatment.ts';
import { createDiversionMethods } from './diversion.service.ts';
import { createTreatmentProviderMethods } from './treatment-provider.service.ts';
import { treatmentSupport, type TreatmentDeps, type TreatmentOutcomeInput } from './treatment-support.ts';

export type { ArrestPort, TreatmentDeps } from './treatment-support.ts';
export type { DiversionInput } from './diversion.service.ts';

type Subject = { name: string; dateOfBirth: string | null };

/** Referral to the local drug treatment service (with consent) and diversion for recreational users. */
export function createTreatmentService(deps: TreatmentDeps) {
  const { db, sealer, audit, clock, arrests } = deps;
  const { today, need, record, checkPerson, saveOutcome } = treatmentSupport(deps);

  async function treatmentServices() {
    return (await listPartnerOrganisations(db)).filter((o) => o.kind === 'drug_treatment');
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
    const recorders = await displayNamesOf(
      db,
      outcomes.map((o) => o.recorded_by),
    );
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
            recordedBy: recorders.get(o.recorded_by) ?? 'An account no longer listed',
            // Who recorded it: the treatment service's own staff, or police staff (null).
            recordedByOrganisation:
              o.recorded_by_organisation_id === null
                ? null
                : (names.get(o.recorded_by_organisation_id) ?? 'A treatment service no longer listed'),
          })),
        version: row.version,
      };
    });
  }

  return {
    ...createDiversionMethods(deps),
    ...createTreatmentProviderMethods(deps),
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
    async recordOutcome(actor: StaffActor, id: string, input: TreatmentOutcomeInput) {
      await need(actor, 'casework.treatment.outcome');
      const row = isUuid(id) ? await findTreatmentReferral(db, id) : undefined;
      if (!row) throw new AppError('not_found_or_no_access');
      await saveOutcome(actor, row, input);
    },
  };
}

export type TreatmentService = ReturnType<typeof createTreatmentService>;
