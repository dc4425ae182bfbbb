import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type BodyOf, type FieldError } from '../../api/client.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { formText } from '../../components/forms.ts';
import type { CaseDetail } from './case-types.ts';

// The CCE screening tool, a new NRM referral (or duty to notify for an adult who does not
// consent) and moving a referral on, on the case page. The server decides the risk level and
// the reasonable-grounds date; these forms only collect the answers.

export const indicatorOptions = [
  { value: 'care_history', label: 'Looked after, or a history of care' },
  { value: 'missing_episodes', label: 'Missing from home or care' },
  { value: 'school_exclusion', label: 'Excluded from school, or not attending' },
  { value: 'multiple_phones', label: 'More than one phone, or many calls and messages' },
  { value: 'older_associates', label: 'Older associates, or peers of concern' },
  { value: 'unexplained_money', label: 'Money, clothes or goods they cannot explain' },
  { value: 'carrying_weapons', label: 'Carrying weapons' },
  { value: 'unexplained_injuries', label: 'Injuries they cannot explain' },
  { value: 'substance_misuse', label: 'Using drugs or alcohol' },
  { value: 'found_out_of_area', label: 'Found far from home (another town or county)' },
] as const;
const answerOptions = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'not_known', label: 'Not known' },
];
export const exploitationTypeOptions = [
  { value: 'criminal', label: 'Criminal' },
  { value: 'labour', label: 'Labour' },
  { value: 'sexual', label: 'Sexual' },
  { value: 'domestic_servitude', label: 'Domestic servitude' },
  { value: 'organ_harvesting', label: 'Organ harvesting' },
  { value: 'not_specified', label: 'Not specified' },
] as const;
type NrmStatus = CaseDetail['nrmReferrals'][number]['status'];
export const nrmStatusWords: Readonly<Record<NrmStatus, string>> = {
  draft: 'Draft',
  submitted: 'Submitted',
  rg_positive: 'Reasonable grounds: positive',
  rg_negative: 'Reasonable grounds: negative',
  cg_positive: 'Conclusive grounds: positive',
  cg_negative: 'Conclusive grounds: negative',
  withdrawn: 'Withdrawn',
};
// The moves the server allows (src/modules/casework/nrm.ts); it checks them again.
const nextStatuses: Readonly<Record<'nrm' | 'duty_to_notify', Partial<Record<NrmStatus, readonly NrmStatus[]>>>> = {
  nrm: {
    draft: ['submitted', 'withdrawn'],
    submitted: ['rg_positive', 'rg_negative', 'withdrawn'],
    rg_positive: ['cg_positive', 'cg_negative', 'withdrawn'],
    rg_negative: ['submitted'],
    cg_negative: ['submitted'],
  },
  duty_to_notify: { draft: ['submitted'] },
};
const yesNo = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];
const choice = (value: string) => (value === 'yes' ? true : value === 'no' ? false : undefined);

type Outcome = { message: string; reasons?: readonly string[] };

