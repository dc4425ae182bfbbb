// Which stored suggestion an analyst sees. Suggestions are stored per pair of people, but once
// people are merged the question is per pair of identities: "A or B (one identity) may be C"
// can be stored as A–C and B–C, or as A–C and A–D once C and D are one. The analyst answers it
// once, so it is shown once.

export type SuggestionStatus = 'open' | 'merged' | 'rejected';

export type SuggestionShown = {
  readonly id: string;
  /** The root of the identity the other person belongs to now. */
  readonly otherIdentity: string;
  readonly status: SuggestionStatus;
  /** The score worked out afresh against the identities as they are now. */
  readonly score: number;
};

/** Which suggestion stands for a pair of identities: a person's rejection, else one still to answer. */
const rank = { rejected: 0, open: 1, merged: 2 } as const satisfies Record<SuggestionStatus, number>;

/**
 * One suggestion per other identity: a rejected one before any other (an analyst said no for a
 * pair of their people, and that holds for the identities holding them, whatever later merges
 * or reports added), then an open one (it still needs an answer), then the highest score, then
 * the lowest id so the choice is stable. The result is shown open first (those need an answer),
 * then best first.
 */
export function onePerIdentity<T extends SuggestionShown>(suggestions: readonly T[]): T[] {
  const byScore = (x: T, y: T) => y.score - x.score || x.id.localeCompare(y.id);
  const seen = new Set<string>();
  const chosen = [...suggestions]
    .sort((x, y) => rank[x.status] - rank[y.status] || byScore(x, y))
    .filter((suggestion) => {
      if (seen.has(suggestion.otherIdentity)) return false;
      seen.add(suggestion.otherIdentity);
      return true;
    });
  return chosen.sort((x, y) => Number(y.status === 'open') - Number(x.status === 'open') || byScore(x, y));
}
