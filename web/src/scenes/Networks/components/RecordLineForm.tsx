import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type FieldError } from '../../../api/client.ts';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { Field } from '../../../components/Field.tsx';
import { formText } from '../../../components/forms.ts';
import { navigate } from '../../../hooks/useRoute.ts';
import { normalisePhone } from '../format.ts';

// Field names in the API's answers → the ids of this form's fields.
const fieldIds: Readonly<Record<string, string>> = { phoneEntityId: 'lineNumber', brandName: 'brandName' };

/** Records a deal line from a number already in the intelligence (found through the blind index). */
export function RecordLineForm() {
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);

  async function record(form: FormData) {
    const number = normalisePhone(formText(form, 'lineNumber'));
    if (number === '') {
      setFieldErrors([{ field: 'lineNumber', message: 'Enter the line’s phone number' }]);
      return;
    }
    const phone = await api
      .get('/api/entities', { query: { kind: 'phone', value: number } })
      .catch((caught: unknown) => {
        if (caught instanceof ApiError && caught.status === 404) return undefined;
        throw caught;
      });
    if (!phone) {
      setFieldErrors([{ field: 'lineNumber', message: 'No report mentions that number yet' }]);
      return;
    }
    const hub = formText(form, 'urbanHub').trim();
    const line = await api.post('/api/deal-lines', {
      body: {
        phoneEntityId: phone.id,
        brandName: formText(form, 'brandName'),
        urbanHub: hub === '' ? null : hub,
        status: formText(form, 'initialStatus') === 'confirmed' ? 'confirmed' : 'suspected',
      },
    });
    navigate(`/networks/lines/${line.id}`);
  }

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    setFieldErrors([]);
    record(new FormData(event.currentTarget)).catch((caught: unknown) => {
      setError(caught instanceof ApiError ? caught.message : 'The line could not be recorded');
      setFieldErrors(
        caught instanceof ApiError
          ? caught.fieldErrors.map((f) => ({ ...f, field: fieldIds[f.field] ?? f.field }))
          : [],
      );
    });
  }

  return (
    <section aria-labelledby="record-heading">
      <h2 id="record-heading">Record a deal line</h2>
      <ErrorSummary message={error} fieldErrors={fieldErrors} />
      <form onSubmit={handleSubmit} noValidate className="lb-narrow">
        <Field
          id="lineNumber"
          label="The line’s phone number"
          hint="For example 07700 900001"
          errors={fieldErrors}
          autoComplete="off"
        />
        <Field
          id="brandName"
          label="Brand name"
          hint="How it advertises, for example “the Blade line”"
          errors={fieldErrors}
        />
        <Field
          id="urbanHub"
          label="Urban hub (optional)"
          hint="Where it is run from, for example London (Lambeth)"
          errors={fieldErrors}
        />
        <div className="lb-field">
          <label htmlFor="initialStatus">Status</label>
          <select id="initialStatus" name="initialStatus" defaultValue="suspected">
            <option value="suspected">Suspected</option>
            <option value="confirmed">Confirmed</option>
          </select>
        </div>
        <button type="submit" className="lb-button">
          Record the line
        </button>
      </form>
    </section>
  );
}
