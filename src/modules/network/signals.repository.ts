import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';

// What the deal-lines module knows about phones in a sub-graph (open alerts come from the
// correlation module, recent reports from the POLE store). Read-only, batched over the ids.

const uuids = (ids: readonly string[]) => sql`${sql.val([...ids])}::uuid[]`;

/** Phones that are a current number of a recorded deal line. */
export async function dealLinesOfPhones(
  db: DbOrTx,
  phoneIds: readonly string[],
): Promise<Map<string, { lineId: string; brandName: string }>> {
  if (phoneIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('deal_line_numbers as n')
    .innerJoin('deal_lines as l', 'l.id', 'n.deal_line_id')
    .select(['n.phone_entity_id', 'l.id', 'l.brand_name'])
    .where(sql<boolean>`n.phone_entity_id = any(${uuids(phoneIds)})`)
    .where('n.to_date', 'is', null)
    .execute();
  return new Map(rows.map((row) => [row.phone_entity_id, { lineId: row.id, brandName: row.brand_name }]));
}
