import { api, type BodyOf, type FieldError } from '../../api/client.ts';
import { Field } from '../../components/Field.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { formText } from '../../components/forms.ts';
import { useLoad } from '../../hooks/useLoad.ts';
import type { CuckooedForm } from './useCuckooedForm.tsx';

// The form that adds an address to the cuckooed-address register.

const cuckooTypeOptions = [
  { value: 'drug_dealing', label: 'Drug dealing or storage' },
  { value: 'sex_work', label: 'Sex work' },
  { value: 'weapons_storage', label: 'Weapons storage' },
  { value: 'living_there', label: 'Living there' },
  { value: 'financial_abuse', label: 'Financial abuse' },
] as const;

function LineSelect({ errors }: { errors: readonly FieldError[] }) {
  const lines = useLoad(() => api.get('/api/casework/deal-line-choices'));
  return (
    <SelectField
      id="dealLineId"
      label="Deal line (optional)"
      hint="The line using the address, if known"
      options={[
        { value: '', label: 'Not known' },
        ...(lines.data?.items ?? []).map((l) => ({ value: l.id, label: `${l.name} (${l.status})` })),
      ]}
      errors={errors}
    />
  );
}

/** Adds an address; `onAdded` runs once it is saved, before the form's own confirmation. */
export function CuckooedAddForm({ form, onAdded }: { form: CuckooedForm; onAdded: () => void }) {
  return (
    <section aria-labelledby="add-heading" className="lb-no-print">
      <h2 id="add-heading">Add an address</h2>
      {form.messages}
      <form
        noValidate
        className="lb-narrow"
        aria-labelledby="add-heading"
        onSubmit={form.submit(async (data) => {
          await api.post('/api/casework/cuckooed-addresses', {
            body: {
              address: formText(data, 'address'),
              dealLineId: formText(data, 'dealLineId'),
              uprn: formText(data, 'uprn'),
              cuckooTypes: data.getAll('cuckooTypes').map(String),
              reviewOn: formText(data, 'reviewOn'),
            } as BodyOf<'/api/casework/cuckooed-addresses'>,
          });
          onAdded();
          return 'Address added to the register';
        })}
      >
        <Field id="address" label="Address" errors={form.fieldErrors} />
        <Field
          id="uprn"
          label="UPRN (optional)"
          hint="The gazetteer’s unique property reference number"
          inputMode="numeric"
          errors={form.fieldErrors}
        />
        <LineSelect errors={form.fieldErrors} />
        <fieldset className="lb-fieldset">
          <legend>How the address is used</legend>
          {form.fieldErrors
            .filter((f) => f.field.startsWith('cuckooTypes'))
            .slice(0, 1)
            .map((f) => (
              <p className="lb-field-error" key={f.field}>
                <span className="lb-visually-hidden">Error: </span>
                {f.message}
              </p>
            ))}
          {cuckooTypeOptions.map((option, index) => (
            <div className="lb-checkbox" key={option.value}>
              <input
                type="checkbox"
                id={index === 0 ? 'cuckooTypes' : `cuckooTypes-${option.value}`}
                name="cuckooTypes"
                value={option.value}
              />
              <label htmlFor={index === 0 ? 'cuckooTypes' : `cuckooTypes-${option.value}`}>{option.label}</label>
            </div>
          ))}
        </fieldset>
        <Field id="reviewOn" label="Review by" type="date" errors={form.fieldErrors} />
        <button type="submit" className="lb-button">
          Add the address
        </button>
      </form>
    </section>
  );
}
