import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type FieldError } from '../../../api/client.ts';
import type { DealLineProfile, DealLineStatus } from '../../../api/network-types.ts';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { formText } from '../../../components/forms.ts';
import { formatDateTime } from '../../../components/formatting.ts';
import { useLoad } from '../../../hooks/useLoad.ts';
import { nextStatuses, statusLabels } from '../format.ts';

/** The line's status history and, for the intelligence unit, the form that changes it. */
export function LineStatus({
  line,
  canChange,
  onChanged,
}: {
  line: DealLineProfile;
  canChange: boolean;
  onChanged: () => void;
}) {
  const options = nextStatuses[line.status];
  return (
    <section aria-labelledby="status-heading">
      <h2 id="status-heading">Status history</h2>
      <table className="lb-table lb-table--compact">
        <caption className="lb-visually-hidden">Status changes, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Change</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {line.statusHistory.map((change) => (
            <tr key={`${change.changedAt}:${change.to}`}>
              <td>{formatDateTime(change.changedAt)}</td>
              <td>
                {change.from === null ? 'Recorded as ' : `${statusLabels[change.from]} to `}
                {statusLabels[change.to].toLowerCase()}
              </td>
              <td>{change.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {canChange && options.length > 0 && <StatusForm line={line} options={options} onChanged={onChanged} />}
    </section>
  );
}

function StatusForm({
  line,
  options,
  onChanged,
}: {
  line: DealLineProfile;
  options: readonly DealLineStatus[];
  onChanged: () => void;
}) {
  const [status, setStatus] = useState<DealLineStatus>(options[0] ?? 'confirmed');
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const others = useLoad(() => api.get('/api/deal-lines', { query: { limit: 500 } }));
  const successors = (others.data?.items ?? []).filter((l) => l.id !== line.id);

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const successorLineId = formText(form, 'successorLineId');
    setError(undefined);
    setFieldErrors([]);
    api
      .post('/api/deal-lines/{id}/status', {
        path: { id: line.id },
        body: {
          status,
          note: formText(form, 'note'),
          ...(status === 'rebranded' && successorLineId !== '' ? { successorLineId } : {}),
        },
      })
      .then(onChanged)
      .catch((caught: unknown) => {
        setError(caught instanceof ApiError ? caught.message : 'The status could not be changed');
        setFieldErrors(caught instanceof ApiError ? caught.fieldErrors : []);
      });
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-labelledby="status-form-heading">
      <h3 id="status-form-heading">Change the status</h3>
      <ErrorSummary message={error} fieldErrors={fieldErrors} />
      <p className="lb-hint">
        To record the line as disrupted or closed, use <a href="#disruption-heading">Disruption</a>: it needs the
        arrests or seizures it rests on.
      </p>
      <div className="lb-field">
        <label htmlFor="status">New status</label>
        <select
          id="status"
          name="status"
          value={status}
          onChange={(event) => {
            setStatus(event.target.value as DealLineStatus);
          }}
        >
          {options.map((option) => (
            <option key={option} value={option}>
              {statusLabels[option]}
            </option>
          ))}
        </select>
      </div>
      {status === 'rebranded' && (
        <div className="lb-field">
          <label htmlFor="successorLineId">The line it became</label>
          <select id="successorLineId" name="successorLineId" defaultValue="">
            <option value="">Choose a line</option>
            {successors.map((l) => (
              <option key={l.id} value={l.id}>
                {l.brandName}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="lb-field">
        <label htmlFor="note">Why the status changed</label>
        <p className="lb-hint" id="note-hint">
          For example a test purchase, a DDTRO granted or arrests made, with its reference.
        </p>
        <textarea id="note" name="note" rows={2} aria-describedby="note-hint" />
      </div>
      <button type="submit" className="lb-button">
        Change the status
      </button>
    </form>
  );
}
