import { useState, type SubmitEvent } from 'react';
import { api, type BodyOf, ApiError, type FieldError } from '../../api/client.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useLoad } from '../../hooks/useLoad.ts';

const organisationKinds: Record<string, string> = {
  childrens_social_care: 'Children’s social care',
  adult_social_care: 'Adult social care',
  drug_treatment: 'Drug treatment service',
  housing: 'Housing',
  health: 'Health',
  education: 'Education',
  youth_justice: 'Youth justice',
  other: 'Other',
};

export function TeamsScene() {
  const teams = useLoad(() => api.get('/api/admin/teams'));
  const organisations = useLoad(() => api.get('/api/admin/partner-organisations'));
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);

  function submit(event: SubmitEvent<HTMLFormElement>, call: (form: FormData) => Promise<unknown>, reload: () => void) {
    event.preventDefault();
    const formElement = event.currentTarget;
    setError(undefined);
    setFieldErrors([]);
    call(new FormData(formElement))
      .then(() => {
        formElement.reset();
        reload();
      })
      .catch((caught: unknown) => {
        setError(caught instanceof ApiError ? caught.message : 'Could not save');
        setFieldErrors(caught instanceof ApiError ? caught.fieldErrors : []);
      });
  }

  return (
    <>
      <PageHeading title="Teams and partner organisations">Teams and partner organisations</PageHeading>
      <ErrorSummary message={error} fieldErrors={fieldErrors} />
      <h2>Teams</h2>
      <ul>
        {teams.data?.map((team) => (
          <li key={team.id}>
            <strong>{team.name}</strong>
            {team.description ? `: ${team.description}` : ''}
          </li>
        ))}
      </ul>
      <form
        onSubmit={(event) => {
          submit(
            event,
            (form) =>
              api.post('/api/admin/teams', {
                body: { name: form.get('name') as string, description: form.get('description') as string },
              }),
            teams.reload,
          );
        }}
        noValidate
      >
        <Field id="name" label="New team name" errors={fieldErrors} required />
        <Field id="description" label="What the team does (optional)" errors={fieldErrors} />
        <button type="submit" className="lb-button lb-button--secondary">
          Add team
        </button>
      </form>
      <h2>Partner organisations</h2>
      <ul>
        {organisations.data?.map((organisation) => (
          <li key={organisation.id}>
            <strong>{organisation.name}</strong> ({organisationKinds[organisation.kind] ?? organisation.kind})
          </li>
        ))}
      </ul>
      <form
        onSubmit={(event) => {
          submit(
            event,
            (form) =>
              api.post('/api/admin/partner-organisations', {
                body: {
                  name: form.get('organisationName') as string,
                  kind: form.get('kind') as BodyOf<'/api/admin/partner-organisations'>['kind'],
                },
              }),
            organisations.reload,
          );
        }}
        noValidate
      >
        <Field id="organisationName" label="New partner organisation" errors={fieldErrors} required />
        <div className="lb-field">
          <label htmlFor="kind">Kind of organisation</label>
          <select id="kind" name="kind">
            {Object.entries(organisationKinds).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="lb-button lb-button--secondary">
          Add partner organisation
        </button>
      </form>
    </>
  );
}
