import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type BodyOf, type FieldError } from '../../api/client.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { formText } from '../../components/forms.ts';
import { useLoad } from '../../hooks/useLoad.ts';

/** A partner user's tasks (their own organisation's only), and each task's page. */
export function PartnerTasksScene({ path }: { path: string }) {
  const id = /^\/partner-tasks\/([0-9a-f-]{36})$/i.exec(path)?.[1];
  if (id) return <PartnerTask key={id} id={id} />;
  return <PartnerTaskList />;
}

function PartnerTaskList() {
  const tasks = useLoad(() => api.get('/api/casework/partner-tasks', { query: { limit: 100 } }));
  const items = tasks.data?.items;
  return (
    <>
      <PageHeading title="Partner tasks">Tasks for your organisation</PageHeading>
      <p>Tasks the police safeguarding team has asked your organisation to do. Record what you do and the outcome.</p>
      {tasks.loading && <p>Loading…</p>}
      {tasks.error && <p role="alert">{tasks.error}</p>}
      {items?.length === 0 && <p>There are no tasks for your organisation.</p>}
      {items && items.length > 0 && (
        <table className="lb-table">
          <caption className="lb-visually-hidden">Your organisation’s tasks, open first, soonest due first</caption>
          <thead>
            <tr>
              <th scope="col">Task</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {items.map((task) => (
              <tr key={task.id}>
                <td>
                  <Link to={`/partner-tasks/${task.id}`}>{task.description}</Link>
                </td>
                <td>{task.dueOn}</td>
                <td>{task.overdue ? <strong>Overdue</strong> : task.statusLabel}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function PartnerTask({ id }: { id: string }) {
  const loaded = useLoad(() => api.get('/api/casework/partner-tasks/{id}', { path: { id } }), [id]);
  const task = loaded.data;
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const [done, setDone] = useState<string>();

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!task) return;
    setError(undefined);
    setFieldErrors([]);
    setDone(undefined);
    const element = event.currentTarget;
    const data = new FormData(element);
    const status = formText(data, 'status');
    api
      .post('/api/casework/partner-tasks/{id}/actions', {
        path: { id: task.id },
        body: {
          note: formText(data, 'note'),
          ...(status === '' || status === 'unchanged' ? {} : { status }),
          outcome: formText(data, 'outcome'),
          expectedVersion: task.version,
        } as BodyOf<'/api/casework/partner-tasks/{id}/actions'>,
      })
      .then(() => {
        setDone('Recorded');
        element.reset();
        loaded.reload();
      })
      .catch((caught: unknown) => {
        setError(caught instanceof ApiError ? caught.message : 'Could not record that');
        setFieldErrors(caught instanceof ApiError ? caught.fieldErrors : []);
      });
  }

  const shared = task?.shared;
  return (
    <>
      <p>
        <Link to="/partner-tasks">Back to your tasks</Link>
      </p>
      <PageHeading title="Partner task">Task: {task?.description ?? ''}</PageHeading>
      {loaded.loading && !task && <p>Loading…</p>}
      {loaded.error && <p role="alert">{loaded.error}</p>}
      {task && shared && (
        <>
          <dl className="lb-summary">
            <dt>Due by</dt>
            <dd>{task.overdue ? <strong>{task.dueOn} (overdue)</strong> : task.dueOn}</dd>
            <dt>Status</dt>
            <dd>{task.statusLabel}</dd>
            {task.outcome && (
              <>
                <dt>Outcome</dt>
                <dd>{task.outcome}</dd>
              </>
            )}
          </dl>
          <h2>Shared with your organisation</h2>
          {task.agreementReference === null ? (
            <p>Your organisation has no information-sharing agreement recorded: you see the task only.</p>
          ) : (
            <>
              <p>
                Under {task.agreementReference}: {task.sharedFields.join(', ') || 'nothing beyond the task'}.
              </p>
              <dl className="lb-summary">
                {shared.subjectName !== undefined && (
                  <>
                    <dt>Name</dt>
                    <dd>{shared.subjectName}</dd>
                  </>
                )}
                {shared.subjectKind !== undefined && (
                  <>
                    <dt>Child or adult</dt>
                    <dd>{shared.subjectKind}</dd>
                  </>
                )}
                {shared.dateOfBirth !== undefined && (
                  <>
                    <dt>Date of birth</dt>
                    <dd>{shared.dateOfBirth ?? 'Not known'}</dd>
                  </>
                )}
                {shared.riskLevel !== undefined && (
                  <>
                    <dt>Exploitation risk</dt>
                    <dd>{shared.riskLevel ?? 'Not screened'}</dd>
                  </>
                )}
                {shared.concerns !== undefined && (
                  <>
                    <dt>Concerns</dt>
                    <dd>{shared.concerns.join('; ')}</dd>
                  </>
                )}
              </dl>
            </>
          )}
          <h2>What has been done</h2>
          {task.notes.length === 0 ? (
            <p>Nothing recorded yet.</p>
          ) : (
            <ul>
              {task.notes.map((n) => (
                <li key={n.id}>
                  {n.recordedAt.slice(0, 10)}: {n.note}
                </li>
              ))}
            </ul>
          )}
          {(task.status === 'open' || task.status === 'accepted') && (
            <form onSubmit={submit} noValidate className="lb-narrow" aria-labelledby="partner-action-heading">
              <h2 id="partner-action-heading">Record an action or the outcome</h2>
              {done && (
                <p className="lb-success" role="status">
                  {done}
                </p>
              )}
              <ErrorSummary message={error} fieldErrors={fieldErrors} />
              <TextAreaField id="note" label="What was done" rows={2} errors={fieldErrors} />
              <RadioGroup
                name="status"
                legend="Status"
                defaultValue="unchanged"
                options={[
                  { value: 'unchanged', label: `Leave as “${task.statusLabel}”` },
                  ...(task.status === 'open' ? [{ value: 'accepted', label: 'Accepted' }] : []),
                  { value: 'done', label: 'Done (give the outcome)' },
                  { value: 'declined', label: 'Declined (give the reason as the outcome)' },
                ]}
                errors={fieldErrors}
              />
              <TextAreaField
                id="outcome"
                label="Outcome (when done or declined)"
                hint="The referring officer sees this."
                rows={2}
                errors={fieldErrors}
              />
              <button type="submit" className="lb-button">
                Record
              </button>
            </form>
          )}
        </>
      )}
    </>
  );
}
