import { AppError } from '../../platform/http/app-errors.ts';
import { can, organisationKindAllows, type StaffActor } from '../access/index.ts';
import { isUuid } from '../reports/index.ts';
import { displayNamesOf, findPartnerOrganisationById } from '../users/index.ts';
import { openJson } from './casework-sealing.ts';
import { findTreatmentReferral, listTreatmentReferralsTo, outcomesOf } from './treatment.repository.ts';
import { treatmentSupport, type TreatmentDeps, type TreatmentOutcomeInput } from './treatment-support.ts';
import { treatmentStatusLabels } from './treatment.ts';

type Subject = { name: string; dateOfBirth: string | null };

/**
 * The treatment service's own side of a referral (issue 15). A partner-agency user whose
 * organisation is a drug treatment service (casework.treatment_outcomes) sees only the referrals
 * made to that organisation, and of each only what the person consented to share with it: the
 * name, date of birth, the date of consent and the outcomes so far (notes only from their own
 * service). Never the person's record in the store, the arrest, the referring officer or police
 * notes. A referral to another organisation reads as "not found or no access", as one that does
 * not exist. Every list, change and refusal is audited.
 */
export function createTreatmentProviderMethods(deps: TreatmentDeps) {
  const { db, sealer } = deps;
  const { need, record, saveOutcome } = treatmentSupport(deps);

  /**
   * The caller's organisation when its kind allows casework.treatment_outcomes (access's one rule:
   * a drug treatment service); null for anyone else, whatever permissions the actor was given.
   */
  async function providerOf(actor: StaffActor): Promise<string | null> {
    if (actor.partnerOrganisationId === null || !isUuid(actor.partnerOrganisationId)) return null;
    const organisation = await findPartnerOrganisationById(db, actor.partnerOrganisationId);
    const permission = 'casework.treatment_outcomes';
    return organisation !== undefined && can(actor, permission) && organisationKindAllows(permission, organisation.kind)
      ? organisation.id
      : null;
  }

  return {
    /** The referrals made to the caller's own treatment service, newest first. */
    async providerReferrals(actor: StaffActor) {
      await need(actor, 'casework.treatment.provider_list', 'casework.treatment_outcomes');
      const organisationId = await providerOf(actor);
      const rows = organisationId === null ? [] : await listTreatmentReferralsTo(db, organisationId, 200);
      const outcomes = await outcomesOf(
        db,
        rows.map((r) => r.id),
      );
      const own = outcomes.filter((o) => o.recorded_by_organisation_id === organisationId);
      const names = await displayNamesOf(
        db,
        own.map((o) => o.recorded_by),
      );
      const items = rows.map((row) => {
        const subject = openJson(sealer, 'treatment-subject', row.id, row.subject_sealed) as Subject;
        return {
          id: row.id,
          personName: subject.name,
          dateOfBirth: subject.dateOfBirth,
          consentOn: row.consent_on,
          referredAt: row.referred_at.toISOString(),
          status: row.status,
          statusLabel: treatmentStatusLabels[row.status],
          outcomes: outcomes
            .filter((o) => o.referral_id === row.id)
            .map((o) => {
              const ours = o.recorded_by_organisation_id === organisationId;
              return {
                id: o.id,
                outcome: o.outcome,
                outcomeLabel: treatmentStatusLabels[o.outcome],
                on: o.recorded_on,
                // Police notes stay with the police; the service sees its own.
                note:
                  ours && o.note_sealed ? (openJson(sealer, 'treatment-outcome', o.id, o.note_sealed) as string) : null,
                recordedBy: ours ? (names.get(o.recorded_by) ?? 'Your service') : 'Police',
              };
            }),
          version: row.version,
        };
      });
      await record(actor, 'casework.treatment.provider_list', '', null, {
        organisationId,
        count: items.length,
        ids: items.map((i) => i.id),
      });
      return items;
    },

    /** The service records the person's progress or outcome on a referral made to it. */
    async providerRecordOutcome(actor: StaffActor, id: string, input: TreatmentOutcomeInput) {
      await need(actor, 'casework.treatment.provider_outcome', 'casework.treatment_outcomes');
      const organisationId = await providerOf(actor);
      const row = isUuid(id) ? await findTreatmentReferral(db, id) : undefined;
      if (!row || organisationId === null || row.organisation_id !== organisationId) {
        await record(actor, 'casework.treatment.refused', '', null, { referralId: id });
        throw new AppError('not_found_or_no_access');
      }
      await saveOutcome(actor, row, input);
    },
  };
}
