import type { Sealer } from '../../platform/crypto/sealer.ts';
import { day } from '../network/index.ts';
import { dealLineRoleLabels, dealLineSampleContext } from './deal-line.ts';
import type {
  DealLineNumberRow,
  DealLinePersonRow,
  DealLineRow,
  DealLineSampleRow,
  DealLineStatusHistoryRow,
} from './deal-line.table.ts';

// Whitelisted views of deal-line records; sealed texts are opened only here, for the profile.

export function presentDealLine(line: DealLineRow) {
  return {
    id: line.id,
    brandName: line.brand_name,
    status: line.status,
    urbanHub: line.urban_hub,
    firstSeen: day(line.first_seen),
    lastSeen: day(line.last_seen),
    sourceAlertId: line.source_alert_id,
    successorLineId: line.successor_line_id,
    createdBy: line.created_by,
    createdAt: line.created_at.toISOString(),
    updatedAt: line.updated_at.toISOString(),
    version: line.version,
  };
}

export function presentNumber(
  number: Pick<DealLineNumberRow, 'id' | 'phone_entity_id' | 'from_date' | 'to_date' | 'added_by'> & {
    report_count: number;
  },
  label: string,
) {
  return {
    id: number.id,
    phoneEntityId: number.phone_entity_id,
    number: label,
    from: day(number.from_date),
    to: number.to_date === null ? null : day(number.to_date),
    current: number.to_date === null,
    reportCount: number.report_count,
    addedBy: number.added_by,
  };
}

export function presentPerson(
  person: Pick<
    DealLinePersonRow,
    'id' | 'person_entity_id' | 'role' | 'victim' | 'added_by' | 'added_at' | 'removed_by' | 'removed_at'
  >,
  extra: { label: string; child: boolean },
) {
  return {
    assignmentId: person.id,
    personEntityId: person.person_entity_id,
    name: extra.label,
    role: person.role,
    roleLabel: dealLineRoleLabels[person.role],
    victim: person.victim,
    recordedAsChild: extra.child,
    addedBy: person.added_by,
    addedAt: person.added_at.toISOString(),
    removedBy: person.removed_by,
    removedAt: person.removed_at?.toISOString() ?? null,
  };
}

export function presentSample(sample: DealLineSampleRow, sealer: Sealer) {
  return {
    id: sample.id,
    text: sealer.openText(sample.text_sealed, dealLineSampleContext(sample.deal_line_id, sample.id)),
    observedOn: day(sample.observed_on),
    reportId: sample.report_id,
    addedBy: sample.added_by,
  };
}

export function presentHistory(change: DealLineStatusHistoryRow) {
  return {
    from: change.from_status,
    to: change.to_status,
    successorLineId: change.successor_line_id,
    note: change.note,
    changedBy: change.changed_by,
    changedAt: change.changed_at.toISOString(),
  };
}
