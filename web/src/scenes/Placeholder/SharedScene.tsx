import { api } from '../../api/client.ts';
import { formatDateTime } from '../../components/formatting.ts';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useLoad } from '../../hooks/useLoad.ts';

/** Records disseminated to the reader's team or partner organisation, with their handling conditions. */
export function SharedScene() {
  const shared = useLoad(() => api.get('/api/disseminations/shared-with-me'));
  return (
    <>
      <PageHeading title="Shared with us">Shared with us</PageHeading>
      {shared.error && <p role="alert">{shared.error}</p>}
      {shared.data?.length === 0 && <p>Nothing has been shared with you yet.</p>}
      {shared.data && shared.data.length > 0 && (
        <table className="lb-table">
          <caption className="lb-visually-hidden">Records shared with you</caption>
          <thead>
            <tr>
              <th scope="col">Record</th>
              <th scope="col">Handling</th>
              <th scope="col">Conditions</th>
              <th scope="col">Shared</th>
            </tr>
          </thead>
          <tbody>
            {shared.data.map((item) => (
              <tr key={item.id}>
                <td>
                  {item.subject.href ? <Link to={item.subject.href}>{item.subject.label}</Link> : item.subject.label}
                </td>
                <td>{item.handlingCode === 'C' ? 'C: shared with conditions' : 'P: lawful sharing permitted'}</td>
                <td>{item.conditions ?? '—'}</td>
                <td>{formatDateTime(item.disseminatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
