import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type BodyOf, type FieldError } from '../../api/client.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { formText } from '../../components/forms.ts';
import { useLoad } from '../../hooks/useLoad.ts';
import { agencyOptions } from './case-types.ts';

const kindOptions = [
  { value: 'park', label: 'Park or open space' },
  { value: 'school', label: 'School or college' },
  { value: 'flat', label: 'Flat or house' },
  { value: 'shop', label: 'Shop, café or takeaway' },
  { value: 'transport', label: 'Station or transport hub' },
  { value: 'online', label: 'Online space' },
  { value: 'other', label: 'Other place' },
] as const;

/**
 * Contextual safeguarding: places where young people are exploited, each with its own
 * interventions (GET/POST /api/casework/contexts, POST /api/casework/contexts/{id}/interventions).
 */
export function ContextsScene() {
  const loaded = useLoad(() => api.get('/api/casework/contexts'));
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const [done, setDone] = useState<string>();

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

  const items = loaded.data?.items ?? [];
  return (
    <>
      <p>
        <Link to="/safeguarding">Back to safeguarding</Link>
      </p>
      <PageHeading title="Places and interventions">Places and interventions</PageHeading>
      <p>Contextual safeguarding: record what is done about a place, not only about each child.</p>
      {done && (
        <p className="lb-success" role="status">
          {done}
        </p>
      )}
      <ErrorSummary message={error} fieldErrors={fieldErrors} />
      {loaded.error && <p role="alert">{loaded.error}</p>}
      {loaded.data && items.length === 0 && <p>No places recorded.</p>}
      {items.map((context, index) => {
        const prefix = `context${String(index)}-`;
        return (
          <section key={context.id} aria-labelledby={`${prefix}heading`}>
            <h2 id={`${prefix}heading`}>
              {context.name} ({context.kindLabel.toLowerCase()})
            </h2>
            {context.interventions.length === 0 ? (
              <p>No interventions yet.</p>
            ) : (
              <ul>
                {context.interventions.map((i) => (
                  <li key={i.id}>
                    {i.takenOn}, {i.ownerAgencyLabel}: {i.description}
                  </li>
                ))}
              </ul>
            )}
            <form
              noValidate
              className="lb-narrow lb-no-print"
              aria-label={`Record an intervention at ${context.name}`}
              onSubmit={submit(async (data) => {
                await api.post('/api/casework/contexts/{id}/interventions', {
                  path: { id: context.id },
                  body: {
                    ownerAgency: formText(data, 'ownerAgency'),
                    description: formText(data, 'description'),
                    takenOn: formText(data, 'takenOn'),
                  } as BodyOf<'/api/casework/contexts/{id}/interventions'>,
                });
                return `Intervention recorded at ${context.name}`;
              }, prefix)}
            >
              <SelectField
                id={`${prefix}ownerAgency`}
                name="ownerAgency"
                label="Agency"
                options={agencyOptions}
                errors={fieldErrors}
              />
              <TextAreaField
                id={`${prefix}description`}
                name="description"
                label="What was done"
                rows={2}
                errors={fieldErrors}
              />
              <Field id={`${prefix}takenOn`} name="takenOn" label="On" type="date" errors={fieldErrors} />
              <button type="submit" className="lb-button lb-button--secondary">
                Record the intervention
              </button>
            </form>
          </section>
        );
      })}
      <form
        noValidate
        className="lb-narrow"
        aria-labelledby="add-place-heading"
        onSubmit={submit(async (data) => {
          await api.post('/api/casework/contexts', {
            body: { kind: formText(data, 'kind'), name: formText(data, 'name') } as BodyOf<'/api/casework/contexts'>,
          });
          return 'Place added';
        })}
      >
        <h2 id="add-place-heading">Add a place</h2>
        <SelectField id="kind" label="Kind of place" options={kindOptions} errors={fieldErrors} />
        <Field id="name" label="Name" hint="For example the skate park on Example Road" errors={fieldErrors} />
        <button type="submit" className="lb-button">
          Add the place
        </button>
      </form>
    </>
  );
}
