import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import { blockingKeys, type BlockingKeyType } from './blocking.ts';
import { preparePerson, type PersonRecord } from './person-record.ts';

// The database side of blocking: each person's blocking keys (computed in TypeScript by the
// same code the benchmark measures; the phonetic ones equal fuzzystrmatch's dmetaphone()) and
// their normalised name for pg_trgm similarity, which catches misspellings no key covers.

/** Replaces a person's match keys and name index entry with those of the record given. */
export async function savePersonMatchKeys(db: DbOrTx, personId: string, record: PersonRecord): Promise<void> {
  const person = preparePerson(record);
  await deletePersonMatchKeys(db, personId);
  const keys = blockingKeys(person);
  if (keys.length > 0) {
    await db
      .insertInto('person_match_keys')
      .values(keys.map(({ type, key }) => ({ person_id: personId, key_type: type, key })))
      .execute();
  }
  if (person.fullName !== '') {
    await db
      .insertInto('person_name_index')
      .values({ person_id: personId, normalised_name: person.fullName })
      .execute();
  }
}

export async function deletePersonMatchKeys(db: DbOrTx, personId: string): Promise<void> {
  await db.deleteFrom('person_match_keys').where('person_id', '=', personId).execute();
  await db.deleteFrom('person_name_index').where('person_id', '=', personId).execute();
}

export type CandidatePerson = {
  /** The person's current identity: a merged person is reported as the one it was merged into. */
  readonly personId: string;
  /** Blocking key types shared with the record searched for. */
  readonly sharedKeys: readonly BlockingKeyType[];
  /** Best pg_trgm similarity (0..1) of the searched name with this identity's names. */
  readonly nameSimilarity: number;
};

export type CandidateSearchOptions = {
  /**
   * Names at least this similar are candidates even without a shared key (default 0.5; above
   * 1 turns this off). Values below the server's pg_trgm.similarity_threshold (0.3 unless
   * changed) act as that threshold, because the trigram index answers the `%` operator.
   */
  readonly minNameSimilarity?: number;
  /** A key shared by more people than this is too common to propose candidates (default 500). */
  readonly maxBlockSize?: number;
  /** Identities to leave out, such as the person whose duplicates are being looked for. */
  readonly excludePersonIds?: readonly string[];
};

/**
 * People who may be the person described: sharing a blocking key, or with a similar name.
 * Ranked by how many kinds of key they share, then name similarity. Score each with
 * comparePersons before showing it: this is the cheap first pass.
 */
export async function findCandidatePersons(
  db: DbOrTx,
  record: PersonRecord,
  limit: number,
  options: CandidateSearchOptions = {},
): Promise<CandidatePerson[]> {
  const person = preparePerson(record);
  const keys = blockingKeys(person);
  const name = person.fullName;
  if (keys.length === 0 && name === '') return [];
  const cap = options.maxBlockSize ?? 500;
  const input =
    keys.length > 0
      ? sql`values ${sql.join(keys.map(({ type, key }) => sql`(${type}::text, ${key}::text)`))}`
      : sql`select null::text, null::text where false`;
  const exclude = options.excludePersonIds ?? [];
  const excluded =
    exclude.length > 0 ? sql`and r.root not in (${sql.join(exclude.map((id) => sql`${id}::uuid`))})` : sql``;
  const { rows } = await sql<{ person_id: string; shared_keys: string[] | null; name_similarity: number | null }>`
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
      union all
      select n.person_id, null::text from person_name_index n
      where ${name} <> '' and n.normalised_name % ${name}
        and similarity(n.normalised_name, ${name}) >= ${options.minNameSimilarity ?? 0.5}
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
    select r.root as person_id,
      array_agg(distinct h.key_type) filter (where h.key_type is not null) as shared_keys,
      max(similarity(n.normalised_name, ${name})) as name_similarity
    from hits h
      join resolved r on r.start_id = h.person_id
      left join person_name_index n on n.person_id = h.person_id
    where true ${excluded}
    group by r.root
    order by count(distinct h.key_type) desc, max(similarity(n.normalised_name, ${name})) desc nulls last, r.root
    limit ${limit}
  `.execute(db);
  return rows.map((row) => ({
    personId: row.person_id,
    sharedKeys: (row.shared_keys ?? []) as BlockingKeyType[],
    nameSimilarity: row.name_similarity ?? 0,
  }));
}
