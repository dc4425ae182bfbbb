import { api } from '../../api/client.ts';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { atRiskWords } from './SafeguardingScene.tsx';
import type { Referral } from './types.ts';

const contactWords: Record<Referral['contactStatus'], string> = {
  anonymous: 'The reporter stayed anonymous.',
  withheld: 'The reporter gave contact details to the police but did not agree to share them with safeguarding.',
  shared: 'The reporter agreed that safeguarding may see their contact details.',
};

/** One report as safeguarding sees it. Opening it is recorded in the audit trail. */
export function ReferralDetail({ id }: { id: string }) {
  const loaded = useLoad(() => api.get('/api/safeguarding/referrals/{id}', { path: { id } }), [id]);
  const referral = loaded.data;
  return (
    <>
      <p>
        <Link to="/safeguarding">Back to safeguarding</Link>
      </p>
      <PageHeading title="Safeguarding report">Report received {referral?.submittedOn ?? ''}</PageHeading>
      {loaded.loading && <p>Loading…</p>}
      {loaded.error && <p role="alert">{loaded.error}</p>}
      {referral && (
        <>
          {referral.dangerNow.length > 0 && (
            <div className="lb-error-summary" role="note">
              <strong>The reporter said this was happening right now:</strong>
              <ul>
                {referral.dangerNow.map((what) => (
                  <li key={what}>{what}</li>
                ))}
              </ul>
            </div>
          )}
          <p>
            <Link to={`/safeguarding/cases/new?report=${referral.id}`}>Open a case from this report</Link>
          </p>
          <dl className="lb-summary">
            <dt>At risk</dt>
            <dd>
              {atRiskWords(referral.atRisk)}
              {referral.threatToLife ? ' (danger to life)' : ''}
            </dd>
            <dt>Concern</dt>
            <dd>{referral.concerns.join('; ')}</dd>
            <dt>Where</dt>
            <dd>
              {referral.where
                ? [
                    referral.where.building,
                    referral.where.street,
                    referral.where.town,
                    referral.where.postcode,
                    referral.where.place,
                  ]
                    .filter((part) => part !== null)
                    .join(', ') || 'Not given'
                : 'Not about a place'}
            </dd>
            <dt>First noticed</dt>
            <dd>{referral.when.firstNoticed ?? 'Not given'}</dd>
            <dt>Status</dt>
            <dd>{referral.status.replace('_', ' ')}</dd>
          </dl>

          <h2>People described</h2>
          {referral.people.length === 0 ? (
            <p>No one described.</p>
          ) : (
            <ul>
              {referral.people.map((person, index) => (
                <li key={index}>
                  {[person.description, person.names && `known as ${person.names}`, person.age && `age ${person.age}`]
                    .filter(Boolean)
                    .join('; ')}
                </li>
              ))}
            </ul>
          )}

          <h2>Signs</h2>
          <SignList
            title="Signs of a home taken over"
            signs={referral.indicators.homeTakenOver}
            other={referral.indicators.homeTakenOverOther}
          />
          <SignList
            title="Signs of exploitation"
            signs={referral.indicators.exploitation}
            other={referral.indicators.exploitationOther}
          />

          <h2>In the reporter’s words</h2>
          <p>{referral.reporterText ?? 'Nothing more was added.'}</p>

          <h2>Contacting the reporter</h2>
          <p>{contactWords[referral.contactStatus]}</p>
          {referral.contact && (
            <dl className="lb-summary">
              <dt>Name</dt>
              <dd>{referral.contact.name ?? 'Not given'}</dd>
              <dt>Phone</dt>
              <dd>{referral.contact.phone ?? 'Not given'}</dd>
              <dt>Email</dt>
              <dd>{referral.contact.email ?? 'Not given'}</dd>
              <dt>Safe to contact</dt>
              <dd>
                {referral.contact.safeToContact === 'yes' ? 'Yes' : 'No'}
                {referral.contact.safeContactNotes ? `: ${referral.contact.safeContactNotes}` : ''}
              </dd>
            </dl>
          )}
        </>
      )}
    </>
  );
}

function SignList({ title, signs, other }: { title: string; signs: string[]; other: string | null }) {
  if (signs.length === 0 && other === null) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul>
        {signs.map((sign) => (
          <li key={sign}>{sign}</li>
        ))}
        {other !== null && <li>{other}</li>}
      </ul>
    </>
  );
}
