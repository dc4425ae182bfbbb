import { api, type BodyOf } from '../../api/client.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { formText } from '../../components/forms.ts';
import { useLoad } from '../../hooks/useLoad.ts';
import { outcomeOptions } from './outcome-options.ts';
import { useSubmit } from './useSubmit.ts';

/**
 * A drug treatment service's own page (/treatment-referrals): the referrals the police made to
 * the service, with the person's consent, and a form to record their progress or outcome. The API
 * shows the service nothing else of the case or the intelligence.
 */
export function ProviderReferralsScene() {
  const referrals = useLoad(() => api.get('/api/casework/treatment-provider/referrals'));
  const outcome = useSubmit({ referral: 'referral' });
  const items = referrals.data?.items ?? [];
  return (
    <>
      <PageHeading title="Referrals to your service">Referrals to your service</PageHeading>
      <p>
        People the police have referred to your service with their consent. Record each person’s progress as it happens:
        the police see what you record, and who recorded it.
      </p>
      {referrals.loading && <p>Loading…</p>}
      {referrals.error && <p role="alert">{referrals.error}</p>}
      {referrals.data && items.length === 0 && <p>No referrals have been made to your organisation.</p>}
      {items.length > 0 && (
        <table className="lb-table">
          <caption className="lb-visually-hidden">Referrals to your service, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Date of birth</th>
              <th scope="col">Consent given</th>
              <th scope="col">Status</th>
              <th scope="col">Progress recorded</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <td>{item.personName}</td>
                <td>{item.dateOfBirth ?? 'Not given'}</td>
                <td>{item.consentOn}</td>
                <td>{item.statusLabel}</td>
                <td>
                  {item.outcomes.length === 0 ? (
                    'None yet'
                  ) : (
                    <ul className="lb-plain-list">
                      {item.outcomes.map((o) => (
                        <li key={o.id}>
                          {o.on}: {o.outcomeLabel}
                          {o.note ? ` (${o.note})` : ''}, recorded by {o.recordedBy}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {items.length > 0 && (
        <>
          <h2 id="progress-heading">Record progress or an outcome</h2>
          {outcome.done && (
            <p className="lb-success" role="status">
              {outcome.done}
            </p>
          )}
          <ErrorSummary message={outcome.error} fieldErrors={outcome.fieldErrors} />
          <form
            aria-labelledby="progress-heading"
            noValidate
            className="lb-narrow"
            onSubmit={outcome.submit(
              (data) => {
                const id = formText(data, 'referral');
                const chosen = items.find((i) => i.id === id);
                return api.post('/api/casework/treatment-provider/referrals/{id}/outcomes', {
                  path: { id },
                  body: {
                    outcome: formText(data, 'outcome'),
                    on: formText(data, 'on'),
                    note: formText(data, 'note'),
                    expectedVersion: chosen?.version ?? 0,
                  } as BodyOf<'/api/casework/treatment-provider/referrals/{id}/outcomes'>,
                });
              },
              'Progress recorded',
              referrals.reload,
            )}
          >
            <SelectField
              id="referral"
              label="Person"
              options={items.map((i) => ({ value: i.id, label: `${i.personName} (referred ${i.consentOn})` }))}
              errors={outcome.fieldErrors}
            />
            <SelectField
              id="outcome"
              label="Progress or outcome"
              options={outcomeOptions}
              errors={outcome.fieldErrors}
            />
            <Field id="on" label="Date" type="date" errors={outcome.fieldErrors} />
            <TextAreaField
              id="note"
              label="Short note (optional)"
              hint="What the police need to know, in a sentence or two. Not clinical detail."
              rows={2}
              maxLength={2000}
              errors={outcome.fieldErrors}
            />
            <button type="submit" className="lb-button">
              Record progress
            </button>
          </form>
        </>
      )}
    </>
  );
}
