import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type FieldError } from '../../api/client.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { formText } from '../../components/forms.ts';
import { useLoad } from '../../hooks/useLoad.ts';

/**
 * The deal lines that exploit the case's person (GET/POST /api/casework/cases/{id}/deal-lines):
 * operations counts the case, and its submitted NRM referrals, in each line's disruption.
 */
export function CaseLines({ caseId, open }: { caseId: string; open: boolean }) {
  const linked = useLoad(() => api.get('/api/casework/cases/{id}/deal-lines', { path: { id: caseId } }), [caseId]);
  const choices = useLoad(() => (open ? api.get('/api/casework/deal-line-choices') : Promise.resolve({ items: [] })));
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const [done, setDone] = useState<string>();
  const items = linked.data?.items ?? [];
  const linkable = (choices.data?.items ?? []).filter((c) => !items.some((i) => i.id === c.id));

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    setFieldErrors([]);
    setDone(undefined);
    const data = new FormData(event.currentTarget);
    api
      .post('/api/casework/cases/{id}/deal-lines', {
        path: { id: caseId },
        body: { dealLineId: formText(data, 'caseDealLineId') },
      })
      .then(() => {
        setDone('Deal line linked');
        linked.reload();
      })
      .catch((caught: unknown) => {
        setError(caught instanceof ApiError ? caught.message : 'The link could not be saved');
        setFieldErrors(
          caught instanceof ApiError
            ? caught.fieldErrors.map((f) => ({ ...f, field: f.field === 'dealLineId' ? 'caseDealLineId' : f.field }))
            : [],
        );
      });
  }

  return (
    <section aria-labelledby="case-lines-heading">
      <h2 id="case-lines-heading">Deal lines</h2>
      {linked.error && <p role="alert">{linked.error}</p>}
      {items.length === 0 ? (
        <p>Not linked to a deal line.</p>
      ) : (
        <ul>
          {items.map((line) => (
            <li key={line.id}>{line.name}</li>
          ))}
        </ul>
      )}
      {open && linkable.length > 0 && (
        <form onSubmit={submit} noValidate className="lb-narrow lb-no-print" aria-labelledby="link-line-heading">
          <h3 id="link-line-heading">Link the case to a deal line</h3>
          {done && (
            <p className="lb-success" role="status">
              {done}
            </p>
          )}
          <ErrorSummary message={error} fieldErrors={fieldErrors} />
          <SelectField
            id="caseDealLineId"
            label="Deal line exploiting the person"
            options={linkable.map((l) => ({ value: l.id, label: `${l.name} (${l.status})` }))}
            errors={fieldErrors}
          />
          <button type="submit" className="lb-button lb-button--secondary">
            Link the line
          </button>
        </form>
      )}
    </section>
  );
}
