import { formText } from '../../components/forms.ts';
import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type FieldError } from '../../api/client.ts';
import type { Me } from '../../api/types.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { formatDateTime } from '../../components/formatting.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { SessionTable } from '../Account/SessionTable.tsx';
import { hasPermission } from '../Shell/navigation.ts';
import { readRoleAndTeamFields, RoleAndTeamFields } from './components/RoleAndTeamFields.tsx';
import { SetupLinkPanel } from './components/SetupLinkPanel.tsx';

/** One account: edit roles and teams, disable, reset, and end its sessions. */
export function UserDetailScene({ id, me }: { id: string; me: Me }) {
  const user = useLoad(() => api.get('/api/admin/users/{id}', { path: { id } }), [id]);
  const sessions = useLoad(() => api.get('/api/admin/users/{id}/sessions', { path: { id } }), [id]);
  const directory = useLoad(() =>
    Promise.all([
      api.get('/api/admin/roles'),
      api.get('/api/admin/teams'),
      api.get('/api/admin/partner-organisations'),
    ]),
  );
  const [link, setLink] = useState<string>();
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);

  async function act(action: () => Promise<unknown>, done: string) {
    setError(undefined);
    setFieldErrors([]);
    setStatus(undefined);
    try {
      await action();
      setStatus(done);
      user.reload();
      sessions.reload();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'That did not work');
      setFieldErrors(caught instanceof ApiError ? caught.fieldErrors : []);
    }
  }

  function handleSave(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void act(
      () =>
        api.patch('/api/admin/users/{id}', {
          path: { id },
          body: {
            displayName: formText(form, 'displayName'),
            ...readRoleAndTeamFields(form),
          },
        }),
      'Changes saved.',
    );
  }

  function handleReset() {
    if (!window.confirm('Reset this account? Their password and second factors are removed and they are signed out.')) {
      return;
    }
    void act(async () => {
      const result = await api.post('/api/admin/users/{id}/reset', { path: { id } });
      setLink(result.setupLink);
    }, 'Account reset.');
  }

  if (user.error) return <p role="alert">{user.error}</p>;
  if (!user.data) return <p>Loading…</p>;
  const account = user.data;
  return (
    <>
      <PageHeading title={account.displayName}>{account.displayName}</PageHeading>
      <dl className="lb-summary">
        <dt>Email</dt>
        <dd>{account.email}</dd>
        <dt>Status</dt>
        <dd>{account.status === 'disabled' ? 'Disabled' : account.setUp ? 'Active' : 'Not set up yet'}</dd>
        <dt>Locked until</dt>
        <dd>{formatDateTime(account.lockedUntil)}</dd>
        <dt>Last sign-in</dt>
        <dd>{formatDateTime(account.lastSignInAt)}</dd>
      </dl>
      {status && <p role="status">{status}</p>}
      {link && <SetupLinkPanel email={account.email} link={link} />}
      <ErrorSummary message={error} fieldErrors={fieldErrors} />
      <h2>Roles and teams</h2>
      {directory.data && (
        <form onSubmit={handleSave} key={`${account.id}-${account.roles.map((r) => r.role).join()}`} noValidate>
          <Field id="displayName" label="Full name" defaultValue={account.displayName} errors={fieldErrors} required />
          <RoleAndTeamFields
            catalogue={directory.data[0]}
            teams={directory.data[1]}
            organisations={directory.data[2]}
            roles={account.roles.map((role) => role.role)}
            teamIds={account.teamIds}
            partnerOrganisationId={account.partnerOrganisationId}
          />
          <button type="submit" className="lb-button">
            Save changes
          </button>
        </form>
      )}
      <h2>Access</h2>
      <p className="lb-button-group">
        {account.status === 'active' ? (
          <button
            type="button"
            className="lb-button lb-button--warning"
            onClick={() =>
              void act(
                () => api.post('/api/admin/users/{id}/disable', { path: { id } }),
                'Account disabled; its sessions have ended.',
              )
            }
          >
            Disable account
          </button>
        ) : (
          <button
            type="button"
            className="lb-button lb-button--secondary"
            onClick={() =>
              void act(() => api.post('/api/admin/users/{id}/enable', { path: { id } }), 'Account enabled.')
            }
          >
            Enable account
          </button>
        )}
        <button type="button" className="lb-button lb-button--secondary" onClick={handleReset}>
          Reset password and second factor
        </button>
      </p>
      {hasPermission(me, 'session.revoke_any') && (
        <>
          <h2>Sessions</h2>
          {sessions.data && (
            <SessionTable
              sessions={sessions.data}
              caption={`Sessions of ${account.displayName}`}
              onRevoke={(sessionId) =>
                act(() => api.post('/api/admin/sessions/{id}/revoke', { path: { id: sessionId } }), 'Session ended.')
              }
            />
          )}
        </>
      )}
    </>
  );
}
