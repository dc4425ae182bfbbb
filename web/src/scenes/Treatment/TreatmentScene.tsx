import { api, type BodyOf } from '../../api/client.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { formText } from '../../components/forms.ts';
import { useLoad } from '../../hooks/useLoad.ts';
import { DiversionScene } from './DiversionScene.tsx';
import { outcomeOptions } from './outcome-options.ts';
import { useSubmit } from './useSubmit.ts';

/** Drug treatment referrals and diversion: /treatment and /treatment/diversions. */
export function TreatmentScene({ path }: { path: string }) {
  if (path === '/treatment/diversions') return <DiversionScene />;
  return <ReferralsScene />;
}

function SubNav({ current }: { current: 'referrals' | 'diversions' }) {
  return (
    <nav className="lb-sub-nav" aria-label="Drug treatment and diversion">
      <ul>
        <li>
          <Link to="/treatment" current={current === 'referrals'}>
            Treatment referrals
          </Link>
        </li>
        <li>
          <Link to="/treatment/diversions" current={current === 'diversions'}>
            Diversion scheme
          </Link>
        </li>
      </ul>
    </nav>
  );
}
export { SubNav as TreatmentNav };

function ReferralsScene() {
  const referrals = useLoad(() => api.get('/api/casework/treatment-referrals'));
  const services = useLoad(() => api.get('/api/casework/treatment-services'));
  const refer = useSubmit();
  const outcome = useSubmit();
  const items = referrals.data?.items ?? [];
  return (
    <>
      <SubNav current="referrals" />
      <PageHeading title="Drug treatment referrals">Drug treatment referrals</PageHeading>
      <p>
        Referrals of people who use drugs to the local treatment service, made only with their consent, and what the
        service reports back over time.
      </p>
      {referrals.error && <p role="alert">{referrals.error}</p>}
      {referrals.data && items.length === 0 && <p>No referrals yet.</p>}
      {items.length > 0 && (
        <table className="lb-table">
          <caption className="lb-visually-hidden">Treatment referrals, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Service</th>
              <th scope="col">Consent given</th>
              <th scope="col">Status</th>
              <th scope="col">Outcomes</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <td>
                  {item.personEntityId ? (
                    <Link to={`/entities/${item.personEntityId}`}>{item.personName}</Link>
                  ) : (
                    item.personName
                  )}
                </td>
                <td>{item.organisationName}</td>
                <td>{item.consentOn}</td>
                <td>{item.statusLabel}</td>
                <td>
                  {item.outcomes.length === 0
                    ? 'None yet'
                    : item.outcomes
                        .map(
                          (o) =>
                            `${o.on}: ${o.outcomeLabel}${o.note ? ` (${o.note})` : ''}, recorded by ${o.recordedBy}` +
                            (o.recordedByOrganisation ? ` (${o.recordedByOrganisation})` : ''),
                        )
                        .join('; ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2 id="refer-heading">Refer someone</h2>
      {refer.done && (
        <p className="lb-success" role="status">
          {refer.done}
        </p>
      )}
      <ErrorSummary message={refer.error} fieldErrors={refer.fieldErrors} />
      <form
        aria-labelledby="refer-heading"
        noValidate
        className="lb-narrow"
        onSubmit={refer.submit(
          (data) =>
            api.post('/api/casework/treatment-referrals', {
              body: {
                name: formText(data, 'name'),
                dateOfBirth: formText(data, 'dateOfBirth'),
                personEntityId: formText(data, 'personEntityId'),
                organisationId: formText(data, 'organisationId'),
                consent:
                  formText(data, 'consent') === 'yes' ? true : formText(data, 'consent') === 'no' ? false : undefined,
                consentOn: formText(data, 'consentOn'),
                arrestId: formText(data, 'arrestId'),
              } as BodyOf<'/api/casework/treatment-referrals'>,
            }),
          'Referral made',
          referrals.reload,
        )}
      >
        <Field id="name" label="Name" errors={refer.fieldErrors} />
        <Field id="dateOfBirth" label="Date of birth (if known)" type="date" errors={refer.fieldErrors} />
        <SelectField
          id="organisationId"
          label="Treatment service"
          options={[
            { value: '', label: 'Choose a service' },
            ...(services.data?.items ?? []).map((s) => ({ value: s.id, label: s.name })),
          ]}
          errors={refer.fieldErrors}
        />
        <RadioGroup
          name="consent"
          legend="Does the person consent to the referral?"
          hint="No referral is made without consent"
          options={[
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ]}
          errors={refer.fieldErrors}
        />
        <Field id="consentOn" label="Date consent was given" type="date" errors={refer.fieldErrors} />
        <Field
          id="personEntityId"
          label="Person in the store (optional)"
          hint="The person’s id, from their page"
          errors={refer.fieldErrors}
        />
        <Field
          id="arrestId"
          label="Arrest (optional)"
          hint="The arrest’s id, if the referral follows one"
          errors={refer.fieldErrors}
        />
        <button type="submit" className="lb-button">
          Make the referral
        </button>
      </form>

      {items.length > 0 && (
        <>
          <h2 id="outcome-heading">Record what the service reports</h2>
          {outcome.done && (
            <p className="lb-success" role="status">
              {outcome.done}
            </p>
          )}
          <ErrorSummary message={outcome.error} fieldErrors={outcome.fieldErrors} />
          <form
            aria-labelledby="outcome-heading"
            noValidate
            className="lb-narrow"
            onSubmit={outcome.submit(
              (data) => {
                const id = formText(data, 'referral');
                const chosen = items.find((i) => i.id === id);
                return api.post('/api/casework/treatment-referrals/{id}/outcomes', {
                  path: { id },
                  body: {
                    outcome: formText(data, 'outcome'),
                    on: formText(data, 'on'),
                    note: formText(data, 'note'),
                    expectedVersion: chosen?.version ?? 0,
                  } as BodyOf<'/api/casework/treatment-referrals/{id}/outcomes'>,
                });
              },
              'Outcome recorded',
              referrals.reload,
            )}
          >
            <SelectField
              id="referral"
              label="Referral"
              options={items.map((i) => ({ value: i.id, label: `${i.personName} (${i.organisationName})` }))}
              errors={outcome.fieldErrors}
            />
            <SelectField id="outcome" label="Outcome" options={outcomeOptions} errors={outcome.fieldErrors} />
            <Field id="on" label="Date" type="date" errors={outcome.fieldErrors} />
            <TextAreaField id="note" label="Note (optional)" rows={2} errors={outcome.fieldErrors} />
            <button type="submit" className="lb-button">
              Record the outcome
            </button>
          </form>
        </>
      )}
    </>
  );
}
