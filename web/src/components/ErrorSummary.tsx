import { useEffect, useId, useRef } from 'react';
import type { FieldError } from '../api/client.ts';

// GOV.UK-style error summary: focused when it appears, each problem links to its field.
export function ErrorSummary({
  message,
  fieldErrors = [],
}: {
  message?: string | undefined;
  fieldErrors?: readonly FieldError[];
}) {
  const ref = useRef<HTMLDivElement>(null);
  // Unique per summary: a page can show more than one form's problems at once.
  const titleId = useId();
  useEffect(() => {
    ref.current?.focus();
  }, [message, fieldErrors]);
  if (message === undefined && fieldErrors.length === 0) return null;
  return (
    <div className="lb-error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby={titleId}>
      <h2 id={titleId}>There is a problem</h2>
      {fieldErrors.length > 0 ? (
        <ul>
          {fieldErrors.map((error) => (
            <li key={`${error.field}:${error.message}`}>
              <a href={`#${error.field}`}>{error.message}</a>
            </li>
          ))}
        </ul>
      ) : (
        <p>{message}</p>
      )}
    </div>
  );
}
