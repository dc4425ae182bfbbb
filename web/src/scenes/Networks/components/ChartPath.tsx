import type { NetworkNode, PathView } from '../../../api/network-types.ts';

/** Choose two entities on the chart and find the shortest chain of links between them. */
export function ChartPath({
  nodes,
  from,
  to,
  result,
  busy,
  onChange,
  onFind,
  onClear,
}: {
  nodes: readonly NetworkNode[];
  from: string;
  to: string;
  result: PathView | undefined;
  busy: boolean;
  onChange: (end: 'from' | 'to', id: string) => void;
  onFind: () => void;
  onClear: () => void;
}) {
  const sorted = [...nodes].sort((a, b) => a.label.localeCompare(b.label));
  const label = new Map([...nodes, ...(result?.nodes ?? [])].map((n) => [n.id, n.label]));
  const select = (end: 'from' | 'to', value: string, text: string) => (
    <div className="lb-field">
      <label htmlFor={`path-${end}`}>{text}</label>
      <select
        id={`path-${end}`}
        value={value}
        onChange={(event) => {
          onChange(end, event.target.value);
        }}
      >
        <option value="">Choose an entity</option>
        {sorted.map((n) => (
          <option key={n.id} value={n.id}>
            {n.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <section aria-labelledby="path-heading">
      <h2 id="path-heading">Shortest path</h2>
      <div className="lb-filters">
        {select('from', from, 'From')}
        {select('to', to, 'To')}
      </div>
      <div className="lb-button-group">
        <button
          type="button"
          className="lb-button lb-button--secondary"
          disabled={busy || from === '' || to === '' || from === to}
          onClick={onFind}
        >
          Find the shortest path
        </button>
        {result && (
          <button type="button" className="lb-button lb-button--secondary" onClick={onClear}>
            Clear the path
          </button>
        )}
      </div>
      {result && (
        <div role="status">
          {result.found ? (
            <>
              <p>
                {result.path.length - 1} link{result.path.length === 2 ? '' : 's'} apart:
              </p>
              <ol>
                {result.path.map((id) => (
                  <li key={id}>{label.get(id) ?? id}</li>
                ))}
              </ol>
            </>
          ) : (
            <p>No path within six links{result.truncated ? ' (the search stopped at its limit)' : ''}.</p>
          )}
        </div>
      )}
    </section>
  );
}
