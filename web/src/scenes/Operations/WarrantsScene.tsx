import { api } from '../../api/client.ts';
import type { Me } from '../../api/types.ts';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { hasPermission } from '../Shell/navigation.ts';
import { warrantStatusLabels } from './labels.ts';

/** Every s.23 warrant, newest first, with its expiry clock; expired unexecuted ones are alerts. */
export function WarrantsScene({ me }: { me: Me }) {
  const loaded = useLoad(() => api.get('/api/operations/warrants'));
  const alerts = loaded.data?.items.filter((w) => w.alert !== null) ?? [];
  return (
    <>
      <PageHeading title="Drugs warrants">Drugs warrants</PageHeading>
      <p>Warrants under section 23 of the Misuse of Drugs Act 1971, from the application to its return to the court.</p>
      {hasPermission(me, 'warrant.apply') && (
        <p>
          <Link to="/operations/warrants/new">Start an application</Link>
        </p>
      )}
      {alerts.length > 0 && (
        <div className="lb-urgent" role="region" aria-label="Warrant alerts">
          <h2>Expired without being executed</h2>
          <ul>
            {alerts.map((w) => (
              <li key={w.id}>
                <Link to={`/operations/warrants/${w.id}`}>{w.reference}</Link>, {w.premises}: {w.alert}
              </li>
            ))}
          </ul>
        </div>
      )}
      {loaded.error && <p role="alert">{loaded.error}</p>}
      {loaded.data?.items.length === 0 && <p>No warrants have been applied for.</p>}
      {loaded.data && loaded.data.items.length > 0 && (
        <table className="lb-table">
          <caption className="lb-visually-hidden">Warrants, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Reference</th>
              <th scope="col">Premises</th>
              <th scope="col">Status</th>
              <th scope="col">Planned</th>
              <th scope="col">Expires</th>
            </tr>
          </thead>
          <tbody>
            {loaded.data.items.map((w) => (
              <tr key={w.id}>
                <td>
                  <Link to={`/operations/warrants/${w.id}`}>{w.reference}</Link>
                </td>
                <td>{w.premises}</td>
                <td>{warrantStatusLabels[w.status]}</td>
                <td>{w.plannedExecutionOn}</td>
                <td>
                  {w.expiry ? (
                    <>
                      {w.expiry.expiresAt.slice(0, 10)}
                      {w.status === 'issued' && w.expiry.daysLeft >= 0 && (
                        <span className="lb-hint"> ({w.expiry.daysLeft} days left)</span>
                      )}
                    </>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
