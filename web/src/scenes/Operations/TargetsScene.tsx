import { useState } from 'react';
import { api } from '../../api/client.ts';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { bandLabels, signed } from './labels.ts';

const pageSize = 200;

/** Active targets in priority order, with the reasons the priority was computed from, a page at a time. */
export function TargetsScene() {
  // The cursors of the pages read so far: the list pages over the stored priority (ADR 0040).
  const [cursors, setCursors] = useState<readonly string[]>([]);
  const after = cursors.at(-1);
  const loaded = useLoad(
    () => api.get('/api/operations/targets', { query: { limit: pageSize, ...(after ? { after } : {}) } }),
    [after],
  );
  const firstRank = cursors.length * pageSize + 1;
  return (
    <>
      <PageHeading title="Operations">Operations</PageHeading>
      <h2>Targets in priority order</h2>
      <p>
        Priority is harm × likelihood (0 to 100), computed from the intelligence store when a target changes, when its
        page opens, at the start of each day and every five minutes; confidence in the evidence is shown beside it. A
        person becomes a target from their page under People and places.
      </p>
      {loaded.error && <p role="alert">{loaded.error}</p>}
      {loaded.loading && !loaded.data && <p className="lb-hint">Loading…</p>}
      {loaded.data?.items.length === 0 && <p>There are no active targets.</p>}
      {loaded.data && loaded.data.items.length > 0 && (
        <table className="lb-table">
          <caption className="lb-visually-hidden">Active targets, highest priority first</caption>
          <thead>
            <tr>
              <th scope="col">Rank</th>
              <th scope="col">Person</th>
              <th scope="col">Priority</th>
              <th scope="col">Harm</th>
              <th scope="col">Likelihood</th>
              <th scope="col">Confidence</th>
              <th scope="col">Why</th>
              <th scope="col">Review</th>
            </tr>
          </thead>
          <tbody>
            {loaded.data.items.map((target, index) => (
              <tr key={target.id}>
                <td>{firstRank + index}</td>
                <td>
                  <Link to={`/operations/targets/${target.id}`}>{target.personLabel}</Link>
                  {target.victim?.isVictim && (
                    <ul className="lb-flags">
                      <li className="lb-flag">Also a victim</li>
                    </ul>
                  )}
                </td>
                <td>
                  <strong>{target.priority.score}</strong> {bandLabels[target.priority.band]}
                  {target.priority.adjustment !== 0 && (
                    <span className="lb-hint"> (adjusted {signed(target.priority.adjustment)})</span>
                  )}
                </td>
                <td>{target.priority.harm}</td>
                <td>{target.priority.likelihood}</td>
                <td>
                  {target.priority.confidence} {bandLabels[target.priority.confidenceBand]}
                </td>
                <td>
                  <ul className="lb-plain-list">
                    {target.priority.reasons
                      .filter((reason) => reason.startsWith('Harm'))
                      .map((reason) => (
                        <li key={reason}>{reason}</li>
                      ))}
                  </ul>
                </td>
                <td>
                  {target.reviewOn}
                  {target.reviewOverdue && <strong> (overdue)</strong>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(cursors.length > 0 || loaded.data?.next) && (
        <nav className="lb-pagination" aria-label="Pages of targets">
          {cursors.length > 0 && (
            <button
              type="button"
              className="lb-button lb-button--secondary"
              onClick={() => {
                setCursors(cursors.slice(0, -1));
              }}
            >
              Previous {pageSize}
            </button>
          )}{' '}
          {loaded.data?.next && (
            <button
              type="button"
              className="lb-button lb-button--secondary"
              onClick={() => {
                const next = loaded.data?.next;
                if (next) setCursors([...cursors, next]);
              }}
            >
              Next {pageSize}
            </button>
          )}
        </nav>
      )}
    </>
  );
}
