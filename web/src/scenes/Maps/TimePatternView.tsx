import type { SubmitEvent } from 'react';
import { api } from '../../api/client.ts';
import { Field } from '../../components/Field.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { navigate, useSearch } from '../../hooks/useRoute.ts';
import { paramsOf, queryOf } from './period-form.ts';

const days = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const times = ['morning', 'afternoon', 'evening', 'night'] as const;
const dayWords = {
  monday: 'Mon',
  tuesday: 'Tue',
  wednesday: 'Wed',
  thursday: 'Thu',
  friday: 'Fri',
  saturday: 'Sat',
  sunday: 'Sun',
};
const timeWords = {
  morning: 'Morning (6am–12)',
  afternoon: 'Afternoon (12–6pm)',
  evening: 'Evening (6pm–12)',
  night: 'Night (12–6am)',
};

function Grid({ cells }: { cells: readonly { day: string; time: string; weight: number }[] }) {
  const max = Math.max(0.01, ...cells.map((c) => c.weight));
  const size = 44;
  return (
    <svg
      role="img"
      aria-label="Heat grid of when activity was reported; the table gives the same figures"
      width={80 + size * days.length}
      height={30 + size * times.length}
      className="lb-heat-grid"
    >
      {days.map((day, x) => (
        <text key={day} x={80 + x * size + size / 2} y={20} textAnchor="middle" fontSize="12">
          {dayWords[day]}
        </text>
      ))}
      {times.map((time, y) => (
        <g key={time}>
          <text x={0} y={30 + y * size + size / 2 + 4} fontSize="12">
            {time.charAt(0).toUpperCase() + time.slice(1)}
          </text>
          {days.map((day, x) => {
            const weight = cells.find((c) => c.day === day && c.time === time)?.weight ?? 0;
            return (
              <rect
                key={day}
                x={80 + x * size}
                y={30 + y * size}
                width={size - 2}
                height={size - 2}
                fill={weight === 0 ? '#f3f2f1' : `rgba(212, 53, 28, ${String(0.15 + (0.85 * weight) / max)})`}
                stroke="#b1b4b6"
              />
            );
          })}
        </g>
      ))}
    </svg>
  );
}

/** When activity happens in a ward or at an address, from what reporters said: a heat grid and its table. */
export function TimePatternView() {
  const params = paramsOf(useSearch());
  const location = params.get('location') ?? undefined;
  const ward = location ? undefined : (params.get('ward') ?? undefined);
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const wards = useLoad(() => api.get('/api/maps/wards'), []);
  const grid = useLoad(
    () =>
      location || ward
        ? api.get('/api/maps/time-pattern', { query: { location, ward, from, to } })
        : Promise.resolve(undefined),
    [location, ward, from, to],
  );
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate(`/maps/time-patterns${queryOf(event.currentTarget)}`);
  };
  const data = grid.data;
  return (
    <>
      <h2>Time patterns</h2>
      <p>
        When reporters say activity happens, for the reports that mention a place in a ward or an address. A report that
        names several days or times is shared out between them, so each report counts once in all.
      </p>
      <form className="lb-filters" onSubmit={submit} aria-label="Which area">
        {location && <input type="hidden" name="location" value={location} />}
        {!location && (
          <SelectField
            id="ward"
            name="ward"
            label="Ward"
            defaultValue={ward ?? ''}
            key={`w${String(wards.data?.wards.length ?? 0)}`}
            options={[
              { value: '', label: 'Choose a ward' },
              ...(wards.data?.wards ?? []).map((w) => ({ value: w.code, label: w.name })),
            ]}
          />
        )}
        <Field
          id="tp-from"
          name="from"
          type="date"
          label="From"
          defaultValue={data?.from ?? from}
          key={`f${data?.from ?? ''}`}
        />
        <Field id="tp-to" name="to" type="date" label="To" defaultValue={data?.to ?? to} key={`t${data?.to ?? ''}`} />
        <button type="submit" className="lb-button">
          Show
        </button>
      </form>
      {(grid.error ?? wards.error) && <p role="alert">{grid.error ?? wards.error}</p>}
      {data && (
        <>
          <h3>
            {data.subject.kind === 'ward' ? `${data.subject.name} ward` : data.subject.name}, {data.from} to {data.to}
          </h3>
          <p>
            {data.reports} reports mention it; {data.withWhen} say when.{' '}
            {data.capped && 'Only the newest reports were read.'}
          </p>
          <div className="lb-chart-layout lb-chart-layout--wide">
            <Grid cells={data.cells} />
            <table className="lb-table lb-table--compact">
              <caption>Reports by day and time of day (shared out)</caption>
              <thead>
                <tr>
                  <th scope="col">Time of day</th>
                  {days.map((d) => (
                    <th scope="col" key={d}>
                      {dayWords[d]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {times.map((time) => (
                  <tr key={time}>
                    <th scope="row">{timeWords[time]}</th>
                    {days.map((day) => (
                      <td key={day}>{data.cells.find((c) => c.day === day && c.time === time)?.weight ?? 0}</td>
                    ))}
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
