import type { ReactNode } from 'react';
import type { FieldError } from '../api/client.ts';

/** What a control inside a FieldFrame needs to be tied to its label, hint and error. */
export type ControlProps = {
  id: string;
  name: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

/**
 * The label, hint and error around one form control, GOV.UK style, shared by Field,
 * TextAreaField and SelectField; `control` receives the attributes that wire it up for screen
 * readers.
 */
export function FieldFrame({
  id,
  label,
  hint,
  errors = [],
  control,
}: {
  id: string;
  label: string;
  hint?: string | undefined;
  errors?: readonly FieldError[] | undefined;
  control: (props: ControlProps) => ReactNode;
}) {
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
      {control({
        id,
        name: id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
    </div>
  );
}
