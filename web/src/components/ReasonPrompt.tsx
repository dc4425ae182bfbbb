import { useState, type SubmitEvent } from 'react';
import { ApiError, type FieldError } from '../api/client.ts';
import { ErrorSummary } from './ErrorSummary.tsx';
import { formText } from './forms.ts';
import { TextAreaField } from './TextAreaField.tsx';

/**
 * Sensitive content behind a stated reason: a button opens the prompt, an empty reason is
 * refused with a GOV.UK error summary, and the reason goes to the API (which audits it).
 */
export function ReasonPrompt({
  id,
  openLabel,
  submitLabel,
  onReason,
  label = 'Why do you need to see this?',
  emptyMessage = 'Enter why you need to see this',
  warning,
}: {
  id: string;
  openLabel: string;
  submitLabel: string;
  onReason: (reason: string) => Promise<void>;
  /** The question asked; the default suits opening sensitive content. */
  label?: string;
  emptyMessage?: string;
  /** What the person must know before they confirm, shown above the question. */
  warning?: string;
}) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const [message, setMessage] = useState<string>();

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = formText(new FormData(event.currentTarget), id).trim();
    if (reason === '') {
      setMessage(undefined);
      setFieldErrors([{ field: id, message: emptyMessage }]);
      return;
    }
    setBusy(true);
    try {
      await onReason(reason);
      setFieldErrors([]);
      setMessage(undefined);
    } catch (caught) {
      if (caught instanceof ApiError && caught.fieldErrors.length > 0) {
        setFieldErrors(caught.fieldErrors.map((error) => ({ ...error, field: id })));
      } else {
        setMessage(caught instanceof Error ? caught.message : 'Something went wrong');
      }
    } finally {
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <button
        type="button"
        className="lb-button lb-button--secondary"
        aria-expanded="false"
        onClick={() => {
          setOpen(true);
        }}
      >
        {openLabel}
      </button>
    );
  }
  return (
    <form className="lb-reason" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <ErrorSummary message={message} fieldErrors={fieldErrors} />
      {warning !== undefined && (
        <div className="lb-urgent">
          <p>
            <strong>Warning:</strong> {warning}
          </p>
        </div>
      )}
      <TextAreaField
        id={id}
        label={label}
        hint="Your reason is recorded in the audit trail with your name."
        errors={fieldErrors}
        rows={2}
        autoFocus
      />
      <button type="submit" className="lb-button" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
