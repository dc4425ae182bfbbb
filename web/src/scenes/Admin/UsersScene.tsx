import { formText } from '../../components/forms.ts';
import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type FieldError } from '../../api/client.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { formatDateTime } from '../../components/formatting.ts';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { readRoleAndTeamFields, RoleAndTeamFields } from './components/RoleAndTeamFields.tsx';
import { SetupLinkPanel } from './components/SetupLinkPanel.tsx';

export function UsersScene() {
  const users = useLoad(() => api.get('/api/admin/users'));
  const directory = useLoad(() =>
    Promise.all([
      api.get('/api/admin/roles'),
      api.get('/api/admin/teams'),
      api.get('/api/admin/partner-organisations'),
    ]),
  );
  const [created, setCreated] = useState<{ email: string; link: string }>();
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);

  function handleCreate(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setError(undefined);
    setFieldErrors([]);
    api
      .post('/api/admin/users', {
        body: {
          email: formText(form, 'email'),
          displayName: formText(form, 'displayName'),
          ...readRoleAndTeamFields(form),
        },
      })
      .then((result) => {
        setCreated({ email: result.user.email, link: result.setupLink });
        formElement.reset();
        users.reload();
      })
      .catch((caught: unknown) => {
        setError(caught instanceof ApiError ? caught.message : 'Could not add the user');
        setFieldErrors(caught instanceof ApiError ? caught.fieldErrors : []);
      });
  }

  return (
    <>
      <PageHeading title="Users">Users</PageHeading>
      {users.error && <p role="alert">{users.error}</p>}
      {users.data && (
        <table className="lb-table">
          <caption className="lb-visually-hidden">Staff accounts</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Roles</th>
              <th scope="col">Status</th>
              <th scope="col">Last sign-in</th>
            </tr>
          </thead>
          <tbody>
            {users.data.map((user) => (
              <tr key={user.id}>
                <td>
                  <Link to={`/admin/users/${user.id}`}>{user.displayName}</Link>
                </td>
                <td>{user.email}</td>
                <td>{user.roles.map((role) => role.label).join(', ')}</td>
                <td>{user.status === 'disabled' ? 'Disabled' : user.setUp ? 'Active' : 'Not set up yet'}</td>
                <td>{formatDateTime(user.lastSignInAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Add a user</h2>
      {created && <SetupLinkPanel email={created.email} link={created.link} />}
      <ErrorSummary message={error} fieldErrors={fieldErrors} />
      {directory.data && (
        <form onSubmit={handleCreate} noValidate>
          <Field id="displayName" label="Full name" errors={fieldErrors} required />
          <Field id="email" label="Work email address" type="email" spellCheck={false} errors={fieldErrors} required />
          <RoleAndTeamFields
            catalogue={directory.data[0]}
            teams={directory.data[1]}
            organisations={directory.data[2]}
          />
          <button type="submit" className="lb-button">
            Add user and create setup link
          </button>
        </form>
      )}
    </>
  );
}
