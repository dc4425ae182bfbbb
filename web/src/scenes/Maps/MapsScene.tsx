import { useMemo } from 'react';
import { api } from '../../api/client.ts';
import type { FlagReason } from '../../api/network-types.ts';
import { Link } from '../../components/Link.tsx';
import { MapDistrict, type MapPoint } from '../../components/MapDistrict.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { useSearch } from '../../hooks/useRoute.ts';
import type { Me } from '../../api/types.ts';
import { HotspotsView } from './HotspotsView.tsx';
import { MapLegend } from './MapLegend.tsx';
import { TimePatternView } from './TimePatternView.tsx';
import { precisionLabels } from './precision.ts';

const periods = [
  { value: '7', text: 'Last 7 days' },
  { value: '28', text: 'Last 28 days' },
  { value: '90', text: 'Last 90 days' },
  { value: 'all', text: 'All' },
] as const;
type Period = (typeof periods)[number]['value'];

function periodOf(search: string): Period {
  const asked = new URLSearchParams(search).get('period');
  return periods.find((p) => p.value === asked)?.value ?? 'all';
}

const reasonLink = (reason: FlagReason) =>
  reason.kind === 'alert'
    ? { to: `/alerts/${reason.alertId}`, text: `Alert: ${reason.title} (${reason.status})` }
    : { to: `/networks/lines/${reason.lineId}`, text: `Deal line: ${reason.brandName} (${reason.status})` };

function categoryOf(reasons: readonly FlagReason[]): MapPoint['category'] {
  const alert = reasons.some((r) => r.kind === 'alert');
  const line = reasons.some((r) => r.kind === 'deal_line');
  return alert && line ? 'both' : line ? 'line' : 'alert';
}

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

/** The Maps section: flagged locations, hotspots and time patterns, each for the roles that may see it. */
export function MapsScene({ path, me }: { path: string; me: Me }) {
  const may = (p: string) => me.permissions.includes(p);
  const onHotspots = path.startsWith('/maps/hotspots');
  const onTimes = path.startsWith('/maps/time-patterns');
  return (
    <>
      <PageHeading title="Maps">St Albans district map</PageHeading>
      <nav className="lb-sub-nav" aria-label="Maps">
        <ul>
          <li>
            <Link to="/maps" current={!onHotspots && !onTimes}>
              Flagged locations
            </Link>
          </li>
          <li>
            <Link to="/maps/hotspots" current={onHotspots}>
              Hotspots
            </Link>
          </li>
          {may('report.read') && (
            <li>
              <Link to="/maps/time-patterns" current={onTimes}>
                Time patterns
              </Link>
            </li>
          )}
        </ul>
      </nav>
      {onHotspots ? <HotspotsView /> : onTimes ? <TimePatternView /> : <FlaggedLocations />}
    </>
  );
}

/** The district map: the flagged locations this person may see, with why each is flagged. */
function FlaggedLocations() {
  const period = periodOf(useSearch());
  // The data keeps the period it was loaded for: while another period loads, the heading still says what is shown.
  const flagged = useLoad(
    async () => ({ period, places: await api.get('/api/maps/flagged-locations', { query: { period } }) }),
    [period],
  );
  const places = flagged.data?.places;
  const shownPeriod = flagged.data?.period ?? period;
  const points: MapPoint[] = useMemo(
    () =>
      (places?.features ?? []).map((f) => ({
        id: f.properties.entityId,
        label: f.properties.label,
        longitude: f.geometry.coordinates[0],
        latitude: f.geometry.coordinates[1],
        category: categoryOf(f.properties.reasons),
        href: `/entities/${f.properties.entityId}`,
        links: f.properties.reasons.map(reasonLink),
      })),
    [places],
  );
  const periodText = periods.find((p) => p.value === shownPeriod)?.text ?? 'All';
  return (
    <>
      <p>
        Locations flagged by correlation alerts and addresses linked to deal lines, as far as your role may see them.
        Places found only by street are drawn at a point on that street, not at the door. Select a place on the map to
        open its alert or line; the table below lists every place.
      </p>
      <p>
        <Link to="/maps/acquisitive-crime">Acquisitive crime near these places</Link> (police.uk context, police staff
        only).
      </p>
      <nav aria-label="Time period" className="lb-period-filter">
        <ul>
          {periods.map((p) => (
            <li key={p.value}>
              <Link to={p.value === 'all' ? '/maps' : `/maps?period=${p.value}`} current={p.value === period}>
                {p.text}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {flagged.error && <p role="alert">{flagged.error}</p>}
      <MapLegend />
      <MapDistrict points={points} label={`Map of flagged locations in St Albans district (${periodText})`} />
      {places && (
        <>
          <h2>
            Flagged locations, {periodText.toLowerCase()} ({places.features.length + places.unplaced.length})
          </h2>
          {places.features.length + places.unplaced.length === 0 ? (
            <p>There are no flagged locations you can see in this period.</p>
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
                  ...places.features.map((f) => ({
                    ...f.properties,
                    placed: precisionLabels[f.properties.precision],
                  })),
                  ...places.unplaced.map((u) => ({ ...u, placed: 'Not placed (not in the gazetteer)' })),
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
