import { lazy, Suspense } from 'react';
import './MapChart.css';
import type { NetworkLink, NetworkNode } from '../api/network-types.ts';

export type ChartProps = {
  nodes: readonly NetworkNode[];
  links: readonly NetworkLink[];
  /** Colour per node id (community highlighting); kind colours otherwise. */
  colours?: ReadonlyMap<string, string> | undefined;
  /** Nodes and links to emphasise (a shortest path); everything else is dimmed. */
  emphasis?: { nodes: ReadonlySet<string>; links: ReadonlySet<string> } | undefined;
  selectedNode?: string | undefined;
  selectedLink?: string | undefined;
  onSelectNode: (id: string) => void;
  onExpandNode: (id: string) => void;
  onSelectLink: (id: string) => void;
  label: string;
};

// sigma.js and graphology load only when a chart is shown.
const ChartCanvas = lazy(() => import('./ChartCanvas.tsx').then((module) => ({ default: module.ChartCanvas })));

/** The interactive link chart (WebGL). Pages give a table of the same nodes and links beside it. */
export function ChartView(props: ChartProps) {
  return (
    <Suspense fallback={<p className="lb-hint">Loading the chart…</p>}>
      <ChartCanvas {...props} />
    </Suspense>
  );
}
