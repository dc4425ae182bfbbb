import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type FieldError } from '../../api/client.ts';
import type { Me } from '../../api/types.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { formText } from '../../components/forms.ts';
import { navigate } from '../../hooks/useRoute.ts';
import { useLoad } from '../../hooks/useLoad.ts';
import { hasPermission } from '../Shell/navigation.ts';

/** Operations for the fortnightly tasking and co-ordination group, and the way to its agenda. */
export function TaskingScene({ me }: { me: Me }) {
  const loaded = useLoad(() => api.get('/api/operations/operations'));
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);

  function create(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    setFieldErrors([]);
    const form = new FormData(event.currentTarget);
    api
      .post('/api/operations/operations', {
        body: { name: formText(form, 'name'), objective: formText(form, 'objective') },
      })
      .then((created) => {
        navigate(`/operations/tasking/${created.id}`);
      })
      .catch((caught: unknown) => {
        setError(caught instanceof ApiError ? caught.message : 'The operation could not be saved');
        setFieldErrors(caught instanceof ApiError ? caught.fieldErrors : []);
      });
  }

  return (
    <>
      <PageHeading title="Tasking">Tasking</PageHeading>
      <p>
        Operations group targets, deal lines and addresses; their tasks are reviewed at the fortnightly tasking and
        co-ordination group. <Link to="/operations/tasking/agenda">Open the meeting’s agenda</Link>.
      </p>
      {loaded.error && <p role="alert">{loaded.error}</p>}
      {loaded.data?.items.length === 0 && <p>No operations yet.</p>}
      {loaded.data && loaded.data.items.length > 0 && (
        <table className="lb-table">
          <caption className="lb-visually-hidden">Operations by name</caption>
          <thead>
            <tr>
              <th scope="col">Operation</th>
              <th scope="col">Objective</th>
              <th scope="col">Status</th>
              <th scope="col">Open tasks</th>
            </tr>
          </thead>
          <tbody>
            {loaded.data.items.map((o) => (
              <tr key={o.id}>
                <td>
                  <Link to={`/operations/tasking/${o.id}`}>{o.name}</Link>
                </td>
                <td>{o.objective}</td>
                <td>{o.status === 'active' ? 'Active' : 'Closed'}</td>
                <td>{o.openTasks}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {hasPermission(me, 'operations.target') && (
        <form onSubmit={create} noValidate className="lb-narrow" aria-labelledby="new-operation">
          <h2 id="new-operation">Open an operation</h2>
          <ErrorSummary message={error} fieldErrors={fieldErrors} />
          <Field id="name" label="Name" hint="For example Operation Kestrel" errors={fieldErrors} />
          <TextAreaField id="objective" label="Objective" rows={3} errors={fieldErrors} />
          <button type="submit" className="lb-button">
            Open the operation
          </button>
        </form>
      )}
    </>
  );
}
