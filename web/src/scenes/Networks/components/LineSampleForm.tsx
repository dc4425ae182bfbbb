import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type FieldError } from '../../../api/client.ts';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { Field } from '../../../components/Field.tsx';
import { formText } from '../../../components/forms.ts';

/** Records an advertising ("menu") text the line sent; it is sealed at rest. */
export function LineSampleForm({ lineId, onChanged }: { lineId: string; onChanged: () => void }) {
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    setError(undefined);
    setFieldErrors([]);
    api
      .post('/api/deal-lines/{id}/samples', {
        path: { id: lineId },
        body: {
          samples: [{ text: formText(form, 'sampleText'), observedOn: formText(form, 'sampleOn') }],
        },
      })
      .then(() => {
        element.reset();
        onChanged();
      })
      .catch((caught: unknown) => {
        const fields: Record<string, string> = { 'samples.0.text': 'sampleText', 'samples.0.observedOn': 'sampleOn' };
        setError(caught instanceof ApiError ? caught.message : 'The text could not be saved');
        setFieldErrors(
          caught instanceof ApiError
            ? caught.fieldErrors.map((f) => ({ ...f, field: fields[f.field] ?? f.field }))
            : [],
        );
      });
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-labelledby="add-sample-heading">
      <h3 id="add-sample-heading">Add a bulk text</h3>
      <ErrorSummary message={error} fieldErrors={fieldErrors} />
      <div className="lb-field">
        <label htmlFor="sampleText">The text, as received</label>
        <textarea id="sampleText" name="sampleText" rows={3} />
      </div>
      <Field id="sampleOn" label="Received on" type="date" errors={fieldErrors} />
      <button type="submit" className="lb-button lb-button--secondary">
        Add the text
      </button>
    </form>
  );
}
