import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type FieldError } from '../../api/client.ts';
import type { WarrantDetail } from '../../api/operations-types.ts';
import type { Me } from '../../api/types.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { formText } from '../../components/forms.ts';
import { hasPermission } from '../Shell/navigation.ts';
import { entryMethodLabels } from './labels.ts';

type Step = 'authorise' | 'decline' | 'decision' | 'entries' | 'return';

const checked = (form: FormData, name: string) => form.get(name) === 'yes';

/** The next step of the warrant's life, as the reader's permissions allow. */
export function WarrantActions({ me, warrant, onChanged }: { me: Me; warrant: WarrantDetail; onChanged: () => void }) {
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const [done, setDone] = useState<string>();
  const expectedVersion = warrant.version;

  function body(step: Step, form: FormData): Record<string, unknown> {
    if (step === 'authorise') return { note: formText(form, 'note'), expectedVersion };
    if (step === 'decline') return { reason: formText(form, 'reason'), expectedVersion };
    if (step === 'decision') {
      return {
        decision: formText(form, 'decision'),
        court: formText(form, 'court'),
        decidedOn: formText(form, 'decidedOn'),
        expectedVersion,
      };
    }
    if (step === 'entries') {
      const local = formText(form, 'executedAt');
      return {
        executedAt: local === '' ? '' : new Date(local).toISOString(),
        entryMethod: formText(form, 'entryMethod'),
        officersPresent: formText(form, 'officersPresent'),
        personsPresent: formText(form, 'personsPresent'),
        childrenPresent: checked(form, 'childrenPresent'),
        vulnerableAdultsPresent: checked(form, 'vulnerableAdultsPresent'),
        forceUsed: formText(form, 'forceUsed'),
        damage: formText(form, 'damage'),
        articlesFound: checked(form, 'articlesFound'),
        itemsSeized: formText(form, 'itemsSeized'),
        expectedVersion,
      };
    }
    return { endorsement: formText(form, 'endorsement'), returnedOn: formText(form, 'returnedOn'), expectedVersion };
  }

  function submit(step: Step, message: string) {
    return (event: SubmitEvent<HTMLFormElement>) => {
      event.preventDefault();
      setError(undefined);
      setFieldErrors([]);
      setDone(undefined);
      api
        .post(`/api/operations/warrants/{id}/${step}`, {
          path: { id: warrant.id },
          // One form per step: body() builds the step's body; the server validates it.
          body: body(step, new FormData(event.currentTarget)) as never,
        })
        .then((answer) => {
          setDone(
            answer?.safeguardingReferralNeeded
              ? `${message}. Children or vulnerable adults were present: make a safeguarding referral.`
              : message,
          );
          onChanged();
        })
        .catch((caught: unknown) => {
          setError(caught instanceof ApiError ? caught.message : 'The change could not be saved');
          setFieldErrors(caught instanceof ApiError ? caught.fieldErrors : []);
        });
    };
  }

  const canAuthorise =
    warrant.status === 'awaiting_authorisation' &&
    hasPermission(me, 'warrant.authorise') &&
    warrant.applicantId !== me.id;
  const applies = hasPermission(me, 'warrant.apply');
  return (
    <section aria-labelledby="warrant-next">
      <h2 id="warrant-next">Next step</h2>
      {done && (
        <p className="lb-success" role="status">
          {done}
        </p>
      )}
      <ErrorSummary message={error} fieldErrors={fieldErrors} />
      {warrant.status === 'awaiting_authorisation' && !canAuthorise && (
        <p>An inspector other than the applicant must authorise this application.</p>
      )}
      {canAuthorise && (
        <form onSubmit={submit('authorise', 'Authorised')} noValidate className="lb-narrow">
          <TextAreaField id="note" label="Inspector’s reasons for authorising" rows={3} errors={fieldErrors} />
          <button type="submit" className="lb-button">
            Authorise the application
          </button>
        </form>
      )}
      {canAuthorise && (
        <form onSubmit={submit('decline', 'Application declined')} noValidate className="lb-narrow">
          <h3>Or decline it</h3>
          <TextAreaField
            id="reason"
            label="Reason for declining"
            hint="The applicant sees this; for example what corroboration is missing"
            rows={3}
            errors={fieldErrors}
          />
          <button type="submit" className="lb-button lb-button--warning">
            Decline the application
          </button>
        </form>
      )}
      {warrant.status === 'authorised' && applies && (
        <form onSubmit={submit('decision', 'Court decision recorded')} noValidate className="lb-narrow">
          <RadioGroup
            name="decision"
            legend="The court’s decision"
            options={[
              { value: 'issued', label: 'Issued' },
              { value: 'refused', label: 'Refused' },
            ]}
            errors={fieldErrors}
          />
          <Field id="court" label="Court" hint="For example St Albans Magistrates’ Court" errors={fieldErrors} />
          <Field id="decidedOn" label="Date of the decision" type="date" errors={fieldErrors} />
          <button type="submit" className="lb-button">
            Record the decision
          </button>
        </form>
      )}
      {warrant.status === 'issued' && applies && (
        <form onSubmit={submit('entries', 'Entry recorded')} noValidate className="lb-narrow">
          <h3>Record an entry</h3>
          <Field id="executedAt" label="Date and time of entry" type="datetime-local" errors={fieldErrors} />
          <RadioGroup
            name="entryMethod"
            legend="How entry was made"
            options={Object.entries(entryMethodLabels).map(([value, label]) => ({ value, label }))}
            errors={fieldErrors}
          />
          <TextAreaField id="officersPresent" label="Officers present" rows={2} errors={fieldErrors} />
          <TextAreaField id="personsPresent" label="Persons present" rows={2} errors={fieldErrors} />
          <fieldset className="lb-fieldset">
            <legend>Who was there, and what was found</legend>
            {(
              [
                ['childrenPresent', 'Children were present'],
                ['vulnerableAdultsPresent', 'Vulnerable adults were present'],
                ['articlesFound', 'The articles sought were found'],
              ] as const
            ).map(([name, label]) => (
              <div className="lb-checkbox" key={name}>
                <input type="checkbox" id={name} name={name} value="yes" />
                <label htmlFor={name}>{label}</label>
              </div>
            ))}
          </fieldset>
          <TextAreaField id="forceUsed" label="Force used and why (if any)" rows={2} errors={fieldErrors} />
          <TextAreaField id="damage" label="Damage (if any)" rows={2} errors={fieldErrors} />
          <TextAreaField id="itemsSeized" label="Items seized" rows={3} errors={fieldErrors} />
          <button type="submit" className="lb-button">
            Record the entry
          </button>
        </form>
      )}
      {(warrant.status === 'executed' || warrant.status === 'expired') && applies && (
        <form onSubmit={submit('return', 'Return recorded')} noValidate className="lb-narrow">
          <h3>Endorse and return to the court</h3>
          <TextAreaField
            id="endorsement"
            label="Endorsement"
            hint="Whether the articles sought were found, and what else was seized"
            rows={3}
            errors={fieldErrors}
          />
          <Field id="returnedOn" label="Date returned" type="date" errors={fieldErrors} />
          <button type="submit" className="lb-button">
            Record the return
          </button>
        </form>
      )}
    </section>
  );
}
