import { useState, type SubmitEvent } from 'react';
import { ApiError, type FieldError } from '../../api/client.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';

/** The cuckooed-address forms' shared state: submit a form, then its confirmation or its errors. */
export type CuckooedForm = ReturnType<typeof useCuckooedForm>;

/** Submits with `send`, shows its message or the API's errors, and calls `onDone` after a success. */
export function useCuckooedForm(onDone: () => void) {
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const [done, setDone] = useState<string>();
  const submit = (send: (data: FormData) => Promise<string>) => (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    setFieldErrors([]);
    setDone(undefined);
    const element = event.currentTarget;
    send(new FormData(element))
      .then((message) => {
        setDone(message);
        element.reset();
        onDone();
      })
      .catch((caught: unknown) => {
        setError(caught instanceof ApiError ? caught.message : 'The change could not be saved');
        setFieldErrors(caught instanceof ApiError ? caught.fieldErrors : []);
      });
  };
  const messages = (
    <>
      {done && (
        <p className="lb-success" role="status">
          {done}
        </p>
      )}
      <ErrorSummary message={error} fieldErrors={fieldErrors} />
    </>
  );
  return { submit, fieldErrors, messages };
}
