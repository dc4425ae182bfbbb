import { api } from '../../api/client.ts';
import type { Me } from '../../api/types.ts';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { hasPermission } from '../Shell/navigation.ts';
import { WarrantActions } from './WarrantActions.tsx';
import { drugLabel, entryMethodLabels, labelFor, sourceTypeLabels, warrantStatusLabels } from './labels.ts';

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** One warrant: the application and its intelligence (grades shown), then each step to its return. */
export function WarrantScene({ me, id }: { me: Me; id: string }) {
  const loaded = useLoad(() => api.get('/api/operations/warrants/{id}', { path: { id } }), [id]);
  if (loaded.error) {
    return (
      <>
        <PageHeading title="Not found">Not found</PageHeading>
        <p>{loaded.error}</p>
      </>
    );
  }
  const w = loaded.data;
  if (!w) return <p>Loading…</p>;
  return (
    <>
      <PageHeading title={`Warrant ${w.reference}`}>
        <span className="lb-caption-above">Drugs warrant (s.23 MDA 1971)</span> {w.reference}
      </PageHeading>
      <p>
        <Link to={`/operations/warrants/${w.id}/print`}>Print view of the application</Link>
      </p>
      {w.alert && (
        <div className="lb-urgent">
          <p>
            <strong>{w.alert}</strong>
          </p>
        </div>
      )}
      {w.warning && (
        <div className="lb-urgent">
          <p>
            <strong>Warning:</strong> {w.warning}
          </p>
          <p>Corroboration: {w.corroborationNote ?? 'none recorded'}</p>
        </div>
      )}
      <dl className="lb-summary">
        <dt>Status</dt>
        <dd>{warrantStatusLabels[w.status]}</dd>
        <dt>Premises</dt>
        <dd>{w.premises}</dd>
        <dt>Persons found may be searched</dt>
        <dd>{yesNo(w.searchPersonsFound)}</dd>
        <dt>Drugs sought</dt>
        <dd>{w.drugsSought.map(drugLabel).join(', ')}</dd>
        <dt>Entries</dt>
        <dd>
          {w.entriesSought}
          {w.multipleEntryGrounds && `: ${w.multipleEntryGrounds}`}
        </dd>
        <dt>Planned execution</dt>
        <dd>{w.plannedExecutionOn}</dd>
        <dt>Grounds</dt>
        <dd className="lb-report-text">{w.grounds}</dd>
        <dt>What undermines it</dt>
        <dd className="lb-report-text">{w.undermining}</dd>
        <dt>Inspector’s authority</dt>
        <dd>
          {w.authorisation ? `${w.authorisation.at?.slice(0, 10) ?? ''}: ${w.authorisation.note ?? ''}` : 'Not yet'}
        </dd>
        {w.declined && (
          <>
            <dt>Declined by the inspector</dt>
            <dd className="lb-report-text">
              {w.declined.at?.slice(0, 10) ?? ''}: {w.declined.reason ?? ''}
            </dd>
          </>
        )}
        <dt>Court</dt>
        <dd>
          {w.court
            ? `${w.court.decision === 'issued' ? 'Issued' : 'Refused'} by ${w.court.court ?? ''} on ${w.court.decidedOn ?? ''}`
            : 'Not yet decided'}
        </dd>
        {w.expiry && (
          <>
            <dt>Valid until</dt>
            <dd>
              {w.expiry.expiresAt.slice(0, 10)} (start of the day)
              {w.status === 'issued' && w.expiry.daysLeft >= 0 && `, ${String(w.expiry.daysLeft)} days left`}
            </dd>
          </>
        )}
        {w.returned && (
          <>
            <dt>Returned</dt>
            <dd>
              {w.returned.on}: {w.returned.endorsement}
            </dd>
          </>
        )}
      </dl>
      <h2>Intelligence cited</h2>
      <table className="lb-table">
        <caption className="lb-visually-hidden">Graded intelligence the application rests on</caption>
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Grade</th>
            <th scope="col">Source</th>
            <th scope="col">Sanitised text</th>
          </tr>
        </thead>
        <tbody>
          {w.intelligence.map((i) => (
            <tr key={i.id}>
              <td>{i.reference}</td>
              <td>{i.grade}</td>
              <td>{sourceTypeLabels[i.sourceType] ?? i.sourceType}</td>
              <td>{i.sanitisedText ?? <span className="lb-hint">Not disseminated to you</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {w.entries.length > 0 && (
        <>
          <h2>Entries</h2>
          {w.entries.map((e) => (
            <section key={e.number} aria-label={`Entry ${String(e.number)}`}>
              <h3>Entry {e.number}</h3>
              {e.safeguardingReferralNeeded && (
                <ul className="lb-flags">
                  <li className="lb-flag">Safeguarding referral needed</li>
                </ul>
              )}
              <dl className="lb-summary">
                <dt>When</dt>
                <dd>{e.executedAt.slice(0, 16).replace('T', ' ')}</dd>
                <dt>Entry</dt>
                <dd>{labelFor(entryMethodLabels, e.entryMethod)}</dd>
                <dt>Officers</dt>
                <dd>{e.officersPresent}</dd>
                <dt>Persons present</dt>
                <dd>
                  {e.personsPresent} (children: {yesNo(e.childrenPresent)}; vulnerable adults:{' '}
                  {yesNo(e.vulnerableAdultsPresent)})
                </dd>
                <dt>Force and damage</dt>
                <dd>{[e.forceUsed, e.damage].filter(Boolean).join('; ') || 'None'}</dd>
                <dt>Articles sought found</dt>
                <dd>{yesNo(e.articlesFound)}</dd>
                <dt>Seized</dt>
                <dd>{e.itemsSeized}</dd>
              </dl>
            </section>
          ))}
        </>
      )}
      {(w.results.arrests.length > 0 || w.results.seizures.length > 0) && (
        <section aria-labelledby="warrant-results-heading">
          <h2 id="warrant-results-heading">Arrests and seizures under this warrant</h2>
          {w.results.arrests.length > 0 && (
            <ul>
              {w.results.arrests.map((a) => (
                <li key={a.id}>
                  <Link to={`/operations/arrests/${a.id}`}>
                    Arrest of {a.personLabel || 'a person in the store'} on{' '}
                    {a.arrestedAt.slice(0, 16).replace('T', ' ')}
                  </Link>
                  : {a.suspectedOffenceLabel}
                </li>
              ))}
            </ul>
          )}
          {w.results.seizures.map((seizure) => (
            <div key={seizure.id}>
              <h3>
                Seizure on {seizure.seizedAt.slice(0, 16).replace('T', ' ')} at {seizure.place}
              </h3>
              <ul>
                {seizure.items.map((item, index) => (
                  <li key={`${seizure.id}:${String(index)}`}>
                    {item.label}
                    {item.dealLineId && (
                      <>
                        {' '}
                        (<Link to={`/networks/lines/${item.dealLineId}`}>its deal line</Link>)
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
      {hasPermission(me, 'operations.read') && <WarrantActions me={me} warrant={w} onChanged={loaded.reload} />}
    </>
  );
}
