import { useMemo, type SubmitEvent } from 'react';
import { api } from '../../api/client.ts';
import { Field } from '../../components/Field.tsx';
import { areaShades, MapAreas, shadeStep, type MapArea } from '../../components/MapAreas.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { navigate, useSearch } from '../../hooks/useRoute.ts';
import { paramsOf, queryOf } from './period-form.ts';

const layers = [
  { value: 'reports', label: 'Reports (places they mention)' },
  { value: 'alerts', label: 'Correlation alerts (their address)' },
  { value: 'warrants', label: 'Warrants issued (premises)' },
  { value: 'seizures', label: 'Seizures (where made)' },
] as const;
const units = [
  { value: 'ward', label: 'Ward (2013 boundaries)' },
  { value: 'lsoa', label: 'LSOA (2011)' },
  { value: 'hex', label: 'Hexagon' },
] as const;
const resolutions = [
  { value: '7', label: 'Large (about 5 km²)' },
  { value: '8', label: 'Medium (about 0.7 km²)' },
  { value: '9', label: 'Small (about 0.1 km²)' },
] as const;

type Layer = (typeof layers)[number]['value'];
type Unit = (typeof units)[number]['value'];
const pick = <T extends string>(options: readonly { value: T }[], value: string | null, fallback: T): T =>
  options.find((o) => o.value === value)?.value ?? fallback;

/** Hotspots: counts by ward, LSOA or hexagon between two days, a shaded map and the same counts in a table. */
export function HotspotsView() {
  const params = paramsOf(useSearch());
  const layer: Layer = pick(layers, params.get('layer'), 'reports');
  const unit: Unit = pick(units, params.get('unit'), 'ward');
  const resolution = Number(pick(resolutions, params.get('resolution'), '8')) as 7 | 8 | 9;
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const loaded = useLoad(
    () => api.get('/api/maps/hotspots', { query: { layer, unit, resolution, from, to } }),
    [layer, unit, resolution, from, to],
  );
  const areas: MapArea[] = useMemo(
    () =>
      (loaded.data?.features ?? []).map((f) => ({
        id: f.properties.id,
        name: f.properties.name,
        count: f.properties.count,
        rings: f.geometry.coordinates,
      })),
    [loaded.data],
  );
  const max = Math.max(0, ...areas.map((a) => a.count));
  const layerText = layers.find((l) => l.value === layer)?.label ?? '';
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate(`/maps/hotspots${queryOf(event.currentTarget)}`);
  };
  return (
    <>
      <h2>Hotspots</h2>
      <p>
        How many records fall in each area between two days. Places found only by street are counted at one point on
        that street, so a long street counts in one area only.
      </p>
      <form className="lb-filters" onSubmit={submit} aria-label="What to map">
        <SelectField id="layer" name="layer" label="Records" options={layers} defaultValue={layer} />
        <SelectField id="unit" name="unit" label="Areas" options={units} defaultValue={unit} />
        <SelectField
          id="resolution"
          name="resolution"
          label="Hexagon size"
          options={resolutions}
          defaultValue={String(resolution)}
        />
        <Field
          id="from"
          name="from"
          type="date"
          label="From"
          defaultValue={loaded.data?.from ?? from}
          key={`f${loaded.data?.from ?? ''}`}
        />
        <Field
          id="to"
          name="to"
          type="date"
          label="To"
          defaultValue={loaded.data?.to ?? to}
          key={`t${loaded.data?.to ?? ''}`}
        />
        <button type="submit" className="lb-button">
          Show
        </button>
      </form>
      {loaded.error && <p role="alert">{loaded.error}</p>}
      {loaded.data && (
        <>
          <ul className="lb-legend" aria-label="Shading">
            {areaShades.map((shade, step) => (
              <li key={shade}>
                <span className="lb-swatch" style={{ background: shade }} />
                {step === 0 ? 'None' : step === 4 ? `Most (up to ${String(max)})` : `Step ${String(step)}`}
              </li>
            ))}
          </ul>
          <div className="lb-chart-layout">
            <MapAreas areas={areas} label={`Map of ${layerText.toLowerCase()} by ${unit}`} />
            <table className="lb-table lb-table--compact">
              <caption>
                {layerText}, {loaded.data.from} to {loaded.data.to}: {loaded.data.total} in all
                {loaded.data.unplaced > 0 && `, ${String(loaded.data.unplaced)} not placed`}
                {loaded.data.outside > 0 && `, ${String(loaded.data.outside)} outside the district`}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Area</th>
                  <th scope="col">Count</th>
                </tr>
              </thead>
              <tbody>
                {areas
                  .filter((a) => a.count > 0 || unit !== 'hex')
                  .map((a) => (
                    <tr key={a.id} data-shade={shadeStep(a.count, max)}>
                      <td>{unit === 'lsoa' ? `${a.name} (${a.id})` : a.name}</td>
                      <td>{a.count}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
