import { sql } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import type { PersonMergeRow } from './person-match.table.ts';
import { mergeProblem, resolveIdentity, undoProblem } from './person-merge.rules.ts';

// Merges and their undoing. Each runs in a transaction (the caller's, if it passes one, so
// the audit event and the POLE changes commit with it) under one advisory lock: merges are
// rare, and serialising them is what stops two analysts building a cycle at the same moment.

export type PersonMerge = {
  readonly id: string;
  readonly survivorId: string;
  readonly mergedId: string;
  readonly actorUserId: string;
  readonly reason: string;
  readonly score: number | null;
  readonly explanation: readonly string[];
  readonly createdAt: Date;
  readonly undoneAt: Date | null;
  readonly undoneBy: string | null;
  readonly undoReason: string | null;
};

export type MergeInput = {
  readonly survivorId: string;
  readonly mergedId: string;
  readonly actorUserId: string;
  readonly reason: string;
  /** The match score and explanation the analyst saw, kept with the decision. */
  readonly score?: number;
  readonly explanation?: readonly string[];
  readonly at: Date;
};

async function inTransaction<T>(db: DbOrTx, work: (trx: DbOrTx) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db);
  return db.transaction().execute(work);
}

/** Takes the merge lock for the rest of the transaction: identities read after it stay as they are. */
export async function lockMerges(trx: DbOrTx): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('linebreak.person_merges'))`.execute(trx);
}

/** Active merge links (merged → survivor) reachable upwards from the given people. */
async function linksAbove(trx: DbOrTx, personIds: readonly string[]): Promise<Map<string, string>> {
  const { rows } = await sql<{ merged_id: string; survivor_id: string }>`
    with recursive up (merged_id, survivor_id, depth) as (
      select merged_id, survivor_id, 0 from person_merges
      where undone_at is null and merged_id in (${sql.join(personIds.map((id) => sql`${id}::uuid`))})
      union all
      select m.merged_id, m.survivor_id, up.depth + 1
      from person_merges m join up on m.merged_id = up.survivor_id and m.undone_at is null
      where up.depth < 100
    )
    select distinct merged_id, survivor_id from up`.execute(trx);
  return new Map(rows.map((row) => [row.merged_id, row.survivor_id]));
}

export async function mergePersons(db: DbOrTx, input: MergeInput): Promise<PersonMerge> {
  return inTransaction(db, async (trx) => {
    await lockMerges(trx);
    const mergedInto = await linksAbove(trx, [input.survivorId, input.mergedId]);
    const problem = mergeProblem({ survivorId: input.survivorId, mergedId: input.mergedId, mergedInto });
    if (problem !== undefined) throw new AppError('conflict', problem);
    const row = await trx
      .insertInto('person_merges')
      .values({
        survivor_id: input.survivorId,
        merged_id: input.mergedId,
        actor_user_id: input.actorUserId,
        reason: input.reason,
        score: input.score ?? null,
        explanation: JSON.stringify(input.explanation ?? []),
        created_at: input.at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toMerge(row);
  });
}

export type UndoInput = {
  readonly mergeId: string;
  readonly actorUserId: string;
  readonly reason: string;
  readonly at: Date;
};

/** Splits the merged person (and anyone merged into them) back out as their own identity. */
export async function undoMerge(db: DbOrTx, input: UndoInput): Promise<PersonMerge> {
  return inTransaction(db, async (trx) => {
    await lockMerges(trx);
    const existing = await trx
      .selectFrom('person_merges')
      .selectAll()
      .where('id', '=', input.mergeId)
      .executeTakeFirst();
    if (existing === undefined) throw new AppError('not_found', 'No such merge');
    const problem = undoProblem({ undoneAt: existing.undone_at });
    if (problem !== undefined) throw new AppError('conflict', problem);
    const row = await trx
      .updateTable('person_merges')
      .set({ undone_at: input.at, undone_by: input.actorUserId, undo_reason: input.reason })
      .where('id', '=', input.mergeId)
      .returningAll()
      .executeTakeFirstOrThrow();
    return toMerge(row);
  });
}

/** The current identity of a person (themselves unless merged into someone). */
export async function resolvePersonId(db: DbOrTx, personId: string): Promise<string> {
  const links = await linksAbove(db, [personId]);
  let current = personId;
  for (let next = links.get(current); next !== undefined; next = links.get(current)) current = next;
  return current;
}

/** The current identity (root) of each of several people, in one query. */
export async function resolvePersonIds(db: DbOrTx, personIds: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(personIds)];
  const links = unique.length === 0 ? new Map<string, string>() : await linksAbove(db, unique);
  return new Map(unique.map((id) => [id, resolveIdentity(id, links)]));
}

/** Everyone who is one identity with the person now: its root first, then those merged into it. */
export async function identityMembers(db: DbOrTx, personId: string): Promise<string[]> {
  const root = await resolvePersonId(db, personId);
  const { rows } = await sql<{ person_id: string }>`
    with recursive members (person_id, depth) as (
      select ${root}::uuid, 0
      union all
      select m.merged_id, members.depth + 1
      from person_merges m join members on m.survivor_id = members.person_id and m.undone_at is null
      where members.depth < 100
    )
    select person_id from members order by depth, person_id`.execute(db);
  return rows.map((row) => row.person_id);
}

/**
 * The members of several identities in one query, each given by its root (as candidate search
 * returns them): root → the root first, then everyone merged into it.
 */
export async function membersOfIdentities(db: DbOrTx, rootIds: readonly string[]): Promise<Map<string, string[]>> {
  if (rootIds.length === 0) return new Map();
  const { rows } = await sql<{ root_id: string; person_id: string }>`
    with recursive members (root_id, person_id, depth) as (
      select r.id, r.id, 0 from unnest(${sql.val([...new Set(rootIds)])}::uuid[]) as r (id)
      union all
      select members.root_id, m.merged_id, members.depth + 1
      from person_merges m join members on m.survivor_id = members.person_id and m.undone_at is null
      where members.depth < 100
    )
    select root_id, person_id from members order by root_id, depth, person_id`.execute(db);
  const identities = new Map<string, string[]>();
  for (const row of rows) {
    const members = identities.get(row.root_id);
    if (members === undefined) identities.set(row.root_id, [row.person_id]);
    else members.push(row.person_id);
  }
  return identities;
}

/**
 * Every merge, active or undone, touching the person or anyone currently merged into their
 * identity: the history an analyst reviews before undoing one. Newest first.
 */
export async function listMerges(db: DbOrTx, personId: string): Promise<PersonMerge[]> {
  const root = await resolvePersonId(db, personId);
  const { rows } = await sql<PersonMergeRow>`
    with recursive members (person_id, depth) as (
      select ${root}::uuid, 0
      union all
      select m.merged_id, members.depth + 1
      from person_merges m join members on m.survivor_id = members.person_id and m.undone_at is null
      where members.depth < 100
    )
    select * from person_merges
    where survivor_id in (select person_id from members) or merged_id in (select person_id from members)
    order by created_at desc, id`.execute(db);
  return rows.map(toMerge);
}

function toMerge(row: PersonMergeRow): PersonMerge {
  return {
    id: row.id,
    survivorId: row.survivor_id,
    mergedId: row.merged_id,
    actorUserId: row.actor_user_id,
    reason: row.reason,
    score: row.score,
    explanation: row.explanation,
    createdAt: row.created_at,
    undoneAt: row.undone_at,
    undoneBy: row.undone_by,
    undoReason: row.undo_reason,
  };
}

/** Merges an analyst made (and has not undone) between people who are all among `ids`. */
export async function activeMergesAmong(
  db: DbOrTx,
  ids: readonly string[],
): Promise<{ id: string; survivorId: string; mergedId: string; on: string }[]> {
  if (ids.length === 0) return [];
  const rows = await sql<{ id: string; survivor_id: string; merged_id: string; on: string }>`
    select id, survivor_id, merged_id, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD') as on
    from person_merges
    where undone_at is null and survivor_id = any(${sql.val([...ids])}::uuid[]) and merged_id = any(${sql.val([...ids])}::uuid[])`.execute(
    db,
  );
  return rows.rows.map((row) => ({ id: row.id, survivorId: row.survivor_id, mergedId: row.merged_id, on: row.on }));
}
