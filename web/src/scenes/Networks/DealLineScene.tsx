import { api } from '../../api/client.ts';
import type { Me } from '../../api/types.ts';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { hasPermission } from '../Shell/navigation.ts';
import { LineAddresses } from './components/LineAddresses.tsx';
import { LineHolderEvidence } from './components/LineHolderEvidence.tsx';
import { LineDetailsForm } from './components/LineDetailsForm.tsx';
import { LinePeople } from './components/LinePeople.tsx';
import { LineStatus } from './components/LineStatus.tsx';
import { LineDisruption } from '../Operations/LineDisruption.tsx';
import { LinkedTable } from './components/LinkedTable.tsx';
import { LineNumberForms } from './components/LineNumberForms.tsx';
import { LineSampleForm } from './components/LineSampleForm.tsx';
import { formatDay, shortId, statusLabels } from './format.ts';

/** A deal line's profile: numbers, people and roles, evidence, addresses, timeline and status. */
export function DealLineScene({ id, me }: { id: string; me: Me }) {
  const profile = useLoad(() => api.get('/api/deal-lines/{id}', { path: { id } }), [id]);
  const line = profile.data;
  if (!line) {
    return (
      <>
        <PageHeading title="Deal line">Deal line</PageHeading>
        {profile.error ? <p role="alert">{profile.error}</p> : <p className="lb-hint">Loading…</p>}
      </>
    );
  }
  const canChange = hasPermission(me, 'intelligence.create');
  const reload = () => {
    profile.reload();
  };
  const numberLabel = new Map(line.numbers.map((n) => [n.phoneEntityId, n.number]));
  const current = line.numbers.filter((n) => n.current);
  return (
    <>
      <PageHeading title={line.brandName}>{line.brandName}</PageHeading>
      <p className="lb-no-print">
        <Link to={`/networks/lines/${line.id}/briefing`}>Briefing sheet for this line</Link> (one page, to print)
      </p>
      <dl className="lb-summary">
        <dt>Status</dt>
        <dd>{statusLabels[line.status]}</dd>
        <dt>Current number{current.length === 1 ? '' : 's'}</dt>
        <dd>{current.length === 0 ? 'None' : current.map((n) => n.number).join(', ')}</dd>
        <dt>Urban hub</dt>
        <dd>{line.urbanHub ?? 'Not known'}</dd>
        <dt>First seen</dt>
        <dd>{formatDay(line.firstSeen)}</dd>
        <dt>Last seen</dt>
        <dd>{formatDay(line.lastSeen)}</dd>
        {line.successor && (
          <>
            <dt>Rebranded as</dt>
            <dd>
              <Link to={`/networks/lines/${line.successor.id}`}>{line.successor.brandName}</Link>
            </dd>
          </>
        )}
        {line.predecessors.length > 0 && (
          <>
            <dt>Rebranded from</dt>
            <dd>
              {line.predecessors.map((p, i) => (
                <span key={p.id}>
                  {i > 0 && ', '}
                  <Link to={`/networks/lines/${p.id}`}>{p.brandName}</Link>
                </span>
              ))}
            </dd>
          </>
        )}
      </dl>
      {canChange && <LineDetailsForm line={line} onChanged={reload} />}
      <p>
        <Link to={`/networks/chart?line=${line.id}`}>Open its network in the link chart</Link>
      </p>

      <section aria-labelledby="numbers-heading">
        <h2 id="numbers-heading">Numbers</h2>
        <table className="lb-table lb-table--compact">
          <caption className="lb-visually-hidden">The line's numbers over time</caption>
          <thead>
            <tr>
              <th scope="col">Number</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Reports</th>
            </tr>
          </thead>
          <tbody>
            {line.numbers.map((n) => (
              <tr key={n.id}>
                <td>
                  <Link to={`/entities/${n.phoneEntityId}`}>{n.number}</Link>
                </td>
                <td>{formatDay(n.from)}</td>
                <td>{n.to === null ? 'In use' : formatDay(n.to)}</td>
                <td>{n.reportCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {canChange && <LineNumberForms line={line} onChanged={reload} />}
      </section>

      <LinePeople line={line} canChange={canChange} onChanged={reload} />
      <LineHolderEvidence line={line} canChange={canChange} onChanged={reload} />
      <LineAddresses line={line} />

      <section aria-labelledby="vehicles-heading">
        <h2 id="vehicles-heading">Vehicles</h2>
        <LinkedTable caption="Vehicles linked to the line" items={line.vehicles} empty="No vehicles are linked yet." />
      </section>

      <section aria-labelledby="handsets-heading">
        <h2 id="handsets-heading">Handsets: other phones its people use</h2>
        <LinkedTable
          caption="Other phones linked to the line's people"
          items={line.otherPhonesOfItsPeople}
          empty="No other phones are linked to its people."
        />
      </section>

      <section aria-labelledby="samples-heading">
        <h2 id="samples-heading">Bulk-text samples</h2>
        {line.samples.length === 0 ? (
          <p className="lb-hint">No advertising texts have been recorded.</p>
        ) : (
          line.samples.map((s) => (
            <figure key={s.id}>
              <blockquote className="lb-quote">{s.text}</blockquote>
              <figcaption className="lb-hint">Received {formatDay(s.observedOn)}</figcaption>
            </figure>
          ))
        )}
        {canChange && <LineSampleForm lineId={line.id} onChanged={reload} />}
      </section>

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline of reports</h2>
        {line.timeline.length === 0 ? (
          <p className="lb-hint">No reports mention its numbers.</p>
        ) : (
          <table className="lb-table lb-table--compact">
            <caption className="lb-visually-hidden">Reports that mention the line's numbers, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Number</th>
                <th scope="col">Where in the report</th>
                <th scope="col">Report</th>
              </tr>
            </thead>
            <tbody>
              {line.timeline.map((t) => (
                <tr key={`${t.reportId}:${t.numberEntityId}:${t.field}`}>
                  <td>{formatDay(t.observedOn)}</td>
                  <td>{numberLabel.get(t.numberEntityId) ?? '—'}</td>
                  <td>{t.field}</td>
                  <td>
                    <Link to={`/inbox/reports/${t.reportId}`}>Report {shortId(t.reportId)}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <LineStatus line={line} canChange={canChange} onChanged={reload} />
      {hasPermission(me, 'operations.read') && (
        <LineDisruption lineId={line.id} canChange={hasPermission(me, 'operations.target')} onChanged={reload} />
      )}
    </>
  );
}
