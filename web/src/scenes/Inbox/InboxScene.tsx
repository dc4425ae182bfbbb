import { useEffect, useState, type SubmitEvent } from 'react';
import { api, type RequestOf, type FieldError } from '../../api/client.ts';
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
import { navigate, useSearch } from '../../hooks/useRoute.ts';

/** How often the inbox asks for new arrivals. */
const refreshEveryMs = 30_000;

type Filter = {
  status: string;
  category: string;
  sector: string;
  street: string;
  minDaysWaiting: string;
  sort: string;
  page: number;
};

const pageSize = 50;
const filterNames = ['status', 'category', 'sector', 'street', 'minDaysWaiting', 'sort'] as const;

/** The filter, sort and page live in the address, so a refresh or Back returns to the same place. */
function filterFrom(search: string): Filter {
  const params = new URLSearchParams(search);
  const page = Number(params.get('page') ?? '1');
  return {
    status: params.get('status') ?? '',
    category: params.get('category') ?? '',
    sector: params.get('sector') ?? '',
    street: params.get('street') ?? '',
    minDaysWaiting: params.get('minDaysWaiting') ?? '',
    sort: params.get('sort') ?? '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

function addressOf(filter: Filter): string {
  const params = new URLSearchParams();
  for (const name of filterNames) if (filter[name]) params.set(name, filter[name]);
  if (filter.page > 1) params.set('page', String(filter.page));
  const query = params.toString();
  return query ? `?${query}` : '';
}

type InboxQuery = NonNullable<RequestOf<'/api/inbox', 'get'>['query']>;

function queryOf(filter: Filter): InboxQuery {
  return {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.category ? { category: filter.category } : {}),
    ...(filter.sector ? { sector: filter.sector.toUpperCase() } : {}),
    ...(filter.street ? { street: filter.street } : {}),
    ...(filter.minDaysWaiting ? { minDaysWaiting: Number(filter.minDaysWaiting) } : {}),
    // The address may hold any text: the server answers a sort it does not know with a field error.
    ...(filter.sort ? { sort: filter.sort as InboxQuery['sort'] } : {}),
    limit: pageSize,
    offset: (filter.page - 1) * pageSize,
  };
}

const sortWords: Readonly<Record<string, string>> = {
  '': 'highest priority first',
  newest: 'newest first',
  oldest: 'oldest first',
};

// The intelligence unit's queue: people at risk first (flagged in words), then the longest waiting.
export function InboxScene() {
  const search = useSearch();
  const filter = filterFrom(search);
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const inbox = useLoad(() => api.get('/api/inbox', { query: queryOf(filter) }), [search]);
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
    const street = formText(form, 'street').trim();
    const problems: FieldError[] = [];
    if (sector !== '' && !/^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9]$/.test(sector)) {
      problems.push({ field: 'sector', message: 'Enter a postcode sector, like AL1 3' });
    }
    if (street.length === 1) {
      problems.push({ field: 'street', message: 'Enter at least 2 letters of a street or place' });
    }
    setFieldErrors(problems);
    if (problems.length > 0) return;
    navigate(
      `/inbox${addressOf({
        status: formText(form, 'status'),
        category: formText(form, 'category'),
        sector,
        street,
        minDaysWaiting: formText(form, 'minDaysWaiting'),
        sort: formText(form, 'sort'),
        page: 1,
      })}`,
    );
  }

  const items = inbox.data?.items ?? [];
  const total = inbox.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const toPage = (page: number) => `/inbox${addressOf({ ...filter, page })}`;
  return (
    <>
      <PageHeading title="Inbox">Inbox</PageHeading>
      <p>
        Reports from the public site, the phone line and partner agencies. A threat to life, a child or a vulnerable
        adult at risk comes first; then the longest waiting. The list refreshes every 30 seconds.
      </p>
      <ErrorSummary fieldErrors={fieldErrors} />
      <form key={search} className="lb-filters" aria-label="Filter the inbox" noValidate onSubmit={handleFilter}>
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
        <Field
          id="street"
          label="Street or place named"
          hint="For example, Hatfield Road"
          defaultValue={filter.street}
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
        <SelectField
          id="sort"
          label="Order"
          defaultValue={filter.sort}
          options={[
            { value: '', label: 'Priority, then longest waiting' },
            { value: 'newest', label: 'Newest first' },
            { value: 'oldest', label: 'Oldest first' },
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
            : `${total.toLocaleString('en-GB')} ${total === 1 ? 'report' : 'reports'}${
                pages > 1 ? `, page ${String(filter.page)} of ${String(pages)}` : ''
              }, ${sortWords[filter.sort] ?? sortWords['']}`}
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
                {item.gist && (
                  <>
                    <br />
                    <span className="lb-gist">{item.gist}</span>
                  </>
                )}
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
      {pages > 1 && (
        <nav className="lb-pagination" aria-label="Inbox pages">
          {filter.page > 1 && <Link to={toPage(filter.page - 1)}>Previous page</Link>}
          <span>
            Page {filter.page} of {pages}
          </span>
          {filter.page < pages && <Link to={toPage(filter.page + 1)}>Next page</Link>}
        </nav>
      )}
    </>
  );
}