export function ScreeningNrmForms({ item, onChanged }: { item: CaseDetail; onChanged: () => void }) {
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const [outcome, setOutcome] = useState<Outcome>();

  function submit(send: (data: FormData) => Promise<Outcome>, prefix = '') {
    return (event: SubmitEvent<HTMLFormElement>) => {
      event.preventDefault();
      setError(undefined);
      setFieldErrors([]);
      setOutcome(undefined);
      const element = event.currentTarget;
      send(new FormData(element))
        .then((result) => {
          setOutcome(result);
          element.reset();
          onChanged();
        })
        .catch((caught: unknown) => {
          setError(caught instanceof ApiError ? caught.message : 'The change could not be saved');
          setFieldErrors(
            caught instanceof ApiError
              ? caught.fieldErrors.map((f) => ({ ...f, field: `${prefix}${f.field.replace(/^answers\./, '')}` }))
              : [],
          );
        });
    };
  }

  const screen = async (data: FormData): Promise<Outcome> => {
    const answers = Object.fromEntries(indicatorOptions.map((o) => [o.value, formText(data, o.value)]));
    const result = await api.post('/api/casework/cases/{id}/screenings', {
      path: { id: item.id },
      body: { answers, notes: formText(data, 'screeningNotes') } as BodyOf<'/api/casework/cases/{id}/screenings'>,
    });
    return { message: `Screening recorded: ${result.label}`, reasons: result.reasons };
  };

  const refer = async (data: FormData): Promise<Outcome> => {
    const consent = choice(formText(data, 'consent'));
    const result = await api.post('/api/casework/cases/{id}/nrm-referrals', {
      path: { id: item.id },
      body: {
        firstResponder: formText(data, 'firstResponder'),
        exploitationTypes: data.getAll('exploitationTypes').map(String),
        countyLines: choice(formText(data, 'countyLines')),
        ...(consent === undefined ? {} : { consent }),
      } as BodyOf<'/api/casework/cases/{id}/nrm-referrals'>,
    });
    return {
      message:
        result.kind === 'nrm'
          ? 'NRM referral started as a draft'
          : 'Duty to notify started: the adult does not consent, so the report is anonymous (MS1)',
    };
  };

  const move = (referral: CaseDetail['nrmReferrals'][number]) => async (data: FormData) => {
    await api.post('/api/casework/cases/{id}/nrm-referrals/{referralId}/status', {
      path: { id: item.id, referralId: referral.id },
      body: {
        status: formText(data, 'status'),
        on: formText(data, 'on'),
        expectedVersion: referral.version,
      } as BodyOf<'/api/casework/cases/{id}/nrm-referrals/{referralId}/status'>,
    });
    return { message: 'Referral status recorded' };
  };

  return (
    <section aria-labelledby="screening-nrm-forms">
      <h2 id="screening-nrm-forms">Screen and refer</h2>
      {outcome && (
        <div className="lb-success" role="status">
          <p>{outcome.message}</p>
          {outcome.reasons && outcome.reasons.length > 0 && (
            <ul>
              {outcome.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <ErrorSummary message={error} fieldErrors={fieldErrors} />
      {item.subjectKind === 'child' && (
        <form onSubmit={submit(screen)} noValidate className="lb-narrow" aria-labelledby="screening-heading">
          <h3 id="screening-heading">Child criminal exploitation screening</h3>
          <p className="lb-hint">Answer every indicator. The risk level and its reasons are worked out for you.</p>
          {indicatorOptions.map((indicator) => (
            <RadioGroup
              key={indicator.value}
              name={indicator.value}
              legend={indicator.label}
              options={answerOptions}
              errors={fieldErrors}
            />
          ))}
          <TextAreaField id="screeningNotes" label="Notes (optional)" rows={2} errors={fieldErrors} />
          <button type="submit" className="lb-button">
            Record the screening
          </button>
        </form>
      )}
      <form onSubmit={submit(refer)} noValidate className="lb-narrow" aria-labelledby="nrm-heading">
        <h3 id="nrm-heading">Start a National Referral Mechanism referral</h3>
        <Field
          id="firstResponder"
          label="First responder organisation"
          hint="For example Hertfordshire Constabulary"
          errors={fieldErrors}
        />
        <fieldset className="lb-fieldset" aria-describedby="exploitationTypes-hint">
          <legend>Types of exploitation</legend>
          <p className="lb-hint" id="exploitationTypes-hint">
            Choose all that apply.
          </p>
          {fieldErrors
            .filter((f) => f.field.startsWith('exploitationTypes'))
            .slice(0, 1)
            .map((f) => (
              <p className="lb-field-error" key={f.field}>
                <span className="lb-visually-hidden">Error: </span>
                {f.message}
              </p>
            ))}
          {exploitationTypeOptions.map((option, index) => (
            <div className="lb-checkbox" key={option.value}>
              <input
                type="checkbox"
                id={index === 0 ? 'exploitationTypes' : `exploitationTypes-${option.value}`}
                name="exploitationTypes"
                value={option.value}
              />
              <label htmlFor={index === 0 ? 'exploitationTypes' : `exploitationTypes-${option.value}`}>
                {option.label}
              </label>
            </div>
          ))}
        </fieldset>
        <RadioGroup
          name="countyLines"
          legend="Does the referral carry the county lines flag?"
          options={yesNo}
          errors={fieldErrors}
        />
        {item.subjectKind === 'adult' && (
          <RadioGroup
            name="consent"
            legend="Does the adult consent to a referral?"
            hint="If not, the police still notify the Home Office anonymously (the duty to notify, MS1)."
            options={yesNo}
            errors={fieldErrors}
          />
        )}
        <button type="submit" className="lb-button">
          Start the referral
        </button>
      </form>
      {item.nrmReferrals.map((referral, index) => {
        const next = nextStatuses[referral.kind][referral.status] ?? [];
        if (next.length === 0) return null;
        const prefix = `move${String(index)}-`;
        return (
          <form
            key={referral.id}
            onSubmit={submit(move(referral), prefix)}
            noValidate
            className="lb-narrow"
            aria-labelledby={`${prefix}heading`}
          >
            <h3 id={`${prefix}heading`}>
              Move on the {referral.kind === 'nrm' ? 'NRM referral' : 'duty to notify'} by {referral.firstResponder} (
              {nrmStatusWords[referral.status].toLowerCase()})
            </h3>
            <SelectField
              id={`${prefix}status`}
              name="status"
              label="New status"
              options={next.map((status) => ({ value: status, label: nrmStatusWords[status] }))}
              errors={fieldErrors}
            />
            <Field id={`${prefix}on`} name="on" label="On" type="date" errors={fieldErrors} />
            <button type="submit" className="lb-button lb-button--secondary">
              Record the status
            </button>
          </form>
        );
      })}
    </section>
  );
}
