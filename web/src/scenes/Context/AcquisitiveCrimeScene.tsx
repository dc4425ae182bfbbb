import './context.css';
import { api } from '../../api/client.ts';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { useSearch } from '../../hooks/useRoute.ts';

// Acquisitive crime near flagged places, from police.uk street crime (ADR 0043): a table for each
// place, plainly labelled as approximate context (map points, months).

const radii = [200, 300, 400] as const;

function radiusOf(search: string): number {
  const asked = Number(new URLSearchParams(search).get('radius'));
  return radii.find((r) => r === asked) ?? 300;
}

const monthName = (month: string) =>
  new Date(`${month}-01T12:00:00Z`).toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const span = (months: readonly string[]) =>
  months.length === 0 ? '' : `${monthName(months[0] ?? '')} to ${monthName(months.at(-1) ?? '')}`;
const count = (value: number | null) => (value === null ? 'no data' : String(value));

function change(now: number, before: number | null): string {
  if (before === null) return 'no data';
  if (before === 0) return now === 0 ? 'no change' : `up from 0`;
  const percent = Math.round(((now - before) / before) * 100);
  return percent === 0 ? 'no change' : `${percent > 0 ? 'up' : 'down'} ${String(Math.abs(percent))}%`;
}

export function AcquisitiveCrimeScene() {
  const radius = radiusOf(useSearch());
  const loaded = useLoad(() => api.get('/api/context/acquisitive-crime', { query: { radius } }), [radius]);
  const data = loaded.data;
  return (
    <>
      <PageHeading title="Acquisitive crime near flagged places">Acquisitive crime near flagged places</PageHeading>
      <div className="lb-caveat" role="note">
        <p>
          <strong>Approximate context, not evidence.</strong> These are police.uk street-level crimes. Each crime is
          placed at an anonymised map point that stands for 8 or more addresses, and dated by month only. Never use them
          to say anything about a particular address; use our own records for that.
        </p>
      </div>
      <p>
        Burglary, vehicle crime, shoplifting, robbery, theft from the person and bicycle theft recorded within the
        radius of each flagged location you can see. &ldquo;Expected&rdquo; is what the district&rsquo;s rate over the
        same months would give the same number of map points; a ratio above 1 means more than the district rate.
      </p>
      <nav aria-label="Radius" className="lb-radius-filter">
        <ul>
          {radii.map((r) => (
            <li key={r}>
              <Link to={`/maps/acquisitive-crime?radius=${String(r)}`} current={r === radius}>
                {r} metres
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {loaded.error && <p role="alert">{loaded.error}</p>}
      {data?.referenceMonth === null && (
        <p>
          No police.uk street crime has been imported for {data.district}. Run `linebreak context import-police-uk`.
        </p>
      )}
      {data?.referenceMonth && (
        <>
          <p>
            {data.district} district, latest police.uk month {monthName(data.referenceMonth)}. Last 3 months:{' '}
            {span(data.windows.last)}; previous 3: {span(data.windows.previous)}; a year earlier:{' '}
            {span(data.windows.lastYear)}. {data.districtMapPoints.toLocaleString('en-GB')} map points in the district
            recorded crime in the last 12 months.
          </p>
          {data.places.length === 0 && <p>There are no flagged locations you can see.</p>}
          {data.places.map((place) => (
            <section key={place.id} aria-labelledby={`place-${place.id}`}>
              <h2 id={`place-${place.id}`}>
                <Link to={`/entities/${place.id}`}>{place.label}</Link>
              </h2>
              {place.mapPoints === 0 ? (
                <p>
                  No police.uk map point with recorded crime lies within {data.radiusMetres} metres of this place (it
                  may be placed only roughly, by its street or postcode sector), so there is nothing to compare.
                </p>
              ) : (
                <table className="lb-table lb-table--compact">
                  <caption>
                    Within {data.radiusMetres} metres of {place.label}: {place.mapPoints} police.uk map points
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Crime type</th>
                      <th scope="col">Last 3 months</th>
                      <th scope="col">Expected at district rate</th>
                      <th scope="col">Ratio</th>
                      <th scope="col">Previous 3 months</th>
                      <th scope="col">Change</th>
                      <th scope="col">Same months a year earlier</th>
                    </tr>
                  </thead>
                  <tbody>
                    {place.rows.map((row) => (
                      <tr key={row.category}>
                        <th scope="row">{row.category}</th>
                        <td>{row.lastThreeMonths}</td>
                        <td>{row.expected}</td>
                        <td>{row.ratio ?? 'none in district'}</td>
                        <td>{count(row.previousThreeMonths)}</td>
                        <td>{change(row.lastThreeMonths, row.previousThreeMonths)}</td>
                        <td>{count(row.sameMonthsLastYear)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          ))}
          <p>
            <small>
              Contains public sector information licensed under the Open Government Licence v3.0 (data.police.uk).
            </small>
          </p>
        </>
      )}
    </>
  );
}
