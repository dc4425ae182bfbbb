import { api } from '../../api/client.ts';
import type { Me } from '../../api/types.ts';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { hasPermission } from '../Shell/navigation.ts';
import { TargetActions } from './TargetActions.tsx';
import { bandLabels, historyLabels, labelFor, signed } from './labels.ts';

/** One target: the priority with every reason, the victim status, changes and their history. */
export function TargetScene({ me, id }: { me: Me; id: string }) {
  const loaded = useLoad(() => api.get('/api/operations/targets/{id}', { path: { id } }), [id]);
  if (loaded.error) {
    return (
      <>
        <PageHeading title="Not found">Not found</PageHeading>
        <p>{loaded.error}</p>
        <Link to="/operations">Back to operations</Link>
      </>
    );
  }
  const target = loaded.data;
  if (!target) return <p>Loading…</p>;
  const { priority } = target;
  return (
    <>
      <p>
        <Link to="/operations">Back to operations</Link>
      </p>
      <PageHeading title={`Target ${target.personLabel}`}>
        <span className="lb-caption-above">Target</span> {target.personLabel}
      </PageHeading>
      {target.victim?.isVictim && (
        <div className="lb-urgent">
          <p>
            <strong>This person is also a victim.</strong> {target.victim.reasons.join('; ')}. Consider safeguarding and
            the NRM alongside any enforcement.
          </p>
        </div>
      )}
      <dl className="lb-summary">
        <dt>Person</dt>
        <dd>
          <Link to={`/entities/${target.personId}`}>{target.personLabel}</Link>
        </dd>
        <dt>Status</dt>
        <dd>{target.status === 'active' ? 'Active' : 'Closed'}</dd>
        <dt>Priority</dt>
        <dd>
          <strong>{priority.score}</strong> ({bandLabels[priority.band]}): harm {priority.harm} × likelihood{' '}
          {priority.likelihood} = {priority.computed}
          {priority.adjustment !== 0 && `, adjusted ${signed(priority.adjustment)}`}
        </dd>
        {target.adjustmentReason && (
          <>
            <dt>Reason for the adjustment</dt>
            <dd>{target.adjustmentReason}</dd>
          </>
        )}
        <dt>Confidence</dt>
        <dd>
          {priority.confidence} ({bandLabels[priority.confidenceBand]})
        </dd>
        <dt>Why a target</dt>
        <dd>{target.rationale}</dd>
        <dt>Review</dt>
        <dd>
          {target.reviewOn}
          {target.reviewOverdue && <strong> (overdue)</strong>}
        </dd>
      </dl>
      <h2>How the priority was computed</h2>
      <ul>
        {priority.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <p className="lb-hint">Model {priority.modelVersion}. Each change keeps the inputs it was computed from.</p>
      {target.status === 'active' && hasPermission(me, 'operations.target') && (
        <TargetActions target={target} onChanged={loaded.reload} />
      )}
      <h2>History</h2>
      <table className="lb-table lb-table--compact">
        <caption className="lb-visually-hidden">Changes to this target, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">What</th>
            <th scope="col">Computed score</th>
            <th scope="col">Adjustment</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {target.history.map((h) => (
            <tr key={`${h.at}:${h.action}:${String(h.adjustment)}`}>
              <td>{h.at.slice(0, 16).replace('T', ' ')}</td>
              <td>{labelFor(historyLabels, h.action)}</td>
              <td>{h.computedScore}</td>
              <td>{signed(h.adjustment)}</td>
              <td>{h.note ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
