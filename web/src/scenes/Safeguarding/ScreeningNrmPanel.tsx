import type { CaseDetail } from './case-types.ts';
import { exploitationTypeOptions, nrmStatusWords } from './ScreeningNrmForms.tsx';

const typeWords = new Map<string, string>(exploitationTypeOptions.map((o) => [o.value, o.label]));

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
        <table className="lb-table">
          <caption className="lb-visually-hidden">NRM referrals and duty-to-notify reports</caption>
          <thead>
            <tr>
              <th scope="col">Referral</th>
              <th scope="col">Exploitation</th>
              <th scope="col">Status</th>
              <th scope="col">Reasonable grounds due</th>
              <th scope="col">Recovery period to</th>
            </tr>
          </thead>
          <tbody>
            {item.nrmReferrals.map((referral) => (
              <tr key={referral.id}>
                <td>
                  {referral.kind === 'nrm' ? 'NRM referral' : 'Duty to notify (MS1)'} by {referral.firstResponder}
                </td>
                <td>
                  {referral.exploitationTypes.map((t) => typeWords.get(t) ?? t).join(', ')}
                  {referral.countyLines && <strong> (county lines)</strong>}
                </td>
                <td>
                  {nrmStatusWords[referral.status]}
                  {referral.submittedOn &&
                    (referral.status === 'submitted'
                      ? ` on ${referral.submittedOn}`
                      : ` (submitted ${referral.submittedOn})`)}
                </td>
                <td>
                  {referral.reasonableGroundsDueOn ?? '—'}
                  {referral.reasonableGroundsOverdue && <strong> Overdue</strong>}
                </td>
                <td>{referral.recoveryPeriodEndsOn ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
