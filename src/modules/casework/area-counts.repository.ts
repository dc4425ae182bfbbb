import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';

// What the public "You said, we did" releases count from casework (issue 16), by month of
// London days [from, to). Only ids and sealed addresses leave here; nothing about a person.

/** Cases opened in the range (a person safeguarded), each with the report its first concern came from, if any. */
export async function casesOpenedWithSourceReport(
  db: DbOrTx,
  from: string,
  to: string,
): Promise<{ caseId: string; reportId: string | null }[]> {
  const rows = await db
    .selectFrom('casework_cases as c')
    .select([
      'c.id',
      (eb) =>
        eb
          .selectFrom('casework_concerns as k')
          .select('k.source_id')
          .whereRef('k.case_id', '=', 'c.id')
          .where('k.source', '=', 'report')
          .orderBy('k.received_at')
          .limit(1)
          .as('report_id'),
    ])
    .where(sql<string>`(c.opened_at at time zone 'Europe/London')::date`, '>=', from)
    .where(sql<string>`(c.opened_at at time zone 'Europe/London')::date`, '<', to)
    .execute();
  return rows.map((row) => ({ caseId: row.id, reportId: row.report_id ?? null }));
}

/** Cuckooed addresses on which a closure order was made in the range, with their sealed address. */
export async function addressesClosedIn(
  db: DbOrTx,
  from: string,
  to: string,
): Promise<{ id: string; address_sealed: Buffer }[]> {
  return db
    .selectFrom('casework_cuckooed_addresses as a')
    .select(['a.id', 'a.address_sealed'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('casework_cuckooed_actions as x')
          .select('x.id')
          .whereRef('x.address_id', '=', 'a.id')
          .where('x.kind', '=', 'closure_order')
          .where('x.taken_on', '>=', from)
          .where('x.taken_on', '<', to),
      ),
    )
    .execute();
}
