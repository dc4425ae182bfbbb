import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type BodyOf, type FieldError } from '../../api/client.ts';
import type { TaskView } from '../../api/operations-types.ts';
import type { Me } from '../../api/types.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { formText } from '../../components/forms.ts';
import { useLoad } from '../../hooks/useLoad.ts';
import { hasPermission } from '../Shell/navigation.ts';
import { AddMemberForm, AddTaskForm } from './OperationForms.tsx';

const taskStatusLabels: Readonly<Record<string, string>> = { open: 'Open', done: 'Done', cancelled: 'Cancelled' };

/** One operation: its targets in priority order, lines, addresses and tasks with their results. */
export function OperationScene({ me, id }: { me: Me; id: string }) {
  const loaded = useLoad(() => api.get('/api/operations/operations/{id}', { path: { id } }), [id]);
  const o = loaded.data;
  if (loaded.error) return <p role="alert">{loaded.error}</p>;
  if (!o) return <p>Loading…</p>;
  const manages = hasPermission(me, 'operations.target') && o.status === 'active';
  return (
    <>
      <PageHeading title={o.name}>{o.name}</PageHeading>
      <p className="lb-report-text">{o.objective}</p>
      <h2>Targets, by priority</h2>
      {o.targets.length === 0 ? (
        <p>No targets yet.</p>
      ) : (
        <ol>
          {o.targets.map((t) => (
            <li key={t.id}>
              <Link to={`/operations/targets/${t.id}`}>{t.personLabel}</Link>: priority {t.score} ({t.band})
              {t.reasons.length > 0 && `: ${t.reasons.slice(0, 3).join('; ')}`}
            </li>
          ))}
        </ol>
      )}
      <h2>Deal lines</h2>
      {o.dealLines.length === 0 ? (
        <p>No deal lines yet.</p>
      ) : (
        <ul>
          {o.dealLines.map((l) => (
            <li key={l.id}>
              <Link to={`/networks/lines/${l.id}`}>{l.brandName}</Link> ({l.status})
            </li>
          ))}
        </ul>
      )}
      <h2>Addresses</h2>
      {o.addresses.length === 0 ? (
        <p>No addresses yet.</p>
      ) : (
        <ul>
          {o.addresses.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      )}
      <h2>Tasks</h2>
      {o.tasks.length === 0 ? (
        <p>No tasks yet.</p>
      ) : (
        <table className="lb-table">
          <caption className="lb-visually-hidden">Tasks by due date</caption>
          <thead>
            <tr>
              <th scope="col">Task</th>
              <th scope="col">Assigned to</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {o.tasks.map((t) => (
              <tr key={t.id}>
                <td>
                  <strong>{t.title}</strong>
                  <br />
                  {t.detail}
                </td>
                <td>{t.assignee.name}</td>
                <td>
                  {t.dueOn}
                  {t.overdue && <strong> (overdue)</strong>}
                </td>
                <td>{taskStatusLabels[t.status] ?? t.status}</td>
                <td className="lb-report-text">{t.result ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {hasPermission(me, 'operations.record') && (
        <TaskResultForm tasks={o.tasks.filter((t) => t.status === 'open')} onChanged={loaded.reload} />
      )}
      {manages && <AddMemberForm operation={o} onChanged={loaded.reload} />}
      {manages && <AddTaskForm operation={o} onChanged={loaded.reload} />}
    </>
  );
}

function TaskResultForm({ tasks, onChanged }: { tasks: readonly TaskView[]; onChanged: () => void }) {
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  if (tasks.length === 0) return null;

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    setFieldErrors([]);
    const form = new FormData(event.currentTarget);
    const task = tasks.find((t) => t.id === formText(form, 'taskId'));
    if (!task) return;
    api
      .post('/api/operations/tasks/{id}/result', {
        path: { id: task.id },
        body: {
          status: formText(form, 'taskStatus'),
          result: formText(form, 'taskResult'),
          expectedVersion: task.version,
        } as BodyOf<'/api/operations/tasks/{id}/result'>,
      })
      .then(onChanged)
      .catch((caught: unknown) => {
        setError(caught instanceof ApiError ? caught.message : 'The result could not be saved');
        setFieldErrors(
          caught instanceof ApiError
            ? caught.fieldErrors.map((f) => ({ ...f, field: f.field === 'result' ? 'taskResult' : f.field }))
            : [],
        );
      });
  }

  return (
    <form onSubmit={submit} noValidate className="lb-narrow" aria-labelledby="task-result-heading">
      <h2 id="task-result-heading">Report back on a task</h2>
      <ErrorSummary message={error} fieldErrors={fieldErrors} />
      <SelectField
        id="taskId"
        label="Task"
        options={tasks.map((t) => ({ value: t.id, label: `${t.title} (due ${t.dueOn})` }))}
        errors={fieldErrors}
      />
      <SelectField
        id="taskStatus"
        label="Outcome"
        options={[
          { value: 'done', label: 'Done' },
          { value: 'cancelled', label: 'Cancelled' },
        ]}
        errors={fieldErrors}
      />
      <TextAreaField id="taskResult" label="Result" rows={3} errors={fieldErrors} />
      <button type="submit" className="lb-button">
        Record the result
      </button>
    </form>
  );
}
