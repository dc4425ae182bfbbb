import type { DbOrTx } from '../../platform/db/database.ts';

export type NewSuggestion = {
  readonly personA: string; // the lower id of the pair
  readonly personB: string;
  readonly score: number;
  readonly decision: 'match' | 'possible';
};

/** Stores suggestions, leaving any pair already suggested as it is. */
export async function insertSuggestions(
  tx: DbOrTx,
  suggestions: readonly NewSuggestion[],
  suggestedOn: string,
): Promise<void> {
  if (suggestions.length === 0) return;
  await tx
    .insertInto('person_match_suggestions')
    .values(
      suggestions.map((s) => ({
        person_a: s.personA,
        person_b: s.personB,
        score: s.score,
        decision: s.decision,
        suggested_on: suggestedOn,
      })),
    )
    .onConflict((oc) => oc.columns(['person_a', 'person_b']).doNothing())
    .execute();
}

/**
 * The suggestions between the given people (one identity) and anyone else: every rejected one (a
 * person's "not the same person" holds for the identities on either side, however many there
 * are), then the others, open ones first, then best score (at most 50). A pair inside the
 * identity is settled by the merges that joined it, so it is left out.
 */
export async function suggestionsAbout(tx: DbOrTx, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  const about = tx
    .selectFrom('person_match_suggestions')
    .selectAll()
    .where((eb) => eb.or([eb('person_a', 'in', personIds), eb('person_b', 'in', personIds)]))
    .where((eb) => eb.not(eb.and([eb('person_a', 'in', personIds), eb('person_b', 'in', personIds)])));
  const rejected = await about.where('status', '=', 'rejected').orderBy('score', 'desc').orderBy('id').execute();
  const others = await about
    .where('status', '<>', 'rejected')
    .orderBy((eb) => eb('status', '=', 'open'), 'desc')
    .orderBy('score', 'desc')
    .orderBy('id')
    .limit(50)
    .execute();
  return [...rejected, ...others];
}

/** One stored suggestion, whatever its status. */
export async function findSuggestion(tx: DbOrTx, suggestionId: string) {
  return tx.selectFrom('person_match_suggestions').selectAll().where('id', '=', suggestionId).executeTakeFirst();
}

type Decision =
  | { status: 'merged' | 'rejected'; decidedBy: string; decidedOn: string }
  | { status: 'open'; decidedBy: null; decidedOn: null };

/**
 * Sets the decision on every suggestion now `from` that pairs someone in one group with someone
 * in the other (two identities), and answers the ids it changed.
 */
export async function decideBetween(
  tx: DbOrTx,
  groups: readonly [readonly string[], readonly string[]],
  from: 'open' | 'merged',
  decision: Decision,
): Promise<string[]> {
  const [one, other] = groups;
  if (one.length === 0 || other.length === 0) return [];
  const rows = await tx
    .updateTable('person_match_suggestions')
    .set({ status: decision.status, decided_by: decision.decidedBy, decided_on: decision.decidedOn })
    .where('status', '=', from)
    .where((eb) =>
      eb.or([
        eb.and([eb('person_a', 'in', one), eb('person_b', 'in', other)]),
        eb.and([eb('person_a', 'in', other), eb('person_b', 'in', one)]),
      ]),
    )
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}
