import { useState } from 'react';
import { api, ApiError } from '../../../api/client.ts';
import type { DealLineProfile, SuggestedRole } from '../../../api/network-types.ts';
import { Link } from '../../../components/Link.tsx';
import { useLoad } from '../../../hooks/useLoad.ts';
import { ReportIds } from './ReportIds.tsx';

const roleLabels: Readonly<Record<SuggestedRole['role'], string>> = {
  deal_line: 'Deal line',
  possible_deal_line: 'Possible deal line',
  possible_trap_house: 'Possible trap house',
  possible_cuckooed_address: 'Possible cuckooed address',
  possible_line_holder: 'Possible line holder',
  possible_exploited_child: 'Possible exploited child',
};

/**
 * Who probably holds the line, and why: the person given that role, the roles the link
 * analysis suggests from patterns (each with its reason and reports), and the key players by
 * betweenness within two hops of the line's numbers.
 */
export function LineHolderEvidence({
  line,
  canChange,
  onChanged,
}: {
  line: DealLineProfile;
  canChange: boolean;
  onChanged: () => void;
}) {
  const [error, setError] = useState<string>();
  const seeds = [...new Set(line.numbers.map((n) => n.phoneEntityId))].slice(0, 50).join(',');
  const analysis = useLoad(
    () => api.get('/api/network/analysis', { query: { seeds, hops: 2, maxNodes: 300 } }),
    [seeds],
  );
  const players = useLoad(() => api.get('/api/network/key-players', { query: { seeds, hops: 2, limit: 5 } }), [seeds]);
  const labelOf = new Map((analysis.data?.nodes ?? []).map((n) => [n.id, n.label]));
  const holders = line.people.filter((p) => p.role === 'line_holder' && p.removedAt === null);
  const suggestions = (analysis.data?.suggestions ?? []).filter((s) => s.role !== 'deal_line');
  const holderIds = new Set(holders.map((h) => h.personEntityId));

  function handleRecordHolder(personEntityId: string) {
    setError(undefined);
    api
      .post('/api/deal-lines/{id}/people', {
        path: { id: line.id },
        body: { personEntityId, role: 'line_holder', victim: false },
      })
      .then(onChanged)
      .catch((caught: unknown) => {
        setError(caught instanceof ApiError ? caught.message : 'The line holder could not be recorded');
      });
  }

  const ordered = [
    ...suggestions.filter((s) => s.role === 'possible_line_holder'),
    ...suggestions.filter((s) => s.role !== 'possible_line_holder'),
  ];

  return (
    <section aria-labelledby="holder-heading">
      <h2 id="holder-heading">Likely line holder and the evidence</h2>
      {holders.length > 0 ? (
        <p>
          Recorded line holder:{' '}
          {holders.map((h, i) => (
            <span key={h.assignmentId}>
              {i > 0 && ', '}
              <Link to={`/entities/${h.personEntityId}`}>{h.name}</Link>
            </span>
          ))}
          .
        </p>
      ) : (
        <p>No line holder has been recorded yet. The link analysis suggests the following, for you to confirm.</p>
      )}
      {analysis.error && <p role="alert">{analysis.error}</p>}
      {error && (
        <p role="alert" className="lb-field-error">
          {error}
        </p>
      )}
      {analysis.loading && !analysis.data && <p className="lb-hint">Analysing the network…</p>}
      {analysis.data && ordered.length === 0 && <p className="lb-hint">No roles are suggested by the patterns.</p>}
      {ordered.length > 0 && (
        <table className="lb-table lb-table--compact">
          <caption>Suggested roles (prompts from patterns, not findings)</caption>
          <thead>
            <tr>
              <th scope="col">Entity</th>
              <th scope="col">Suggested role</th>
              <th scope="col">Why</th>
              <th scope="col">Reports</th>
              {canChange && <th scope="col">Action</th>}
            </tr>
          </thead>
          <tbody>
            {ordered.map((s) => (
              <tr key={`${s.entityId}:${s.role}`}>
                <td>
                  <Link to={`/entities/${s.entityId}`}>{labelOf.get(s.entityId) ?? s.entityId}</Link>
                </td>
                <td>{roleLabels[s.role]}</td>
                <td>{s.reason}</td>
                <td>
                  <ReportIds ids={s.evidenceReportIds} empty="From an alert or a recorded line" />
                </td>
                {canChange && (
                  <td>
                    {s.role === 'possible_line_holder' && !holderIds.has(s.entityId) && (
                      <button
                        type="button"
                        className="lb-link-button"
                        onClick={() => {
                          handleRecordHolder(s.entityId);
                        }}
                      >
                        Record {labelOf.get(s.entityId) ?? 'them'} as the line holder
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {players.data && players.data.players.length > 0 && (
        <table className="lb-table lb-table--compact">
          <caption>Key players within two links of its numbers</caption>
          <thead>
            <tr>
              <th scope="col">Entity</th>
              <th scope="col">Links here</th>
              <th scope="col">Links in all intelligence</th>
              <th scope="col">Betweenness</th>
            </tr>
          </thead>
          <tbody>
            {players.data.players.map((p) => (
              <tr key={p.id}>
                <td>
                  <Link to={`/entities/${p.id}`}>{p.label}</Link>
                </td>
                <td>{p.degree}</td>
                <td>{p.storeDegree}</td>
                <td>{p.betweenness === null ? 'being computed' : p.betweenness.toFixed(1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
