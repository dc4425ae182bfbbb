import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type FieldError, type BodyOf } from '../../api/client.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { formText } from '../../components/forms.ts';
import { navigate } from '../../hooks/useRoute.ts';
import { useLoad } from '../../hooks/useLoad.ts';
import { drugOptions, sourceTypeLabels } from './labels.ts';

/** An s.23 application assembled from graded intelligence the applicant may read. */
export function NewWarrantScene() {
  const available = useLoad(() => api.get('/api/operations/warrant-intelligence'));
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [warning, setWarning] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);

  function toggle(id: string, on: boolean) {
    const next = on ? [...chosen, id] : chosen.filter((c) => c !== id);
    setChosen(next);
    if (next.length === 0) {
      setWarning(null);
      return;
    }
    api
      .get('/api/operations/warrant-intelligence', { query: { ids: next.join(',') } })
      .then((checked) => {
        setWarning(checked.warning);
      })
      .catch(() => {
        setWarning(null);
      });
  }

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    setFieldErrors([]);
    const form = new FormData(event.currentTarget);
    const entries = Number(formText(form, 'entriesSought') || '1');
    api
      .post('/api/operations/warrants', {
        body: {
          intelligenceIds: [...chosen],
          premises: formText(form, 'premises'),
          searchPersonsFound: form.get('searchPersonsFound') === 'yes',
          drugsSought: form
            .getAll('drugsSought')
            .filter((v): v is string => typeof v === 'string') as BodyOf<'/api/operations/warrants'>['drugsSought'],
          entriesSought: Number.isInteger(entries) ? entries : 1,
          multipleEntryGrounds: formText(form, 'multipleEntryGrounds'),
          grounds: formText(form, 'grounds'),
          undermining: formText(form, 'undermining'),
          corroborationNote: formText(form, 'corroborationNote'),
          plannedExecutionOn: formText(form, 'plannedExecutionOn'),
        },
      })
      .then((warrant) => {
        navigate(`/operations/warrants/${warrant.id}`);
      })
      .catch((caught: unknown) => {
        setError(caught instanceof ApiError ? caught.message : 'The application could not be saved');
        setFieldErrors(caught instanceof ApiError ? caught.fieldErrors : []);
      });
  }

  const problem = (field: string) => fieldErrors.find((f) => f.field === field);
  return (
    <>
      <PageHeading title="Apply for a drugs warrant">Apply for a drugs warrant</PageHeading>
      <p>
        Section 23(3) Misuse of Drugs Act 1971. The application goes to an inspector, who must not be you, before it
        goes to court.
      </p>
      <ErrorSummary message={error} fieldErrors={fieldErrors} />
      <form onSubmit={handleSubmit} noValidate>
        <fieldset
          className={problem('intelligenceIds') ? 'lb-fieldset lb-field--error' : 'lb-fieldset'}
          id="intelligenceIds"
        >
          <legend>Graded intelligence the application rests on</legend>
          <p className="lb-hint">Only graded reports you may read are listed, with their 3x5x2 grade.</p>
          {problem('intelligenceIds') && <p className="lb-field-error">{problem('intelligenceIds')?.message}</p>}
          {available.data?.items.length === 0 && <p>There is no graded intelligence you may cite.</p>}
          {available.data?.items.map((item) => (
            <div className="lb-checkbox" key={item.id}>
              <input
                type="checkbox"
                id={`intel-${item.id}`}
                onChange={(event) => {
                  toggle(item.id, event.currentTarget.checked);
                }}
              />
              <label htmlFor={`intel-${item.id}`}>
                <strong>
                  {item.reference} graded {item.source}
                  {item.assessment}
                  {item.handling}
                </strong>{' '}
                ({sourceTypeLabels[item.sourceType] ?? item.sourceType}, {item.createdOn}): {item.sanitisedText}
              </label>
            </div>
          ))}
        </fieldset>
        {warning && (
          <div className="lb-urgent" role="status">
            <p>
              <strong>Warning:</strong> {warning}
            </p>
          </div>
        )}
        <div className="lb-narrow">
          {warning && (
            <TextAreaField
              id="corroborationNote"
              label="How the anonymous information was corroborated, or what was done to seek it"
              rows={3}
              errors={fieldErrors}
            />
          )}
          <TextAreaField
            id="premises"
            label="Premises to be searched"
            hint="The full address"
            rows={2}
            errors={fieldErrors}
          />
          <fieldset className="lb-fieldset" id="searchPersonsFound">
            <legend>Persons found on the premises</legend>
            <div className="lb-checkbox">
              <input type="checkbox" id="searchPersons" name="searchPersonsFound" value="yes" defaultChecked />
              <label htmlFor="searchPersons">
                Ask for power to search persons found there (without it they cannot be searched)
              </label>
            </div>
          </fieldset>
          <fieldset className={problem('drugsSought') ? 'lb-fieldset lb-field--error' : 'lb-fieldset'} id="drugsSought">
            <legend>Controlled drugs sought</legend>
            {problem('drugsSought') && <p className="lb-field-error">{problem('drugsSought')?.message}</p>}
            {drugOptions.map((drug) => (
              <div className="lb-checkbox" key={drug.code}>
                <input type="checkbox" id={`drug-${drug.code}`} name="drugsSought" value={drug.code} />
                <label htmlFor={`drug-${drug.code}`}>
                  {drug.label} (class {drug.drugClass})
                </label>
              </div>
            ))}
          </fieldset>
          <Field
            id="entriesSought"
            label="Number of entries"
            hint="One, unless more are needed; say why below"
            inputMode="numeric"
            className="lb-input--short"
            defaultValue="1"
            errors={fieldErrors}
          />
          <TextAreaField
            id="multipleEntryGrounds"
            label="Why more than one entry (if so)"
            rows={2}
            errors={fieldErrors}
          />
          <TextAreaField
            id="grounds"
            label="Grounds"
            hint="Why there are reasonable grounds to suspect controlled drugs are unlawfully possessed on the premises"
            errors={fieldErrors}
          />
          <TextAreaField
            id="undermining"
            label="Anything that undermines the application"
            hint="You will confirm on oath that the application discloses everything, including what undermines it. Write “Nothing known” if there is nothing."
            errors={fieldErrors}
          />
          <Field id="plannedExecutionOn" label="Planned execution date" type="date" errors={fieldErrors} />
          <button type="submit" className="lb-button">
            Send to an inspector
          </button>
        </div>
      </form>
    </>
  );
}
