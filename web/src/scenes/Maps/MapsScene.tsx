import { useMemo } from 'react';
import { api } from '../../api/client.ts';
import type { FlagReason } from '../../api/network-types.ts';
import { Link } from '../../components/Link.tsx';
import { MapDistrict, type MapPoint } from '../../components/MapDistrict.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { precisionLabels } from './precision.ts';

function describe(reason: FlagReason) {
  return reason.kind === 'alert' ? (
    <>
      <Link to={`/alerts/${reason.alertId}`}>{reason.title}</Link> ({reason.status})
    </>
  ) : (
    <>
      Linked to <Link to={`/networks/lines/${reason.lineId}`}>{reason.brandName}</Link> ({reason.status})
    </>
  );
}

/** The district map: the flagged locations this person may see, with why each is flagged. */
export function MapsScene() {
  const flagged = useLoad(() => api.get('/api/maps/flagged-locations'));
  const points: MapPoint[] = useMemo(
    () =>
      (flagged.data?.features ?? []).map((f) => ({
        id: f.properties.entityId,
        label: f.properties.label,
        longitude: f.geometry.coordinates[0],
        latitude: f.geometry.coordinates[1],
      })),
    [flagged.data],
  );
  return (
    <>
      <PageHeading title="Maps">St Albans district map</PageHeading>
      <p>
        Locations flagged by correlation alerts and addresses linked to deal lines, as far as your role may see them.
        Places found only by street are drawn at a point on that street, not at the door.
      </p>
      {flagged.error && <p role="alert">{flagged.error}</p>}
      <MapDistrict points={points} label="Map of flagged locations in St Albans district" />
      {flagged.data && (
        <>
          <h2>Flagged locations ({flagged.data.features.length + flagged.data.unplaced.length})</h2>
          {flagged.data.features.length + flagged.data.unplaced.length === 0 ? (
            <p>There are no flagged locations you can see.</p>
          ) : (
            <table className="lb-table lb-table--compact">
              <caption className="lb-visually-hidden">Flagged locations and why</caption>
              <thead>
                <tr>
                  <th scope="col">Location</th>
                  <th scope="col">Why it is flagged</th>
                  <th scope="col">On the map</th>
                </tr>
              </thead>
              <tbody>
                {[
                  ...flagged.data.features.map((f) => ({
                    ...f.properties,
                    placed: precisionLabels[f.properties.precision],
                  })),
                  ...flagged.data.unplaced.map((u) => ({ ...u, placed: 'Not placed (not in the gazetteer)' })),
                ].map((location) => (
                  <tr key={location.entityId}>
                    <td>
                      <Link to={`/entities/${location.entityId}`}>{location.label}</Link>
                    </td>
                    <td>
                      <ul className="lb-report-ids">
                        {location.reasons.map((reason) => (
                          <li key={reason.kind === 'alert' ? reason.alertId : reason.lineId}>{describe(reason)}</li>
                        ))}
                      </ul>
                    </td>
                    <td>{location.placed}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </>
  );
}
