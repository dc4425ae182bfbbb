import { api } from '../../api/client.ts';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { labelFor, offenceLabels } from './labels.ts';

/** Arrests, newest first; a child whose NRM and s.45 consideration is missing is flagged. */
export function ArrestsScene() {
  const loaded = useLoad(() => api.get('/api/operations/arrests'));
  return (
    <>
      <PageHeading title="Arrests">Arrests</PageHeading>
      <p>An arrest is recorded from the person’s page under People and places.</p>
      {loaded.error && <p role="alert">{loaded.error}</p>}
      {loaded.data?.items.length === 0 && <p>No arrests have been recorded.</p>}
      {loaded.data && loaded.data.items.length > 0 && (
        <table className="lb-table">
          <caption className="lb-visually-hidden">Arrests, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">When</th>
              <th scope="col">Where</th>
              <th scope="col">Offence suspected</th>
              <th scope="col">Child</th>
            </tr>
          </thead>
          <tbody>
            {loaded.data.items.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link to={`/operations/arrests/${a.id}`}>{a.personLabel}</Link>
                </td>
                <td>{a.arrestedAt.slice(0, 16).replace('T', ' ')}</td>
                <td>{a.place}</td>
                <td>{labelFor(offenceLabels, a.suspectedOffence)}</td>
                <td>
                  {a.childAtArrest
                    ? a.nrmConsidered
                      ? 'Yes: NRM and s.45 considered'
                      : 'Yes: NRM and s.45 not yet considered'
                    : 'No'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
