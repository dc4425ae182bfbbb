import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { ReportForProcessing } from '../../src/modules/triage/process-report.ts';
import type { TestSystem } from './test-services.ts';

/** The id of the person entity whose (sealed) label is exactly `label`; fails the test when none is. */
export async function personNamed(system: TestSystem, label: string): Promise<string> {
  const rows = await system.services.db
    .selectFrom('pole_entities')
    .select(['id', 'label_sealed'])
    .where('kind', '=', 'person')
    .execute();
  const found = rows.find(
    (row) => system.services.sealer.openText(row.label_sealed, `pole_entity:${row.id}:label`) === label,
  );
  assert.ok(found, `no person labelled ${label}`);
  return found.id;
}

/** A new report of free text only, as the triage job takes it. */
export function textReport(text: string, submittedOn: string): ReportForProcessing {
  return {
    reportId: randomUUID(),
    submittedOn,
    texts: [{ field: 'details', text }],
    structured: [],
    childInvolved: false,
    cuckooingSigns: false,
    advertisesDrugs: false,
  };
}
