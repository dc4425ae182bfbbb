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

/**
 * One suggestion per other identity: an open one before a decided one (an open one still needs
 * an answer), then the highest score, then the lowest id so the choice is stable. The result is
 * in the same order: open first, best first.
 */
export function onePerIdentity<T extends SuggestionShown>(suggestions: readonly T[]): T[] {
  const ordered = [...suggestions].sort(
    (x, y) =>
      Number(y.status === 'open') - Number(x.status === 'open') || y.score - x.score || x.id.localeCompare(y.id),
  );
  const seen = new Set<string>();
  return ordered.filter((suggestion) => {
    if (seen.has(suggestion.otherIdentity)) return false;
    seen.add(suggestion.otherIdentity);
    return true;
  });
}
