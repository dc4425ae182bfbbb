import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type BodyOf } from '../../api/client.ts';
import type { ReportDetail } from '../../api/intel-types.ts';
import type { Me } from '../../api/types.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { formText } from '../../components/forms.ts';
import { HighlightedText } from '../../components/HighlightedText.tsx';
import { highlightsOf } from '../../components/highlights.ts';
import {
  alertKindLabels,
  alertStatusLabels,
  categoryLabels,
  channelLabels,
  entityKindLabels,
  labelFor,
  reportLanguageLabel,
  reportLanguageLabels,
  reportStatusLabels,
  shortId,
} from '../../components/intel-labels.ts';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { PriorityFlags } from '../../components/PriorityFlags.tsx';
import { ReasonPrompt } from '../../components/ReasonPrompt.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { navigate } from '../../hooks/useRoute.ts';
import { hasPermission } from '../Shell/navigation.ts';
import { AnswerList, fieldWords } from './AnswerList.tsx';
import { DeskPanel } from './DeskPanel.tsx';
import { MessagesPanel } from './MessagesPanel.tsx';
import { ReportPhotos } from './ReportPhotos.tsx';
import { TranslationPanel } from './TranslationPanel.tsx';

/** The words an entity was written as in the report, or where it was given. */
function entityWords(report: ReportDetail, entityId: string): string {
  for (const mention of report.linkedEntities.filter((m) => m.entityId === entityId)) {
    const text = report.texts.find((t) => t.field === mention.field)?.text;
    if (text !== undefined && mention.spanStart !== null && mention.spanEnd !== null) {
      return text.slice(mention.spanStart, mention.spanEnd);
    }
  }
  const first = report.linkedEntities.find((m) => m.entityId === entityId);
  return first ? `from the answer “${fieldWords(first.field)}”` : '';
}

