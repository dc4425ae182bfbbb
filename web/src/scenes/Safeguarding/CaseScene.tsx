import { api } from '../../api/client.ts';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { CaseForms } from './CaseForms.tsx';
import { CaseLines } from './CaseLines.tsx';
import { PartnerTasksPanel } from './PartnerTasksPanel.tsx';
import { ScreeningNrmForms } from './ScreeningNrmForms.tsx';
import { ScreeningNrmPanel } from './ScreeningNrmPanel.tsx';
import { clockStateWords } from './case-types.ts';

/** One case: who, the statutory clocks, concerns, strategy discussions and actions. Opening it is audited. */
export function CaseScene({ id }: { id: string }) {
  const loaded = useLoad(() => api.get('/api/casework/cases/{id}', { path: { id } }), [id]);
  const item = loaded.data;
  return (
    <>
      <p>
        <Link to="/safeguarding">Back to safeguarding</Link>
      </p>
      <PageHeading title="Safeguarding case">Case: {item?.subjectName ?? ''}</PageHeading>
      {loaded.loading && !item && <p>Loading…</p>}
      {loaded.error && <p role="alert">{loaded.error}</p>}
      {item && (
        <>
          <dl className="lb-summary">
            <dt>About</dt>
            <dd>{item.subjectKind === 'child' ? 'A child' : 'A vulnerable adult'}</dd>
            <dt>Date of birth</dt>
            <dd>{item.subject.dateOfBirth ?? 'Not known'}</dd>
            <dt>Referral received</dt>
            <dd>{item.referralReceivedAt.slice(0, 16).replace('T', ' ')}</dd>
            <dt>Decision</dt>
            <dd>{item.referralDecisionLabel ?? 'Not yet decided'}</dd>
            <dt>Status</dt>
            <dd>{item.status === 'open' ? 'Open' : `Closed: ${item.closedReason ?? ''}`}</dd>
          </dl>

          <h2>Clocks</h2>
          <table className="lb-table">
            <caption className="lb-visually-hidden">Statutory clocks, in working days</caption>
            <thead>
              <tr>
                <th scope="col">Step</th>
                <th scope="col">Due</th>
                <th scope="col">Done</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {item.clocks.map((clock) => (
                <tr key={clock.key}>
                  <td>{clock.label}</td>
                  <td>
                    {clock.dueAt ? clock.dueAt.slice(0, 16).replace('T', ' ') : clock.dueOn}
                    {!clock.calendarCovered && ' (bank holidays not known for that year)'}
                  </td>
                  <td>{clock.completedOn ?? '—'}</td>
                  <td>{clock.state === 'overdue' ? <strong>Overdue</strong> : clockStateWords[clock.state]}</td>
                </tr>
              ))}
            </tbody>
          </table>

          <h2>Concerns</h2>
          <ul>
            {item.concerns.map((concern) => (
              <li key={concern.id}>
                {concern.receivedAt.slice(0, 10)} ({concern.source}): {concern.summary}
              </li>
            ))}
          </ul>

          <ScreeningNrmPanel item={item} />
          <CaseLines caseId={item.id} open={item.status === 'open'} />
          <PartnerTasksPanel caseId={item.id} open={item.status === 'open'} />

          <h2>Strategy discussions</h2>
          {item.discussions.length === 0 && <p>None recorded.</p>}
          {item.discussions.map((discussion) => (
            <section key={discussion.id} aria-label={`Strategy discussion ${discussion.heldAt.slice(0, 10)}`}>
              <h3>Held {discussion.heldAt.slice(0, 16).replace('T', ' ')}</h3>
              <dl className="lb-summary">
                <dt>Attendees</dt>
                <dd>{discussion.attendees.map((a) => `${a.name} (${a.agencyLabel}, ${a.role})`).join('; ')}</dd>
                <dt>Information shared</dt>
                <dd>{discussion.informationShared}</dd>
                <dt>Decisions</dt>
                <dd>{discussion.decisions}</dd>
                <dt>Conference needed</dt>
                <dd>{discussion.conferenceNeeded ? 'Yes' : 'No'}</dd>
              </dl>
            </section>
          ))}

          <h2>Actions</h2>
          {item.actions.length === 0 ? (
            <p>No actions.</p>
          ) : (
            <table className="lb-table">
              <caption className="lb-visually-hidden">Actions from strategy discussions</caption>
              <thead>
                <tr>
                  <th scope="col">Action</th>
                  <th scope="col">Owner</th>
                  <th scope="col">Due</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {item.actions.map((action) => (
                  <tr key={action.id}>
                    <td>{action.description}</td>
                    <td>{action.ownerAgencyLabel}</td>
                    <td>{action.dueOn}</td>
                    <td>
                      {action.status === 'done' ? `Done ${action.doneOn ?? ''}` : action.overdue ? 'Overdue' : 'Open'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {item.status === 'open' && <ScreeningNrmForms item={item} onChanged={loaded.reload} />}
          {item.status === 'open' && <CaseForms item={item} onChanged={loaded.reload} />}
        </>
      )}
    </>
  );
}
