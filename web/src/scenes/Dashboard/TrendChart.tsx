// A small trend chart: one line per series over the periods, drawn as SVG (prints as it shows).
// It is a picture only: the table beside it carries the same figures for screen readers.

const colours = ['#1d70b8', '#d4351c', '#00703c', '#912b88', '#f47738', '#28a197', '#6f72af', '#b58840'];

type Series = { key: string; label: string; values: readonly number[] };

export function TrendChart({
  periods,
  series,
  title,
}: {
  periods: readonly string[];
  series: readonly Series[];
  title: string;
}) {
  const width = 460;
  const height = 200;
  const left = 36;
  const bottom = 28;
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const x = (i: number) => left + (periods.length <= 1 ? 0 : (i * (width - left - 10)) / (periods.length - 1));
  const y = (v: number) => 10 + (height - bottom - 10) * (1 - v / max);
  return (
    <figure className="lb-trend">
      <svg
        role="img"
        aria-label={`${title}: trend chart; the table gives the figures`}
        viewBox={`0 0 ${String(width)} ${String(height)}`}
        width="100%"
      >
        <line x1={left} y1={y(0)} x2={width - 10} y2={y(0)} stroke="#0b0c0c" />
        <line x1={left} y1={10} x2={left} y2={y(0)} stroke="#0b0c0c" />
        <text x={left - 6} y={y(max) + 4} fontSize="11" textAnchor="end">
          {max}
        </text>
        <text x={left - 6} y={y(0) + 4} fontSize="11" textAnchor="end">
          0
        </text>
        {periods.length > 0 && (
          <>
            <text x={x(0)} y={height - 8} fontSize="11">
              {periods[0]}
            </text>
            <text x={x(periods.length - 1)} y={height - 8} fontSize="11" textAnchor="end">
              {periods[periods.length - 1]}
            </text>
          </>
        )}
        {series.map((s, n) => (
          <g key={s.key}>
            <polyline
              fill="none"
              stroke={colours[n % colours.length]}
              strokeWidth={2}
              points={s.values.map((v, i) => `${String(x(i))},${String(y(v))}`).join(' ')}
            />
            {s.values.map((v, i) => (
              <circle key={periods[i]} cx={x(i)} cy={y(v)} r={2.5} fill={colours[n % colours.length]} />
            ))}
          </g>
        ))}
      </svg>
      <figcaption>
        <ul className="lb-legend">
          {series.map((s, n) => (
            <li key={s.key}>
              <span className="lb-swatch" style={{ background: colours[n % colours.length] }} />
              {s.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
