import { useState, type SubmitEvent } from 'react';
import { ApiError, type FieldError } from '../../api/client.ts';

/** A form's submission: the error summary's message and field errors, and the success message. */
export function useSubmit(fieldIds: Readonly<Record<string, string>> = {}) {
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const [done, setDone] = useState<string>();
  function submit(send: (data: FormData) => Promise<unknown>, success: string, after: () => void) {
    return (event: SubmitEvent<HTMLFormElement>) => {
      event.preventDefault();
      setError(undefined);
      setFieldErrors([]);
      setDone(undefined);
      const element = event.currentTarget;
      send(new FormData(element))
        .then(() => {
          setDone(success);
          element.reset();
          after();
        })
        .catch((caught: unknown) => {
          setError(caught instanceof ApiError ? caught.message : 'The change could not be saved');
          setFieldErrors(
            caught instanceof ApiError
              ? caught.fieldErrors.map((f) => ({ ...f, field: fieldIds[f.field] ?? f.field }))
              : [],
          );
        });
    };
  }
  return { error, fieldErrors, done, submit };
}
