import type { AuditEvent } from '../../../api/types.ts';
import { formatDateTime } from '../../../components/formatting.ts';

export function AuditTable({ events }: { events: readonly AuditEvent[] }) {
  if (events.length === 0) return <p role="status">No events match.</p>;
  return (
    <table className="lb-table lb-table--compact">
      <caption className="lb-visually-hidden">Audit events, newest first</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">Action</th>
          <th scope="col">Record</th>
          <th scope="col">Reason</th>
          <th scope="col">Details</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.seq}>
            <td>{event.seq}</td>
            <td>{formatDateTime(event.occurredAt)}</td>
            <td>{event.actorName ?? event.actorId ?? event.actorType}</td>
            <td>{event.action}</td>
            <td>{event.subjectType ? `${event.subjectType} ${event.subjectId ?? ''}` : '—'}</td>
            <td>{event.reason ?? '—'}</td>
            <td className="lb-break">
              <code>{JSON.stringify(event.details)}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
