import type { DbOrTx } from '../../platform/db/database.ts';

// Reads for a diversion's eligibility (casework asks through the port composed in services.ts).

/** Earlier arrests of the person for any of `offences`. */
export async function countEarlierArrests(
  db: DbOrTx,
  personEntityId: string,
  before: Date,
  offences: readonly string[],
): Promise<number> {
  const row = await db
    .selectFrom('ops_arrests')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('person_entity_id', '=', personEntityId)
    .where('arrested_at', '<', before)
    .where('suspected_offence', 'in', [...offences])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function hasChargeFor(db: DbOrTx, arrestId: string, offence: string): Promise<boolean> {
  const row = await db
    .selectFrom('ops_charges')
    .select('id')
    .where('arrest_id', '=', arrestId)
    .where('offence', '=', offence)
    .executeTakeFirst();
  return row !== undefined;
}
