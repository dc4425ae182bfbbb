import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type FieldError, type BodyOf } from '../../api/client.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { formText } from '../../components/forms.ts';
import { useLoad } from '../../hooks/useLoad.ts';
import { navigate } from '../../hooks/useRoute.ts';
import { offenceLabels, warrantStatusLabels } from './labels.ts';

/**
 * On a person's page: record their arrest, under a warrant where it was made at one (so the
 * warrant's page and its intelligence show it), then its charges and seizures on the arrest's page.
 */
export function RecordArrestForm({ personId }: { personId: string }) {
  const warrants = useLoad(() => api.get('/api/operations/warrants'));
  const usable = (warrants.data?.items ?? []).filter((w) => w.status === 'issued' || w.status === 'executed');
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    setFieldErrors([]);
    const form = new FormData(event.currentTarget);
    const local = formText(form, 'arrestedAt');
    const warrantId = formText(form, 'warrantId');
    api
      .post('/api/operations/arrests', {
        body: {
          personEntityId: personId,
          arrestedAt: local === '' ? '' : new Date(local).toISOString(),
          place: formText(form, 'place'),
          suspectedOffence: formText(form, 'suspectedOffence') as BodyOf<'/api/operations/arrests'>['suspectedOffence'],
          childAtArrest: form.get('childAtArrest') === 'yes',
          ...(warrantId === '' ? {} : { warrantId }),
        },
      })
      .then((arrest) => {
        navigate(`/operations/arrests/${arrest.id}`);
      })
      .catch((caught: unknown) => {
        setError(caught instanceof ApiError ? caught.message : 'The arrest could not be recorded');
        setFieldErrors(caught instanceof ApiError ? caught.fieldErrors : []);
      });
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="lb-narrow" aria-labelledby="record-arrest-heading">
      <h3 id="record-arrest-heading">Record an arrest</h3>
      <ErrorSummary message={error} fieldErrors={fieldErrors} />
      <Field id="arrestedAt" label="Date and time of arrest" type="datetime-local" errors={fieldErrors} />
      <Field id="place" label="Where" errors={fieldErrors} />
      <SelectField
        id="suspectedOffence"
        label="Offence suspected"
        options={Object.entries(offenceLabels).map(([value, label]) => ({ value, label }))}
        errors={fieldErrors}
      />
      <SelectField
        id="warrantId"
        label="Under warrant (if made at one)"
        options={[
          { value: '', label: 'Not under a warrant' },
          ...usable.map((w) => ({
            value: w.id,
            label: `${w.reference}: ${w.premises} (${warrantStatusLabels[w.status]})`,
          })),
        ]}
        errors={fieldErrors}
      />
      <div className="lb-checkbox">
        <input type="checkbox" id="childAtArrest" name="childAtArrest" value="yes" />
        <label htmlFor="childAtArrest">Under 18, or may be (treated as a child until assessed)</label>
      </div>
      <button type="submit" className="lb-button">
        Record the arrest
      </button>
    </form>
  );
}
