import { useState } from 'react';
import { measureLabels, measures, releaseStatusLabels } from '../../../../src/labels/index.ts';
import { api, ApiError } from '../../api/client.ts';
import type { Me } from '../../api/types.ts';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ReasonPrompt } from '../../components/ReasonPrompt.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { hasPermission } from '../Shell/navigation.ts';

/**
 * One release for review: every ward's figure for every measure, suppressed ones marked, and the
 * four-eyes steps (approve, then publish; withdraw) for a supervisor who did not prepare it.
 */
export function ReleaseScene({ me, id }: { me: Me; id: string }) {
  const loaded = useLoad(() => api.get('/api/disclosure/releases/{id}', { path: { id } }), [id]);
  const [notice, setNotice] = useState<string>();
  const [problem, setProblem] = useState<string>();
  if (loaded.error) return <p>{loaded.error}</p>;
  const release = loaded.data;
  if (!release) return <p>Loading…</p>;
  const wards = [...new Map(release.figures.map((f) => [f.wardCode, f.wardName])).entries()];
  const cell = (ward: string, measure: string) =>
    release.figures.find((f) => f.wardCode === ward && f.measure === measure);
  const suppressedCount = release.figures.filter((f) => f.suppressed).length;
  const approver = hasPermission(me, 'disclosure.approve');

  async function act(action: 'approve' | 'publish', done: string) {
    setProblem(undefined);
    try {
      await api.post(`/api/disclosure/releases/{id}/${action}`, { path: { id } });
      setNotice(done);
      loaded.reload();
    } catch (caught) {
      setProblem(caught instanceof ApiError ? caught.message : 'Something went wrong');
    }
  }

  return (
    <>
      <PageHeading title={`Release for ${release.monthName}`}>Release for {release.monthName}</PageHeading>
      <p>
        <Link to="/disclosure">All releases</Link>
      </p>
      <dl className="lb-summary">
        <dt>Status</dt>
        <dd>{releaseStatusLabels[release.status]}</dd>
        <dt>Prepared by</dt>
        <dd>
          {release.preparedBy === me.id ? 'You' : release.preparedByName} on {release.preparedAt.slice(0, 10)}
        </dd>
        {release.approvedBy !== null && (
          <>
            <dt>Approved by</dt>
            <dd>{release.approvedBy === me.id ? 'You' : release.approvedByName}</dd>
          </>
        )}
        {release.withdrawalReason !== null && (
          <>
            <dt>Withdrawn because</dt>
            <dd>{release.withdrawalReason}</dd>
          </>
        )}
      </dl>
      {notice && (
        <p className="lb-panel" role="status">
          {notice}
        </p>
      )}
      {problem && (
        <div className="lb-error-summary" role="alert">
          <h2>There is a problem</h2>
          <p>{problem}</p>
        </div>
      )}
      {approver && !release.mayApprove && release.status === 'draft' && (
        <p className="lb-panel">You prepared this release, so someone else must approve and publish it.</p>
      )}
      {approver && release.mayApprove && (
        <div className="lb-actions">
          {release.status === 'draft' && (
            <button type="button" className="lb-button" onClick={() => void act('approve', 'The release is approved.')}>
              Approve the release
            </button>
          )}
          {release.status === 'approved' && (
            <button
              type="button"
              className="lb-button"
              onClick={() => void act('publish', 'The release is published on the public site.')}
            >
              Publish on the public site
            </button>
          )}
        </div>
      )}
      {approver && release.status !== 'withdrawn' && (
        <ReasonPrompt
          id="withdraw-reason"
          openLabel="Withdraw the release"
          submitLabel="Withdraw it now"
          label="Why is the release withdrawn?"
          emptyMessage="Enter why the release is withdrawn"
          onReason={async (reason) => {
            await api.post('/api/disclosure/releases/{id}/withdraw', { path: { id }, body: { reason } });
            setNotice('The release is withdrawn and no longer on the public site.');
            loaded.reload();
          }}
        />
      )}
      <h2>Figures by ward</h2>
      <p>
        {suppressedCount === 1 ? '1 figure is' : `${String(suppressedCount)} figures are`} from 1 to{' '}
        {release.threshold - 1} and are shown to the public as &ldquo;fewer than {release.threshold}&rdquo;.
      </p>
      <table className="lb-table lb-table--compact">
        <thead>
          <tr>
            <th scope="col">Ward</th>
            {measures.map((m) => (
              <th scope="col" key={m}>
                {measureLabels[m]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {wards.map(([code, name]) => (
            <tr key={code}>
              <th scope="row">{name}</th>
              {measures.map((m) => {
                const figure = cell(code, m);
                return (
                  <td key={m}>
                    {figure?.suppressed ? <em>fewer than {release.threshold} (suppressed)</em> : (figure?.value ?? '—')}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
