import { useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import type { DeskPerson } from '../../api/intel-types.ts';
import type { Me } from '../../api/types.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { shortId } from '../../components/intel-labels.ts';
import { Link } from '../../components/Link.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { hasPermission } from '../Shell/navigation.ts';

/** The page renews its "being looked at" claim this often; the server drops it after 3 minutes. */
const renewEveryMs = 60_000;

/**
 * Who the report is assigned to (with assign to me / unassign), what it duplicates, and who
 * else has it open now: this page claims it while open and lets go when closed.
 */
export function DeskPanel({ me, id }: { me: Me; id: string }) {
  const desk = useLoad(() => api.get('/api/reports/{id}/desk', { path: { id } }), [id]);
  const [viewers, setViewers] = useState<DeskPerson[]>([]);
  const [failed, setFailed] = useState<string>();
  const canTriage = hasPermission(me, 'report.triage');

  useEffect(() => {
    let live = true;
    const claim = () => {
      api
        .post('/api/reports/{id}/viewing', { path: { id } })
        .then((answer) => {
          if (live) setViewers(answer.viewers);
        })
        .catch(() => undefined);
    };
    claim();
    const timer = window.setInterval(claim, renewEveryMs);
    return () => {
      live = false;
      window.clearInterval(timer);
      void api.delete('/api/reports/{id}/viewing', { path: { id } }).catch(() => undefined);
    };
  }, [id]);

  async function act(body: { action: 'assign'; assigneeId: string } | { action: 'unassign' }) {
    try {
      await api.post('/api/inbox/bulk', { body: { ...body, reportIds: [id] } });
      setFailed(undefined);
      desk.reload();
    } catch (caught) {
      setFailed(caught instanceof ApiError ? caught.message : 'The assignment could not be changed');
    }
  }

  const assignee = desk.data?.assignee;
  return (
    <section className="lb-panel" aria-labelledby="desk-heading">
      <h2 id="desk-heading">Who is working on this</h2>
      <ErrorSummary message={failed} />
      {viewers.length > 0 && (
        <p className="lb-viewing" role="status">
          Also looking at this report now: {viewers.map((v) => v.name).join(', ')}
        </p>
      )}
      <p>
        Assigned to:{' '}
        <strong>{assignee ? (assignee.isMe === true ? `${assignee.name} (me)` : assignee.name) : 'no one'}</strong>
      </p>
      {desk.data?.duplicateOf && (
        <p>
          Duplicate of{' '}
          <Link to={`/inbox/reports/${desk.data.duplicateOf}`}>report {shortId(desk.data.duplicateOf)}</Link>
        </p>
      )}
      {canTriage && desk.data && (
        <p className="lb-actions">
          {assignee?.isMe !== true && (
            <button
              type="button"
              className="lb-button"
              onClick={() => void act({ action: 'assign', assigneeId: me.id })}
            >
              Assign to me
            </button>
          )}{' '}
          {assignee && (
            <button
              type="button"
              className="lb-button lb-button--secondary"
              onClick={() => void act({ action: 'unassign' })}
            >
              Unassign
            </button>
          )}
        </p>
      )}
    </section>
  );
}
