import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type BodyOf, type FieldError } from '../../api/client.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { formText } from '../../components/forms.ts';
import { useLoad } from '../../hooks/useLoad.ts';

const yesNo = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];
const choice = (value: string) => (value === 'yes' ? true : value === 'no' ? false : undefined);
const cuckooTypeOptions = [
  { value: 'drug_dealing', label: 'Drug dealing or storage' },
  { value: 'sex_work', label: 'Sex work' },
  { value: 'weapons_storage', label: 'Weapons storage' },
  { value: 'living_there', label: 'Living there' },
  { value: 'financial_abuse', label: 'Financial abuse' },
] as const;
const outcomeOptions = [
  { value: 'risk_removed', label: 'Risk removed' },
  { value: 'risk_reduced', label: 'Risk reduced' },
  { value: 'risk_remains', label: 'Risk remains' },
  { value: 'not_substantiated', label: 'Concern not substantiated' },
] as const;

/** Care Act s.42 enquiries on an adult's case (GET/POST /api/casework/cases/{id}/s42-enquiries). */
export function S42Panel({ caseId, open }: { caseId: string; open: boolean }) {
  const loaded = useLoad(() => api.get('/api/casework/cases/{id}/s42-enquiries', { path: { id: caseId } }), [caseId]);
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const [done, setDone] = useState<string>();
  const items = loaded.data?.items ?? [];

  const submit =
    (send: (data: FormData) => Promise<string>, prefix = '') =>
    (event: SubmitEvent<HTMLFormElement>) => {
      event.preventDefault();
      setError(undefined);
      setFieldErrors([]);
      setDone(undefined);
      const element = event.currentTarget;
      send(new FormData(element))
        .then((message) => {
          setDone(message);
          element.reset();
          loaded.reload();
        })
        .catch((caught: unknown) => {
          setError(caught instanceof ApiError ? caught.message : 'The change could not be saved');
          setFieldErrors(
            caught instanceof ApiError ? caught.fieldErrors.map((f) => ({ ...f, field: `${prefix}${f.field}` })) : [],
          );
        });
    };

  return (
    <section aria-labelledby="s42-heading">
      <h2 id="s42-heading">Care Act s.42 enquiries</h2>
      {loaded.error && <p role="alert">{loaded.error}</p>}
      {items.length === 0 ? (
        <p>No s.42 enquiry.</p>
      ) : (
        <ul>
          {items.map((e) => (
            <li key={e.id}>
              Started {e.startedOn}
              {e.cuckooTypeLabels.length > 0 && ` (cuckooing: ${e.cuckooTypeLabels.join(', ')})`}. The adult wants:{' '}
              {e.wishes}.{' '}
              {e.status === 'concluded' ? (
                <strong>
                  Concluded {e.concludedOn ?? ''}: {e.outcomeLabel ?? ''}
                </strong>
              ) : (
                'Open'
              )}
            </li>
          ))}
        </ul>
      )}
      {open && (
        <div className="lb-no-print">
          {done && (
            <p className="lb-success" role="status">
              {done}
            </p>
          )}
          <ErrorSummary message={error} fieldErrors={fieldErrors} />
          <form
            noValidate
            className="lb-narrow"
            aria-labelledby="s42-start-heading"
            onSubmit={submit(async (data) => {
              await api.post('/api/casework/cases/{id}/s42-enquiries', {
                path: { id: caseId },
                body: {
                  careAndSupportNeeds: choice(formText(data, 'careAndSupportNeeds')),
                  abuseOrNeglect: choice(formText(data, 'abuseOrNeglect')),
                  cannotProtectThemselves: choice(formText(data, 'cannotProtectThemselves')),
                  cuckooTypes: data.getAll('s42CuckooTypes').map(String),
                  wishes: formText(data, 'wishes'),
                } as BodyOf<'/api/casework/cases/{id}/s42-enquiries'>,
              });
              return 's.42 enquiry started';
            })}
          >
            <h3 id="s42-start-heading">Start a s.42 enquiry</h3>
            <RadioGroup
              name="careAndSupportNeeds"
              legend="Does the adult have care and support needs?"
              options={yesNo}
              errors={fieldErrors}
            />
            <RadioGroup
              name="abuseOrNeglect"
              legend="Are they experiencing, or at risk of, abuse or neglect?"
              options={yesNo}
              errors={fieldErrors}
            />
            <RadioGroup
              name="cannotProtectThemselves"
              legend="Because of those needs, are they unable to protect themselves?"
              options={yesNo}
              errors={fieldErrors}
            />
            <fieldset className="lb-fieldset">
              <legend>Cuckooing (choose any that apply)</legend>
              {cuckooTypeOptions.map((option, index) => (
                <div className="lb-checkbox" key={option.value}>
                  <input
                    type="checkbox"
                    id={index === 0 ? 's42CuckooTypes' : `s42CuckooTypes-${option.value}`}
                    name="s42CuckooTypes"
                    value={option.value}
                  />
                  <label htmlFor={index === 0 ? 's42CuckooTypes' : `s42CuckooTypes-${option.value}`}>
                    {option.label}
                  </label>
                </div>
              ))}
            </fieldset>
            <TextAreaField id="wishes" label="What the adult wants to happen" rows={2} errors={fieldErrors} />
            <button type="submit" className="lb-button lb-button--secondary">
              Start the enquiry
            </button>
          </form>
          {items
            .filter((e) => e.status === 'open')
            .map((e, index) => {
              const prefix = `s42-${String(index)}-`;
              return (
                <form
                  key={e.id}
                  noValidate
                  className="lb-narrow"
                  aria-labelledby={`${prefix}heading`}
                  onSubmit={submit(async (data) => {
                    await api.post('/api/casework/cases/{id}/s42-enquiries/{enquiryId}/conclude', {
                      path: { id: caseId, enquiryId: e.id },
                      body: {
                        outcome: formText(data, 'outcome'),
                        on: formText(data, 'on'),
                        expectedVersion: e.version,
                      } as BodyOf<'/api/casework/cases/{id}/s42-enquiries/{enquiryId}/conclude'>,
                    });
                    return 's.42 enquiry concluded';
                  }, prefix)}
                >
                  <h3 id={`${prefix}heading`}>Conclude the enquiry started {e.startedOn}</h3>
                  <SelectField
                    id={`${prefix}outcome`}
                    name="outcome"
                    label="Outcome"
                    options={outcomeOptions}
                    errors={fieldErrors}
                  />
                  <Field id={`${prefix}on`} name="on" label="Concluded on" type="date" errors={fieldErrors} />
                  <button type="submit" className="lb-button lb-button--secondary">
                    Conclude the enquiry
                  </button>
                </form>
              );
            })}
        </div>
      )}
    </section>
  );
}
