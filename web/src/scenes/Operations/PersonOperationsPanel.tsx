import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type FieldError } from '../../api/client.ts';
import type { Me } from '../../api/types.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { Link } from '../../components/Link.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { formText } from '../../components/forms.ts';
import { navigate } from '../../hooks/useRoute.ts';
import { useLoad } from '../../hooks/useLoad.ts';
import { hasPermission } from '../Shell/navigation.ts';
import { bandLabels } from './labels.ts';
import { RecordArrestForm } from './RecordArrestForm.tsx';

/** On a person's page: whether they are a target and whether they are a victim, side by side. */
export function PersonOperationsPanel({ me, personId }: { me: Me; personId: string }) {
  const loaded = useLoad(() => api.get('/api/operations/persons/{id}', { path: { id: personId } }), [personId]);
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const status = loaded.data;

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    setFieldErrors([]);
    const form = new FormData(event.currentTarget);
    api
      .post('/api/operations/targets', {
        body: {
          personEntityId: personId,
          rationale: formText(form, 'rationale'),
          reviewOn: formText(form, 'reviewOn'),
        },
      })
      .then((target) => {
        navigate(`/operations/targets/${target.id}`);
      })
      .catch((caught: unknown) => {
        setError(caught instanceof ApiError ? caught.message : 'The target could not be recorded');
        setFieldErrors(caught instanceof ApiError ? caught.fieldErrors : []);
      });
  }

  return (
    <section aria-labelledby="operations-heading" className="lb-panel">
      <h2 id="operations-heading">Target and victim status</h2>
      {loaded.error && <p role="alert">{loaded.error}</p>}
      {status && (
        <dl className="lb-summary">
          <dt>Target</dt>
          <dd>
            {status.target ? (
              <>
                <Link to={`/operations/targets/${status.target.id}`}>Yes</Link>, priority{' '}
                <strong>{status.target.priority.score}</strong> ({bandLabels[status.target.priority.band]}), review{' '}
                {status.target.reviewOn}
              </>
            ) : (
              'No'
            )}
          </dd>
          <dt>Victim</dt>
          <dd>
            {status.victim.isVictim ? (
              <>
                <strong>Yes</strong>: {status.victim.reasons.join('; ')}
              </>
            ) : (
              'No victim flag recorded'
            )}
            {status.victim.child && <> (a child)</>}
          </dd>
        </dl>
      )}
      {status && hasPermission(me, 'operations.record') && <RecordArrestForm personId={personId} />}
      {status && !status.target && hasPermission(me, 'operations.target') && (
        <>
          {status.computedIfTargeted && (
            <p>
              As a target, the priority would be <strong>{status.computedIfTargeted.score}</strong> (
              {bandLabels[status.computedIfTargeted.band]}): {status.computedIfTargeted.reasons.join('; ')}.
            </p>
          )}
          <ErrorSummary message={error} fieldErrors={fieldErrors} />
          <form onSubmit={handleSubmit} noValidate className="lb-narrow" aria-labelledby="make-target-heading">
            <h3 id="make-target-heading">Make this person a target</h3>
            <TextAreaField id="rationale" label="Why this person should be a target" rows={3} errors={fieldErrors} />
            <Field id="reviewOn" label="Review date" type="date" errors={fieldErrors} />
            <button type="submit" className="lb-button">
              Make a target
            </button>
          </form>
        </>
      )}
    </section>
  );
}
