import { api, type BodyOf } from '../../api/client.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { formText } from '../../components/forms.ts';
import { useLoad } from '../../hooks/useLoad.ts';
import { TreatmentNav } from './TreatmentScene.tsx';
import { useSubmit } from './useSubmit.ts';

const orUndefined = (value: string) => (value === '' ? undefined : value);

/** The diversion scheme: its rules (from configuration), offering it at an arrest or a stop, and completion. */
export function DiversionScene() {
  const loaded = useLoad(() => api.get('/api/casework/diversions'));
  const offer = useSubmit({ stopReference: 'stopReference', arrestId: 'arrestId' });
  const finish = useSubmit();
  const rules = loaded.data?.rules;
  const items = loaded.data?.items ?? [];
  const open = items.filter((i) => i.status === 'offered');
  return (
    <>
      <TreatmentNav current="diversions" />
      <PageHeading title="Diversion scheme">Diversion scheme</PageHeading>
      {rules && (
        <p>
          For people aged {rules.minAge} or over, found in simple possession of a class {rules.drugClasses.join(' or ')}{' '}
          drug, with{' '}
          {rules.maxPriorPossessionOffences === 0
            ? 'no earlier possession offence'
            : `no more than ${String(rules.maxPriorPossessionOffences)} earlier possession offences`}
          , and never for supply. Completing the scheme records Home Office outcome 22 on the arrest.
        </p>
      )}
      {loaded.error && <p role="alert">{loaded.error}</p>}
      {loaded.data && items.length === 0 && <p>No diversions yet.</p>}
      {items.length > 0 && (
        <table className="lb-table">
          <caption className="lb-visually-hidden">Diversions, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Linked to</th>
              <th scope="col">Class</th>
              <th scope="col">Offered</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <td>{item.personName}</td>
                <td>
                  {item.arrestId ? (
                    <Link to={`/operations/arrests/${item.arrestId}`}>The arrest</Link>
                  ) : (
                    `Stop ${item.stopReference ?? ''}`
                  )}
                </td>
                <td>{item.drugClasses.join(', ')}</td>
                <td>{item.offeredOn}</td>
                <td>
                  {item.statusLabel}
                  {item.completedOn && ` on ${item.completedOn}`}
                  {item.status === 'completed' && !item.outcome22Recorded && ' (no arrest to record it on)'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2 id="offer-heading">Offer the scheme</h2>
      <p>Give the arrest, or, for a stop without arrest, the stop’s reference and what was found.</p>
      {offer.done && (
        <p className="lb-success" role="status">
          {offer.done}
        </p>
      )}
      <ErrorSummary message={offer.error} fieldErrors={offer.fieldErrors} />
      <form
        aria-labelledby="offer-heading"
        noValidate
        className="lb-narrow"
        onSubmit={offer.submit(
          (data) => {
            const drugClass = formText(data, 'drugClass');
            const prior = formText(data, 'priorPossessionOffences');
            return api.post('/api/casework/diversions', {
              body: {
                arrestId: orUndefined(formText(data, 'arrestId')),
                name: orUndefined(formText(data, 'name')),
                dateOfBirth: orUndefined(formText(data, 'dateOfBirth')),
                stopReference: orUndefined(formText(data, 'stopReference')),
                stopOn: orUndefined(formText(data, 'stopOn')),
                drugClass: orUndefined(drugClass),
                supplySuspected: formText(data, 'supplySuspected') === 'yes',
                priorPossessionOffences: prior === '' ? undefined : Number(prior),
              } as BodyOf<'/api/casework/diversions'>,
            });
          },
          'Diversion offered',
          loaded.reload,
        )}
      >
        <Field id="arrestId" label="Arrest" hint="The arrest’s id, from the arrest page" errors={offer.fieldErrors} />
        <Field id="dateOfBirth" label="Date of birth" type="date" errors={offer.fieldErrors} />
        <Field id="name" label="Name (for a stop without arrest)" errors={offer.fieldErrors} />
        <Field id="stopReference" label="Stop reference (for a stop without arrest)" errors={offer.fieldErrors} />
        <Field id="stopOn" label="Date of the stop" type="date" errors={offer.fieldErrors} />
        <SelectField
          id="drugClass"
          label="Class of the drug found at the stop"
          options={[
            { value: '', label: 'Taken from the arrest’s seizures' },
            { value: 'A', label: 'Class A' },
            { value: 'B', label: 'Class B' },
            { value: 'C', label: 'Class C' },
          ]}
          errors={offer.fieldErrors}
        />
        <RadioGroup
          name="supplySuspected"
          legend="Is supply suspected?"
          options={[
            { value: 'no', label: 'No' },
            { value: 'yes', label: 'Yes' },
          ]}
          defaultValue="no"
          errors={offer.fieldErrors}
        />
        <Field
          id="priorPossessionOffences"
          label="Earlier possession offences not in this system (from the PNC)"
          type="number"
          min={0}
          errors={offer.fieldErrors}
        />
        <button type="submit" className="lb-button">
          Offer the diversion
        </button>
      </form>

      {finish.done && (
        <p className="lb-success" role="status">
          {finish.done}
        </p>
      )}
      {open.length > 0 && (
        <>
          <h2 id="finish-heading">Record completion</h2>
          <ErrorSummary message={finish.error} fieldErrors={finish.fieldErrors} />
          <form
            aria-labelledby="finish-heading"
            noValidate
            className="lb-narrow"
            onSubmit={finish.submit(
              (data) => {
                const id = formText(data, 'diversion');
                const chosen = open.find((i) => i.id === id);
                return api.post('/api/casework/diversions/{id}/completion', {
                  path: { id },
                  body: {
                    completed:
                      formText(data, 'completed') === 'yes'
                        ? true
                        : formText(data, 'completed') === 'no'
                          ? false
                          : undefined,
                    on: formText(data, 'on'),
                    expectedVersion: chosen?.version ?? 0,
                  } as BodyOf<'/api/casework/diversions/{id}/completion'>,
                });
              },
              'Completion recorded',
              loaded.reload,
            )}
          >
            <SelectField
              id="diversion"
              label="Diversion"
              options={open.map((i) => ({ value: i.id, label: `${i.personName} (offered ${i.offeredOn})` }))}
              errors={finish.fieldErrors}
            />
            <RadioGroup
              name="completed"
              legend="Did the person complete the scheme?"
              options={[
                { value: 'yes', label: 'Yes: record outcome 22' },
                { value: 'no', label: 'No' },
              ]}
              errors={finish.fieldErrors}
            />
            <Field id="on" label="Date" type="date" errors={finish.fieldErrors} />
            <button type="submit" className="lb-button">
              Record completion
            </button>
          </form>
        </>
      )}
    </>
  );
}
