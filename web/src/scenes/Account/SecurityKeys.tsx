import { formText } from '../../components/forms.ts';
import { startRegistration } from '@simplewebauthn/browser';
import { useState, type SubmitEvent } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { formatDateTime } from '../../components/formatting.ts';
import { Field } from '../../components/Field.tsx';
import { useLoad } from '../../hooks/useLoad.ts';

/** Optional WebAuthn security keys, as a second factor alongside the authenticator app. */
export function SecurityKeys() {
  const keys = useLoad(() => api.get('/api/account/webauthn'));
  const [message, setMessage] = useState<string>();

  function handleAdd(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = formText(new FormData(event.currentTarget), 'keyName');
    const form = event.currentTarget;
    setMessage(undefined);
    api
      .post('/api/account/webauthn/options')
      .then((options) =>
        // The contract leaves the options open (a JSON record built by @simplewebauthn/server).
        startRegistration({ optionsJSON: options }),
      )
      .then((response) => api.post('/api/account/webauthn', { body: { name, response: { ...response } } }))
      .then(() => {
        form.reset();
        setMessage('Security key added.');
        keys.reload();
      })
      .catch((caught: unknown) => {
        setMessage(caught instanceof ApiError ? caught.message : 'The security key was not added.');
      });
  }

  return (
    <section aria-labelledby="keys-heading">
      <h2 id="keys-heading">Security keys</h2>
      <p>You can also confirm it is you with a security key (for example a YubiKey) instead of the app.</p>
      {keys.data && keys.data.length > 0 && (
        <ul>
          {keys.data.map((key) => (
            <li key={key.id}>
              {key.name}, added {formatDateTime(key.createdAt)}
              {key.lastUsedAt ? `, last used ${formatDateTime(key.lastUsedAt)}` : ''}{' '}
              <button
                type="button"
                className="lb-link-button"
                onClick={() =>
                  void api.post('/api/account/webauthn/{id}/remove', { path: { id: key.id } }).then(keys.reload)
                }
              >
                Remove<span className="lb-visually-hidden"> {key.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {message && <p role="status">{message}</p>}
      <form onSubmit={handleAdd}>
        <Field id="keyName" label="Name for a new key" hint="For example: Blue YubiKey" maxLength={60} required />
        <button type="submit" className="lb-button lb-button--secondary">
          Add a security key
        </button>
      </form>
    </section>
  );
}
