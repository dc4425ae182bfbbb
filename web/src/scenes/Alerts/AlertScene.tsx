import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type FieldError, type BodyOf } from '../../api/client.ts';
import type { Me } from '../../api/types.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { formText } from '../../components/forms.ts';
import {
  alertStatusLabels,
  dayOf,
  entityKindLabels,
  labelFor,
  priorityLabels,
  shortId,
} from '../../components/intel-labels.ts';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { hasPermission } from '../Shell/navigation.ts';

/** One alert: what it is about, the reports behind it, and its status. */
export function AlertScene({ me, id }: { me: Me; id: string }) {
  const loaded = useLoad(() => api.get('/api/alerts/{id}', { path: { id } }), [id]);
  const [message, setMessage] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const [done, setDone] = useState<string>();

  if (loaded.error) {
    return (
      <>
        <PageHeading title="Alert not found">Alert not found</PageHeading>
        <p>{loaded.error}</p>
        <Link to="/alerts">Back to alerts</Link>
      </>
    );
  }
  const alert = loaded.data;
  if (!alert) return <p>Loading…</p>;

  async function handleStatus(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const status = formText(form, 'alert-new-status') as BodyOf<'/api/alerts/{id}/status'>['status'];
    try {
      await api.post('/api/alerts/{id}/status', { path: { id }, body: { status, note: formText(form, 'alert-note') } });
      setMessage(undefined);
      setFieldErrors([]);
      setDone(`Status changed to ${labelFor(alertStatusLabels, status)}.`);
      loaded.reload();
    } catch (caught) {
      setDone(undefined);
      setMessage(caught instanceof Error ? caught.message : 'The status could not be changed');
      setFieldErrors(
        caught instanceof ApiError
          ? caught.fieldErrors.map((e) => ({ ...e, field: e.field === 'note' ? 'alert-note' : 'alert-new-status' }))
          : [],
      );
    }
  }

  const mayChange = hasPermission(me, 'report.triage') || hasPermission(me, 'safeguarding.manage');
  return (
    <>
      <p>
        <Link to="/alerts">Back to alerts</Link>
      </p>
      <PageHeading title={alert.title}>{alert.title}</PageHeading>
      {done && (
        <p className="lb-success" role="status">
          {done}
        </p>
      )}
      <dl className="lb-summary">
        <dt>About</dt>
        <dd>
          {alert.entity ? (
            <>
              {labelFor(entityKindLabels, alert.entity.kind)}:{' '}
              {hasPermission(me, 'entity.read') ? (
                <Link to={`/entities/${alert.entity.id}`}>{alert.entity.label}</Link>
              ) : (
                alert.entity.label
              )}
            </>
          ) : (
            '—'
          )}
        </dd>
        <dt>Priority</dt>
        <dd>{labelFor(priorityLabels, alert.priority)}</dd>
        <dt>Status</dt>
        <dd>{labelFor(alertStatusLabels, alert.status)}</dd>
        <dt>First raised</dt>
        <dd>{dayOf(alert.firstFiredAt)}</dd>
        <dt>Last raised</dt>
        <dd>{dayOf(alert.lastFiredAt)}</dd>
        <dt>Evidence</dt>
        <dd>
          {alert.evidenceCount} {alert.evidenceCount === 1 ? 'report' : 'reports'}
        </dd>
      </dl>
      <h2>The reports behind it</h2>
      <ol>
        {alert.reportIds.map((reportId) => (
          <li key={reportId}>
            {hasPermission(me, 'report.read') ? (
              <Link to={`/inbox/reports/${reportId}`}>Report {shortId(reportId)}</Link>
            ) : (
              <>Report {shortId(reportId)}</>
            )}
          </li>
        ))}
      </ol>
      {mayChange && (
        <form onSubmit={(event) => void handleStatus(event)} className="lb-narrow">
          <h2>Change the status</h2>
          <ErrorSummary message={fieldErrors.length > 0 ? undefined : message} fieldErrors={fieldErrors} />
          <SelectField
            id="alert-new-status"
            label="New status"
            key={alert.status}
            defaultValue={alert.status}
            options={Object.entries(alertStatusLabels).map(([value, label]) => ({ value, label }))}
            errors={fieldErrors}
          />
          <TextAreaField
            id="alert-note"
            label="Note"
            hint="Recorded in the audit trail."
            rows={3}
            errors={fieldErrors}
          />
          <button type="submit" className="lb-button">
            Change status
          </button>
        </form>
      )}
    </>
  );
}
