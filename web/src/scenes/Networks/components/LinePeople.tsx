import { api } from '../../../api/client.ts';
import type { DealLineProfile } from '../../../api/network-types.ts';
import { Link } from '../../../components/Link.tsx';
import { ReasonPrompt } from '../../../components/ReasonPrompt.tsx';
import { formatDay } from '../format.ts';
import { AddRoleForm } from './AddRoleForm.tsx';
import { LinkedTable } from './LinkedTable.tsx';

/**
 * People with their roles on the line. A person can be exploited (a victim) and a suspect at
 * once, for example a child runner: both are shown, never one instead of the other.
 */
export function LinePeople({
  line,
  canChange,
  onChanged,
}: {
  line: DealLineProfile;
  canChange: boolean;
  onChanged: () => void;
}) {
  const current = line.people.filter((p) => p.removedAt === null);
  const former = line.people.filter((p) => p.removedAt !== null);
  return (
    <section aria-labelledby="people-heading">
      <h2 id="people-heading">People and roles</h2>
      {current.length === 0 ? (
        <p className="lb-hint">No one has been given a role on this line yet.</p>
      ) : (
        <table className="lb-table">
          <caption className="lb-visually-hidden">People with a role on the line</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Role</th>
              <th scope="col">Also recorded as</th>
              <th scope="col">Since</th>
              {canChange && <th scope="col">Change</th>}
            </tr>
          </thead>
          <tbody>
            {current.map((person) => (
              <tr key={person.assignmentId}>
                <td>
                  <Link to={`/entities/${person.personEntityId}`}>{person.name}</Link>
                </td>
                <td>{person.roleLabel}</td>
                <td>
                  {person.victim && <span className="lb-tag-inline">Exploited (victim)</span>}
                  {person.recordedAsChild && <span className="lb-tag-inline">Child</span>}
                  {!person.victim && !person.recordedAsChild && '—'}
                </td>
                <td>{formatDay(person.addedAt)}</td>
                {canChange && (
                  <td>
                    <ReasonPrompt
                      id={`end-role-${person.assignmentId}`}
                      openLabel={`End ${person.name}'s role`}
                      submitLabel="End the role"
                      label="Why has this role ended?"
                      emptyMessage="Say why the role ended"
                      onReason={async (reason) => {
                        await api.delete('/api/deal-lines/{id}/people/{assignmentId}', {
                          path: { id: line.id, assignmentId: person.assignmentId },
                          body: { reason },
                        });
                        onChanged();
                      }}
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {former.length > 0 && (
        <p className="lb-hint">
          Former roles: {former.map((p) => `${p.name} (${p.roleLabel}, ended ${formatDay(p.removedAt)})`).join('; ')}
        </p>
      )}
      <h3>Linked to its numbers, without a role</h3>
      <LinkedTable
        caption="People linked to the line's numbers without a role"
        items={line.linkedPeopleWithoutRole}
        empty="No other people are linked to its numbers."
      />
      {canChange && <AddRoleForm line={line} onChanged={onChanged} />}
    </section>
  );
}
