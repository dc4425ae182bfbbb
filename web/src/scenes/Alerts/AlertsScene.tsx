import { useState, type SubmitEvent } from 'react';
import { api } from '../../api/client.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { formText } from '../../components/forms.ts';
import { alertStatusLabels, dayOf, entityKindLabels, labelFor, priorityLabels } from '../../components/intel-labels.ts';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useLoad } from '../../hooks/useLoad.ts';

const statusFilters = [
  { value: 'open,acknowledged', label: 'Open or acknowledged' },
  { value: 'open', label: 'Open' },
  { value: 'acknowledged', label: 'Acknowledged' },
  { value: 'actioned', label: 'Actioned' },
  { value: 'dismissed', label: 'Dismissed' },
  { value: 'open,acknowledged,actioned,dismissed', label: 'All' },
];

/** Correlation alerts, highest priority first, each with what it is about and its evidence. */
export function AlertsScene() {
  const [status, setStatus] = useState('open,acknowledged');
  const list = useLoad(() => api.get('/api/alerts', { query: { status } }), [status]);
  function handleFilter(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus(formText(new FormData(event.currentTarget), 'alert-status'));
  }
  const items = list.data?.items ?? [];
  return (
    <>
      <PageHeading title="Alerts">Alerts</PageHeading>
      <p>
        Raised as each report arrives, when reports together point to a trap house, a deal line or a person at risk.
      </p>
      <form className="lb-filters" aria-label="Filter alerts" onSubmit={handleFilter}>
        <SelectField id="alert-status" label="Status" defaultValue={status} options={statusFilters} />
        <button type="submit" className="lb-button">
          Apply filter
        </button>
      </form>
      <ErrorSummary message={list.error} />
      <table className="lb-table">
        <caption className="lb-caption">
          {list.loading && !list.data
            ? 'Loading…'
            : `${items.length === 1 ? '1 alert' : `${String(items.length)} alerts`}, highest priority first`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Alert</th>
            <th scope="col">About</th>
            <th scope="col">Priority</th>
            <th scope="col">Evidence</th>
            <th scope="col">Status</th>
            <th scope="col">Last raised</th>
          </tr>
        </thead>
        <tbody>
          {items.map((alert) => (
            <tr key={alert.id} className={alert.priority === 'high' ? 'lb-row--urgent' : undefined}>
              <td>
                <Link to={`/alerts/${alert.id}`}>{alert.title}</Link>
              </td>
              <td>
                {alert.entity ? (
                  <>
                    {labelFor(entityKindLabels, alert.entity.kind)}: {alert.entity.label}
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td>{labelFor(priorityLabels, alert.priority)}</td>
              <td>
                {alert.evidenceCount} {alert.evidenceCount === 1 ? 'report' : 'reports'}
              </td>
              <td>{labelFor(alertStatusLabels, alert.status)}</td>
              <td>{dayOf(alert.lastFiredAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
