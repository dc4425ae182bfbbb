import { api } from '../../api/client.ts';
import type { Me } from '../../api/types.ts';
import { fieldWords } from '../Reports/AnswerList.tsx';
import { entityKindLabels, labelFor, shortId } from '../../components/intel-labels.ts';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { hasPermission } from '../Shell/navigation.ts';
import { PersonOperationsPanel } from '../Operations/PersonOperationsPanel.tsx';
import { VictimFlag } from '../Safeguarding/VictimFlag.tsx';
import { PersonResolutionPanel } from './PersonResolution.tsx';

/** A report reference: a link for those who may open reports, plain text for others. */
function ReportRef({ me, id }: { me: Me; id: string }) {
  return hasPermission(me, 'report.read') ? (
    <Link to={`/inbox/reports/${id}`}>Report {shortId(id)}</Link>
  ) : (
    <>Report {shortId(id)}</>
  );
}

/** Everything known about one number, vehicle, address or person, with the reports behind it. */
export function EntityScene({ me, id }: { me: Me; id: string }) {
  const loaded = useLoad(() => api.get('/api/entities/{id}', { path: { id } }), [id]);
  if (loaded.error) {
    return (
      <>
        <PageHeading title="Not found">Not found</PageHeading>
        <p>{loaded.error}</p>
        <Link to="/entities">Back to people and places</Link>
      </>
    );
  }
  const entity = loaded.data;
  if (!entity) return <p>Loading…</p>;
  const kind = labelFor(entityKindLabels, entity.kind);
  return (
    <>
      <p>
        <Link to="/entities">Back to people and places</Link>
      </p>
      <PageHeading title={`${kind} ${entity.label}`}>
        <span className="lb-caption-above">{kind}</span> {entity.label}
      </PageHeading>
      {entity.kind === 'person' && <VictimFlag me={me} personId={entity.id} />}
      {entity.kind === 'location' && (
        <p className="lb-no-print">
          <Link to={`/entities/${entity.id}/briefing`}>Briefing sheet for this address</Link> (one page, to print)
          {hasPermission(me, 'report.read') && (
            <>
              {' · '}
              <Link to={`/maps/time-patterns?location=${entity.id}`}>When activity happens here</Link> (days and times
              reporters gave)
            </>
          )}
        </p>
      )}
      {entity.mergedInto && (
        <p className="lb-panel">
          This record was merged into <Link to={`/entities/${entity.mergedInto}`}>another record</Link>, which holds
          everything known.
        </p>
      )}
      <dl className="lb-summary">
        <dt>Identifier</dt>
        <dd>{entity.label}</dd>
        <dt>Kind</dt>
        <dd>{kind}</dd>
        {entity.aliases.length > 0 && (
          <>
            <dt>Also known as</dt>
            <dd>{entity.aliases.map((alias) => alias.label).join(', ')}</dd>
          </>
        )}
        {entity.details.isChild === true || (entity.details.age !== undefined && entity.details.age < 18) ? (
          <>
            <dt>Child</dt>
            <dd>
              <strong>Yes</strong>
              {entity.details.age !== undefined && `, aged ${String(entity.details.age)}`}
            </dd>
          </>
        ) : (
          entity.details.age !== undefined && (
            <>
              <dt>Age</dt>
              <dd>{entity.details.age}</dd>
            </>
          )
        )}
        {entity.details.postcode && (
          <>
            <dt>Postcode</dt>
            <dd>{entity.details.postcode}</dd>
          </>
        )}
        {(entity.details.make ?? entity.details.model) && (
          <>
            <dt>Make and model</dt>
            <dd>{[entity.details.make, entity.details.model].filter(Boolean).join(' ')}</dd>
          </>
        )}
        {entity.details.latitude !== undefined && entity.details.longitude !== undefined && (
          <>
            <dt>Coordinates</dt>
            <dd>
              {entity.details.latitude.toFixed(5)}, {entity.details.longitude.toFixed(5)}
            </dd>
          </>
        )}
        <dt>Reports</dt>
        <dd>{entity.reportCount}</dd>
        <dt>First seen</dt>
        <dd>{entity.firstSeen}</dd>
        <dt>Last seen</dt>
        <dd>{entity.lastSeen}</dd>
      </dl>

      {entity.kind === 'person' && hasPermission(me, 'operations.read') && (
        <PersonOperationsPanel me={me} personId={entity.id} />
      )}
      {entity.kind === 'person' && <PersonResolutionPanel me={me} personId={entity.id} onChanged={loaded.reload} />}

      <h2>Linked to</h2>
      {entity.links.length === 0 ? (
        <p>Nothing else has been reported with it yet.</p>
      ) : (
        <table className="lb-table">
          <caption className="lb-caption">Entities reported together with this one, strongest first</caption>
          <thead>
            <tr>
              <th scope="col">Entity</th>
              <th scope="col">Kind</th>
              <th scope="col">Reports together</th>
              <th scope="col">Confidence</th>
              <th scope="col">Seen</th>
              <th scope="col">Source reports</th>
            </tr>
          </thead>
          <tbody>
            {entity.links.map((link) => (
              <tr key={link.id}>
                <td>
                  <Link to={`/entities/${link.other.id}`}>{link.other.label}</Link>
                </td>
                <td>{labelFor(entityKindLabels, link.other.kind)}</td>
                <td>{link.sourceCount}</td>
                <td>{Math.round(link.confidence * 100)}%</td>
                <td>{link.firstSeen === link.lastSeen ? link.firstSeen : `${link.firstSeen} to ${link.lastSeen}`}</td>
                <td>
                  <ul className="lb-plain-list">
                    {link.sourceReportIds.map((reportId) => (
                      <li key={reportId}>
                        <ReportRef me={me} id={reportId} />
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>Timeline</h2>
      {entity.timeline.length === 0 ? (
        <p>No reports mention it.</p>
      ) : (
        <ol className="lb-timeline" aria-label="Reports that mention it, newest first">
          {entity.timeline.map((event) => (
            <li key={`${event.reportId}:${event.field}`}>
              <span className="lb-timeline-date">{event.observedOn}</span> <ReportRef me={me} id={event.reportId} />{' '}
              <span className="lb-hint">({fieldWords(event.field).toLowerCase()})</span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
