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

/** The suggestions that name any of the given people, best score first (at most 50). */
export async function suggestionsAbout(tx: DbOrTx, personIds: readonly string[]) {
  return tx
    .selectFrom('person_match_suggestions')
    .selectAll()
    .where((eb) => eb.or([eb('person_a', 'in', personIds), eb('person_b', 'in', personIds)]))
    .orderBy('score', 'desc')
    .limit(50)
    .execute();
}

/** Sets the decision on the suggestion for one pair (in either order). */
export async function decidePair(
  tx: DbOrTx,
  pair: readonly [string, string],
  decision:
    { status: 'merged'; decidedBy: string; decidedOn: string } | { status: 'open'; decidedBy: null; decidedOn: null },
): Promise<void> {
  const [a, b] = [...pair].sort();
  await tx
    .updateTable('person_match_suggestions')
    .set({ status: decision.status, decided_by: decision.decidedBy, decided_on: decision.decidedOn })
    .where('person_a', '=', a ?? '')
    .where('person_b', '=', b ?? '')
    .execute();
}

/**
 * Rejects an open suggestion: answers its pair, 'not_open' when it exists but is decided, or
 * undefined when there is no such suggestion.
 */
export async function rejectOpenSuggestion(
  tx: DbOrTx,
  suggestionId: string,
  decidedBy: string,
  decidedOn: string,
): Promise<{ person_a: string; person_b: string } | 'not_open' | undefined> {
  const updated = await tx
    .updateTable('person_match_suggestions')
    .set({ status: 'rejected', decided_by: decidedBy, decided_on: decidedOn })
    .where('id', '=', suggestionId)
    .where('status', '=', 'open')
    .returning(['person_a', 'person_b'])
    .executeTakeFirst();
  if (updated !== undefined) return updated;
  const exists = await tx
    .selectFrom('person_match_suggestions')
    .select('id')
    .where('id', '=', suggestionId)
    .executeTakeFirst();
  return exists ? 'not_open' : undefined;
}
