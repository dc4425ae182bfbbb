import { useCallback, useEffect, useMemo, useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import type { NetworkAnalysis, PathView } from '../../api/network-types.ts';
import type { Me } from '../../api/types.ts';
import { communityColour, kindColours, kindLabels } from '../../components/chart-colours.ts';
import { ChartView } from '../../components/ChartView.tsx';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { hasPermission } from '../Shell/navigation.ts';
import {
  defaultFilters,
  emptyChart,
  mergeView,
  networkQuery,
  type ChartData,
  type ChartFilters,
} from './chart-state.ts';
import { ChartExport } from './components/ChartExport.tsx';
import { ChartFilters as FiltersForm } from './components/ChartFilters.tsx';
import { ChartPath } from './components/ChartPath.tsx';
import { ChartSidePanel, type Selection } from './components/ChartSidePanel.tsx';
import { ChartStart } from './components/ChartStart.tsx';
import { ChartTables } from './components/ChartTables.tsx';

const uuid = /^[0-9a-f-]{36}$/;

/**
 * The interactive link chart: start from an entity or a deal line's numbers, expand, filter,
 * find paths, highlight communities, select links to see their reports, and export.
 */
export function ChartScene({ me, search }: { me: Me; search: string }) {
  const params = new URLSearchParams(search);
  const entity = params.get('entity') ?? '';
  const lineId = params.get('line') ?? '';
  const [filters, setFilters] = useState<ChartFilters>({
    ...defaultFilters,
    hops: Math.min(3, Math.max(1, Number(params.get('hops')) || defaultFilters.hops)),
  });
  const [seeds, setSeeds] = useState<string[]>(uuid.test(entity) ? [entity] : []);
  const [title, setTitle] = useState('Link chart');
  const [chart, setChart] = useState<ChartData>(emptyChart);
  const [expanded, setExpanded] = useState<string[]>([]);
  const [selection, setSelection] = useState<Selection>();
  const [communities, setCommunities] = useState<NetworkAnalysis>();
  const [pathEnds, setPathEnds] = useState({ from: '', to: '' });
  const [path, setPath] = useState<PathView>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');

  const fail = (caught: unknown) => {
    setError(caught instanceof ApiError ? caught.message : 'The network could not be loaded');
  };

  // A deal line's chart starts from its numbers.
  useEffect(() => {
    if (!uuid.test(lineId)) return;
    api
      .get('/api/deal-lines/{id}', { path: { id: lineId } })
      .then((line) => {
        setTitle(`Link chart: ${line.brandName}`);
        setSeeds([...new Set(line.numbers.map((n) => n.phoneEntityId))]);
      })
      .catch(fail);
  }, [lineId]);

  const load = useCallback((startSeeds: string[], current: ChartFilters) => {
    if (startSeeds.length === 0) return;
    setBusy(true);
    setError(undefined);
    api
      .get('/api/network/expand', { query: networkQuery(startSeeds, current) })
      .then((view) => {
        const next = mergeView(emptyChart, view);
        setChart(next);
        setExpanded([]);
        setCommunities(undefined);
        setPath(undefined);
        setSelection(undefined);
        setStatus(
          `Showing ${String(next.nodes.size)} entities and ${String(next.links.size)} links${view.truncated ? ' (limited to the strongest links)' : ''}.`,
        );
      })
      .catch(fail)
      .finally(() => {
        setBusy(false);
      });
  }, []);

  useEffect(() => {
    load(seeds, filters);
  }, [seeds, filters, load]);

  function handleExpand(id: string) {
    setBusy(true);
    api
      .get('/api/network/expand', { query: networkQuery([id], filters, 1) })
      .then((view) => {
        setChart((current) => {
          const next = mergeView(current, view);
          const added = next.nodes.size - current.nodes.size;
          setStatus(
            `${current.nodes.get(id)?.label ?? 'The entity'} expanded: ${String(added)} new entit${added === 1 ? 'y' : 'ies'}. Showing ${String(next.nodes.size)} entities and ${String(next.links.size)} links.`,
          );
          return next;
        });
        setExpanded((current) => [...new Set([...current, id])]);
      })
      .catch(fail)
      .finally(() => {
        setBusy(false);
      });
  }

  function handleCommunities() {
    setBusy(true);
    api
      .get('/api/network/analysis', { query: networkQuery([...new Set([...seeds, ...expanded])], filters) })
      .then((analysis) => {
        setCommunities(analysis);
        setStatus(
          `${String(analysis.communities.length)} communities found (modularity ${String(analysis.modularity)}).`,
        );
      })
      .catch(fail)
      .finally(() => {
        setBusy(false);
      });
  }

  function handleFindPath() {
    setBusy(true);
    const query = {
      from: pathEnds.from,
      to: pathEnds.to,
      ...(filters.minConfidence > 0 ? { minConfidence: filters.minConfidence } : {}),
      ...(filters.from !== '' ? { since: filters.from } : {}),
      ...(filters.to !== '' ? { until: filters.to } : {}),
    };
    api
      .get('/api/network/path', { query })
      .then((result) => {
        setPath(result);
        if (result.found) setChart((current) => mergeView(current, result));
      })
      .catch(fail)
      .finally(() => {
        setBusy(false);
      });
  }

  const nodes = useMemo(() => [...chart.nodes.values()], [chart]);
  const links = useMemo(() => [...chart.links.values()], [chart]);
  const communityOf = useMemo(() => {
    if (!communities) return undefined;
    const map = new Map<string, number>();
    communities.communities.forEach((group, position) => {
      for (const id of group.entityIds) map.set(id, position);
    });
    return map;
  }, [communities]);
  const colours = useMemo(
    () => (communityOf ? new Map([...communityOf].map(([id, i]) => [id, communityColour(i)])) : undefined),
    [communityOf],
  );
  const emphasis = useMemo(() => {
    if (!path?.found) return undefined;
    return { nodes: new Set(path.path), links: new Set(path.links.map((l) => l.id)) };
  }, [path]);

  if (seeds.length === 0 && !uuid.test(lineId)) {
    return (
      <>
        <PageHeading title="Link chart">Link chart</PageHeading>
        <ChartStart />
        <p>
          Or choose a line from <Link to="/networks/lines">Deal lines</Link>.
        </p>
      </>
    );
  }

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      {error && (
        <p role="alert" className="lb-field-error">
          {error}
        </p>
      )}
      <FiltersForm filters={filters} onApply={setFilters} />
      <p role="status" aria-live="polite">
        {busy ? 'Loading…' : status}
      </p>
      <ul className="lb-legend" aria-label="Colours">
        {communities
          ? communities.communities.slice(0, 8).map((group, i) => (
              <li key={group.index}>
                <span className="lb-swatch" style={{ background: communityColour(i) }} />
                Community {i + 1} ({group.size})
              </li>
            ))
          : (Object.keys(kindColours) as (keyof typeof kindColours)[]).map((kind) => (
              <li key={kind}>
                <span className="lb-swatch" style={{ background: kindColours[kind] }} />
                {kindLabels[kind]}
              </li>
            ))}
      </ul>
      <div className="lb-chart-layout">
        <div>
          <ChartView
            nodes={nodes}
            links={links}
            colours={colours}
            emphasis={emphasis}
            selectedNode={selection?.type === 'node' ? selection.id : undefined}
            selectedLink={selection?.type === 'link' ? selection.id : undefined}
            onSelectNode={(id) => {
              setSelection({ type: 'node', id });
            }}
            onExpandNode={handleExpand}
            onSelectLink={(id) => {
              setSelection({ type: 'link', id });
            }}
            label={title}
          />
          <div className="lb-button-group">
            <button
              type="button"
              className="lb-button lb-button--secondary"
              disabled={busy}
              onClick={handleCommunities}
            >
              Highlight communities
            </button>
            {communities && (
              <button
                type="button"
                className="lb-button lb-button--secondary"
                onClick={() => {
                  setCommunities(undefined);
                }}
              >
                Colour by type again
              </button>
            )}
          </div>
        </div>
        <ChartSidePanel
          selection={selection}
          nodes={chart.nodes}
          links={chart.links}
          busy={busy}
          onExpand={handleExpand}
          onPathEnd={(end, id) => {
            setPathEnds((current) => ({ ...current, [end]: id }));
          }}
        />
      </div>
      <ChartPath
        nodes={nodes}
        from={pathEnds.from}
        to={pathEnds.to}
        result={path}
        busy={busy}
        onChange={(end, id) => {
          setPathEnds((current) => ({ ...current, [end]: id }));
        }}
        onFind={handleFindPath}
        onClear={() => {
          setPath(undefined);
        }}
      />
      <ChartTables
        nodes={chart.nodes}
        links={chart.links}
        community={communityOf}
        onSelectNode={(id) => {
          setSelection({ type: 'node', id });
        }}
        onSelectLink={(id) => {
          setSelection({ type: 'link', id });
        }}
      />
      {hasPermission(me, 'export.create') && <ChartExport entityIds={nodes.map((n) => n.id)} filters={filters} />}
    </>
  );
}
