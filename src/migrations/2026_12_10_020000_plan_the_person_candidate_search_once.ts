import { sql, type Kysely } from 'kysely';

// The person resolver's candidate search as a PL/pgSQL function, planned once per connection
// (issue 19, ADR 0058): the statement, a recursive walk of merges over the people sharing a
// blocking key, took about 3 ms to plan and 0.6 ms to run with 30 keys on PGlite, and was planned
// again for every person a report names. The statement is the one findCandidatePersons sent
// (resolution module, person-match.repository.ts), which alone calls it; the keys come as two
// arrays, so its text never changes.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function person_candidates(
      p_key_types text[], p_keys text[], p_max_block int, p_exclude uuid[], p_limit int
    ) returns table (person_id uuid, shared_keys text[]) language plpgsql as $$
    #variable_conflict use_column
    begin
      return query
      with recursive input (key_type, key) as (
        select * from unnest(p_key_types, p_keys)),
      usable as (
        select i.key_type, i.key from input i
        where (
          select count(*) from (
            select 1 from person_match_keys k where k.key_type = i.key_type and k.key = i.key limit p_max_block + 1
          ) as block
        ) <= p_max_block
      ),
      hits (person_id, key_type) as (
        select k.person_id, k.key_type
        from person_match_keys k join usable u on u.key_type = k.key_type and u.key = k.key
      ),
      chain (start_id, current_id, depth) as (
        select distinct hits.person_id, hits.person_id, 0 from hits
        union all
        select c.start_id, m.survivor_id, c.depth + 1
        from chain c join person_merges m on m.merged_id = c.current_id and m.undone_at is null
        where c.depth < 100
      ),
      resolved as (
        select distinct on (start_id) start_id, current_id as root from chain order by start_id, depth desc
      )
      select r.root, array_agg(distinct h.key_type)
      from hits h join resolved r on r.start_id = h.person_id
      where not (r.root = any(p_exclude))
      group by r.root
      order by count(distinct h.key_type) desc, r.root
      limit p_limit;
    end $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function person_candidates(text[], text[], int, uuid[], int)`.execute(db);
}
