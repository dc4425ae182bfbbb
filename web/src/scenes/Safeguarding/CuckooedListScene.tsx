import { useState } from 'react';
import { api, type Got } from '../../api/client.ts';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { CuckooedAddForm } from './CuckooedAddForm.tsx';
import { useCuckooedForm } from './useCuckooedForm.tsx';

// The cuckooed-address register (GET/POST /api/casework/cuckooed-addresses): a paged list with
// the overdue reviews flagged and a form to add an address (CuckooedAddForm). Each entry's page
// is CuckooedEntryScene. Both pages print cleanly.

type Entry = Got<'/api/casework/cuckooed-addresses'>['items'][number];

const pageSize = 10;

function Closure({ item }: { item: Entry }) {
  if (item.closureOrderOn) {
    return (
      <>
        Order {item.closureOrderOn} to {item.closureOrderUntil ?? ''}
      </>
    );
  }
  if (item.closureNoticeOn) return <>Notice {item.closureNoticeOn}</>;
  return <>None</>;
}

/** The register: a page of entries, overdue reviews first among the active, and the form to add one. */
export function CuckooedListScene() {
  const [offset, setOffset] = useState(0);
  const loaded = useLoad(
    () => api.get('/api/casework/cuckooed-addresses', { query: { limit: pageSize, offset } }),
    [offset],
  );
  const form = useCuckooedForm(loaded.reload);
  const page = loaded.data;
  const overdue = page?.items.filter((i) => i.reviewOverdue).length ?? 0;
  return (
    <>
      <p className="lb-no-print">
        <Link to="/safeguarding">Back to safeguarding</Link>
      </p>
      <PageHeading title="Cuckooed addresses">Cuckooed addresses</PageHeading>
      <p>
        Addresses taken over by a line, what has been done and when each is next reviewed. Use your browser’s print
        command for a copy of this page.
      </p>
      {loaded.loading && !page && <p>Loading…</p>}
      {loaded.error && <p role="alert">{loaded.error}</p>}
      {overdue > 0 && (
        <p className="lb-error-summary" role="note">
          {overdue} review{overdue === 1 ? ' is' : 's are'} overdue on this page.
        </p>
      )}
      {page?.total === 0 && <p>No addresses on the register.</p>}
      {page && page.items.length > 0 && (
        <table className="lb-table">
          <caption className="lb-visually-hidden">Cuckooed addresses, active first, earliest review first</caption>
          <thead>
            <tr>
              <th scope="col">Address</th>
              <th scope="col">Used for</th>
              <th scope="col">Line</th>
              <th scope="col">Last visit</th>
              <th scope="col">Closure</th>
              <th scope="col">Review</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((item) => (
              <tr key={item.id}>
                <td>
                  <Link to={`/safeguarding/cuckooed/${item.id}`}>{item.address}</Link>
                  {item.status === 'closed' && ' (closed)'}
                </td>
                <td>{item.cuckooTypeLabels.join(', ')}</td>
                <td>{item.dealLineName ?? '—'}</td>
                <td>{item.lastVisitOn ?? '—'}</td>
                <td>
                  <Closure item={item} />
                </td>
                <td>{item.reviewOverdue ? <strong>Overdue since {item.reviewOn}</strong> : item.reviewOn}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {page && page.total > pageSize && (
        <nav className="lb-pagination lb-no-print" aria-label="Register pages">
          <p>
            Showing {page.offset + 1} to {page.offset + page.items.length} of {page.total}
          </p>
          {page.offset > 0 && (
            <button
              type="button"
              className="lb-button lb-button--secondary"
              onClick={() => {
                setOffset(Math.max(0, offset - pageSize));
              }}
            >
              Previous page
            </button>
          )}
          {page.offset + page.items.length < page.total && (
            <button
              type="button"
              className="lb-button lb-button--secondary"
              onClick={() => {
                setOffset(offset + pageSize);
              }}
            >
              Next page
            </button>
          )}
        </nav>
      )}
      <CuckooedAddForm
        form={form}
        onAdded={() => {
          setOffset(0);
        }}
      />
    </>
  );
}
