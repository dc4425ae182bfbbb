import { api, type BodyOf } from '../../api/client.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { formText } from '../../components/forms.ts';
import { useLoad } from '../../hooks/useLoad.ts';
import { OutcomeForm } from './OutcomeForm.tsx';
import { DiversionScene } from './DiversionScene.tsx';
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
        <OutcomeForm
          id="outcome-heading"
          heading="Record what the service reports"
          referrals={items.map((i) => ({
            id: i.id,
            version: i.version,
            label: `${i.personName} (${i.organisationName})`,
          }))}
          labels={{
            referral: 'Referral',
            outcome: 'Outcome',
            note: 'Note (optional)',
            submit: 'Record the outcome',
            done: 'Outcome recorded',
          }}
          send={(id, entry) =>
            api.post('/api/casework/treatment-referrals/{id}/outcomes', {
              path: { id },
              body: entry as BodyOf<'/api/casework/treatment-referrals/{id}/outcomes'>,
            })
          }
          reload={referrals.reload}
        />
      )}
    </>
  );
}
