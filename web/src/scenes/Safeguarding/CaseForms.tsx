import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type BodyOf, type FieldError } from '../../api/client.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { formText } from '../../components/forms.ts';
import { agencyOptions, decisionOptions, type CaseDetail } from './case-types.ts';

type Form = 'decision' | 'discussion' | 'close';

// API field names → the ids of these forms' fields.
const fieldIds: Readonly<Record<string, string>> = {
  decision: 'decision',
  strategyDiscussion: 'strategyDiscussion',
  heldAt: 'heldAt',
  conferenceNeeded: 'conferenceNeeded',
  informationShared: 'informationShared',
  decisions: 'decisions',
  'actions.0.dueOn': 'actionDueOn',
  'actions.0.description': 'actionDescription',
  'actions.0.ownerAgency': 'actionOwner',
  reason: 'closeReason',
};

const instant = (local: string) => (local === '' ? '' : new Date(local).toISOString());
const yesNo = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];
const choice = (value: string) => (value === 'yes' ? true : value === 'no' ? false : undefined);

/** The referral decision, a strategy discussion with an action, and closing the case. */
export function CaseForms({ item, onChanged }: { item: CaseDetail; onChanged: () => void }) {
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const [done, setDone] = useState<string>();

  function request(form: Form, data: FormData): Promise<unknown> {
    const expectedVersion = item.version;
    if (form === 'decision') {
      return api.post('/api/casework/cases/{id}/decision', {
        path: { id: item.id },
        body: {
          decision: formText(data, 'decision'),
          strategyDiscussion: choice(formText(data, 'strategyDiscussion')),
          expectedVersion,
        } as BodyOf<'/api/casework/cases/{id}/decision'>,
      });
    }
    if (form === 'close') {
      return api.post('/api/casework/cases/{id}/close', {
        path: { id: item.id },
        body: { reason: formText(data, 'closeReason'), expectedVersion },
      });
    }
    const action = formText(data, 'actionDescription').trim();
    return api.post('/api/casework/cases/{id}/discussions', {
      path: { id: item.id },
      body: {
        heldAt: instant(formText(data, 'heldAt')),
        conferenceNeeded: choice(formText(data, 'conferenceNeeded')),
        attendees: [0, 1].map((n) => ({
          name: formText(data, `attendee${String(n)}Name`),
          agency: formText(data, `attendee${String(n)}Agency`),
          role: formText(data, `attendee${String(n)}Role`),
        })),
        informationShared: formText(data, 'informationShared'),
        decisions: formText(data, 'decisions'),
        actions:
          action === ''
            ? []
            : [
                {
                  ownerAgency: formText(data, 'actionOwner'),
                  description: action,
                  dueOn: formText(data, 'actionDueOn'),
                },
              ],
      } as BodyOf<'/api/casework/cases/{id}/discussions'>,
    });
  }

  function submit(form: Form) {
    return (event: SubmitEvent<HTMLFormElement>) => {
      event.preventDefault();
      setError(undefined);
      setFieldErrors([]);
      setDone(undefined);
      const element = event.currentTarget;
      request(form, new FormData(element))
        .then(() => {
          setDone(
            form === 'decision'
              ? 'Decision recorded'
              : form === 'close'
                ? 'Case closed'
                : 'Strategy discussion recorded',
          );
          element.reset();
          onChanged();
        })
        .catch((caught: unknown) => {
          setError(caught instanceof ApiError ? caught.message : 'The change could not be saved');
          setFieldErrors(
            caught instanceof ApiError
              ? caught.fieldErrors.map((f) => ({ ...f, field: fieldIds[f.field] ?? f.field }))
              : [],
          );
        });
    };
  }

  return (
    <section aria-labelledby="case-actions">
      <h2 id="case-actions">Update this case</h2>
      {done && (
        <p className="lb-success" role="status">
          {done}
        </p>
      )}
      <ErrorSummary message={error} fieldErrors={fieldErrors} />
      {item.referralDecision === null && (
        <form onSubmit={submit('decision')} noValidate className="lb-narrow" aria-labelledby="decision-heading">
          <h3 id="decision-heading">Decide on the referral</h3>
          <SelectField
            id="decision"
            label="Decision"
            options={[{ value: '', label: 'Choose a decision' }, ...decisionOptions]}
            errors={fieldErrors}
          />
          <RadioGroup
            name="strategyDiscussion"
            legend="Will a strategy discussion be held?"
            options={yesNo}
            errors={fieldErrors}
          />
          <button type="submit" className="lb-button">
            Record the decision
          </button>
        </form>
      )}
      <form onSubmit={submit('discussion')} noValidate className="lb-narrow" aria-labelledby="discussion-heading">
        <h3 id="discussion-heading">Record a strategy discussion</h3>
        <Field id="heldAt" label="When it was held" type="datetime-local" errors={fieldErrors} />
        {[0, 1].map((n) => (
          <fieldset className="lb-fieldset" key={n}>
            <legend>Attendee {n + 1}</legend>
            <Field id={`attendee${String(n)}Name`} label="Name" errors={fieldErrors} />
            <SelectField
              id={`attendee${String(n)}Agency`}
              label="Agency"
              defaultValue={n === 0 ? 'childrens_social_care' : 'police'}
              options={agencyOptions}
              errors={fieldErrors}
            />
            <Field id={`attendee${String(n)}Role`} label="Role" errors={fieldErrors} />
          </fieldset>
        ))}
        <TextAreaField id="informationShared" label="Information shared" rows={3} errors={fieldErrors} />
        <TextAreaField id="decisions" label="Decisions" rows={3} errors={fieldErrors} />
        <RadioGroup
          name="conferenceNeeded"
          legend="Is a child protection conference needed?"
          options={yesNo}
          errors={fieldErrors}
        />
        <fieldset className="lb-fieldset">
          <legend>An action (optional)</legend>
          <TextAreaField id="actionDescription" label="What is to be done" rows={2} errors={fieldErrors} />
          <SelectField id="actionOwner" label="Owner agency" options={agencyOptions} errors={fieldErrors} />
          <Field id="actionDueOn" label="Due date" type="date" errors={fieldErrors} />
        </fieldset>
        <button type="submit" className="lb-button">
          Record the discussion
        </button>
      </form>
      <form onSubmit={submit('close')} noValidate className="lb-narrow" aria-labelledby="close-heading">
        <h3 id="close-heading">Close the case</h3>
        <TextAreaField id="closeReason" label="Why the case is closed" rows={2} errors={fieldErrors} />
        <button type="submit" className="lb-button lb-button--warning">
          Close the case
        </button>
      </form>
    </section>
  );
}
