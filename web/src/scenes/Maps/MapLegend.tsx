import { pointColours } from '../../components/map-overlays.ts';

const entries = [
  { colour: pointColours.alert, text: 'Open alert at the place' },
  { colour: pointColours.line, text: 'Address linked to a deal line' },
  { colour: pointColours.both, text: 'Both an alert and a deal line' },
  { colour: '#6f777b', text: 'Street (named when zoomed in)', small: true },
];

/** What the map's colours mean; the table below the map says the same in words. */
export function MapLegend() {
  return (
    <section aria-labelledby="map-legend-heading">
      <h2 id="map-legend-heading" className="lb-visually-hidden">
        Map key
      </h2>
      <ul className="lb-legend" data-testid="map-legend">
        {entries.map((entry) => (
          <li key={entry.text}>
            <span
              className={entry.small ? 'lb-swatch lb-swatch--round lb-swatch--small' : 'lb-swatch lb-swatch--round'}
              style={{ background: entry.colour }}
              aria-hidden="true"
            />
            {entry.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
