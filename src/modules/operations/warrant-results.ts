import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { entityLabelContext, findEntitiesByIds } from '../pole/index.ts';
import { arrestsUnderWarrants, itemsOfSeizures, seizuresUnderWarrants } from './arrest.repository.ts';
import { offences, type Offence } from './arrest.ts';
import { controlledDrugs, type ControlledDrug } from './drugs.ts';

// Traceability from a warrant to its result: the arrests made under it and the seizures made
// under it (or at those arrests), each seizure with its items in words, a phone with the deal
// line its number linked it to.

const pounds = (pence: number) => `£${(pence / 100).toFixed(2)}`;

function itemLabel(item: Awaited<ReturnType<typeof itemsOfSeizures>>[number]): string {
  switch (item.kind) {
    case 'drug': {
      const drug = item.drug ? controlledDrugs[item.drug as ControlledDrug] : undefined;
      const amount = item.quantity === null ? '' : `, ${String(Number(item.quantity))} ${item.unit ?? ''}`.trimEnd();
      return `${drug?.label ?? item.drug ?? 'Drug'} (class ${item.drug_class ?? '?'})${item.form ? `, ${item.form}` : ''}${amount}`;
    }
    case 'cash':
      return `Cash ${pounds(Number(item.cash_pence ?? 0))}`;
    case 'phone':
      return `Phone${item.description ? `: ${item.description}` : ''}`;
    case 'weapon':
      return `Weapon: ${item.description ?? 'not described'}`;
    case 'vehicle':
      return `Vehicle: ${item.description ?? 'not described'}`;
  }
}

export async function resultsOfWarrant(db: DbOrTx, sealer: Sealer, warrantId: string) {
  const [arrests, seizures] = await Promise.all([
    arrestsUnderWarrants(db, [warrantId]),
    seizuresUnderWarrants(db, [warrantId]),
  ]);
  const [items, people] = await Promise.all([
    itemsOfSeizures(
      db,
      seizures.map((s) => s.id),
    ),
    findEntitiesByIds(
      db,
      arrests.map((a) => a.person_entity_id),
    ),
  ]);
  // The person's name as the store records it: officers who may read the warrant may read the arrest.
  const labels = new Map(people.map((p) => [p.id, sealer.openText(p.label_sealed, entityLabelContext(p.id))]));
  return {
    arrests: arrests.map((a) => ({
      id: a.id,
      personId: a.person_entity_id,
      personLabel: labels.get(a.person_entity_id) ?? '',
      arrestedAt: a.arrested_at.toISOString(),
      suspectedOffenceLabel: offences[a.suspected_offence as Offence],
    })),
    seizures: seizures.map((s) => ({
      id: s.id,
      arrestId: s.arrest_id,
      seizedAt: s.seized_at.toISOString(),
      place: s.place,
      items: items
        .filter((i) => i.seizure_id === s.id)
        .map((i) => ({ kind: i.kind, label: itemLabel(i), dealLineId: i.deal_line_id })),
    })),
  };
}
