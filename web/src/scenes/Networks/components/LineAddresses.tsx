import type { DealLineProfile } from '../../../api/network-types.ts';
import { Link } from '../../../components/Link.tsx';
import { MapDistrict, type MapPoint } from '../../../components/MapDistrict.tsx';
import { precisionLabels } from '../../Maps/precision.ts';
import { formatDay } from '../format.ts';

/** Addresses linked to the line's numbers: on the district map and, for everyone, in a table. */
export function LineAddresses({ line }: { line: DealLineProfile }) {
  const points: MapPoint[] = line.addresses.flatMap((a) =>
    a.coordinates
      ? [
          {
            id: a.id,
            label: a.label,
            latitude: a.coordinates.latitude,
            longitude: a.coordinates.longitude,
            href: `/entities/${a.id}`,
          },
        ]
      : [],
  );
  return (
    <section aria-labelledby="addresses-heading">
      <h2 id="addresses-heading">Linked addresses</h2>
      {line.addresses.length === 0 ? (
        <p className="lb-hint">No addresses are linked to its numbers yet.</p>
      ) : (
        <>
          <MapDistrict points={points} label={`Map of the addresses linked to ${line.brandName}`} />
          <table className="lb-table lb-table--compact">
            <caption className="lb-visually-hidden">Addresses linked to the line's numbers</caption>
            <thead>
              <tr>
                <th scope="col">Address</th>
                <th scope="col">Placed by</th>
                <th scope="col">Seen</th>
                <th scope="col">Reports</th>
              </tr>
            </thead>
            <tbody>
              {line.addresses.map((a) => (
                <tr key={`${a.linkId}:${a.id}`}>
                  <td>
                    <Link to={`/entities/${a.id}`}>{a.label}</Link>
                  </td>
                  <td>
                    {a.coordinates ? precisionLabels[a.coordinates.source] : 'Not on the map (not in the gazetteer)'}
                  </td>
                  <td>
                    {formatDay(a.firstSeen)} to {formatDay(a.lastSeen)}
                  </td>
                  <td>{a.reportIds.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
