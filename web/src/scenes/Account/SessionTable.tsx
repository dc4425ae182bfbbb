import type { Session } from '../../api/types.ts';
import { formatDateTime } from '../../components/formatting.ts';

/** Live sessions with a button to end each (not the one in use: sign out for that). */
export function SessionTable({
  sessions,
  caption,
  onRevoke,
}: {
  sessions: readonly Session[];
  caption: string;
  onRevoke: (id: string) => Promise<void>;
}) {
  if (sessions.length === 0) return <p>No live sessions.</p>;
  return (
    <table className="lb-table">
      <caption className="lb-visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Signed in</th>
          <th scope="col">Last active</th>
          <th scope="col">How</th>
          <th scope="col">Browser</th>
          <th scope="col">
            <span className="lb-visually-hidden">Action</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {sessions.map((session) => (
          <tr key={session.id}>
            <td>{formatDateTime(session.createdAt)}</td>
            <td>{formatDateTime(session.lastSeenAt)}</td>
            <td>
              {session.authMethod}
              {session.secondFactor ? ` + ${session.secondFactor}` : ''}
            </td>
            <td className="lb-break">{session.userAgent ?? '—'}</td>
            <td>
              {session.current ? (
                'This session'
              ) : (
                <button type="button" className="lb-link-button" onClick={() => void onRevoke(session.id)}>
                  End session<span className="lb-visually-hidden"> started {formatDateTime(session.createdAt)}</span>
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
