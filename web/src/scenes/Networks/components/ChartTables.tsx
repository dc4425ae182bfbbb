import type { NetworkLink, NetworkNode } from '../../../api/network-types.ts';
import { kindLabels } from '../../../components/chart-colours.ts';
import { formatDay } from '../format.ts';

/** The chart's entities and links as tables: the accessible way to read and work the chart. */
export function ChartTables({
  nodes,
  links,
  community,
  onSelectNode,
  onSelectLink,
}: {
  nodes: ReadonlyMap<string, NetworkNode>;
  links: ReadonlyMap<string, NetworkLink>;
  community: ReadonlyMap<string, number> | undefined;
  onSelectNode: (id: string) => void;
  onSelectLink: (id: string) => void;
}) {
  const sortedNodes = [...nodes.values()].sort((a, b) => b.degree - a.degree || a.label.localeCompare(b.label));
  const label = (id: string) => nodes.get(id)?.label ?? 'unknown';
  return (
    <>
      <h2 id="entities-heading">Entities on the chart ({nodes.size})</h2>
      <table className="lb-table lb-table--compact" aria-labelledby="entities-heading">
        <thead>
          <tr>
            <th scope="col">Entity</th>
            <th scope="col">Type</th>
            <th scope="col">Links</th>
            <th scope="col">Reports</th>
            {community && <th scope="col">Community</th>}
            <th scope="col">Seen</th>
          </tr>
        </thead>
        <tbody>
          {sortedNodes.map((node) => (
            <tr key={node.id}>
              <td>
                <button
                  type="button"
                  className="lb-link-button"
                  onClick={() => {
                    onSelectNode(node.id);
                  }}
                >
                  {node.label}
                </button>
              </td>
              <td>{kindLabels[node.kind]}</td>
              <td>{node.degree}</td>
              <td>{node.reportCount}</td>
              {community && <td>{community.has(node.id) ? String((community.get(node.id) ?? 0) + 1) : '—'}</td>}
              <td>
                {formatDay(node.firstSeen)} to {formatDay(node.lastSeen)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 id="links-heading">Links on the chart ({links.size})</h2>
      <table className="lb-table lb-table--compact" aria-labelledby="links-heading">
        <thead>
          <tr>
            <th scope="col">Between</th>
            <th scope="col">Confidence</th>
            <th scope="col">Reports</th>
            <th scope="col">Seen</th>
          </tr>
        </thead>
        <tbody>
          {[...links.values()].map((link) => (
            <tr key={link.id}>
              <td>
                <button
                  type="button"
                  className="lb-link-button"
                  onClick={() => {
                    onSelectLink(link.id);
                  }}
                >
                  {label(link.source)} and {label(link.target)}
                </button>
              </td>
              <td>{link.confidence.toFixed(2)}</td>
              <td>{link.sourceCount}</td>
              <td>
                {formatDay(link.firstSeen)} to {formatDay(link.lastSeen)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
