import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type FieldError } from '../../api/client.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { Link } from '../../components/Link.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { formText } from '../../components/forms.ts';
import { useLoad } from '../../hooks/useLoad.ts';

/**
 * Tasks referred to partner organisations on a case, with each partner's notes and outcome, and
 * the form to refer another (GET/POST /api/casework/cases/{id}/partner-tasks).
 */
export function PartnerTasksPanel({ caseId, open }: { caseId: string; open: boolean }) {
  const tasks = useLoad(() => api.get('/api/casework/cases/{id}/partner-tasks', { path: { id: caseId } }), [caseId]);
  const organisations = useLoad(() =>
    open ? api.get('/api/casework/partner-organisations') : Promise.resolve({ items: [] }),
  );
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const [done, setDone] = useState<string>();
  const items = tasks.data?.items ?? [];

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    setFieldErrors([]);
    setDone(undefined);
    const element = event.currentTarget;
    const data = new FormData(element);
    api
      .post('/api/casework/cases/{id}/partner-tasks', {
        path: { id: caseId },
        body: {
          organisationId: formText(data, 'organisationId'),
          description: formText(data, 'taskDescription'),
          dueOn: formText(data, 'taskDueOn'),
        },
      })
      .then(() => {
        setDone('Task sent to the partner');
        element.reset();
        tasks.reload();
      })
      .catch((caught: unknown) => {
        setError(caught instanceof ApiError ? caught.message : 'The task could not be sent');
        const ids: Record<string, string> = { description: 'taskDescription', dueOn: 'taskDueOn' };
        setFieldErrors(
          caught instanceof ApiError ? caught.fieldErrors.map((f) => ({ ...f, field: ids[f.field] ?? f.field })) : [],
        );
      });
  }

  return (
    <section aria-labelledby="partner-tasks-heading">
      <h2 id="partner-tasks-heading">Partner tasks</h2>
      {tasks.error && <p role="alert">{tasks.error}</p>}
      {items.length === 0 ? (
        <p>No tasks sent to partners.</p>
      ) : (
        <table className="lb-table">
          <caption className="lb-visually-hidden">Tasks sent to partner organisations, with their outcomes</caption>
          <thead>
            <tr>
              <th scope="col">Partner</th>
              <th scope="col">Task</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
              <th scope="col">Outcome</th>
            </tr>
          </thead>
          <tbody>
            {items.map((task) => (
              <tr key={task.id}>
                <td>{task.organisationName}</td>
                <td>
                  {task.description}
                  {task.notes.length > 0 && (
                    <ul>
                      {task.notes.map((n) => (
                        <li key={n.id}>
                          {n.recordedAt.slice(0, 10)}: {n.note}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>{task.dueOn}</td>
                <td>{task.overdue ? <strong>Overdue</strong> : task.statusLabel}</td>
                <td>{task.outcome ? `${task.outcome} (${task.outcomeOn ?? ''})` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open && (
        <form onSubmit={submit} noValidate className="lb-narrow lb-no-print" aria-labelledby="refer-task-heading">
          <h3 id="refer-task-heading">Send a task to a partner</h3>
          {done && (
            <p className="lb-success" role="status">
              {done}
            </p>
          )}
          <ErrorSummary message={error} fieldErrors={fieldErrors} />
          <SelectField
            id="organisationId"
            label="Partner organisation"
            hint="Its users see the task and only the case details its information-sharing agreement names."
            options={[
              { value: '', label: 'Choose an organisation' },
              ...(organisations.data?.items ?? []).map((o) => ({
                value: o.id,
                label: `${o.name}${o.agreementReference ? '' : ' (no sharing agreement: the task only)'}`,
              })),
            ]}
            errors={fieldErrors}
          />
          <TextAreaField id="taskDescription" label="What the partner is asked to do" rows={2} errors={fieldErrors} />
          <Field id="taskDueOn" label="Due by" type="date" errors={fieldErrors} />
          <button type="submit" className="lb-button lb-button--secondary">
            Send the task
          </button>
          <p>
            <Link to="/safeguarding/agreements">Information-sharing agreements</Link>
          </p>
        </form>
      )}
    </section>
  );
}

/** The tasks the signed-in lead referred, with the partners' outcomes (GET /api/casework/partner-tasks/referred). */
export function ReferredTasks() {
  const [offset, setOffset] = useState(0);
  const pageSize = 10;
  const page = useLoad(
    () => api.get('/api/casework/partner-tasks/referred', { query: { limit: pageSize, offset } }),
    [offset],
  );
  const data = page.data;
  if (!data || data.total === 0) return null;
  return (
    <section aria-labelledby="referred-heading">
      <h2 id="referred-heading">Your referrals to partners</h2>
      <table className="lb-table">
        <caption className="lb-visually-hidden">Tasks you sent to partners, with their outcomes</caption>
        <thead>
          <tr>
            <th scope="col">Partner</th>
            <th scope="col">Task</th>
            <th scope="col">Status</th>
            <th scope="col">Outcome</th>
          </tr>
        </thead>
        <tbody>
          {data.items.map((task) => (
            <tr key={task.id}>
              <td>{task.organisationName}</td>
              <td>
                <Link to={`/safeguarding/cases/${task.caseId}`}>{task.description}</Link>
              </td>
              <td>{task.overdue ? <strong>Overdue (due {task.dueOn})</strong> : task.statusLabel}</td>
              <td>{task.outcome ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.total > pageSize && (
        <nav className="lb-pagination" aria-label="Referral pages">
          {offset > 0 && (
            <button
              type="button"
              className="lb-button lb-button--secondary"
              onClick={() => {
                setOffset(offset - pageSize);
              }}
            >
              Previous page
            </button>
          )}
          {offset + data.items.length < data.total && (
            <button
              type="button"
              className="lb-button lb-button--secondary"
              onClick={() => {
                setOffset(offset + pageSize);
              }}
            >
              Next page
            </button>
          )}
        </nav>
      )}
    </section>
  );
}
