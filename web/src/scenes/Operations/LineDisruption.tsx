import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type BodyOf, type FieldError } from '../../api/client.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { formText } from '../../components/forms.ts';
import { useLoad } from '../../hooks/useLoad.ts';

/**
 * On a deal line's page: the measures the National County Lines Coordination Centre counts,
 * computed from operational records, and (for the unit) the move to disrupted or closed with the
 * reason and the records it rests on.
 */
export function LineDisruption({
  lineId,
  canChange,
  onChanged,
}: {
  lineId: string;
  canChange: boolean;
  onChanged: () => void;
}) {
  const loaded = useLoad(
    () => api.get('/api/operations/deal-lines/{id}/disruption', { path: { id: lineId } }),
    [lineId],
  );
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const d = loaded.data;
  if (!d) return null;

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    setFieldErrors([]);
    const form = new FormData(event.currentTarget);
    const evidence = form.getAll('evidence').flatMap((value) => {
      if (typeof value !== 'string') return [];
      const [kind = '', id = ''] = value.split(':');
      return [{ kind, id }];
    });
    api
      .post('/api/operations/deal-lines/{id}/disruption', {
        path: { id: lineId },
        body: {
          status: formText(form, 'disruptionStatus'),
          reason: formText(form, 'disruptionReason'),
          evidence,
          expectedVersion: d?.version,
        } as BodyOf<'/api/operations/deal-lines/{id}/disruption'>,
      })
      .then(() => {
        loaded.reload();
        onChanged();
      })
      .catch((caught: unknown) => {
        setError(caught instanceof ApiError ? caught.message : 'The change could not be saved');
        setFieldErrors(
          caught instanceof ApiError
            ? caught.fieldErrors.map((f) => ({
                ...f,
                field: f.field === 'status' ? 'disruptionStatus' : f.field === 'reason' ? 'disruptionReason' : f.field,
              }))
            : [],
        );
      });
  }

  const live = ['suspected', 'confirmed', 'disrupted'].includes(d.status);
  const choices = [
    ...d.records.arrests.map((a) => ({
      value: `arrest:${a.id}`,
      label: `Arrest on ${a.arrestedAt.slice(0, 16).replace('T', ' ')}`,
    })),
    ...d.records.seizures.map((s) => ({
      value: `seizure:${s.id}`,
      label: `Seizure on ${s.seizedAt.slice(0, 16).replace('T', ' ')} at ${s.place}`,
    })),
  ];
  const evidenceError = fieldErrors.find((f) => f.field === 'evidence');
  return (
    <section aria-labelledby="disruption-heading">
      <h2 id="disruption-heading">Disruption</h2>
      <table className="lb-table lb-table--compact">
        <caption className="lb-visually-hidden">Disruption measures counted by the NCLCC</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">Count</th>
            <th scope="col">What it counts</th>
          </tr>
        </thead>
        <tbody>
          {d.measures.map((m) => (
            <tr key={m.key}>
              <th scope="row">{m.label}</th>
              <td>
                {m.shown ??
                  (m.value === null
                    ? 'Not recorded yet'
                    : m.key === 'cash'
                      ? `£${(m.value / 100).toFixed(2)}`
                      : m.value)}
              </td>
              <td>{m.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {d.history.filter((h) => h.evidence.length > 0).length > 0 && (
        <ul>
          {d.history
            .filter((h) => h.evidence.length > 0)
            .map((h) => (
              <li key={h.at}>
                {h.at.slice(0, 10)}: {h.to}, on {h.evidence.length} record{h.evidence.length === 1 ? '' : 's'}:{' '}
                <span className="lb-report-text">{h.note}</span>
              </li>
            ))}
        </ul>
      )}
      {canChange && live && (
        <form onSubmit={submit} noValidate className="lb-narrow" aria-labelledby="disrupt-heading">
          <h3 id="disrupt-heading">Record the line as disrupted or closed</h3>
          <ErrorSummary message={error} fieldErrors={fieldErrors} />
          <RadioGroup
            name="disruptionStatus"
            legend="New status"
            options={[
              ...(d.status === 'disrupted' ? [] : [{ value: 'disrupted', label: 'Disrupted' }]),
              { value: 'closed', label: 'Closed' },
            ]}
            errors={fieldErrors}
          />
          <TextAreaField id="disruptionReason" label="Reason" rows={3} errors={fieldErrors} />
          <fieldset className={evidenceError ? 'lb-fieldset lb-field--error' : 'lb-fieldset'}>
            <legend>Records it rests on</legend>
            {evidenceError && (
              <p className="lb-field-error" id="evidence-error">
                <span className="lb-visually-hidden">Error: </span>
                {evidenceError.message}
              </p>
            )}
            {choices.length === 0 && <p>No arrests or seizures are linked to this line yet.</p>}
            {choices.map((c, index) => (
              <div className="lb-checkbox" key={c.value}>
                <input
                  type="checkbox"
                  id={index === 0 ? 'evidence' : `evidence-${String(index)}`}
                  name="evidence"
                  value={c.value}
                />
                <label htmlFor={index === 0 ? 'evidence' : `evidence-${String(index)}`}>{c.label}</label>
              </div>
            ))}
          </fieldset>
          <button type="submit" className="lb-button lb-button--warning">
            Record the change
          </button>
        </form>
      )}
    </section>
  );
}
