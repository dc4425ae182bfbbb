import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type FieldError } from '../../api/client.ts';
import type { TargetDetail } from '../../api/operations-types.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { formText } from '../../components/forms.ts';

type Action = 'adjust' | 'review' | 'close';

// Field names in the API's answers → the ids of these forms' fields.
const fieldIds: Readonly<Record<string, string>> = {
  adjustment: 'adjustment',
  reason: 'adjustReason',
  nextReviewOn: 'nextReviewOn',
  note: 'reviewNote',
};

/** Adjusting the priority (with a reason), recording a review, closing the target. */
export function TargetActions({ target, onChanged }: { target: TargetDetail; onChanged: () => void }) {
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const [done, setDone] = useState<string>();

  function bodyFor(action: Action, form: FormData): Record<string, unknown> {
    const expectedVersion = target.version;
    if (action === 'adjust') {
      const raw = formText(form, 'adjustment').trim();
      return {
        adjustment: raw === '' ? Number.NaN : Number(raw),
        reason: formText(form, 'adjustReason'),
        expectedVersion,
      };
    }
    if (action === 'review') {
      return { nextReviewOn: formText(form, 'nextReviewOn'), note: formText(form, 'reviewNote'), expectedVersion };
    }
    return { reason: formText(form, 'closeReason'), expectedVersion };
  }

  function submit(action: Action) {
    return (event: SubmitEvent<HTMLFormElement>) => {
      event.preventDefault();
      setError(undefined);
      setFieldErrors([]);
      setDone(undefined);
      const body = bodyFor(action, new FormData(event.currentTarget));
      api
        .post(`/api/operations/targets/{id}/${action}`, {
          path: { id: target.id },
          // One form per action: bodyFor builds the action's body; the server validates it.
          body: body as never,
        })
        .then(() => {
          setDone(
            action === 'adjust' ? 'Priority adjusted' : action === 'review' ? 'Review recorded' : 'Target closed',
          );
          onChanged();
        })
        .catch((caught: unknown) => {
          setError(caught instanceof ApiError ? caught.message : 'The change could not be saved');
          setFieldErrors(
            caught instanceof ApiError
              ? caught.fieldErrors.map((f) => ({
                  ...f,
                  field: action === 'close' && f.field === 'reason' ? 'closeReason' : (fieldIds[f.field] ?? f.field),
                }))
              : [],
          );
        });
    };
  }

  return (
    <section aria-labelledby="target-actions">
      <h2 id="target-actions">Change this target</h2>
      {done && (
        <p className="lb-success" role="status">
          {done}
        </p>
      )}
      <ErrorSummary message={error} fieldErrors={fieldErrors} />
      <form onSubmit={submit('adjust')} noValidate className="lb-narrow" aria-labelledby="adjust-heading">
        <h3 id="adjust-heading">Adjust the priority</h3>
        <Field
          id="adjustment"
          label="Adjustment (−50 to +50)"
          hint="Added to the computed priority, for example 10 or -5"
          inputMode="numeric"
          className="lb-input--short"
          defaultValue={String(target.priority.adjustment)}
          errors={fieldErrors}
        />
        <TextAreaField
          id="adjustReason"
          label="Reason for the adjustment"
          hint="For example the tasking meeting’s decision; kept in the history and the audit trail"
          rows={3}
          errors={fieldErrors}
        />
        <button type="submit" className="lb-button">
          Adjust
        </button>
      </form>
      <form onSubmit={submit('review')} noValidate className="lb-narrow" aria-labelledby="review-heading">
        <h3 id="review-heading">Record a review</h3>
        <Field id="nextReviewOn" label="Next review" type="date" errors={fieldErrors} />
        <TextAreaField id="reviewNote" label="What the review found" rows={3} errors={fieldErrors} />
        <button type="submit" className="lb-button lb-button--secondary">
          Record the review
        </button>
      </form>
      <form onSubmit={submit('close')} noValidate className="lb-narrow" aria-labelledby="close-heading">
        <h3 id="close-heading">Close the target</h3>
        <TextAreaField id="closeReason" label="Why the target is closed" rows={2} errors={fieldErrors} />
        <button type="submit" className="lb-button lb-button--warning">
          Close the target
        </button>
      </form>
    </section>
  );
}
