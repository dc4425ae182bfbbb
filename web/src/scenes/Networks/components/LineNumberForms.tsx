import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type FieldError } from '../../../api/client.ts';
import type { DealLineProfile } from '../../../api/network-types.ts';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { Field } from '../../../components/Field.tsx';
import { formText } from '../../../components/forms.ts';
import { normalisePhone } from '../format.ts';

const today = () => new Date().toISOString().slice(0, 10);

/** A line changes handsets: add a number it now uses, or end one it no longer does. */
export function LineNumberForms({ line, onChanged }: { line: DealLineProfile; onChanged: () => void }) {
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const current = line.numbers.filter((n) => n.current);

  function fail(caught: unknown, fields: Readonly<Record<string, string>>) {
    setError(caught instanceof ApiError ? caught.message : 'The change could not be saved');
    setFieldErrors(
      caught instanceof ApiError ? caught.fieldErrors.map((f) => ({ ...f, field: fields[f.field] ?? f.field })) : [],
    );
  }

  async function addNumber(form: FormData) {
    const number = normalisePhone(formText(form, 'newNumber'));
    const phone =
      number === ''
        ? undefined
        : await api.get('/api/entities', { query: { kind: 'phone', value: number } }).catch((caught: unknown) => {
            if (caught instanceof ApiError && caught.status === 404) return undefined;
            throw caught;
          });
    if (!phone) {
      setFieldErrors([{ field: 'newNumber', message: 'Enter a number that reports have mentioned' }]);
      return;
    }
    await api.post('/api/deal-lines/{id}/numbers', {
      path: { id: line.id },
      body: {
        phoneEntityId: phone.id,
        fromDate: formText(form, 'newNumberFrom'),
      },
    });
    onChanged();
  }

  function handleAdd(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    setFieldErrors([]);
    addNumber(new FormData(event.currentTarget)).catch((caught: unknown) => {
      fail(caught, { phoneEntityId: 'newNumber', fromDate: 'newNumberFrom' });
    });
  }

  function handleEnd(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(undefined);
    setFieldErrors([]);
    api
      .post('/api/deal-lines/{id}/numbers/{numberId}/end', {
        path: { id: line.id, numberId: formText(form, 'endNumberId') },
        body: {
          toDate: formText(form, 'endNumberOn'),
        },
      })
      .then(onChanged)
      .catch((caught: unknown) => {
        fail(caught, { toDate: 'endNumberOn' });
      });
  }

  return (
    <>
      <ErrorSummary message={error} fieldErrors={fieldErrors} />
      <div className="lb-filters">
        <form onSubmit={handleAdd} noValidate aria-labelledby="add-number-heading">
          <h3 id="add-number-heading">Add a number it uses</h3>
          <Field id="newNumber" label="Phone number" errors={fieldErrors} autoComplete="off" />
          <Field id="newNumberFrom" label="In use from" type="date" defaultValue={today()} errors={fieldErrors} />
          <button type="submit" className="lb-button lb-button--secondary">
            Add the number
          </button>
        </form>
        {current.length > 0 && (
          <form onSubmit={handleEnd} noValidate aria-labelledby="end-number-heading">
            <h3 id="end-number-heading">End a number</h3>
            <div className="lb-field">
              <label htmlFor="endNumberId">Number</label>
              <select id="endNumberId" name="endNumberId">
                {current.map((n) => (
                  <option key={n.id} value={n.id}>
                    {n.number}
                  </option>
                ))}
              </select>
            </div>
            <Field id="endNumberOn" label="Last used on" type="date" defaultValue={today()} errors={fieldErrors} />
            <button type="submit" className="lb-button lb-button--secondary">
              End the number
            </button>
          </form>
        )}
      </div>
    </>
  );
}
