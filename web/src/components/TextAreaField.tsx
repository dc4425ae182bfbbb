import type { TextareaHTMLAttributes } from 'react';
import type { FieldError } from '../api/client.ts';
import { FieldFrame } from './FieldFrame.tsx';

type TextAreaFieldProps = {
  id: string;
  label: string;
  hint?: string;
  errors?: readonly FieldError[];
} & TextareaHTMLAttributes<HTMLTextAreaElement>;

/** A labelled multi-line text box with its hint and error, like Field. */
export function TextAreaField({ id, label, hint, errors, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldFrame
      id={id}
      label={label}
      hint={hint}
      errors={errors}
      control={(wiring) => <textarea rows={5} {...wiring} {...textarea} />}
    />
  );
}
