import { startAuthentication } from '@simplewebauthn/browser';
import { useState } from 'react';
import { api, ApiError } from '../../api/client.ts';

/** The second factor with a registered security key (WebAuthn). */
export function SecurityKeySignIn({
  onSignedIn,
  onError,
}: {
  onSignedIn: () => void;
  onError: (message: string) => void;
}) {
  const [busy, setBusy] = useState(false);
  async function handleClick() {
    setBusy(true);
    try {
      const options = await api.post('/api/auth/webauthn/options');
      const response = await startAuthentication({ optionsJSON: options });
      await api.post('/api/auth/webauthn', { body: { response: { ...response } } });
      onSignedIn();
    } catch (caught) {
      onError(caught instanceof ApiError ? caught.message : 'The security key did not respond. Try again.');
    } finally {
      setBusy(false);
    }
  }
  return (
    <p>
      <button
        type="button"
        className="lb-button lb-button--secondary"
        onClick={() => void handleClick()}
        disabled={busy}
      >
        Use a security key
      </button>
    </p>
  );
}
