import { api } from '../../api/client.ts';
import type { ArrestDetail } from '../../api/operations-types.ts';
import type { Me } from '../../api/types.ts';
import { Link } from '../../components/Link.tsx';
import { IntelligenceRefs } from './IntelligenceRefs.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { hasPermission } from '../Shell/navigation.ts';
import { ArrestForms } from './ArrestForms.tsx';
import { VictimFlag } from '../Safeguarding/VictimFlag.tsx';
import { drugLabel } from './labels.ts';

function seizedItem(s: ArrestDetail['seizures'][number]): string {
  if (s.kind === 'drug') {
    return `${drugLabel(s.drug ?? '')}, ${s.form ?? ''}, ${String(s.quantity ?? '')} ${s.unit ?? ''}`;
  }
  if (s.kind === 'cash') return `Cash £${((s.cashPence ?? 0) / 100).toFixed(2)}`;
  if (s.kind === 'phone') {
    return `Phone ${s.phoneNumber ?? '(number not known)'}${s.description ? `: ${s.description}` : ''}`;
  }
  return `${s.kind === 'weapon' ? 'Weapon' : 'Vehicle'}: ${s.description ?? ''}`;
}

/** One arrest: the person and place, the child's NRM and s.45 consideration, charges and outcomes, seizures. */
export function ArrestScene({ me, id }: { me: Me; id: string }) {
  const loaded = useLoad(() => api.get('/api/operations/arrests/{id}', { path: { id } }), [id]);
  if (loaded.error) {
    return (
      <>
        <PageHeading title="Not found">Not found</PageHeading>
        <p>{loaded.error}</p>
      </>
    );
  }
  const a = loaded.data;
  if (!a) return <p>Loading…</p>;
  return (
    <>
      <PageHeading title={`Arrest of ${a.personLabel}`}>
        <span className="lb-caption-above">Arrest</span> {a.personLabel}
      </PageHeading>
      <VictimFlag me={me} personId={a.personId} />
      {a.chargingBlocked && (
        <div className="lb-urgent">
          <p>
            <strong>{a.chargingBlocked}.</strong>
          </p>
        </div>
      )}
      <dl className="lb-summary">
        <dt>Person</dt>
        <dd>
          <Link to={`/entities/${a.personId}`}>{a.personLabel}</Link>
          {a.childAtArrest && ' (a child)'}
        </dd>
        <dt>When</dt>
        <dd>{a.arrestedAt.slice(0, 16).replace('T', ' ')}</dd>
        <dt>Where</dt>
        <dd>{a.place}</dd>
        <dt>Offence suspected</dt>
        <dd>{a.suspectedOffenceLabel}</dd>
        {a.warrantId && (
          <>
            <dt>Under warrant</dt>
            <dd>
              <Link to={`/operations/warrants/${a.warrantId}`}>Open the warrant</Link>
            </dd>
          </>
        )}
        {a.intelligence.length > 0 && (
          <>
            <dt>Intelligence behind it</dt>
            <dd>
              <IntelligenceRefs refs={a.intelligence} />
            </dd>
          </>
        )}
        {a.childAtArrest && (
          <>
            <dt>NRM and s.45 defence considered</dt>
            <dd>{a.nrm ? `${a.nrm.at?.slice(0, 10) ?? ''}: ${a.nrm.note ?? ''}` : 'Not yet'}</dd>
          </>
        )}
      </dl>
      <h2>Charges and outcomes</h2>
      {a.charges.length === 0 ? (
        <p>No charging decision yet.</p>
      ) : (
        <table className="lb-table">
          <caption className="lb-visually-hidden">Charges and their Home Office outcome types</caption>
          <thead>
            <tr>
              <th scope="col">Offence</th>
              <th scope="col">Outcome</th>
              <th scope="col">Decided</th>
            </tr>
          </thead>
          <tbody>
            {a.charges.map((c) => (
              <tr key={c.id}>
                <td>{c.offenceLabel}</td>
                <td>
                  {c.outcomeType}: {c.outcomeLabel}
                </td>
                <td>{c.decidedOn}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Seized</h2>
      {a.seizures.length === 0 ? (
        <p>Nothing recorded as seized.</p>
      ) : (
        <ul>
          {a.seizures.map((s, index) => (
            <li key={`${s.seizureId}:${String(index)}`}>
              {seizedItem(s)}
              {s.dealLineId && (
                <>
                  {' '}
                  (<Link to={`/networks/lines/${s.dealLineId}`}>its deal line</Link>)
                </>
              )}
              {s.intelligence.length > 0 && (
                <>
                  {'. Intelligence behind it: '}
                  <IntelligenceRefs refs={s.intelligence} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {hasPermission(me, 'operations.record') && <ArrestForms arrest={a} onChanged={loaded.reload} />}
    </>
  );
}
