import { api, type BodyOf } from '../../api/client.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { OutcomeForm } from './OutcomeForm.tsx';

/**
 * A drug treatment service's own page (/treatment-referrals): the referrals the police made to
 * the service, with the person's consent, and a form to record their progress or outcome. The API
 * shows the service nothing else of the case or the intelligence.
 */
export function ProviderReferralsScene() {
  const referrals = useLoad(() => api.get('/api/casework/treatment-provider/referrals'));
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
        <OutcomeForm
          id="progress-heading"
          heading="Record progress or an outcome"
          referrals={items.map((i) => ({
            id: i.id,
            version: i.version,
            label: `${i.personName} (referred ${i.consentOn})`,
          }))}
          labels={{
            referral: 'Person',
            outcome: 'Progress or outcome',
            note: 'Short note (optional)',
            noteHint: 'What the police need to know, in a sentence or two. Not clinical detail.',
            submit: 'Record progress',
            done: 'Progress recorded',
          }}
          send={(id, entry) =>
            api.post('/api/casework/treatment-provider/referrals/{id}/outcomes', {
              path: { id },
              body: entry as BodyOf<'/api/casework/treatment-provider/referrals/{id}/outcomes'>,
            })
          }
          reload={referrals.reload}
        />
      )}
    </>
  );
}
