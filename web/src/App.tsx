import { useCallback, useEffect, useState } from 'react';
import { api, whenSignedOut } from './api/client.ts';
import type { SessionState } from './api/types.ts';
import { navigate, useRoute } from './hooks/useRoute.ts';
import { SetupScene } from './scenes/Setup/SetupScene.tsx';
import { Shell } from './scenes/Shell/Shell.tsx';
import { SignInScene } from './scenes/SignIn/SignInScene.tsx';

// Who is signed in decides what shows: the setup link, sign-in, or the staff site.
export function App() {
  const path = useRoute();
  const [session, setSession] = useState<SessionState>();
  const [failed, setFailed] = useState(false);

  const refresh = useCallback(() => {
    api
      .get('/api/auth/session')
      .then((state) => {
        setSession(state);
        setFailed(false);
      })
      .catch(() => {
        setFailed(true);
      });
  }, []);

  useEffect(() => {
    whenSignedOut(refresh);
    refresh();
  }, [refresh]);

  if (failed) {
    return (
      <main className="lb-main" id="main">
        <h1>Linebreak is not responding</h1>
        <p>Try again in a moment. If it keeps happening, contact the service desk.</p>
      </main>
    );
  }
  if (!session) return <p className="lb-main">Loading…</p>;
  if (path.startsWith('/setup') && session.state !== 'signed_in') {
    return (
      <SetupScene
        onSignedIn={() => {
          navigate('/');
          refresh();
        }}
      />
    );
  }
  if (session.state !== 'signed_in') return <SignInScene key={session.state} session={session} onSignedIn={refresh} />;
  return (
    <Shell
      me={session.me}
      onSignedOut={() => {
        navigate('/');
        refresh();
      }}
    />
  );
}
