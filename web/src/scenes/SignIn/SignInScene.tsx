import { formText } from '../../components/forms.ts';
import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type FieldError } from '../../api/client.ts';
import type { SessionState } from '../../api/types.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SecurityKeySignIn } from './SecurityKeySignIn.tsx';

type Props = {
  session: Exclude<SessionState, { state: 'signed_in' }>;
  onSignedIn: () => void;
};

// Password first, then the second factor every staff account has.
export function SignInScene({ session, onSignedIn }: Props) {
  const [methods, setMethods] = useState(session.state === 'second_factor' ? session.methods : undefined);
  // The single sign-on callback sends the browser back here with ?sso=failed.
  const [error, setError] = useState<string | undefined>(() =>
    new URLSearchParams(window.location.search).get('sso') === 'failed'
      ? 'Single sign-on did not work for your account. Sign in with your password, or ask an administrator.'
      : undefined,
  );
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const [busy, setBusy] = useState(false);

  async function submit(event: SubmitEvent<HTMLFormElement>, action: () => Promise<void>) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setFieldErrors([]);
    try {
      await action();
    } catch (caught) {
      if (caught instanceof ApiError) {
        setError(caught.message);
        setFieldErrors(caught.fieldErrors);
        // A locked-out or expired half-signed-in session starts again at the password.
        if (caught.status === 401 && methods !== undefined) setMethods(undefined);
      } else {
        setError('Could not reach Linebreak. Check your connection and try again.');
      }
    } finally {
      setBusy(false);
    }
  }

  function handlePassword(event: SubmitEvent<HTMLFormElement>) {
    const form = new FormData(event.currentTarget);
    void submit(event, async () => {
      const result = await api.post('/api/auth/sign-in', {
        body: {
          email: formText(form, 'email'),
          password: formText(form, 'password'),
        },
      });
      setMethods(result.methods);
    });
  }

  function handleCode(event: SubmitEvent<HTMLFormElement>) {
    const form = new FormData(event.currentTarget);
    void submit(event, async () => {
      await api.post('/api/auth/totp', { body: { code: formText(form, 'code') } });
      onSignedIn();
    });
  }

  // Each step has its own key: without it React keeps the email input's DOM node for the code box,
  // and the code box starts with the email address in it.
  if (methods === undefined) {
    return (
      <main key="password" className="lb-main lb-narrow" id="main">
        <PageHeading title="Sign in">Sign in to Linebreak</PageHeading>
        <ErrorSummary message={error} fieldErrors={fieldErrors} />
        <form onSubmit={handlePassword} noValidate>
          <Field
            id="email"
            label="Email address"
            type="email"
            autoComplete="username"
            spellCheck={false}
            errors={fieldErrors}
            required
          />
          <Field
            id="password"
            label="Password"
            type="password"
            autoComplete="current-password"
            errors={fieldErrors}
            required
          />
          <button type="submit" className="lb-button" disabled={busy}>
            Continue
          </button>
        </form>
        {session.state === 'signed_out' && session.singleSignOn.enabled && (
          <p>
            <a className="lb-button lb-button--secondary" href="/api/auth/oidc/start">
              {session.singleSignOn.label}
            </a>
          </p>
        )}
        <p className="lb-hint">This system is for authorised staff only. Access is recorded.</p>
      </main>
    );
  }

  return (
    <main key="second-factor" className="lb-main lb-narrow" id="main">
      <PageHeading title="Second factor">Confirm it is you</PageHeading>
      <ErrorSummary message={error} fieldErrors={fieldErrors} />
      {methods.includes('totp') && (
        <form onSubmit={handleCode} noValidate>
          <Field
            id="code"
            label="Code from your authenticator app"
            hint="The 6-digit code the app shows for Linebreak now."
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9 ]*"
            maxLength={7}
            className="lb-input--short"
            errors={fieldErrors}
            required
          />
          <button type="submit" className="lb-button" disabled={busy}>
            Sign in
          </button>
        </form>
      )}
      {methods.includes('webauthn') && <SecurityKeySignIn onSignedIn={onSignedIn} onError={setError} />}
    </main>
  );
}
