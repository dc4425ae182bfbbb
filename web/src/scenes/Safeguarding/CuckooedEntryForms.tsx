import { api, type BodyOf, type Got } from '../../api/client.ts';
import { Field } from '../../components/Field.tsx';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { formText } from '../../components/forms.ts';
import type { CuckooedForm } from './useCuckooedForm.tsx';

// An active cuckooed-address entry's forms: record an action (a visit, support, a closure notice
// or order) and record a review, which may close the entry.

const actionOptions = [
  { value: 'visit', label: 'Visit' },
  { value: 'support_offered', label: 'Support offered' },
  { value: 'closure_notice', label: 'Closure notice served' },
  { value: 'closure_order', label: 'Closure order made' },
] as const;

/** The forms that update `item`, sent with its version. */
export function CuckooedEntryForms({
  item,
  form,
}: {
  item: Got<'/api/casework/cuckooed-addresses/{id}'>;
  form: CuckooedForm;
}) {
  return (
    <section aria-labelledby="entry-forms" className="lb-no-print">
      <h2 id="entry-forms">Update this entry</h2>
      {form.messages}
      <form
        noValidate
        className="lb-narrow"
        aria-labelledby="action-heading"
        onSubmit={form.submit(async (data) => {
          await api.post('/api/casework/cuckooed-addresses/{id}/actions', {
            path: { id: item.id },
            body: {
              kind: formText(data, 'kind'),
              takenOn: formText(data, 'takenOn'),
              // The end date belongs to a closure order only; left over from another kind, it is dropped.
              untilOn: formText(data, 'kind') === 'closure_order' ? formText(data, 'untilOn') : '',
              note: formText(data, 'note'),
              expectedVersion: item.version,
            } as BodyOf<'/api/casework/cuckooed-addresses/{id}/actions'>,
          });
          return 'Action recorded';
        })}
      >
        <h3 id="action-heading">Record an action</h3>
        <SelectField id="kind" label="What was done" options={actionOptions} errors={form.fieldErrors} />
        <Field id="takenOn" label="On" type="date" errors={form.fieldErrors} />
        <Field
          id="untilOn"
          label="Closure order ends (for a closure order only)"
          type="date"
          errors={form.fieldErrors}
        />
        <TextAreaField id="note" label="Details" rows={2} errors={form.fieldErrors} />
        <button type="submit" className="lb-button">
          Record the action
        </button>
      </form>
      <form
        noValidate
        className="lb-narrow"
        aria-labelledby="review-heading"
        onSubmit={form.submit(async (data) => {
          const close = formText(data, 'close') === 'yes';
          await api.post('/api/casework/cuckooed-addresses/{id}/review', {
            path: { id: item.id },
            body: {
              reviewOn: formText(data, 'reviewOn'),
              close,
              expectedVersion: item.version,
            },
          });
          return close ? 'Entry closed' : 'Review recorded';
        })}
      >
        <h3 id="review-heading">Review</h3>
        <Field id="reviewOn" label="Next review by" type="date" errors={form.fieldErrors} />
        <RadioGroup
          name="close"
          legend="Close the entry?"
          options={[
            { value: 'no', label: 'No, keep it on the register' },
            { value: 'yes', label: 'Yes, the address is safe' },
          ]}
          defaultValue="no"
          errors={form.fieldErrors}
        />
        <button type="submit" className="lb-button lb-button--secondary">
          Record the review
        </button>
      </form>
    </section>
  );
}
