import { useState, type SubmitEvent } from 'react';
import { api } from '../../api/client.ts';
import type { OperationView, TaskView } from '../../api/operations-types.ts';
import { Field } from '../../components/Field.tsx';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { usePrintMarking } from '../../components/PrintMarking.tsx';
import { formText } from '../../components/forms.ts';
import { useLoad } from '../../hooks/useLoad.ts';

const agendaConditions = 'for TT&CG members only; no onward sharing without the intelligence unit’s agreement';

const sections: readonly { key: TaskView['section']; title: string }[] = [
  { key: 'overdue', title: 'Overdue' },
  { key: 'due', title: 'Due before the next meeting' },
  { key: 'reported', title: 'Reported back since the last meeting' },
];

/**
 * The fortnightly TT&CG agenda: active operations by their highest target priority, each with its
 * targets, lines, addresses and tasks. Printed, the shell's print frame repeats the marking and
 * handling code C at the head and foot of every page.
 */
export function AgendaScene() {
  const [meetingOn, setMeetingOn] = useState<string>();
  const loaded = useLoad(
    () => api.get('/api/operations/tasking/agenda', { query: meetingOn ? { meetingOn } : {} }),
    [meetingOn],
  );
  const agenda = loaded.data;
  // Printed, the shell's frame repeats this marking at the head and foot of every page.
  usePrintMarking(
    agenda ? { marking: agenda.marking.classification, handling: 'C', conditions: agendaConditions } : null,
  );

  function choose(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = formText(new FormData(event.currentTarget), 'meetingOn');
    setMeetingOn(value === '' ? undefined : value);
  }

  if (loaded.error) return <p role="alert">{loaded.error}</p>;
  if (!agenda) return <p>Loading…</p>;
  return (
    <>
      <p className="lb-marking">{agenda.marking.text}</p>
      <div className="lb-no-print">
        <p>
          <Link to="/operations/tasking">Back to tasking</Link>. Use your browser’s print command to print the agenda:
          the marking and handling code head and foot every printed page.
        </p>
        <form onSubmit={choose} noValidate className="lb-inline-form" aria-label="Choose the meeting date">
          <Field id="meetingOn" label="Meeting date" type="date" defaultValue={agenda.meetingOn} />
          <button type="submit" className="lb-button lb-button--secondary">
            Show the agenda
          </button>
        </form>
      </div>
      <PageHeading title={`TT&CG agenda ${agenda.meetingOn}`}>
        Tasking and co-ordination group: agenda for {agenda.meetingOn}
      </PageHeading>
      <p>
        Results since {agenda.since}; tasks due before the next meeting on {agenda.nextMeetingOn}. Operations in order
        of their highest target priority.
      </p>
      {agenda.operations.length === 0 && <p>No active operations.</p>}
      {agenda.operations.map((o, index) => (
        <AgendaItem key={o.id} number={index + 1} operation={o} />
      ))}
    </>
  );
}

function AgendaItem({ number, operation: o }: { number: number; operation: OperationView }) {
  return (
    <section className="lb-agenda-item" aria-labelledby={`agenda-${o.id}`}>
      <h2 id={`agenda-${o.id}`}>
        {number}. {o.name} (top priority {o.topScore})
      </h2>
      <p className="lb-report-text">{o.objective}</p>
      {o.targets.length > 0 && (
        <table className="lb-table lb-table--compact">
          <caption>Targets, by priority</caption>
          <thead>
            <tr>
              <th scope="col">Target</th>
              <th scope="col">Priority</th>
              <th scope="col">Why</th>
              <th scope="col">Review</th>
            </tr>
          </thead>
          <tbody>
            {o.targets.map((t) => (
              <tr key={t.id}>
                <td>{t.personLabel}</td>
                <td>
                  {t.score} ({t.band})
                </td>
                <td>{t.reasons.slice(0, 3).join('; ')}</td>
                <td>
                  {t.reviewOn}
                  {t.reviewOverdue && ' (overdue)'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {o.dealLines.length > 0 && <p>Deal lines: {o.dealLines.map((l) => `${l.brandName} (${l.status})`).join(', ')}</p>}
      {o.addresses.length > 0 && <p>Addresses: {o.addresses.join('; ')}</p>}
      {sections.map(({ key, title }) => {
        const tasks = o.tasks.filter((t) => t.section === key);
        if (tasks.length === 0) return null;
        return (
          <div key={key ?? 'none'}>
            <h3>{title}</h3>
            <ul>
              {tasks.map((t) => (
                <li key={t.id}>
                  <strong>{t.title}</strong> ({t.assignee.name}, due {t.dueOn}){t.result && `: ${t.result}`}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
