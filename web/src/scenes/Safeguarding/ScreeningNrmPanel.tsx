import type { CaseDetail } from './case-types.ts';

/** The case's CCE screenings (risk level with reasons) and NRM referrals or duty-to-notify reports. */
export function ScreeningNrmPanel({ item }: { item: CaseDetail }) {
  return (
    <>
      <h2>Exploitation screening</h2>
      {item.screenings.length === 0 ? (
        <p>Not screened.</p>
      ) : (
        <ul>
          {item.screenings.map((screening) => (
            <li key={screening.id}>
              {screening.screenedAt.slice(0, 10)}: <strong>{screening.riskLevelLabel}</strong>
              {screening.reasons.length > 0 && ` (${screening.reasons.join('; ')})`}
            </li>
          ))}
        </ul>
      )}
      <h2>National Referral Mechanism</h2>
      {item.nrmReferrals.length === 0 ? (
        <p>No referral or duty-to-notify report.</p>
      ) : (
        <ul>
          {item.nrmReferrals.map((referral) => (
            <li key={referral.id}>
              {referral.kind === 'nrm' ? 'NRM referral' : 'Duty to notify (MS1)'} by {referral.firstResponder}:{' '}
              {referral.exploitationTypes.join(', ').replaceAll('_', ' ')}
              {referral.countyLines ? ', county lines' : ''}. Status {referral.status.replace('_', ' ')}
              {referral.reasonableGroundsDueOn &&
                `; reasonable grounds due ${referral.reasonableGroundsDueOn}${referral.reasonableGroundsOverdue ? ' (overdue)' : ''}`}
              {referral.recoveryPeriodEndsOn && `; recovery period to ${referral.recoveryPeriodEndsOn}`}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
