import type { InputHTMLAttributes } from 'react';
import type { FieldError } from '../api/client.ts';
import { FieldFrame } from './FieldFrame.tsx';

type FieldProps = {
  id: string;
  label: string;
  hint?: string;
  errors?: readonly FieldError[];
} & InputHTMLAttributes<HTMLInputElement>;

/** A labelled input with its hint and error, wired up for screen readers. */
export function Field({ id, label, hint, errors, ...input }: FieldProps) {
  return (
    <FieldFrame
      id={id}
      label={label}
      hint={hint}
      errors={errors}
      control={(wiring) => <input {...wiring} {...input} />}
    />
  );
}
