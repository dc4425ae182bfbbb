import { formText } from '../../components/forms.ts';
import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type FieldError } from '../../api/client.ts';
import type { Enrolment } from '../../api/types.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';

/** Step two of setup: add Linebreak to an authenticator app, then prove it works with a code. */
export function EnrolmentStep({
  token,
  enrolment,
  onSignedIn,
}: {
  token: string;
  enrolment: Enrolment;
  onSignedIn: () => void;
}) {
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const [busy, setBusy] = useState(false);

  function handleCode(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = formText(new FormData(event.currentTarget), 'code');
    setBusy(true);
    api
      .post('/api/setup/finish', { body: { token, code } })
      .then(onSignedIn)
      .catch((caught: unknown) => {
        setError(caught instanceof ApiError ? caught.message : 'Could not finish setting up');
        setFieldErrors(caught instanceof ApiError ? caught.fieldErrors : []);
      })
      .finally(() => {
        setBusy(false);
      });
  }

  const groupedSecret = enrolment.secret.replace(/(.{4})/g, '$1 ').trim();
  return (
    <main className="lb-main lb-narrow" id="main">
      <PageHeading title="Add an authenticator">Add Linebreak to your authenticator app</PageHeading>
      <ErrorSummary message={error} fieldErrors={fieldErrors} />
      <p>Every Linebreak account needs a second factor. Use an authenticator app on your work phone.</p>
      <ol className="lb-steps">
        <li>
          <p>Scan this QR code with the app:</p>
          <img
            className="lb-qr"
            src={enrolment.qrCodeDataUri}
            alt={`QR code to add Linebreak for ${enrolment.accountName}`}
            width={200}
            height={200}
          />
        </li>
        <li>
          <p>
            Or enter this key by hand (time-based, 6 digits, 30 seconds):{' '}
            <code className="lb-secret" aria-label={`Key: ${enrolment.secret.split('').join(' ')}`}>
              {groupedSecret}
            </code>
          </p>
          <details>
            <summary>Show the setup address (otpauth URI)</summary>
            <p>
              <code className="lb-break">{enrolment.otpauthUri}</code>
            </p>
          </details>
        </li>
        <li>
          <form onSubmit={handleCode} noValidate>
            <Field
              id="code"
              label="Enter the 6-digit code the app now shows"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={7}
              className="lb-input--short"
              errors={fieldErrors}
              required
            />
            <button type="submit" className="lb-button" disabled={busy}>
              Finish setting up
            </button>
          </form>
        </li>
      </ol>
    </main>
  );
}
