import { useState, type SubmitEvent } from 'react';
import { api } from '../../api/client.ts';
import type { Me } from '../../api/types.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { formatDateTime } from '../../components/formatting.ts';
import { formText } from '../../components/forms.ts';
import { labelFor, priorityLabels } from '../../components/intel-labels.ts';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { navigate } from '../../hooks/useRoute.ts';
import { hasPermission } from '../Shell/navigation.ts';

const statusOptions = [
  { value: '', label: 'Any status' },
  { value: 'new', label: 'New' },
  { value: 'evaluated', label: 'Evaluated' },
  { value: 'awaiting_review', label: 'Awaiting supervisor review' },
  { value: 'approved', label: 'Approved for dissemination' },
  { value: 'disseminated', label: 'Disseminated' },
  { value: 'archived', label: 'Archived' },
];

export function IntelligenceListScene({ me }: { me: Me }) {
  const [status, setStatus] = useState('');
  const list = useLoad(() => api.get('/api/intelligence', { query: { status } }), [status]);
  function handleFilter(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus(formText(new FormData(event.currentTarget), 'intelligence-status'));
  }
  const items = list.data?.items ?? [];
  return (
    <>
      <PageHeading title="Intelligence">Intelligence</PageHeading>
      {hasPermission(me, 'intelligence.create') && (
        <p>
          <a
            className="lb-button lb-button--secondary"
            href="/app/intelligence/new"
            onClick={(event) => {
              event.preventDefault();
              navigate('/intelligence/new');
            }}
          >
            New intelligence report
          </a>
        </p>
      )}
      <form className="lb-filters" aria-label="Filter intelligence reports" onSubmit={handleFilter}>
        <SelectField id="intelligence-status" label="Status" defaultValue={status} options={statusOptions} />
        <button type="submit" className="lb-button">
          Apply filter
        </button>
      </form>
      <ErrorSummary message={list.error} />
      <table className="lb-table">
        <caption className="lb-caption">
          {list.loading && !list.data ? 'Loading…' : `${String(items.length)} intelligence reports`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Grade</th>
            <th scope="col">Priority</th>
            <th scope="col">Status</th>
            <th scope="col">Last changed</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                <Link to={`/intelligence/${item.id}`}>{item.reference}</Link>
              </td>
              <td>{item.grade?.code ?? 'Not graded'}</td>
              <td>{labelFor(priorityLabels, item.priority)}</td>
              <td>{item.statusLabel}</td>
              <td>{formatDateTime(item.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
