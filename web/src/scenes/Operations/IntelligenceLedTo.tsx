import { api } from '../../api/client.ts';
import { Link } from '../../components/Link.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { warrantStatusLabels } from './labels.ts';

/** On an intelligence report: the warrants that cite it and the arrests made under them. */
export function IntelligenceLedTo({ id }: { id: string }) {
  const loaded = useLoad(() => api.get('/api/operations/intelligence/{id}/led-to', { path: { id } }), [id]);
  if (!loaded.data) return null;
  const { warrants, arrests } = loaded.data;
  return (
    <section aria-labelledby="led-to-heading">
      <h2 id="led-to-heading">What it led to</h2>
      {warrants.length === 0 ? (
        <p>No warrant cites this report yet.</p>
      ) : (
        <ul>
          {warrants.map((w) => (
            <li key={w.id}>
              Warrant <Link to={`/operations/warrants/${w.id}`}>{w.reference}</Link> (
              {warrantStatusLabels[w.status] ?? w.status})
              {arrests
                .filter((a) => a.warrantId === w.id)
                .map((a) => (
                  <span key={a.id}>
                    , <Link to={`/operations/arrests/${a.id}`}>arrest on {a.arrestedAt.slice(0, 10)}</Link>
                  </span>
                ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
