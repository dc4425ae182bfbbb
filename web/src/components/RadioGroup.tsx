import type { ChangeEvent } from 'react';
import type { FieldError } from '../api/client.ts';

/**
 * A GOV.UK-style radio group: a fieldset with its legend; the first radio carries the
 * group's id so the error summary's link lands on the group.
 */
export function RadioGroup({
  name,
  legend,
  hint,
  options,
  errors = [],
  defaultValue,
  onChange,
}: {
  name: string;
  legend: string;
  hint?: string;
  options: readonly { value: string; label: string }[];
  errors?: readonly FieldError[];
  defaultValue?: string | null | undefined;
  onChange?: (value: string) => void;
}) {
  const error = errors.find((candidate) => candidate.field === name);
  const describedBy = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset
      className={error ? 'lb-fieldset lb-field--error' : 'lb-fieldset'}
      aria-describedby={describedBy || undefined}
    >
      <legend>{legend}</legend>
      {hint && (
        <p className="lb-hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="lb-field-error" id={`${name}-error`}>
          <span className="lb-visually-hidden">Error: </span>
          {error.message}
        </p>
      )}
      {options.map((option, index) => {
        const id = index === 0 ? name : `${name}-${option.value}`;
        return (
          <div className="lb-radio" key={option.value}>
            <input
              type="radio"
              id={id}
              name={name}
              value={option.value}
              defaultChecked={defaultValue === option.value}
              onChange={(event: ChangeEvent<HTMLInputElement>) => onChange?.(event.currentTarget.value)}
            />
            <label htmlFor={id}>{option.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
