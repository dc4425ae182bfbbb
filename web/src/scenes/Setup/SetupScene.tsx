import { formText } from '../../components/forms.ts';
import { useEffect, useState, type SubmitEvent } from 'react';
import { api, ApiError, type FieldError } from '../../api/client.ts';
import type { Enrolment } from '../../api/types.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { EnrolmentStep } from './EnrolmentStep.tsx';

type Inspection = { firstAdministrator: boolean; email: string | null; displayName: string | null };

// The one-time setup link: choose a password, then enrol an authenticator app. The token is
// read once from the address and then removed from it (and from the browser history).
const token = new URLSearchParams(window.location.search).get('token') ?? '';

export function SetupScene({ onSignedIn }: { onSignedIn: () => void }) {
  const [inspection, setInspection] = useState<Inspection>();
  const [enrolment, setEnrolment] = useState<Enrolment>();
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    window.history.replaceState(null, '', '/app/setup');
    api
      .post('/api/setup/inspect', { body: { token } })
      .then(setInspection)
      .catch((caught: unknown) => {
        setError(caught instanceof ApiError ? caught.message : 'Could not check the setup link');
      });
  }, []);

  function handlePassword(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = formText(form, 'password');
    if (password !== formText(form, 'confirm')) {
      setFieldErrors([{ field: 'confirm', message: 'The two passwords are not the same' }]);
      return;
    }
    setBusy(true);
    setFieldErrors([]);
    setError(undefined);
    api
      .post('/api/setup/start', {
        body: {
          token,
          password,
          ...(inspection?.firstAdministrator
            ? { email: formText(form, 'email'), displayName: formText(form, 'displayName') }
            : {}),
        },
      })
      .then(setEnrolment)
      .catch((caught: unknown) => {
        setError(caught instanceof ApiError ? caught.message : 'Could not save your password');
        setFieldErrors(caught instanceof ApiError ? caught.fieldErrors : []);
      })
      .finally(() => {
        setBusy(false);
      });
  }

  if (enrolment) return <EnrolmentStep token={token} enrolment={enrolment} onSignedIn={onSignedIn} />;

  return (
    <main className="lb-main lb-narrow" id="main">
      <PageHeading title="Set up your account">Set up your Linebreak account</PageHeading>
      <ErrorSummary message={error} fieldErrors={fieldErrors} />
      {inspection && (
        <form onSubmit={handlePassword} noValidate>
          {inspection.firstAdministrator ? (
            <>
              <p>You are setting up the first administrator account. You can add everyone else once you are in.</p>
              <Field id="displayName" label="Your full name" autoComplete="name" errors={fieldErrors} required />
              <Field
                id="email"
                label="Your work email address"
                type="email"
                autoComplete="username"
                spellCheck={false}
                errors={fieldErrors}
                required
              />
            </>
          ) : (
            <p>
              Account: <strong>{inspection.email}</strong>
            </p>
          )}
          <Field
            id="password"
            label="Choose a password"
            hint="At least 12 characters. Three or four unrelated words work well. Common passwords are refused."
            type="password"
            autoComplete="new-password"
            errors={fieldErrors}
            required
          />
          <Field
            id="confirm"
            label="Type the password again"
            type="password"
            autoComplete="new-password"
            errors={fieldErrors}
            required
          />
          <button type="submit" className="lb-button" disabled={busy}>
            Continue
          </button>
        </form>
      )}
    </main>
  );
}
