import { api } from '../../api/client.ts';
import type { Me } from '../../api/types.ts';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { hasPermission } from '../Shell/navigation.ts';
import { RecordLineForm } from './components/RecordLineForm.tsx';
import { formatDay, statusLabels } from './format.ts';

/** Every deal line the unit has recorded, most recently seen first. */
export function DealLinesScene({ me }: { me: Me }) {
  const lines = useLoad(() => api.get('/api/deal-lines', { query: { limit: 500 } }));
  return (
    <>
      <PageHeading title="Deal lines">Deal lines</PageHeading>
      <p>
        County Lines deal-line numbers recorded by the intelligence unit, with their brand, status and the people who
        run them. A line is recorded from a phone entity, for example from a possible deal-line alert.
      </p>
      {lines.error && <p role="alert">{lines.error}</p>}
      {lines.loading && !lines.data && <p className="lb-hint">Loading…</p>}
      {lines.data?.items.length === 0 && <p>No deal lines have been recorded yet.</p>}
      {lines.data && lines.data.items.length > 0 && (
        <table className="lb-table">
          <caption className="lb-visually-hidden">Deal lines</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Status</th>
              <th scope="col">Urban hub</th>
              <th scope="col">Current numbers</th>
              <th scope="col">People</th>
              <th scope="col">First seen</th>
              <th scope="col">Last seen</th>
            </tr>
          </thead>
          <tbody>
            {lines.data.items.map((line) => (
              <tr key={line.id}>
                <td>
                  <Link to={`/networks/lines/${line.id}`}>{line.brandName}</Link>
                </td>
                <td>{statusLabels[line.status]}</td>
                <td>{line.urbanHub ?? '—'}</td>
                <td>{line.currentNumbers}</td>
                <td>{line.people}</td>
                <td>{formatDay(line.firstSeen)}</td>
                <td>{formatDay(line.lastSeen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {hasPermission(me, 'intelligence.create') && <RecordLineForm />}
    </>
  );
}
