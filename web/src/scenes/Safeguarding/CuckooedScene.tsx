import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type BodyOf, type FieldError, type Got } from '../../api/client.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { formText } from '../../components/forms.ts';
import { useLoad } from '../../hooks/useLoad.ts';

// The cuckooed-address register (GET/POST /api/casework/cuckooed-addresses): a paged list with
// the overdue reviews flagged, a form to add an address, and each entry's page with its actions
// (visits, support, closure notice and order) and its review. Both pages print cleanly.

type Entry = Got<'/api/casework/cuckooed-addresses/{id}'>;

const pageSize = 10;
const cuckooTypeOptions = [
  { value: 'drug_dealing', label: 'Drug dealing or storage' },
  { value: 'sex_work', label: 'Sex work' },
  { value: 'weapons_storage', label: 'Weapons storage' },
  { value: 'living_there', label: 'Living there' },
  { value: 'financial_abuse', label: 'Financial abuse' },
] as const;
const actionOptions = [
  { value: 'visit', label: 'Visit' },
  { value: 'support_offered', label: 'Support offered' },
  { value: 'closure_notice', label: 'Closure notice served' },
  { value: 'closure_order', label: 'Closure order made' },
] as const;

function useForm(onDone: () => void) {
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const [done, setDone] = useState<string>();
  const submit = (send: (data: FormData) => Promise<string>) => (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    setFieldErrors([]);
    setDone(undefined);
    const element = event.currentTarget;
    send(new FormData(element))
      .then((message) => {
        setDone(message);
        element.reset();
        onDone();
      })
      .catch((caught: unknown) => {
        setError(caught instanceof ApiError ? caught.message : 'The change could not be saved');
        setFieldErrors(caught instanceof ApiError ? caught.fieldErrors : []);
      });
  };
  const messages = (
    <>
      {done && (
        <p className="lb-success" role="status">
          {done}
        </p>
      )}
      <ErrorSummary message={error} fieldErrors={fieldErrors} />
    </>
  );
  return { submit, fieldErrors, messages };
}

function LineSelect({ errors }: { errors: readonly FieldError[] }) {
  const lines = useLoad(() => api.get('/api/casework/deal-line-choices'));
  return (
    <SelectField
      id="dealLineId"
      label="Deal line (optional)"
      hint="The line using the address, if known"
      options={[
        { value: '', label: 'Not known' },
        ...(lines.data?.items ?? []).map((l) => ({ value: l.id, label: `${l.name} (${l.status})` })),
      ]}
      errors={errors}
    />
  );
}

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
  const form = useForm(loaded.reload);
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
      <section aria-labelledby="add-heading" className="lb-no-print">
        <h2 id="add-heading">Add an address</h2>
        {form.messages}
        <form
          noValidate
          className="lb-narrow"
          aria-labelledby="add-heading"
          onSubmit={form.submit(async (data) => {
            await api.post('/api/casework/cuckooed-addresses', {
              body: {
                address: formText(data, 'address'),
                dealLineId: formText(data, 'dealLineId'),
                uprn: formText(data, 'uprn'),
                cuckooTypes: data.getAll('cuckooTypes').map(String),
                reviewOn: formText(data, 'reviewOn'),
              } as BodyOf<'/api/casework/cuckooed-addresses'>,
            });
            setOffset(0);
            return 'Address added to the register';
          })}
        >
          <Field id="address" label="Address" errors={form.fieldErrors} />
          <Field
            id="uprn"
            label="UPRN (optional)"
            hint="The gazetteer’s unique property reference number"
            inputMode="numeric"
            errors={form.fieldErrors}
          />
          <LineSelect errors={form.fieldErrors} />
          <fieldset className="lb-fieldset">
            <legend>How the address is used</legend>
            {form.fieldErrors
              .filter((f) => f.field.startsWith('cuckooTypes'))
              .slice(0, 1)
              .map((f) => (
                <p className="lb-field-error" key={f.field}>
                  <span className="lb-visually-hidden">Error: </span>
                  {f.message}
                </p>
              ))}
            {cuckooTypeOptions.map((option, index) => (
              <div className="lb-checkbox" key={option.value}>
                <input
                  type="checkbox"
                  id={index === 0 ? 'cuckooTypes' : `cuckooTypes-${option.value}`}
                  name="cuckooTypes"
                  value={option.value}
                />
                <label htmlFor={index === 0 ? 'cuckooTypes' : `cuckooTypes-${option.value}`}>{option.label}</label>
              </div>
            ))}
          </fieldset>
          <Field id="reviewOn" label="Review by" type="date" errors={form.fieldErrors} />
          <button type="submit" className="lb-button">
            Add the address
          </button>
        </form>
      </section>
    </>
  );
}

/** One entry: its actions in date order, a form to record another, and its review. */
export function CuckooedEntryScene({ id }: { id: string }) {
  const loaded = useLoad(() => api.get('/api/casework/cuckooed-addresses/{id}', { path: { id } }), [id]);
  const item = loaded.data;
  const form = useForm(loaded.reload);
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
          {item.status === 'active' && (
            <section aria-labelledby="entry-forms" className="lb-no-print">
              <h2 id="entry-forms">Update this entry</h2>
              {form.messages}
              <form
                noValidate
                className="lb-narrow"
                aria-labelledby="action-heading"
                onSubmit={form.submit(async (data) => {
                  await api.post('/api/casework/cuckooed-addresses/{id}/actions', {
                    path: { id: item.id },
                    body: {
                      kind: formText(data, 'kind'),
                      takenOn: formText(data, 'takenOn'),
                      // The end date belongs to a closure order only; left over from another kind, it is dropped.
                      untilOn: formText(data, 'kind') === 'closure_order' ? formText(data, 'untilOn') : '',
                      note: formText(data, 'note'),
                      expectedVersion: item.version,
                    } as BodyOf<'/api/casework/cuckooed-addresses/{id}/actions'>,
                  });
                  return 'Action recorded';
                })}
              >
                <h3 id="action-heading">Record an action</h3>
                <SelectField id="kind" label="What was done" options={actionOptions} errors={form.fieldErrors} />
                <Field id="takenOn" label="On" type="date" errors={form.fieldErrors} />
                <Field
                  id="untilOn"
                  label="Closure order ends (for a closure order only)"
                  type="date"
                  errors={form.fieldErrors}
                />
                <TextAreaField id="note" label="Details" rows={2} errors={form.fieldErrors} />
                <button type="submit" className="lb-button">
                  Record the action
                </button>
              </form>
              <form
                noValidate
                className="lb-narrow"
                aria-labelledby="review-heading"
                onSubmit={form.submit(async (data) => {
                  const close = formText(data, 'close') === 'yes';
                  await api.post('/api/casework/cuckooed-addresses/{id}/review', {
                    path: { id: item.id },
                    body: {
                      reviewOn: formText(data, 'reviewOn'),
                      close,
                      expectedVersion: item.version,
                    },
                  });
                  return close ? 'Entry closed' : 'Review recorded';
                })}
              >
                <h3 id="review-heading">Review</h3>
                <Field id="reviewOn" label="Next review by" type="date" errors={form.fieldErrors} />
                <RadioGroup
                  name="close"
                  legend="Close the entry?"
                  options={[
                    { value: 'no', label: 'No, keep it on the register' },
                    { value: 'yes', label: 'Yes, the address is safe' },
                  ]}
                  defaultValue="no"
                  errors={form.fieldErrors}
                />
                <button type="submit" className="lb-button lb-button--secondary">
                  Record the review
                </button>
              </form>
            </section>
          )}
        </>
      )}
    </>
  );
}
