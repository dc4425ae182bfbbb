import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { defaultThresholds } from '../../src/modules/correlation/correlation-rules.ts';
import { processReport, type ReportForProcessing } from '../../src/modules/triage/process-report.ts';
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

/**
 * One report for each name, "A man called NAME was seen at POSTCODE", on successive days from
 * 2 November 2026, through the triage path: the people's entity ids by name. The names and places
 * are to be unlike each other, so no suggestion is made (checked): a test makes its own.
 */
export async function peopleSeenOnceEach(
  system: TestSystem,
  names: readonly string[],
  postcodes: readonly string[],
): Promise<Map<string, string>> {
  const people = new Map<string, string>();
  for (const [index, name] of names.entries()) {
    const text = `A man called ${name} was seen at ${postcodes[index] ?? ''} handing over wraps.`;
    const report = textReport(text, `2026-11-${String(index + 2).padStart(2, '0')}`);
    await system.services.db
      .transaction()
      .execute((tx) => processReport(tx, { ...system.services, thresholds: defaultThresholds }, report));
    people.set(name, await personNamed(system, name));
  }
  const made = await system.services.db.selectFrom('person_match_suggestions').select('id').execute();
  assert.deepEqual(made, [], 'the names are unlike each other: every suggestion here is made by the test');
  return people;
}
