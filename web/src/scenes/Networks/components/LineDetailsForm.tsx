import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type FieldError } from '../../../api/client.ts';
import type { DealLineProfile } from '../../../api/network-types.ts';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { Field } from '../../../components/Field.tsx';
import { formText } from '../../../components/forms.ts';

/**
 * Corrects a line's brand name and urban hub. The version the analyst saw goes with the change,
 * so an edit made meanwhile by someone else is refused rather than overwritten.
 */
export function LineDetailsForm({ line, onChanged }: { line: DealLineProfile; onChanged: () => void }) {
  const [open, setOpen] = useState(false);
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [message, setMessage] = useState<string>();

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const brandName = formText(form, 'line-brand').trim();
    const urbanHub = formText(form, 'line-hub').trim();
    if (brandName === '') {
      setErrors([{ field: 'line-brand', message: 'Enter the name the line goes by' }]);
      return;
    }
    try {
      await api.patch('/api/deal-lines/{id}', {
        path: { id: line.id },
        body: {
          brandName,
          urbanHub: urbanHub === '' ? null : urbanHub,
          expectedVersion: line.version,
        },
      });
      setErrors([]);
      setMessage(undefined);
      setOpen(false);
      onChanged();
    } catch (caught) {
      if (caught instanceof ApiError && caught.fieldErrors.length > 0) {
        const fields: Record<string, string> = { brandName: 'line-brand', urbanHub: 'line-hub' };
        setErrors(caught.fieldErrors.map((e) => ({ ...e, field: fields[e.field] ?? e.field })));
      } else {
        setMessage(caught instanceof Error ? caught.message : 'Something went wrong');
      }
    }
  }

  if (!open) {
    return (
      <button
        type="button"
        className="lb-button lb-button--secondary"
        onClick={() => {
          setOpen(true);
        }}
      >
        Change the name or urban hub
      </button>
    );
  }
  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)}>
      <ErrorSummary message={message} fieldErrors={errors} />
      <Field id="line-brand" label="Name the line goes by" defaultValue={line.brandName} errors={errors} />
      <Field
        id="line-hub"
        label="Urban hub it serves from"
        hint="For example, north-west London. Leave empty if not known."
        defaultValue={line.urbanHub ?? ''}
        errors={errors}
      />
      <button type="submit" className="lb-button">
        Save the changes
      </button>
    </form>
  );
}
