import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type BodyOf, type FieldError } from '../../api/client.ts';
import type { ArrestDetail } from '../../api/operations-types.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { formText } from '../../components/forms.ts';
import { drugForms, drugOptions, offenceLabels, outcomeLabels, seizureUnits } from './labels.ts';

const offenceOptions = Object.entries(offenceLabels).map(([value, label]) => ({ value, label }));
const numberOrText = (raw: string) => (raw.trim() === '' ? undefined : Number.isNaN(Number(raw)) ? raw : Number(raw));

/** The NRM and s.45 record, a charging decision with its outcome type, and items seized. */
export function ArrestForms({ arrest, onChanged }: { arrest: ArrestDetail; onChanged: () => void }) {
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const [done, setDone] = useState<string>();
  const [kind, setKind] = useState('drug');

  function send(call: () => Promise<unknown>, message: string) {
    setError(undefined);
    setFieldErrors([]);
    setDone(undefined);
    call()
      .then(() => {
        setDone(message);
        onChanged();
      })
      .catch((caught: unknown) => {
        setError(caught instanceof ApiError ? caught.message : 'The change could not be saved');
        setFieldErrors(
          caught instanceof ApiError
            ? caught.fieldErrors.map((f) => ({ ...f, field: f.field.replace(/^items\.0\./, '') }))
            : [],
        );
      });
  }

  function handle(action: 'nrm' | 'charge' | 'seize') {
    return (event: SubmitEvent<HTMLFormElement>) => {
      event.preventDefault();
      const form = new FormData(event.currentTarget);
      if (action === 'nrm') {
        send(
          () =>
            api.post('/api/operations/arrests/{id}/nrm', {
              path: { id: arrest.id },
              body: { note: formText(form, 'nrmNote'), expectedVersion: arrest.version },
            }),
          'Recorded',
        );
      } else if (action === 'charge') {
        // Form text goes as entered (a non-number stays text) so the server names the field in error.
        const charge = {
          offence: formText(form, 'offence'),
          outcomeType: numberOrText(formText(form, 'outcomeType')),
          decidedOn: formText(form, 'decidedOn'),
        } as BodyOf<'/api/operations/arrests/{id}/charges'>;
        send(
          () => api.post('/api/operations/arrests/{id}/charges', { path: { id: arrest.id }, body: charge }),
          'Decision recorded',
        );
      } else {
        const item: Record<string, unknown> = { kind };
        if (kind === 'drug') {
          Object.assign(item, {
            drug: formText(form, 'drug'),
            form: formText(form, 'form'),
            quantity: numberOrText(formText(form, 'quantity')),
            unit: formText(form, 'unit') || undefined,
          });
        } else if (kind === 'cash') {
          const pounds = Number(formText(form, 'amount'));
          item.amountPence = Number.isNaN(pounds) ? undefined : Math.round(pounds * 100);
        } else if (kind === 'phone') {
          item.number = formText(form, 'number') || undefined;
        } else {
          item.description = formText(form, 'description');
        }
        const local = formText(form, 'seizedAt');
        const seizure = {
          arrestId: arrest.id,
          seizedAt: local === '' ? '' : new Date(local).toISOString(),
          place: formText(form, 'seizurePlace'),
          items: [item],
        } as BodyOf<'/api/operations/seizures'>;
        send(() => api.post('/api/operations/seizures', { body: seizure }), 'Seizure recorded');
      }
    };
  }

  return (
    <section aria-labelledby="arrest-record">
      <h2 id="arrest-record">Record</h2>
      {done && (
        <p className="lb-success" role="status">
          {done}
        </p>
      )}
      <ErrorSummary message={error} fieldErrors={fieldErrors} />
      {arrest.childAtArrest && !arrest.nrm && (
        <form onSubmit={handle('nrm')} noValidate className="lb-narrow" aria-labelledby="nrm-heading">
          <h3 id="nrm-heading">NRM and s.45 defence considered</h3>
          <TextAreaField
            id="nrmNote"
            label="How a referral to the NRM and the s.45 defence were considered"
            rows={3}
            errors={fieldErrors}
          />
          <button type="submit" className="lb-button">
            Record the consideration
          </button>
        </form>
      )}
      {!arrest.chargingBlocked && (
        <form onSubmit={handle('charge')} noValidate className="lb-narrow" aria-labelledby="charge-heading">
          <h3 id="charge-heading">Charging decision or outcome</h3>
          <SelectField id="offence" label="Offence" options={offenceOptions} errors={fieldErrors} />
          <SelectField
            id="outcomeType"
            label="Home Office outcome type"
            options={outcomeLabels.map((label, index) => ({
              value: String(index + 1),
              label: `${String(index + 1)}: ${label}`,
            }))}
            errors={fieldErrors}
          />
          <Field id="decidedOn" label="Date of the decision" type="date" errors={fieldErrors} />
          <button type="submit" className="lb-button">
            Record the decision
          </button>
        </form>
      )}
      <form onSubmit={handle('seize')} noValidate className="lb-narrow" aria-labelledby="seize-heading">
        <h3 id="seize-heading">Items seized</h3>
        <Field id="seizedAt" label="Date and time of seizure" type="datetime-local" errors={fieldErrors} />
        <Field id="seizurePlace" label="Where" errors={fieldErrors} defaultValue={arrest.place} />
        <div className="lb-field">
          <label htmlFor="kind">What was seized</label>
          <select
            id="kind"
            value={kind}
            onChange={(event) => {
              setKind(event.currentTarget.value);
            }}
          >
            <option value="drug">A controlled drug</option>
            <option value="cash">Cash</option>
            <option value="phone">A phone</option>
            <option value="weapon">A weapon</option>
            <option value="vehicle">A vehicle</option>
          </select>
        </div>
        {kind === 'drug' && (
          <>
            <SelectField
              id="drug"
              label="Drug"
              options={drugOptions.map((d) => ({ value: d.code, label: `${d.label} (class ${d.drugClass})` }))}
              errors={fieldErrors}
            />
            <SelectField
              id="form"
              label="Form"
              options={drugForms.map((f) => ({ value: f, label: f }))}
              errors={fieldErrors}
            />
            <Field
              id="quantity"
              label="Weight or count"
              inputMode="decimal"
              className="lb-input--short"
              errors={fieldErrors}
            />
            <SelectField
              id="unit"
              label="Unit"
              options={[{ value: '', label: 'Choose the unit' }, ...seizureUnits.map((u) => ({ value: u, label: u }))]}
              errors={fieldErrors}
            />
          </>
        )}
        {kind === 'cash' && <Field id="amount" label="Amount in pounds" inputMode="decimal" errors={fieldErrors} />}
        {kind === 'phone' && (
          <Field
            id="number"
            label="Phone number (if known)"
            hint="A known deal-line number links the phone to its line"
            errors={fieldErrors}
          />
        )}
        {(kind === 'weapon' || kind === 'vehicle') && (
          <Field id="description" label="Description" errors={fieldErrors} />
        )}
        <button type="submit" className="lb-button">
          Record the seizure
        </button>
      </form>
    </section>
  );
}
