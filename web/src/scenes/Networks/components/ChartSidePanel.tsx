import type { NetworkLink, NetworkNode } from '../../../api/network-types.ts';
import { kindLabels } from '../../../components/chart-colours.ts';
import { Link } from '../../../components/Link.tsx';
import { formatDay } from '../format.ts';
import { ReportIds } from './ReportIds.tsx';

export type Selection = { type: 'node'; id: string } | { type: 'link'; id: string } | undefined;

/** What is selected on the chart, and what can be done with it, all by keyboard. */
export function ChartSidePanel({
  selection,
  nodes,
  links,
  busy,
  onExpand,
  onPathEnd,
}: {
  selection: Selection;
  nodes: ReadonlyMap<string, NetworkNode>;
  links: ReadonlyMap<string, NetworkLink>;
  busy: boolean;
  onExpand: (id: string) => void;
  onPathEnd: (end: 'from' | 'to', id: string) => void;
}) {
  const node = selection?.type === 'node' ? nodes.get(selection.id) : undefined;
  const link = selection?.type === 'link' ? links.get(selection.id) : undefined;
  return (
    <aside className="lb-side-panel" aria-labelledby="selection-heading" aria-live="polite">
      {node ? (
        <>
          <h2 id="selection-heading">{node.label}</h2>
          <dl className="lb-summary">
            <dt>Type</dt>
            <dd>{kindLabels[node.kind]}</dd>
            <dt>Seen</dt>
            <dd>
              {formatDay(node.firstSeen)} to {formatDay(node.lastSeen)}
            </dd>
            <dt>Reports</dt>
            <dd>{node.reportCount}</dd>
            <dt>Links on the chart</dt>
            <dd>{node.degree}</dd>
          </dl>
          <div className="lb-button-group">
            <button
              type="button"
              className="lb-button"
              disabled={busy}
              onClick={() => {
                onExpand(node.id);
              }}
            >
              Expand its neighbourhood
            </button>
          </div>
          <p>
            <Link to={`/entities/${node.id}`}>Open the entity page</Link>
          </p>
          <p>
            <button
              type="button"
              className="lb-link-button"
              onClick={() => {
                onPathEnd('from', node.id);
              }}
            >
              Start a path here
            </button>{' '}
            or{' '}
            <button
              type="button"
              className="lb-link-button"
              onClick={() => {
                onPathEnd('to', node.id);
              }}
            >
              end a path here
            </button>
          </p>
        </>
      ) : link ? (
        <>
          <h2 id="selection-heading">
            Link: {nodes.get(link.source)?.label ?? 'unknown'} and {nodes.get(link.target)?.label ?? 'unknown'}
          </h2>
          <dl className="lb-summary">
            <dt>Kind</dt>
            <dd>{link.kind.replaceAll('_', ' ')}</dd>
            <dt>Confidence</dt>
            <dd>{link.confidence.toFixed(2)}</dd>
            <dt>Seen</dt>
            <dd>
              {formatDay(link.firstSeen)} to {formatDay(link.lastSeen)}
            </dd>
            <dt>Reports</dt>
            <dd>{link.sourceCount}</dd>
          </dl>
          <h3>Supporting reports</h3>
          <ReportIds ids={link.reportIds} />
          {link.sourceCount > link.reportIds.length && (
            <p className="lb-hint">The newest {link.reportIds.length} are listed.</p>
          )}
        </>
      ) : (
        <>
          <h2 id="selection-heading">Nothing selected</h2>
          <p className="lb-hint">
            Select an entity or a link on the chart (click; double-click an entity to expand it) or in the tables below.
          </p>
        </>
      )}
    </aside>
  );
}
