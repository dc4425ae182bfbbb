import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type BodyOf, type FieldError } from '../../api/client.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Link } from '../../components/Link.tsx';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { formText } from '../../components/forms.ts';
import { useLoad } from '../../hooks/useLoad.ts';
import { intelligenceResultLabels, labelFor, warrantStatusLabels } from './labels.ts';

/** On an intelligence report: the warrants citing it, the arrests and seizures under them, and its closure. */
export function IntelligenceLedTo({
  id,
  canClose,
  onClosed,
}: {
  id: string;
  canClose: boolean;
  onClosed?: () => void;
}) {
  const loaded = useLoad(() => api.get('/api/operations/intelligence/{id}/led-to', { path: { id } }), [id]);
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  if (!loaded.data) return null;
  const { warrants, arrests, seizures, closed } = loaded.data;

  function close(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    setFieldErrors([]);
    const form = new FormData(event.currentTarget);
    api
      .post('/api/operations/intelligence/{id}/result', {
        path: { id },
        body: {
          result: formText(form, 'result'),
          note: formText(form, 'resultNote'),
        } as BodyOf<'/api/operations/intelligence/{id}/result'>,
      })
      .then(() => {
        loaded.reload();
        onClosed?.();
      })
      .catch((caught: unknown) => {
        setError(caught instanceof ApiError ? caught.message : 'The result could not be saved');
        setFieldErrors(
          caught instanceof ApiError
            ? caught.fieldErrors.map((f) => ({ ...f, field: f.field === 'note' ? 'resultNote' : f.field }))
            : [],
        );
      });
  }

  return (
    <section aria-labelledby="led-to-heading">
      <h2 id="led-to-heading">What it led to</h2>
      {warrants.length === 0 ? (
        <p>No warrant cites this report yet.</p>
      ) : (
        <ul>
          {warrants.map((w) => (
            <li key={w.id}>
              Warrant <Link to={`/operations/warrants/${w.id}`}>{w.reference}</Link> ({warrantStatusLabels[w.status]})
              {arrests
                .filter((a) => a.warrantId === w.id)
                .map((a) => (
                  <span key={a.id}>
                    , <Link to={`/operations/arrests/${a.id}`}>arrest on {a.arrestedAt.slice(0, 10)}</Link>
                  </span>
                ))}
              {seizures
                .filter((s) => s.warrantId === w.id)
                .map((s) => (
                  <span key={s.id}>
                    , seizure on {s.seizedAt.slice(0, 10)} at {s.place}
                  </span>
                ))}
            </li>
          ))}
        </ul>
      )}
      {closed ? (
        <p>
          <strong>Closed: {labelFor(intelligenceResultLabels, closed.result)}</strong> on {closed.at.slice(0, 10)}.{' '}
          <span className="lb-report-text">{closed.note}</span>
        </p>
      ) : (
        canClose && (
          <form onSubmit={close} noValidate className="lb-narrow" aria-labelledby="close-intel-heading">
            <h3 id="close-intel-heading">Close the report with its result</h3>
            <ErrorSummary message={error} fieldErrors={fieldErrors} />
            <RadioGroup
              name="result"
              legend="Result"
              options={Object.entries(intelligenceResultLabels).map(([value, label]) => ({ value, label }))}
              errors={fieldErrors}
            />
            <TextAreaField id="resultNote" label="What it led to, or why it is closed" rows={3} errors={fieldErrors} />
            <button type="submit" className="lb-button lb-button--secondary">
              Close with this result
            </button>
          </form>
        )
      )}
    </section>
  );
}
