import { useState, type SubmitEvent } from 'react';
import { priorityActions, priorityTopics } from '../../../../src/labels/index.ts';
import { api, ApiError, type BodyOf } from '../../api/client.ts';
import type { Me } from '../../api/types.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { formText } from '../../components/forms.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { hasPermission } from '../Shell/navigation.ts';
import { SubNav } from './DisclosureScene.tsx';

type Priorities = BodyOf<'/api/disclosure/priorities/{ward}'>['priorities'];
const topicOptions = [
  { value: '', label: 'No priority' },
  ...Object.entries(priorityTopics).map(([value, label]) => ({ value, label })),
];
const slots = [1, 2, 3];

/** One ward's priorities for the period: up to three topics, each with what the team will do. */
function WardForm({
  ward,
  onSaved,
}: {
  ward: { code: string; name: string; priorities: Priorities };
  onSaved: () => void;
}) {
  const [message, setMessage] = useState<string>();
  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const priorities = slots.flatMap((n) => {
      const topic = formText(form, `topic-${ward.code}-${String(n)}`);
      if (topic === '') return [];
      const actions = form.getAll(`actions-${ward.code}-${String(n)}`).map(String);
      return [{ topic, actions }] as Priorities;
    });
    try {
      await api.post('/api/disclosure/priorities/{ward}', { path: { ward: ward.code }, body: { priorities } });
      setMessage(undefined);
      onSaved();
    } catch (caught) {
      setMessage(
        caught instanceof ApiError
          ? [caught.message, ...caught.fieldErrors.map((e) => e.message)].join('. ')
          : 'Something went wrong',
      );
    }
  }
  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)} aria-label={`Priorities for ${ward.name}`}>
      <ErrorSummary message={message} fieldErrors={[]} />
      {slots.map((n) => {
        const current = ward.priorities[n - 1];
        const key = `${ward.code}-${String(n)}`;
        return (
          <fieldset className="lb-fieldset" key={key}>
            <legend>Priority {n}</legend>
            <SelectField
              id={`topic-${key}`}
              name={`topic-${key}`}
              label="You said"
              options={topicOptions}
              defaultValue={current?.topic ?? ''}
            />
            <p>We are doing (choose all that apply):</p>
            {Object.entries(priorityActions).map(([value, label]) => (
              <div className="lb-checkbox" key={value}>
                <input
                  type="checkbox"
                  id={`actions-${key}-${value}`}
                  name={`actions-${key}`}
                  value={value}
                  defaultChecked={current?.actions.includes(value as never) ?? false}
                />
                <label htmlFor={`actions-${key}-${value}`}>{label}</label>
              </div>
            ))}
          </fieldset>
        );
      })}
      <button type="submit" className="lb-button lb-button--secondary">
        Publish the priorities for {ward.name}
      </button>
    </form>
  );
}

/** The wards' neighbourhood priorities for the current period, chosen from fixed lists. */
export function PrioritiesScene({ me }: { me: Me }) {
  const loaded = useLoad(() => api.get('/api/disclosure/priorities'), []);
  const [ward, setWard] = useState<string>();
  const [notice, setNotice] = useState<string>();
  if (loaded.error) return <p>{loaded.error}</p>;
  const data = loaded.data;
  if (!data) return <p>Loading…</p>;
  const chosen = data.wards.find((w) => w.code === ward);
  const mayEdit = hasPermission(me, 'disclosure.approve');
  return (
    <>
      <PageHeading title="Ward priorities">Ward priorities for {data.period.name}</PageHeading>
      <SubNav current="priorities" />
      <p>
        The priorities each ward agreed with its residents. They appear on the public &ldquo;You said, we did&rdquo;
        page as soon as a supervisor saves them. Topics and actions come from fixed lists: nothing typed here is
        published.
      </p>
      {notice && (
        <p className="lb-panel" role="status">
          {notice}
        </p>
      )}
      <table className="lb-table">
        <thead>
          <tr>
            <th scope="col">Ward</th>
            <th scope="col">Priorities</th>
            {mayEdit && <th scope="col">Change</th>}
          </tr>
        </thead>
        <tbody>
          {data.wards.map((w) => (
            <tr key={w.code}>
              <th scope="row">{w.name}</th>
              <td>
                {w.priorities.length === 0 ? 'None yet' : w.priorities.map((p) => priorityTopics[p.topic]).join('; ')}
              </td>
              {mayEdit && (
                <td>
                  <button
                    type="button"
                    className="lb-button lb-button--secondary"
                    aria-label={`Change the priorities for ${w.name}`}
                    onClick={() => {
                      setWard(w.code);
                    }}
                  >
                    Change
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {chosen && mayEdit && (
        <div className="lb-panel">
          <h2>Priorities for {chosen.name}</h2>
          <WardForm
            key={chosen.code}
            ward={chosen}
            onSaved={() => {
              setNotice(`The priorities for ${chosen.name} are saved and published.`);
              setWard(undefined);
              loaded.reload();
            }}
          />
        </div>
      )}
    </>
  );
}
