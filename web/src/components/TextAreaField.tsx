import type { TextareaHTMLAttributes } from 'react';
import type { FieldError } from '../api/client.ts';

type TextAreaFieldProps = {
  id: string;
  label: string;
  hint?: string;
  errors?: readonly FieldError[];
} & TextareaHTMLAttributes<HTMLTextAreaElement>;

/** A labelled multi-line text box with its hint and error, like Field. */
export function TextAreaField({ id, label, hint, errors = [], ...textarea }: TextAreaFieldProps) {
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
      <textarea
        id={id}
        name={id}
        rows={5}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...textarea}
      />
    </div>
  );
}
