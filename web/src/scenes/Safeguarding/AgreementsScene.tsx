import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type BodyOf, type FieldError } from '../../api/client.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { formText } from '../../components/forms.ts';
import { useLoad } from '../../hooks/useLoad.ts';

/**
 * Information-sharing agreements: for each partner organisation, which case fields its users
 * see with a task (GET /api/casework/partner-organisations, POST /api/casework/sharing-agreements/{id}).
 * The safeguarding lead's (Safeguarding) and the administrator's (Administration).
 */
export function AgreementsScene({
  back = { to: '/safeguarding', label: 'Back to safeguarding' },
}: {
  /** Where the page sits: under Safeguarding for the lead, under Administration for an administrator. */
  back?: { to: string; label: string } | null;
}) {
  const organisations = useLoad(() => api.get('/api/casework/partner-organisations'));
  const [chosen, setChosen] = useState('');
  const agreement = useLoad(
    () =>
      chosen === ''
        ? Promise.resolve(undefined)
        : api.get('/api/casework/sharing-agreements/{organisationId}', { path: { organisationId: chosen } }),
    [chosen],
  );
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const [done, setDone] = useState<string>();
  const current = agreement.data;

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!current) return;
    setError(undefined);
    setFieldErrors([]);
    setDone(undefined);
    const data = new FormData(event.currentTarget);
    api
      .post('/api/casework/sharing-agreements/{organisationId}', {
        path: { organisationId: current.organisationId },
        body: {
          reference: formText(data, 'reference'),
          fields: data.getAll('fields').map(String),
          expectedVersion: current.version,
        } as BodyOf<'/api/casework/sharing-agreements/{organisationId}'>,
      })
      .then(() => {
        setDone(`Agreement recorded for ${current.organisationName}`);
        agreement.reload();
        organisations.reload();
      })
      .catch((caught: unknown) => {
        setError(caught instanceof ApiError ? caught.message : 'The agreement could not be saved');
        setFieldErrors(caught instanceof ApiError ? caught.fieldErrors : []);
      });
  }

  return (
    <>
      {back && (
        <p>
          <Link to={back.to}>{back.label}</Link>
        </p>
      )}
      <PageHeading title="Information-sharing agreements">Information-sharing agreements</PageHeading>
      <p>
        A partner organisation’s users see the tasks sent to it. Beyond the task they see only the case details its
        agreement names here.
      </p>
      {organisations.error && <p role="alert">{organisations.error}</p>}
      <table className="lb-table">
        <caption className="lb-visually-hidden">Partner organisations and what they are shared</caption>
        <thead>
          <tr>
            <th scope="col">Organisation</th>
            <th scope="col">Agreement</th>
            <th scope="col">Shared with a task</th>
          </tr>
        </thead>
        <tbody>
          {(organisations.data?.items ?? []).map((o) => (
            <tr key={o.id}>
              <td>{o.name}</td>
              <td>{o.agreementReference ?? 'None recorded'}</td>
              <td>{o.sharedFields.join(', ') || 'The task only'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Record an agreement</h2>
      {done && (
        <p className="lb-success" role="status">
          {done}
        </p>
      )}
      <ErrorSummary message={error} fieldErrors={fieldErrors} />
      <SelectField
        id="agreementOrganisation"
        label="Partner organisation"
        value={chosen}
        onChange={(event) => {
          setChosen(event.currentTarget.value);
          setDone(undefined);
        }}
        options={[
          { value: '', label: 'Choose an organisation' },
          ...(organisations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name })),
        ]}
      />
      {current && (
        <form
          key={`${current.organisationId}-${String(current.version)}`}
          onSubmit={submit}
          noValidate
          className="lb-narrow"
          aria-label={`Agreement for ${current.organisationName}`}
        >
          <Field
            id="reference"
            label="Agreement reference"
            hint="For example HSCP Information Sharing Agreement, October 2024"
            defaultValue={current.reference ?? ''}
            errors={fieldErrors}
          />
          <fieldset className="lb-fieldset">
            <legend>Case details shared with a task</legend>
            {current.choices.map((choice, index) => (
              <div className="lb-checkbox" key={choice.value}>
                <input
                  type="checkbox"
                  id={index === 0 ? 'fields' : `fields-${choice.value}`}
                  name="fields"
                  value={choice.value}
                  defaultChecked={current.fields.includes(choice.value)}
                />
                <label htmlFor={index === 0 ? 'fields' : `fields-${choice.value}`}>{choice.label}</label>
              </div>
            ))}
          </fieldset>
          <button type="submit" className="lb-button">
            Record the agreement
          </button>
        </form>
      )}
    </>
  );
}
