import type { InputHTMLAttributes } from 'react';
import type { FieldError } from '../api/client.ts';

type FieldProps = {
  id: string;
  label: string;
  hint?: string;
  errors?: readonly FieldError[];
} & InputHTMLAttributes<HTMLInputElement>;

/** A labelled input with its hint and error, wired up for screen readers. */
export function Field({ id, label, hint, errors = [], ...input }: FieldProps) {
  const error = errors.find((candidate) => candidate.field === id);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={error ? 'lb-field lb-field--error' : 'lb-field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="lb-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="lb-field-error" id={`${id}-error`}>
          <span className="lb-visually-hidden">Error: </span>
          {error.message}
        </p>
      )}
      <input
        id={id}
        name={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...input}
      />
    </div>
  );
}
