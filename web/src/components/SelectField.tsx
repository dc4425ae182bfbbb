import type { SelectHTMLAttributes } from 'react';
import type { FieldError } from '../api/client.ts';
import { FieldFrame } from './FieldFrame.tsx';

type SelectFieldProps = {
  id: string;
  label: string;
  hint?: string;
  errors?: readonly FieldError[];
  options: readonly { value: string; label: string }[];
} & SelectHTMLAttributes<HTMLSelectElement>;

/** A labelled select with its hint and error, like Field. */
export function SelectField({ id, label, hint, errors, options, ...select }: SelectFieldProps) {
  return (
    <FieldFrame
      id={id}
      label={label}
      hint={hint}
      errors={errors}
      control={(wiring) => (
        <select {...wiring} {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}
