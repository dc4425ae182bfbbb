import { api } from '../../api/client.ts';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { CuckooedEntryForms } from './CuckooedEntryForms.tsx';
import { useCuckooedForm } from './useCuckooedForm.tsx';

// One entry of the cuckooed-address register (GET /api/casework/cuckooed-addresses/{id}): its
// details, the actions taken in date order and, while it is active, the forms that update it
// (CuckooedEntryForms). The page prints cleanly.

/** One entry: its actions in date order, a form to record another, and its review. */
export function CuckooedEntryScene({ id }: { id: string }) {
  const loaded = useLoad(() => api.get('/api/casework/cuckooed-addresses/{id}', { path: { id } }), [id]);
  const item = loaded.data;
  const form = useCuckooedForm(loaded.reload);
  return (
    <>
      <p className="lb-no-print">
        <Link to="/safeguarding/cuckooed">Back to cuckooed addresses</Link>. Use your browser’s print command for a
        copy.
      </p>
      <PageHeading title="Cuckooed address">Cuckooed address: {item?.address ?? ''}</PageHeading>
      {loaded.loading && !item && <p>Loading…</p>}
      {loaded.error && <p role="alert">{loaded.error}</p>}
      {item && (
        <>
          <dl className="lb-summary">
            <dt>Used for</dt>
            <dd>{item.cuckooTypeLabels.join(', ')}</dd>
            <dt>Deal line</dt>
            <dd>{item.dealLineName ?? 'Not known'}</dd>
            <dt>UPRN</dt>
            <dd>{item.uprn ?? 'Not given'}</dd>
            <dt>Status</dt>
            <dd>{item.status === 'active' ? 'Active' : 'Closed'}</dd>
            <dt>Review by</dt>
            <dd>{item.reviewOverdue ? <strong>{item.reviewOn} (overdue)</strong> : item.reviewOn}</dd>
          </dl>
          <h2>Actions taken</h2>
          {item.actions.length === 0 ? (
            <p>None recorded.</p>
          ) : (
            <table className="lb-table">
              <caption className="lb-visually-hidden">Actions taken at the address, oldest first</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Action</th>
                  <th scope="col">Details</th>
                </tr>
              </thead>
              <tbody>
                {item.actions.map((action) => (
                  <tr key={action.id}>
                    <td>{action.takenOn}</td>
                    <td>
                      {action.kindLabel}
                      {action.untilOn && ` (to ${action.untilOn})`}
                    </td>
                    <td>{action.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {item.status === 'active' && <CuckooedEntryForms item={item} form={form} />}
        </>
      )}
    </>
  );
}
