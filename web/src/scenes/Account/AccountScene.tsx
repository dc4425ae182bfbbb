import { api } from '../../api/client.ts';
import type { Me } from '../../api/types.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { SecurityKeys } from './SecurityKeys.tsx';
import { SessionTable } from './SessionTable.tsx';

export function AccountScene({ me, onSignedOut }: { me: Me; onSignedOut: () => void }) {
  const sessions = useLoad(() => api.get('/api/account/sessions'));

  async function handleEverywhere() {
    await api.post('/api/auth/sign-out-everywhere');
    onSignedOut();
  }

  return (
    <>
      <PageHeading title="Your account">Your account</PageHeading>
      <dl className="lb-summary">
        <dt>Name</dt>
        <dd>{me.displayName}</dd>
        <dt>Roles</dt>
        <dd>{me.roles.map((role) => role.label).join(', ')}</dd>
      </dl>
      <h2>Where you are signed in</h2>
      {sessions.data && (
        <SessionTable
          sessions={sessions.data}
          caption="Your sessions"
          onRevoke={async (id) => {
            await api.post('/api/account/sessions/{id}/revoke', { path: { id } });
            sessions.reload();
          }}
        />
      )}
      <p>
        <button type="button" className="lb-button lb-button--warning" onClick={() => void handleEverywhere()}>
          Sign out everywhere
        </button>
      </p>
      <SecurityKeys />
    </>
  );
}
