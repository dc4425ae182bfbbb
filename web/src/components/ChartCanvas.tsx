import Graph from 'graphology';
import { useEffect, useRef } from 'react';
import Sigma from 'sigma';
import { layoutChart, type Position } from './chart-layout.ts';
import { kindColours } from './chart-colours.ts';
import type { ChartProps } from './ChartView.tsx';

type NodeAttributes = { x: number; y: number; size: number; label: string; color: string; kind: string };
type EdgeAttributes = { size: number; color: string };

const dimmed = '#d8dadc';

/** sigma.js 3 over a graphology graph (loaded lazily through ChartView). */
export function ChartCanvas(props: ChartProps) {
  const { nodes, links, colours, emphasis, selectedNode, selectedLink, label } = props;
  const container = useRef<HTMLDivElement>(null);
  const graph = useRef(new Graph<NodeAttributes, EdgeAttributes>({ multi: false, type: 'undirected' }));
  const renderer = useRef<Sigma<NodeAttributes, EdgeAttributes> | null>(null);
  const positions = useRef(new Map<string, Position>());
  // The latest handlers, read by sigma's listeners (registered once).
  const handlers = useRef(props);
  handlers.current = props;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const sigma = new Sigma(graph.current, element, {
      enableEdgeEvents: true,
      labelRenderedSizeThreshold: 6,
      defaultEdgeColor: '#6f777b',
      labelFont: 'system-ui, sans-serif',
      // The container may have no size for a moment while the page lays out.
      allowInvalidContainer: true,
    });
    sigma.on('clickNode', ({ node }) => {
      handlers.current.onSelectNode(node);
    });
    sigma.on('doubleClickNode', (event) => {
      event.preventSigmaDefault();
      handlers.current.onExpandNode(event.node);
    });
    sigma.on('clickEdge', ({ edge }) => {
      handlers.current.onSelectLink(edge);
    });
    renderer.current = sigma;
    return () => {
      sigma.kill();
      renderer.current = null;
    };
  }, []);

  // Bring the graph in line with the nodes and links given, keeping known nodes where they were.
  useEffect(() => {
    const g = graph.current;
    const ids = new Set(nodes.map((n) => n.id));
    for (const id of g.nodes()) if (!ids.has(id)) g.dropNode(id);
    const placed = layoutChart(
      nodes.map((n) => n.id),
      links.filter((l) => ids.has(l.source) && ids.has(l.target)),
      positions.current,
    );
    positions.current = placed;
    const maxDegree = Math.max(1, ...nodes.map((n) => n.degree));
    for (const node of nodes) {
      const at = placed.get(node.id) ?? { x: 0, y: 0 };
      const attributes: NodeAttributes = {
        x: at.x,
        y: at.y,
        size: 6 + (10 * node.degree) / maxDegree,
        label: node.label,
        color: kindColours[node.kind],
        kind: node.kind,
      };
      if (g.hasNode(node.id)) g.replaceNodeAttributes(node.id, attributes);
      else g.addNode(node.id, attributes);
    }
    const linkIds = new Set(links.map((l) => l.id));
    for (const id of g.edges()) if (!linkIds.has(id)) g.dropEdge(id);
    for (const link of links) {
      if (g.hasEdge(link.id) || !g.hasNode(link.source) || !g.hasNode(link.target)) continue;
      if (g.hasEdge(link.source, link.target)) continue;
      g.addEdgeWithKey(link.id, link.source, link.target, { size: 1 + link.confidence * 3, color: '#6f777b' });
    }
    const element = container.current;
    if (element) {
      element.dataset.graphOrder = String(g.order);
      element.dataset.graphSize = String(g.size);
    }
    renderer.current?.refresh();
  }, [nodes, links]);

  // Highlighting (communities, a path, the selection) through sigma's reducers.
  useEffect(() => {
    const sigma = renderer.current;
    if (!sigma) return;
    sigma.setSetting('nodeReducer', (node, data) => {
      const colour = colours?.get(node) ?? data.color;
      const faded = emphasis !== undefined && !emphasis.nodes.has(node);
      return {
        ...data,
        color: faded ? dimmed : colour,
        highlighted: node === selectedNode,
        zIndex: node === selectedNode ? 2 : faded ? 0 : 1,
      };
    });
    sigma.setSetting('edgeReducer', (edge, data) => {
      const faded = emphasis !== undefined && !emphasis.links.has(edge);
      const selected = edge === selectedLink;
      return {
        ...data,
        color: selected ? '#0b0c0c' : faded ? dimmed : data.color,
        size: selected || (emphasis?.links.has(edge) ?? false) ? data.size + 3 : data.size,
      };
    });
  }, [colours, emphasis, selectedNode, selectedLink]);

  return (
    <div
      ref={container}
      className="lb-chart"
      role="img"
      aria-label={`${label}. The same entities and links are listed in the tables below.`}
      data-testid="link-chart"
    />
  );
}
