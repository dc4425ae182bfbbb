import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { casesOpenedWithSourceReport, closedAddressPlaces } from '../casework/index.ts';
import { listWards, wardOfPlace, wardOfSector } from '../gazetteer/index.ts';
import { arrestsByPlace, executedWarrantsByPlace, seizuresByPlace } from '../operations/index.ts';
import { reportCountsBySector, sectorsOfReports } from '../reports/index.ts';
import { addMonths, measures, monthStart, type Measure } from './disclosure.ts';

// A month's totals per St Albans ward, counted by each owning module through its index.ts
// (reports, operations, casework) and placed in a ward by the gazetteer. Only the ward's count
// leaves this function: no place text, no id, nothing finer than a ward (ADR 0042). An event
// whose place names no ward is counted in none (and reported as unplaced, for the reviewer).

export type WardTotals = ReadonlyMap<string, Readonly<Record<Measure, number>>>;

export async function wardTotalsOf(
  db: DbOrTx,
  sealer: Sealer,
  month: string,
): Promise<{ totals: WardTotals; unplaced: Readonly<Record<Measure, number>> }> {
  const from = monthStart(month);
  const to = monthStart(addMonths(month, 1));
  const totals = new Map<string, Record<Measure, number>>(
    listWards().map((ward) => [ward.code, Object.fromEntries(measures.map((m) => [m, 0])) as Record<Measure, number>]),
  );
  const unplaced = Object.fromEntries(measures.map((m) => [m, 0])) as Record<Measure, number>;
  const add = (wardCode: string | undefined, measure: Measure, count: number) => {
    const ward = wardCode === undefined ? undefined : totals.get(wardCode);
    if (ward) ward[measure] += count;
    else unplaced[measure] += count;
  };

  for (const { sector, count } of await reportCountsBySector(db, from, to)) {
    add(sector === null ? undefined : wardOfSector(sector)?.code, 'reports_received', count);
  }
  const byPlace = [
    ['warrants_executed', await executedWarrantsByPlace(db, from, to)],
    ['arrests', await arrestsByPlace(db, from, to)],
    ['seizures', await seizuresByPlace(db, from, to)],
  ] as const;
  for (const [measure, rows] of byPlace) {
    for (const { place, count } of rows) add(wardOfPlace(place)?.code, measure, count);
  }
  const cases = await casesOpenedWithSourceReport(db, from, to);
  const sectors = await sectorsOfReports(
    db,
    cases.flatMap((c) => (c.reportId === null ? [] : [c.reportId])),
  );
  for (const { reportId } of cases) {
    const sector = reportId === null ? undefined : sectors.get(reportId);
    add(sector === undefined ? undefined : wardOfSector(sector)?.code, 'people_safeguarded', 1);
  }
  for (const place of await closedAddressPlaces(sealer, db, from, to)) {
    add(wardOfPlace(place)?.code, 'addresses_closed', 1);
  }
  return { totals, unplaced };
}
