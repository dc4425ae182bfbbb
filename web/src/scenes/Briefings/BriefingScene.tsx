import type { ReactNode } from 'react';
import { api } from '../../api/client.ts';
import type { BriefingEntity } from '../../api/briefing-types.ts';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { handlingText, usePrintMarking } from '../../components/PrintMarking.tsx';
import { useLoad } from '../../hooks/useLoad.ts';

function Block({ id, title, count, children }: { id: string; title: string; count: number; children: ReactNode }) {
  return (
    <section className="lb-briefing-block" aria-labelledby={`briefing-${id}`}>
      <h2 id={`briefing-${id}`}>
        {title} ({count})
      </h2>
      {count === 0 ? <p className="lb-hint">None recorded.</p> : children}
    </section>
  );
}

function Entities({ id, title, items }: { id: string; title: string; items: readonly BriefingEntity[] }) {
  return (
    <Block id={id} title={title} count={items.length}>
      <ul className="lb-report-ids">
        {items.map((item) => (
          <li key={`${item.id}:${item.role ?? ''}`}>
            <Link to={`/entities/${item.id}`}>{item.label}</Link>
            {item.role ? `: ${item.role}` : ''}
            {item.lastSeen ? <span className="lb-hint"> (last seen {item.lastSeen})</span> : null}
          </li>
        ))}
      </ul>
    </Block>
  );
}

/** A one-page briefing sheet for an address or a deal line, to print before a visit or briefing. */
export function BriefingScene({ kind, id }: { kind: 'address' | 'line'; id: string }) {
  const loaded = useLoad(
    () =>
      kind === 'address'
        ? api.get('/api/briefings/addresses/{id}', { path: { id } })
        : api.get('/api/briefings/lines/{id}', { path: { id } }),
    [kind, id],
  );
  const sheet = loaded.data;
  usePrintMarking(sheet ? { marking: sheet.marking, handling: sheet.handling } : null);
  const back = kind === 'address' ? `/entities/${id}` : `/networks/lines/${id}`;
  if (loaded.error) {
    return (
      <>
        <PageHeading title="Briefing sheet not found">Briefing sheet not found</PageHeading>
        <p>{loaded.error}</p>
      </>
    );
  }
  if (!sheet) return <p>Loading the briefing sheet…</p>;
  return (
    <article className="lb-briefing">
      <p className="lb-no-print">
        <Link to={back}>Back to the {kind === 'address' ? 'address' : 'deal line'}</Link>. Use your browser’s print
        command: every printed page carries the marking and handling code.
      </p>
      <p className="lb-briefing-handling" data-testid="briefing-handling">
        {sheet.marking} · {handlingText({ marking: sheet.marking, handling: sheet.handling })}. {sheet.handlingNote}.
      </p>
      <PageHeading title={`Briefing: ${sheet.title}`}>
        <span className="lb-caption-above">Briefing sheet, {kind === 'address' ? 'address' : 'deal line'}</span>{' '}
        {sheet.title}
      </PageHeading>
      <dl className="lb-summary">
        {sheet.summary.map((item) => (
          <div key={item.label}>
            <dt>{item.label}</dt>
            <dd>{item.value}</dd>
          </div>
        ))}
        <div>
          <dt>Prepared</dt>
          <dd>{sheet.generatedAt.slice(0, 16).replace('T', ' ')} UTC</dd>
        </div>
      </dl>
      <Block id="alerts" title="Alerts" count={sheet.alerts.length}>
        <ul className="lb-report-ids">
          {sheet.alerts.map((alert) => (
            <li key={alert.id}>
              <Link to={`/alerts/${alert.id}`}>{alert.title}</Link> ({alert.status}, last {alert.lastFiredOn})
            </li>
          ))}
        </ul>
      </Block>
      <Block id="intelligence" title="Graded intelligence" count={sheet.intelligence.length}>
        <table className="lb-table lb-table--compact">
          <caption className="lb-visually-hidden">Graded intelligence</caption>
          <thead>
            <tr>
              <th scope="col">Reference</th>
              <th scope="col">Grade</th>
              <th scope="col">Sanitised text</th>
            </tr>
          </thead>
          <tbody>
            {sheet.intelligence.map((item) => (
              <tr key={item.id}>
                <td>
                  <Link to={`/intelligence/${item.id}`}>{item.reference}</Link>
                </td>
                <td>
                  <strong className="lb-grade">{item.grade}</strong>
                </td>
                <td>{item.sanitisedText}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Block>
      <Entities id="people" title="People" items={sheet.people} />
      {kind === 'line' && <Entities id="addresses" title="Addresses" items={sheet.addresses} />}
      <Entities id="phones" title={kind === 'line' ? 'Numbers' : 'Phones'} items={sheet.phones} />
      <Entities id="vehicles" title="Vehicles" items={sheet.vehicles} />
      {sheet.warrants === null ? null : (
        <Block id="warrants" title="Warrants" count={sheet.warrants.length}>
          <ul className="lb-report-ids">
            {sheet.warrants.map((warrant) => (
              <li key={warrant.id}>
                <Link to={`/operations/warrants/${warrant.id}`}>{warrant.reference}</Link>: {warrant.premises} (
                {warrant.status})
              </li>
            ))}
          </ul>
        </Block>
      )}
      <Block id="reports" title="Reports" count={sheet.reportCount}>
        <p>
          {sheet.reports.length < sheet.reportCount
            ? `The latest ${String(sheet.reports.length)} of ${String(sheet.reportCount)}: `
            : ''}
          {sheet.reports.map((report, index) => (
            <span key={report.id}>
              {index > 0 ? ', ' : ''}
              <Link to={`/inbox/reports/${report.id}`}>{report.observedOn || report.id.slice(0, 8)}</Link>
            </span>
          ))}
        </p>
      </Block>
    </article>
  );
}
