import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import { blockingKeys, type BlockingKey, type BlockingKeyType } from './blocking.ts';
import { preparePerson, type PersonRecord } from './person-record.ts';

// The database side of blocking: each person's blocking keys, computed in TypeScript by the
// same code the benchmark measures, stored as keyed digests. A key such as "the phonetic code
// of the surname and the year of birth" says a lot about a person, so it is kept like every
// other identifier in the POLE store: as a keyed HMAC that matches equal keys and reveals
// nothing without the key. Names are compared in the application, never in SQL.

/** Turns a blocking key into its keyed digest (see createPersonKeyHasher). */
export type PersonKeyHasher = (key: BlockingKey) => string;

/** A hasher over the store's blind index, with the key type as part of the HMAC's context. */
export function createPersonKeyHasher(blindIndex: (kind: string, value: string) => string): PersonKeyHasher {
  return ({ type, key }) => blindIndex(`person_match:${type}`, key);
}

/** Adds the record's keys to those the person already has (a person collects keys from every mention). */
export async function addPersonMatchKeys(
  db: DbOrTx,
  hash: PersonKeyHasher,
  personId: string,
  record: PersonRecord,
): Promise<void> {
  const keys = blockingKeys(preparePerson(record));
  if (keys.length === 0) return;
  await db
    .insertInto('person_match_keys')
    .values(keys.map((key) => ({ person_id: personId, key_type: key.type, key: hash(key) })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Replaces a person's match keys with those of the record given. */
export async function savePersonMatchKeys(
  db: DbOrTx,
  hash: PersonKeyHasher,
  personId: string,
  record: PersonRecord,
): Promise<void> {
  await deletePersonMatchKeys(db, personId);
  await addPersonMatchKeys(db, hash, personId, record);
}

export async function deletePersonMatchKeys(db: DbOrTx, personId: string): Promise<void> {
  await db.deleteFrom('person_match_keys').where('person_id', '=', personId).execute();
}

export type CandidatePerson = {
  /** The person's current identity: a merged person is reported as the one it was merged into. */
  readonly personId: string;
  /** Blocking key types shared with the record searched for. */
  readonly sharedKeys: readonly BlockingKeyType[];
};

export type CandidateSearchOptions = {
  /** A key shared by more people than this is too common to propose candidates (default 500). */
  readonly maxBlockSize?: number;
  /** Identities to leave out, such as the person whose duplicates are being looked for. */
  readonly excludePersonIds?: readonly string[];
};

/**
 * People who may be the person described: those sharing a blocking key, ranked by how many
 * kinds of key they share. Score each with comparePersons before showing it: this is the
 * cheap first pass. A misspelling that changes every key (a wrong first letter and a
 * surname that sounds different) is not found; a trigram index would find it, but only over
 * names kept in clear.
 */
export async function findCandidatePersons(
  db: DbOrTx,
  hash: PersonKeyHasher,
  record: PersonRecord,
  limit: number,
  options: CandidateSearchOptions = {},
): Promise<CandidatePerson[]> {
  const keys = blockingKeys(preparePerson(record));
  if (keys.length === 0) return [];
  const cap = options.maxBlockSize ?? 500;
  const input = sql`values ${sql.join(keys.map((key) => sql`(${key.type}::text, ${hash(key)}::text)`))}`;
  const exclude = options.excludePersonIds ?? [];
  const excluded =
    exclude.length > 0 ? sql`and r.root not in (${sql.join(exclude.map((id) => sql`${id}::uuid`))})` : sql``;
  const { rows } = await sql<{ person_id: string; shared_keys: string[] }>`
    with recursive input (key_type, key) as (${input}),
    usable as (
      select i.key_type, i.key from input i
      where (
        select count(*) from (
          select 1 from person_match_keys k where k.key_type = i.key_type and k.key = i.key limit ${cap + 1}
        ) as block
      ) <= ${cap}
    ),
    hits (person_id, key_type) as (
      select k.person_id, k.key_type
      from person_match_keys k join usable u on u.key_type = k.key_type and u.key = k.key
    ),
    chain (start_id, current_id, depth) as (
      select distinct person_id, person_id, 0 from hits
      union all
      select c.start_id, m.survivor_id, c.depth + 1
      from chain c join person_merges m on m.merged_id = c.current_id and m.undone_at is null
      where c.depth < 100
    ),
    resolved as (
      select distinct on (start_id) start_id, current_id as root from chain order by start_id, depth desc
    )
    select r.root as person_id, array_agg(distinct h.key_type) as shared_keys
    from hits h join resolved r on r.start_id = h.person_id
    where true ${excluded}
    group by r.root
    order by count(distinct h.key_type) desc, r.root
    limit ${limit}
  `.execute(db);
  return rows.map((row) => ({ personId: row.person_id, sharedKeys: row.shared_keys as BlockingKeyType[] }));
}
