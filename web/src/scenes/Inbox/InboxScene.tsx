import { useEffect, useState, type SubmitEvent } from 'react';
import { api, type FieldError } from '../../api/client.ts';
import type { InboxItem } from '../../api/intel-types.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { formText } from '../../components/forms.ts';
import {
  categoryLabels,
  channelLabels,
  labelFor,
  reportStatusLabels,
  shortId,
  waitingFor,
} from '../../components/intel-labels.ts';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { PriorityFlags } from '../../components/PriorityFlags.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useLoad } from '../../hooks/useLoad.ts';

/** How often the inbox asks for new arrivals. */
const refreshEveryMs = 30_000;

type Filter = { status: string; category: string; sector: string; minDaysWaiting: string };
const openReports: Filter = { status: '', category: '', sector: '', minDaysWaiting: '' };

function queryOf(filter: Filter): string {
  const params = new URLSearchParams();
  if (filter.status) params.set('status', filter.status);
  if (filter.category) params.set('category', filter.category);
  if (filter.sector) params.set('sector', filter.sector.toUpperCase());
  if (filter.minDaysWaiting) params.set('minDaysWaiting', filter.minDaysWaiting);
  const query = params.toString();
  return query ? `?${query}` : '';
}

// The intelligence unit's queue: people at risk first (flagged in words), then the longest waiting.
export function InboxScene() {
  const [filter, setFilter] = useState<Filter>(openReports);
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const inbox = useLoad(() => api.get<{ items: InboxItem[] }>(`/api/inbox${queryOf(filter)}`), [filter]);
  const { reload } = inbox;

  useEffect(() => {
    const timer = window.setInterval(reload, refreshEveryMs);
    return () => {
      window.clearInterval(timer);
    };
  }, [reload]);

  function handleFilter(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const sector = formText(form, 'sector').trim().toUpperCase().replace(/\s+/g, ' ');
    if (sector !== '' && !/^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9]$/.test(sector)) {
      setFieldErrors([{ field: 'sector', message: 'Enter a postcode sector, like AL1 3' }]);
      return;
    }
    setFieldErrors([]);
    setFilter({
      status: formText(form, 'status'),
      category: formText(form, 'category'),
      sector,
      minDaysWaiting: formText(form, 'minDaysWaiting'),
    });
  }

  const items = inbox.data?.items ?? [];
  return (
    <>
      <PageHeading title="Inbox">Inbox</PageHeading>
      <p>
        Reports from the public site, the phone line and partner agencies. A threat to life, a child or a vulnerable
        adult at risk comes first; then the longest waiting. The list refreshes every 30 seconds.
      </p>
      <ErrorSummary fieldErrors={fieldErrors} />
      <form className="lb-filters" aria-label="Filter the inbox" noValidate onSubmit={handleFilter}>
        <SelectField
          id="status"
          label="Status"
          defaultValue={filter.status}
          options={[
            { value: '', label: 'Waiting (received or under review)' },
            ...Object.entries(reportStatusLabels).map(([value, label]) => ({ value, label })),
          ]}
        />
        <SelectField
          id="category"
          label="Type"
          defaultValue={filter.category}
          options={[
            { value: '', label: 'Any type' },
            ...Object.entries(categoryLabels).map(([value, label]) => ({ value, label })),
          ]}
        />
        <Field
          id="sector"
          label="Area (postcode sector)"
          hint="For example, AL1 3"
          defaultValue={filter.sector}
          errors={fieldErrors}
        />
        <SelectField
          id="minDaysWaiting"
          label="Waiting at least"
          defaultValue={filter.minDaysWaiting}
          options={[
            { value: '', label: 'Any time' },
            { value: '1', label: '1 day' },
            { value: '3', label: '3 days' },
            { value: '7', label: '7 days' },
            { value: '28', label: '28 days' },
          ]}
        />
        <button type="submit" className="lb-button">
          Apply filters
        </button>
      </form>
      <ErrorSummary message={inbox.error} />
      <table className="lb-table">
        <caption className="lb-caption">
          {inbox.loading && !inbox.data
            ? 'Loading reports…'
            : `${String(items.length)} reports, highest priority first`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Report</th>
            <th scope="col">Priority</th>
            <th scope="col">Type</th>
            <th scope="col">Area</th>
            <th scope="col">Channel</th>
            <th scope="col">Status</th>
            <th scope="col">Waiting for</th>
            <th scope="col">Alerts</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className={item.priority === 'high' ? 'lb-row--urgent' : undefined}>
              <td>
                <Link to={`/inbox/reports/${item.id}`}>Report {shortId(item.id)}</Link>
                <br />
                <span className="lb-hint">received {item.submittedOn}</span>
                {item.reporterReplied && (
                  <>
                    <br />
                    <strong className="lb-tag-replied">Reporter replied</strong>
                  </>
                )}
              </td>
              <td>
                {item.priority === 'high' ? (
                  <>
                    <strong>Urgent</strong>
                    <PriorityFlags flags={item.flags} />
                  </>
                ) : (
                  'Normal'
                )}
              </td>
              <td>{item.categories.map((c) => labelFor(categoryLabels, c)).join(', ')}</td>
              <td>{item.postcodeSector ?? 'Not given'}</td>
              <td>{labelFor(channelLabels, item.channel)}</td>
              <td>
                {labelFor(reportStatusLabels, item.status)}
                {item.processing !== 'done' && <span className="lb-hint"> (entities: {item.processing})</span>}
              </td>
              <td>{waitingFor(item.daysWaiting)}</td>
              <td>{item.alertCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!inbox.loading && items.length === 0 && <p>No reports match these filters.</p>}
    </>
  );
}
