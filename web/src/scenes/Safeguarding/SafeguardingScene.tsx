import { useState } from 'react';
import { api } from '../../api/client.ts';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { CaseList } from './CaseList.tsx';
import { CaseScene } from './CaseScene.tsx';
import { AgreementsScene } from './AgreementsScene.tsx';
import { ContextsScene } from './ContextsScene.tsx';
import { CuckooedEntryScene } from './CuckooedEntryScene.tsx';
import { CuckooedListScene } from './CuckooedListScene.tsx';
import { ReferredTasks } from './PartnerTasksPanel.tsx';
import { NewCaseScene } from './NewCaseScene.tsx';
import { ReferralDetail } from './ReferralDetail.tsx';
import type { ReferralSummary } from './types.ts';

/**
 * The safeguarding team's view of public reports about a child or a vulnerable adult: the same
 * reports intelligence reads, showing only what safeguarding needs (GET /api/safeguarding/…).
 */
export function SafeguardingScene({ path }: { path: string }) {
  if (path === '/safeguarding/cases/new') return <NewCaseScene />;
  if (path === '/safeguarding/cuckooed') return <CuckooedListScene />;
  if (path === '/safeguarding/agreements') return <AgreementsScene />;
  if (path === '/safeguarding/contexts') return <ContextsScene />;
  const entryId = /^\/safeguarding\/cuckooed\/([0-9a-f-]{36})$/i.exec(path)?.[1];
  if (entryId) return <CuckooedEntryScene key={entryId} id={entryId} />;
  const caseId = /^\/safeguarding\/cases\/([0-9a-f-]{36})$/i.exec(path)?.[1];
  if (caseId) return <CaseScene key={caseId} id={caseId} />;
  const id = /^\/safeguarding\/([0-9a-f-]{36})$/i.exec(path)?.[1];
  if (id) return <ReferralDetail id={id} />;
  return <ReferralList />;
}

const referralPageSize = 25;

function ReferralList() {
  const [offset, setOffset] = useState(0);
  const referrals = useLoad(
    () => api.get('/api/safeguarding/referrals', { query: { limit: referralPageSize, offset } }),
    [offset],
  );
  const items = referrals.data?.items;
  const total = referrals.data?.total ?? 0;
  return (
    <>
      <PageHeading title="Safeguarding">Safeguarding</PageHeading>
      <CaseList />
      <p>
        <Link to="/safeguarding/cuckooed">Cuckooed addresses</Link>: the register of addresses taken over by a line.{' '}
        <Link to="/safeguarding/agreements">Information-sharing agreements</Link>: what partners see with a task.{' '}
        <Link to="/safeguarding/contexts">Places and interventions</Link>: contextual safeguarding.
      </p>
      <ReferredTasks />
      <h2>Reports about a child or a vulnerable adult</h2>
      <p>
        Public reports about a child or a vulnerable adult. Intelligence analysts read the same reports; you see who is
        at risk, where, the signs and the reporter’s words, and the reporter’s contact details only if they agreed.
      </p>
      {referrals.loading && <p>Loading…</p>}
      {referrals.error && <p role="alert">{referrals.error}</p>}
      {items?.length === 0 && <p>There are no reports about a child or a vulnerable adult.</p>}
      {items && items.length > 0 && (
        <table className="lb-table">
          <caption className="lb-visually-hidden">
            Reports about a child or a vulnerable adult, most urgent first
          </caption>
          <thead>
            <tr>
              <th scope="col">Received</th>
              <th scope="col">At risk</th>
              <th scope="col">Concern</th>
              <th scope="col">Area</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <td>
                  <Link to={`/safeguarding/${item.id}`}>{item.submittedOn}</Link>
                </td>
                <td>
                  {atRiskWords(item.atRisk)}
                  {item.threatToLife && <strong> (danger to life)</strong>}
                </td>
                <td>{item.concerns.join('; ')}</td>
                <td>{item.postcodeSector ?? '—'}</td>
                <td>{item.status.replace('_', ' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {items && total > referralPageSize && (
        <nav className="lb-pagination" aria-label="Referral pages">
          <p>
            Showing {offset + 1} to {offset + items.length} of {total}
          </p>
          {offset > 0 && (
            <button
              type="button"
              className="lb-button lb-button--secondary"
              onClick={() => {
                setOffset(Math.max(0, offset - referralPageSize));
              }}
            >
              Previous page
            </button>
          )}
          {offset + items.length < total && (
            <button
              type="button"
              className="lb-button lb-button--secondary"
              onClick={() => {
                setOffset(offset + referralPageSize);
              }}
            >
              Next page
            </button>
          )}
        </nav>
      )}
    </>
  );
}

export function atRiskWords(atRisk: ReferralSummary['atRisk']): string {
  const words = [atRisk.child ? 'a child' : null, atRisk.vulnerableAdult ? 'a vulnerable adult' : null]
    .filter((part) => part !== null)
    .join(' and ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
