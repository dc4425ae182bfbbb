import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { addressesClosedIn, casesOpenedWithSourceReport } from './area-counts.repository.ts';

// Casework's counts for the public releases (issue 16), read by the disclosure module through
// this index. The addresses are opened here only so the caller can find their ward; the caller
// keeps the ward's count, never the address.

/** The written address of each cuckooed address closed by an order in the month [from, to). */
export async function closedAddressPlaces(sealer: Sealer, db: DbOrTx, from: string, to: string): Promise<string[]> {
  const rows = await addressesClosedIn(db, from, to);
  return rows.map((row) => sealer.openText(row.address_sealed, `casework:cuckooed-address:${row.id}`));
}

export { casesOpenedWithSourceReport };
