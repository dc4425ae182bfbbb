import type { SelectHTMLAttributes } from 'react';
import type { FieldError } from '../api/client.ts';

type SelectFieldProps = {
  id: string;
  label: string;
  hint?: string;
  errors?: readonly FieldError[];
  options: readonly { value: string; label: string }[];
} & SelectHTMLAttributes<HTMLSelectElement>;

/** A labelled select with its hint and error, like Field. */
export function SelectField({ id, label, hint, errors = [], options, ...select }: SelectFieldProps) {
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
      <select
        id={id}
        name={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
