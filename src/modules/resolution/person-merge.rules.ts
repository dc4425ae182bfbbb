// Rules for merging people and undoing merges, kept pure so they can be tested alone and
// reused by the service that wires merges to the POLE store and the audit trail.
//
// The model: merging M into S records "M is S" without changing either record; M's match
// keys then find S. Each person is merged into at most one other at a time, so following
// merges upwards from anyone ends at their current identity (the root). Undoing a merge
// removes one link: M and everything merged into M become their own identity again, while
// other merges stand.

export type MergeLinks = ReadonlyMap<string, string>;

/** The current identity of a person: follow active merges upwards until none is left. */
export function resolveIdentity(personId: string, mergedInto: MergeLinks): string {
  let current = personId;
  const seen = new Set<string>();
  for (let next = mergedInto.get(current); next !== undefined; next = mergedInto.get(current)) {
    // The database forbids cycles; this guard keeps a damaged table from looping forever.
    if (seen.has(next)) throw new Error(`Merge links form a cycle at ${next}`);
    seen.add(current);
    current = next;
  }
  return current;
}

export type MergeCheck = {
  readonly survivorId: string;
  readonly mergedId: string;
  /** Active merge links of the people involved (merged id → survivor id). */
  readonly mergedInto: MergeLinks;
};

/** Why a merge must not happen, in words fit for the analyst; undefined when it may. */
export function mergeProblem({ survivorId, mergedId, mergedInto }: MergeCheck): string | undefined {
  if (survivorId === mergedId) return 'A person cannot be merged with themselves';
  const mergedAlready = mergedInto.get(mergedId);
  if (mergedAlready !== undefined) {
    return `Person ${mergedId} is already merged into ${mergedAlready}: undo that merge first, or merge ${resolveIdentity(mergedId, mergedInto)} instead`;
  }
  const survivorRoot = resolveIdentity(survivorId, mergedInto);
  if (survivorRoot === mergedId) return `Person ${survivorId} is already merged into ${mergedId}`;
  if (survivorRoot !== survivorId) {
    return `Person ${survivorId} has been merged into ${survivorRoot}: merge into ${survivorRoot} instead`;
  }
  return undefined;
}

/** Why a merge cannot be undone; undefined when it can. */
export function undoProblem(merge: { readonly undoneAt: Date | null }): string | undefined {
  return merge.undoneAt === null ? undefined : 'This merge has already been undone';
}
