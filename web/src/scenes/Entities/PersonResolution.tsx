import { api } from '../../api/client.ts';
import type { Me } from '../../api/types.ts';
import { Link } from '../../components/Link.tsx';
import { ReasonPrompt } from '../../components/ReasonPrompt.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { hasPermission } from '../Shell/navigation.ts';

const decisionWords = {
  match: 'Likely the same person',
  possible: 'Possibly the same person',
  'non-match': 'Probably not the same person',
} as const;
const statusWords = { open: 'Waiting for a decision', merged: 'Merged', rejected: 'Not the same person' } as const;

/**
 * Who else this person may be: the resolver's suggestions with their score and reasons, and
 * the merges made so far. Analysts with entity.merge decide; every decision needs a reason,
 * and a merge can be undone.
 */
export function PersonResolutionPanel({
  me,
  personId,
  onChanged,
}: {
  me: Me;
  personId: string;
  onChanged: () => void;
}) {
  const loaded = useLoad(() => api.get('/api/persons/{id}/resolution', { path: { id: personId } }), [personId]);
  const canDecide = hasPermission(me, 'entity.merge');
  const resolution = loaded.data;
  if (loaded.error) return <p>{loaded.error}</p>;
  if (!resolution) return <p>Loading possible matches…</p>;
  const changed = () => {
    loaded.reload();
    onChanged();
  };
  /** Merges the other identity (by its root) into this one. */
  const mergeOther = (otherId: string) => async (reason: string) => {
    await api.post('/api/persons/merges', { body: { survivorId: resolution.identity.id, mergedId: otherId, reason } });
    changed();
  };
  return (
    <section aria-labelledby="same-person-heading">
      <h2 id="same-person-heading">Could be the same person</h2>
      {resolution.suggestions.length === 0 ? (
        <p>No likely matches have been found among the people already known.</p>
      ) : (
        <ul className="lb-plain-list">
          {resolution.suggestions.map((suggestion) => (
            <li key={suggestion.id} className="lb-panel">
              <p>
                <Link to={`/entities/${suggestion.other.id}`}>{suggestion.other.label}</Link>:{' '}
                <strong>{decisionWords[suggestion.decision]}</strong> ({Math.round(suggestion.score * 1000) / 10}%
                likely), suggested on {suggestion.suggestedOn}. {statusWords[suggestion.status]}
                {suggestion.decided && `: decided by ${suggestion.decided.by} on ${suggestion.decided.on}`}.
              </p>
              <details>
                <summary>Why the resolver thinks so</summary>
                <ul>
                  {suggestion.explanation.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </details>
              {canDecide && suggestion.status === 'open' && (
                <div className="lb-actions">
                  <ReasonPrompt
                    id={`merge-${suggestion.id}`}
                    openLabel={`Merge ${suggestion.other.label} into this person`}
                    submitLabel="Merge"
                    label="Why are they the same person?"
                    emptyMessage="Enter why they are the same person"
                    onReason={mergeOther(suggestion.other.id)}
                  />
                  <ReasonPrompt
                    id={`reject-${suggestion.id}`}
                    openLabel="Not the same person"
                    submitLabel="Record that they are different people"
                    label="How do you know they are different people?"
                    emptyMessage="Enter how you know they are different people"
                    onReason={async (reason) => {
                      await api.post('/api/persons/suggestions/{id}/reject', {
                        path: { id: suggestion.id },
                        body: { reason },
                      });
                      changed();
                    }}
                  />
                </div>
              )}
              {canDecide && suggestion.status === 'rejected' && (
                <div className="lb-actions">
                  {/* A rejection said of any of their people holds for both identities; an analyst
                      may still merge them, told first who said no and when. */}
                  <ReasonPrompt
                    id={`merge-${suggestion.id}`}
                    openLabel={`Merge ${suggestion.other.label} into this person`}
                    submitLabel="Merge anyway"
                    label="Why are they the same person?"
                    emptyMessage="Enter why they are the same person"
                    warning={
                      suggestion.decided
                        ? `Someone said these are not the same person: ${suggestion.decided.by} on ${suggestion.decided.on}.`
                        : 'Someone said these are not the same person.'
                    }
                    onReason={mergeOther(suggestion.other.id)}
                  />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {resolution.merges.length > 0 && (
        <>
          <h3>Merges</h3>
          <ul className="lb-plain-list">
            {resolution.merges.map((merge) => (
              <li key={merge.id} className="lb-panel">
                <p>
                  {merge.merged.label} merged into {merge.survivor.label} on {merge.mergedOn}: “{merge.reason}”.
                  {merge.undoneOn !== null && ` Undone on ${merge.undoneOn}: “${merge.undoReason ?? ''}”.`}
                </p>
                {canDecide && merge.undoneOn === null && (
                  <ReasonPrompt
                    id={`undo-${merge.id}`}
                    openLabel="Undo this merge"
                    submitLabel="Undo the merge"
                    label="Why are they different people after all?"
                    emptyMessage="Enter why the merge should be undone"
                    onReason={async (reason) => {
                      await api.post('/api/persons/merges/{id}/undo', { path: { id: merge.id }, body: { reason } });
                      changed();
                    }}
                  />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
