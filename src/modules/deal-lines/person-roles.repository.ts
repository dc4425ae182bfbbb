import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';

const uuids = (ids: readonly string[]) => sql<string>`any(${sql.val([...ids])}::uuid[])`;

/** The current roles of a set of people on deal lines, with each line's brand and how many victims it holds. */
export async function currentLineRolesOf(db: DbOrTx, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('deal_line_people as p')
    .innerJoin('deal_lines as l', 'l.id', 'p.deal_line_id')
    .select((eb) => [
      'p.person_entity_id',
      'p.deal_line_id',
      'p.role',
      'p.victim',
      'l.brand_name',
      'l.status',
      eb
        .selectFrom('deal_line_people as v')
        .select(sql<number>`count(distinct v.person_entity_id)::int`.as('n'))
        .whereRef('v.deal_line_id', '=', 'p.deal_line_id')
        .where('v.victim', '=', true)
        .where('v.removed_at', 'is', null)
        .as('victims_on_line'),
    ])
    .where('p.person_entity_id', '=', uuids(personIds))
    .where('p.removed_at', 'is', null)
    .execute();
}
