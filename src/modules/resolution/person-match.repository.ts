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
  // person_candidates (migration 2026_12_10_020000): planned once per connection (ADR 0058).
  const { rows } = await sql<{ person_id: string; shared_keys: string[] }>`
    select person_id, shared_keys from person_candidates(
      ${sql.val(keys.map((key) => key.type))}::text[], ${sql.val(keys.map((key) => hash(key)))}::text[],
      ${options.maxBlockSize ?? 500}::int, ${sql.val(options.excludePersonIds ?? [])}::uuid[], ${limit}::int)`.execute(
    db,
  );
  return rows.map((row) => ({ personId: row.person_id, sharedKeys: row.shared_keys as BlockingKeyType[] }));
}
