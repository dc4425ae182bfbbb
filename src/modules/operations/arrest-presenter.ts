import type { Sealer } from '../../platform/crypto/sealer.ts';
import { chargingBlockedFor, offences, outcomeTypes, type Offence } from './arrest.ts';
import type { chargesOf, seizuresOfArrest } from './arrest.repository.ts';
import type { OpsArrestRow } from './arrest.table.ts';
import { phoneContext } from './seizure.service.ts';
import type { intelligenceOfWarrants } from './warrant.repository.ts';

/** An arrest as its page shows it: the charges, the seizures, and the intelligence behind each warrant. */
export function presentArrest(input: {
  row: OpsArrestRow;
  personLabel: string;
  charges: Awaited<ReturnType<typeof chargesOf>>;
  seizures: Awaited<ReturnType<typeof seizuresOfArrest>>;
  cited: Awaited<ReturnType<typeof intelligenceOfWarrants>>;
  sealer: Sealer;
}) {
  const { row, charges, seizures, cited, sealer } = input;
  // Traceability: the intelligence cited by the warrant each record was made under.
  const behind = (warrantId: string | null) =>
    cited
      .filter((c) => c.warrant_id === warrantId)
      .map((c) => ({
        id: c.intelligence_id,
        reference: c.reference,
        grade: `${c.source_evaluation}${c.intelligence_assessment}${c.handling_code}`,
      }));
  return {
    id: row.id,
    personId: row.person_entity_id,
    personLabel: input.personLabel,
    arrestedAt: row.arrested_at.toISOString(),
    place: row.place,
    warrantId: row.warrant_id,
    suspectedOffence: row.suspected_offence,
    intelligence: behind(row.warrant_id),
    suspectedOffenceLabel: offences[row.suspected_offence as Offence],
    childAtArrest: row.child_at_arrest,
    nrm: row.nrm_s45_considered_by
      ? {
          by: row.nrm_s45_considered_by,
          at: row.nrm_s45_considered_at?.toISOString() ?? null,
          note: row.nrm_s45_note,
        }
      : null,
    chargingBlocked: chargingBlockedFor({
      childAtArrest: row.child_at_arrest,
      nrmConsidered: row.nrm_s45_considered_by !== null,
    }),
    charges: charges.map((c) => ({
      id: c.id,
      offence: c.offence,
      offenceLabel: offences[c.offence as Offence],
      outcomeType: c.outcome_type,
      outcomeLabel: outcomeTypes[c.outcome_type] ?? '',
      decidedOn: typeof c.decided_on === 'string' ? c.decided_on.slice(0, 10) : c.decided_on.toISOString().slice(0, 10),
      note: c.note,
    })),
    seizures: seizures.map((s) => ({
      seizureId: s.seizure_id,
      warrantId: s.warrant_id ?? row.warrant_id,
      intelligence: behind(s.warrant_id ?? row.warrant_id),
      seizedAt: s.seized_at.toISOString(),
      place: s.place,
      kind: s.kind,
      drug: s.drug,
      drugClass: s.drug_class,
      form: s.form,
      quantity: s.quantity === null ? null : Number(s.quantity),
      unit: s.unit,
      cashPence: s.cash_pence === null ? null : Number(s.cash_pence),
      phoneNumber: s.phone_sealed ? sealer.openText(s.phone_sealed, phoneContext(s.id)) : null,
      phoneEntityId: s.phone_entity_id,
      dealLineId: s.deal_line_id,
      description: s.description,
    })),
    version: row.version,
  };
}
