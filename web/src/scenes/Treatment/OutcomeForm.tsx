import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { formText } from '../../components/forms.ts';
import { outcomeOptions } from './outcome-options.ts';
import { useSubmit } from './useSubmit.ts';

/** What a form records on a referral: the step, its date, a note, and the version it was read at. */
export type OutcomeEntry = { outcome: string; on: string; note: string; expectedVersion: number };

/**
 * A referral's next step or outcome, as police staff record what the service reports and as the
 * service's own key worker records it: the same fields, each page with its own words and route.
 */
export function OutcomeForm(props: {
  id: string;
  heading: string;
  referrals: readonly { id: string; version: number; label: string }[];
  labels: { referral: string; outcome: string; note: string; noteHint?: string; submit: string; done: string };
  send: (referralId: string, entry: OutcomeEntry) => Promise<unknown>;
  reload: () => void;
}) {
  const { id, heading, referrals, labels } = props;
  const outcome = useSubmit({ referral: 'referral' });
  return (
    <>
      <h2 id={id}>{heading}</h2>
      {outcome.done && (
        <p className="lb-success" role="status">
          {outcome.done}
        </p>
      )}
      <ErrorSummary message={outcome.error} fieldErrors={outcome.fieldErrors} />
      <form
        aria-labelledby={id}
        noValidate
        className="lb-narrow"
        onSubmit={outcome.submit(
          (data) => {
            const referralId = formText(data, 'referral');
            return props.send(referralId, {
              outcome: formText(data, 'outcome'),
              on: formText(data, 'on'),
              note: formText(data, 'note'),
              expectedVersion: referrals.find((r) => r.id === referralId)?.version ?? 0,
            });
          },
          labels.done,
          props.reload,
        )}
      >
        <SelectField
          id="referral"
          label={labels.referral}
          options={referrals.map((r) => ({ value: r.id, label: r.label }))}
          errors={outcome.fieldErrors}
        />
        <SelectField id="outcome" label={labels.outcome} options={outcomeOptions} errors={outcome.fieldErrors} />
        <Field id="on" label="Date" type="date" errors={outcome.fieldErrors} />
        <TextAreaField
          id="note"
          label={labels.note}
          {...(labels.noteHint === undefined ? {} : { hint: labels.noteHint })}
          rows={2}
          maxLength={2000}
          errors={outcome.fieldErrors}
        />
        <button type="submit" className="lb-button">
          {labels.submit}
        </button>
      </form>
    </>
  );
}
