import type { LinkedEntity } from '../../../api/network-types.ts';
import { Link } from '../../../components/Link.tsx';
import { formatDay } from '../format.ts';

/** Entities the POLE store links to a line (vehicles, handsets, people), with the evidence. */
export function LinkedTable({
  caption,
  items,
  empty,
}: {
  caption: string;
  items: readonly LinkedEntity[];
  empty: string;
}) {
  if (items.length === 0) return <p className="lb-hint">{empty}</p>;
  return (
    <table className="lb-table lb-table--compact">
      <caption className="lb-visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Entity</th>
          <th scope="col">Confidence</th>
          <th scope="col">Seen</th>
          <th scope="col">Reports</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={`${item.linkId}:${item.id}`}>
            <td>
              <Link to={`/entities/${item.id}`}>{item.label}</Link>
            </td>
            <td>{item.confidence.toFixed(2)}</td>
            <td>
              {formatDay(item.firstSeen)} to {formatDay(item.lastSeen)}
            </td>
            <td>{item.reportIds.length}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
