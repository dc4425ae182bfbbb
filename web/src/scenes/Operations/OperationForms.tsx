import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type BodyOf, type FieldError } from '../../api/client.ts';
import type { OperationView } from '../../api/operations-types.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { formText } from '../../components/forms.ts';
import { useLoad } from '../../hooks/useLoad.ts';

type Props = { operation: OperationView; onChanged: () => void };

function useProblems() {
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  return {
    error,
    fieldErrors,
    clear() {
      setError(undefined);
      setFieldErrors([]);
    },
    show(caught: unknown, rename: Readonly<Record<string, string>> = {}) {
      setError(caught instanceof ApiError ? caught.message : 'The change could not be saved');
      setFieldErrors(
        caught instanceof ApiError
          ? caught.fieldErrors
              .map((f) => ({ ...f, field: rename[f.field] ?? f.field }))
              .filter((f, index, all) => all.findIndex((g) => g.field === f.field) === index)
          : [],
      );
    },
  };
}

/** Adds a target, a deal line or an address to the operation (at the version read). */
export function AddMemberForm({ operation, onChanged }: Props) {
  const problems = useProblems();
  const targets = useLoad(() => api.get('/api/operations/targets'));
  const lines = useLoad(() => api.get('/api/deal-lines'));
  const [kind, setKind] = useState('target');

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    problems.clear();
    const form = new FormData(event.currentTarget);
    const body =
      kind === 'target'
        ? { kind, targetId: formText(form, 'memberTarget') }
        : kind === 'deal_line'
          ? { kind, dealLineId: formText(form, 'memberLine') }
          : { kind, address: formText(form, 'memberAddress') };
    api
      .post('/api/operations/operations/{id}/members', {
        path: { id: operation.id },
        body: { ...body, expectedVersion: operation.version } as BodyOf<'/api/operations/operations/{id}/members'>,
      })
      .then(onChanged)
      .catch((caught: unknown) => {
        problems.show(caught, { targetId: 'memberTarget', dealLineId: 'memberLine', address: 'memberAddress' });
      });
  }

  return (
    <form onSubmit={submit} noValidate className="lb-narrow" aria-labelledby="add-member-heading">
      <h2 id="add-member-heading">Add to the operation</h2>
      <ErrorSummary message={problems.error} fieldErrors={problems.fieldErrors} />
      <SelectField
        id="memberKind"
        label="What to add"
        value={kind}
        onChange={(event) => {
          setKind(event.target.value);
        }}
        options={[
          { value: 'target', label: 'A target' },
          { value: 'deal_line', label: 'A deal line' },
          { value: 'address', label: 'An address' },
        ]}
      />
      {kind === 'target' && (
        <SelectField
          id="memberTarget"
          label="Target"
          options={(targets.data?.items ?? []).map((t) => ({
            value: t.id,
            label: `${t.personLabel} (priority ${String(t.priority.score)})`,
          }))}
          errors={problems.fieldErrors}
        />
      )}
      {kind === 'deal_line' && (
        <SelectField
          id="memberLine"
          label="Deal line"
          options={(lines.data?.items ?? []).map((l) => ({ value: l.id, label: `${l.brandName} (${l.status})` }))}
          errors={problems.fieldErrors}
        />
      )}
      {kind === 'address' && <Field id="memberAddress" label="Address" errors={problems.fieldErrors} />}
      <button type="submit" className="lb-button lb-button--secondary">
        Add
      </button>
    </form>
  );
}

/** A task for a team or an officer with a due date (at the operation's version read). */
export function AddTaskForm({ operation, onChanged }: Props) {
  const problems = useProblems();
  const assignees = useLoad(() => api.get('/api/operations/tasking/assignees'));

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    problems.clear();
    const form = new FormData(event.currentTarget);
    const [assigneeKind = '', assigneeId = ''] = formText(form, 'assignee').split(':');
    api
      .post('/api/operations/operations/{id}/tasks', {
        path: { id: operation.id },
        body: {
          title: formText(form, 'title'),
          detail: formText(form, 'detail'),
          assigneeKind,
          assigneeId,
          dueOn: formText(form, 'dueOn'),
          expectedVersion: operation.version,
        } as BodyOf<'/api/operations/operations/{id}/tasks'>,
      })
      .then(onChanged)
      .catch((caught: unknown) => {
        problems.show(caught, { assigneeKind: 'assignee', assigneeId: 'assignee' });
      });
  }

  const options = [
    { value: '', label: 'Choose a team or an officer' },
    ...(assignees.data?.teams ?? []).map((t) => ({ value: `team:${t.id}`, label: `Team: ${t.name}` })),
    ...(assignees.data?.officers ?? []).map((o) => ({ value: `officer:${o.id}`, label: `Officer: ${o.name}` })),
  ];
  return (
    <form onSubmit={submit} noValidate className="lb-narrow" aria-labelledby="add-task-heading">
      <h2 id="add-task-heading">Add a task</h2>
      <ErrorSummary message={problems.error} fieldErrors={problems.fieldErrors} />
      <Field id="title" label="Task" errors={problems.fieldErrors} />
      <TextAreaField id="detail" label="What is to be done" rows={3} errors={problems.fieldErrors} />
      <SelectField id="assignee" label="Assigned to" options={options} errors={problems.fieldErrors} />
      <Field id="dueOn" label="Due" type="date" errors={problems.fieldErrors} />
      <button type="submit" className="lb-button">
        Add the task
      </button>
    </form>
  );
}