export function ReportScene({ me, id }: { me: Me; id: string }) {
  const loaded = useLoad(() => api.get('/api/reports/{id}', { path: { id } }), [id]);
  const [contact, setContact] = useState<Record<string, unknown> | null>();
  const [statusMessage, setStatusMessage] = useState<string>();
  const [statusError, setStatusError] = useState<string>();

  if (loaded.error) {
    return (
      <>
        <PageHeading title="Report not found">Report not found</PageHeading>
        <p>{loaded.error}</p>
        <Link to="/inbox">Back to the inbox</Link>
      </>
    );
  }
  const report = loaded.data;
  if (!report) return <p>Loading the report…</p>;

  const urgent = report.flags.child || report.flags.threatToLife || report.flags.vulnerableAdult;
  const entityIds = [...new Set(report.linkedEntities.map((m) => m.entityId))];
  const dir = (reportLanguageLabels as Record<string, { dir: 'ltr' | 'rtl' } | undefined>)[report.language]?.dir;
  const answers = Object.fromEntries(Object.entries(report.answers).filter(([key]) => key !== 'contact'));

  async function showContact(reason: string) {
    const answer = await api.post('/api/reports/{id}/contact', {
      path: { id },
      body: {
        reason,
      },
    });
    setContact(answer.contact);
  }

  async function handleStatus(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const status = formText(
      new FormData(event.currentTarget),
      'report-status',
    ) as BodyOf<'/api/reports/{id}/status'>['status'];
    try {
      await api.post('/api/reports/{id}/status', { path: { id }, body: { status } });
      setStatusError(undefined);
      setStatusMessage(`Status changed to ${labelFor(reportStatusLabels, status)}.`);
      loaded.reload();
    } catch (caught) {
      setStatusError(caught instanceof ApiError ? caught.message : 'The status could not be changed');
    }
  }

  return (
    <>
      <p>
        <Link to="/inbox">Back to the inbox</Link>
      </p>
      <PageHeading title={`Report ${shortId(report.id)}`}>Report {shortId(report.id)}</PageHeading>
      {urgent && (
        <div className="lb-urgent" role="note" aria-label="Priority">
          <strong>Urgent:</strong> <PriorityFlags flags={report.flags} />
        </div>
      )}
      <dl className="lb-summary">
        <dt>Received</dt>
        <dd>{report.submittedOn}</dd>
        <dt>Channel</dt>
        <dd>{labelFor(channelLabels, report.channel)}</dd>
        <dt>Type</dt>
        <dd>{report.categories.map((c) => labelFor(categoryLabels, c)).join(', ')}</dd>
        <dt>Area</dt>
        <dd>{report.postcodeSector ?? 'Not given'}</dd>
        <dt>Status</dt>
        <dd>{labelFor(reportStatusLabels, report.status)}</dd>
        <dt>Written in</dt>
        <dd>{reportLanguageLabel(report.language)}</dd>
      </dl>

      <DeskPanel me={me} id={report.id} />
      <TranslationPanel
        me={me}
        id={report.id}
        language={report.language}
        forTranslation={report.forTranslation}
        onChanged={loaded.reload}
      />

      {hasPermission(me, 'intelligence.create') && (
        <p>
          <a
            className="lb-button"
            href={`/app/intelligence/new?report=${report.id}`}
            onClick={(event) => {
              event.preventDefault();
              navigate(`/intelligence/new?report=${report.id}`);
            }}
          >
            Start an intelligence report
          </a>
        </p>
      )}

      <h2>What was reported</h2>
      <p className="lb-hint">
        Marked words were recognised as people, places, numbers, vehicles, drugs or signs a child is involved; linked
        ones open everything known about them.
      </p>
      {report.texts.length === 0 && <p>No free text was given.</p>}
      {report.texts.map((text) => (
        <section key={text.field} className="lb-report-field" aria-label={fieldWords(text.field)}>
          <h3>{fieldWords(text.field)}</h3>
          <div lang={report.language} dir={dir}>
            <HighlightedText
              text={text.text}
              highlights={highlightsOf(text.field, text.entities, report.linkedEntities)}
            />
          </div>
        </section>
      ))}

      <h2>Entities in this report</h2>
      {entityIds.length === 0 ? (
        <p>None yet (entities are extracted shortly after a report arrives).</p>
      ) : (
        <ul>
          {entityIds.map((entityId) => {
            const kind = report.linkedEntities.find((m) => m.entityId === entityId)?.kind ?? '';
            return (
              <li key={entityId}>
                {labelFor(entityKindLabels, kind)}:{' '}
                <Link to={`/entities/${entityId}`}>{entityWords(report, entityId) || shortId(entityId)}</Link>
              </li>
            );
          })}
        </ul>
      )}

      <h2>Linked reports</h2>
      {report.relatedReports.length === 0 ? (
        <p>No other report mentions the same people, places, numbers or vehicles.</p>
      ) : (
        <table className="lb-table">
          <caption className="lb-caption">Other reports that mention the same entities</caption>
          <thead>
            <tr>
              <th scope="col">Report</th>
              <th scope="col">Received</th>
              <th scope="col">Status</th>
              <th scope="col">In common</th>
            </tr>
          </thead>
          <tbody>
            {report.relatedReports.map((related) => (
              <tr key={related.reportId}>
                <td>
                  <Link to={`/inbox/reports/${related.reportId}`}>Report {shortId(related.reportId)}</Link>
                </td>
                <td>{related.submittedOn}</td>
                <td>{labelFor(reportStatusLabels, related.status)}</td>
                <td>
                  {related.entityIds.map((entityId, index) => (
                    <span key={entityId}>
                      {index > 0 && ', '}
                      <Link to={`/entities/${entityId}`}>{entityWords(report, entityId) || shortId(entityId)}</Link>
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>Alerts</h2>
      {report.alerts.length === 0 ? (
        <p>This report has raised no alerts.</p>
      ) : (
        <ul>
          {report.alerts.map((alert) => (
            <li key={alert.id}>
              <Link to={`/alerts/${alert.id}`}>{labelFor(alertKindLabels, alert.kind)}</Link> (
              {labelFor(alertStatusLabels, alert.status)}, {alert.priority} priority)
            </li>
          ))}
        </ul>
      )}

      <h2>All answers</h2>
      <AnswerList answers={answers} />

      <ReportPhotos me={me} reportId={id} />

      <h2>Reporter’s contact details</h2>
      {!report.hasContactDetails ? (
        <p>The reporter chose to stay anonymous: there are no contact details to show.</p>
      ) : contact !== undefined ? (
        contact === null ? (
          <p>No contact details are stored.</p>
        ) : (
          <AnswerList answers={contact} />
        )
      ) : hasPermission(me, 'report.read_sensitive') ? (
        <ReasonPrompt
          id="contact-reason"
          openLabel="Show contact details"
          submitLabel="Show contact details"
          onReason={showContact}
        />
      ) : (
        <p>You do not have access to reporters’ contact details.</p>
      )}

      {hasPermission(me, 'report.message_reporter') && <MessagesPanel reportId={report.id} />}

      {hasPermission(me, 'report.triage') && (
        <>
          <h2>Status</h2>
          <ErrorSummary message={statusError} />
          {statusMessage && (
            <p className="lb-success" role="status">
              {statusMessage}
            </p>
          )}
          <form className="lb-inline-form" onSubmit={(event) => void handleStatus(event)}>
            <SelectField
              id="report-status"
              label="Change the status"
              defaultValue={report.status}
              key={report.status}
              options={Object.entries(reportStatusLabels).map(([value, label]) => ({ value, label }))}
            />
            <button type="submit" className="lb-button lb-button--secondary">
              Change status
            </button>
          </form>
        </>
      )}
    </>
  );
}
