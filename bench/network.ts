import { noFilters } from '../src/modules/pole/index.ts';
import { detectCommunities, indexEdges } from '../src/modules/network/graph-algorithms.ts';
import { loadNeighbourhood } from '../src/modules/network/neighbourhood.ts';
import { allLinkPairs } from '../src/modules/pole/index.ts';
import { runGraphTaskInWorker } from '../src/modules/network/run-in-worker.ts';
import { loadSubgraph } from '../src/modules/network/subgraph.ts';
import { findShortestPath } from '../src/modules/network/traversal.ts';
import { seededRandom } from '../src/modules/network/graph-algorithms.ts';
import type { Db } from '../src/platform/db/database.ts';
import { benchEntityId, buildSyntheticGraph, openScratchDatabase, type GraphShape } from './network-graph.ts';

export type NetworkBenchmarkOptions = {
  /** A PostgreSQL URL (e.g. TEST_DATABASE_URL): benchmark there, in a scratch database. Unset: PGlite in memory. */
  readonly databaseUrl?: string;
  /** Entities in the traversal graph (default 1,000,000 on PostgreSQL, 100,000 on PGlite). */
  readonly entities?: number;
  /** Entities in the graph Louvain runs on (default 100,000). */
  readonly louvainEntities?: number;
  readonly linksPerEntity?: number;
  /** Queries timed per measurement (default 50). */
  readonly samples?: number;
  readonly log?: (line: string) => void;
};

export type BenchmarkRow = {
  readonly measure: string;
  readonly graph: string;
  readonly n: number;
  readonly p50: number;
  readonly p99: number;
  readonly note: string;
};

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;

async function timeEach(n: number, run: (i: number) => Promise<string | undefined>) {
  const times: number[] = [];
  const notes: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const started = performance.now();
    const note = await run(i);
    times.push(performance.now() - started);
    if (note !== undefined) notes.push(note);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), notes };
}

const describe = (entities: number, links: number) =>
  `${entities.toLocaleString('en-GB')} entities / ${links.toLocaleString('en-GB')} links`;

async function traversalRows(db: Db, shape: GraphShape, links: number, samples: number): Promise<BenchmarkRow[]> {
  const random = seededRandom(shape.seed + 1);
  const pick = () => Math.floor(random() * shape.entities);
  const graph = describe(shape.entities, links);
  const rows: BenchmarkRow[] = [];
  // Warm-up (not timed): connections, catalogue caches and query plans, as in a running server.
  for (let i = 0; i < 3; i += 1) {
    await loadNeighbourhood(db, { seeds: [benchEntityId(pick())], hops: 2, filters: noFilters, maxNodes: 300 });
  }
  for (const [hops, maxNodes] of [
    [2, 300],
    [3, 300],
    [3, 2000],
  ] as const) {
    const sizes: number[] = [];
    const result = await timeEach(samples, async () => {
      const sub = await loadNeighbourhood(db, { seeds: [benchEntityId(pick())], hops, filters: noFilters, maxNodes });
      sizes.push(sub.entities.length);
      return undefined;
    });
    sizes.sort((a, b) => a - b);
    rows.push({
      measure: `${String(hops)}-hop expansion (cap ${String(maxNodes)} entities)`,
      graph,
      n: samples,
      ...result,
      note: `median ${String(percentile(sizes, 50))} entities returned, with link reports`,
    });
  }
  for (const [label, near] of [
    ['shortest path, same community', true],
    ['shortest path, random pair', false],
  ] as const) {
    const lengths: number[] = [];
    let found = 0;
    const result = await timeEach(samples, async () => {
      const from = pick();
      const to = near
        ? Math.min(
            shape.entities - 1,
            Math.floor(from / shape.communitySize) * shape.communitySize + Math.floor(random() * shape.communitySize),
          )
        : pick();
      const path = await findShortestPath(db, {
        from: benchEntityId(from),
        to: benchEntityId(to),
        filters: noFilters,
        maxDepth: 6,
        maxVisited: 200_000,
      });
      await loadSubgraph(db, {
        depth: new Map(path.path.map((id, i) => [id, i])),
        links: path.links,
        truncated: false,
      });
      if (path.found) {
        found += 1;
        lengths.push(path.path.length - 1);
      }
      return undefined;
    });
    lengths.sort((a, b) => a - b);
    rows.push({
      measure: `${label} (max 6 hops)`,
      graph,
      n: samples,
      ...result,
      note: `${String(found)}/${String(samples)} found, median ${String(percentile(lengths, 50))} hops`,
    });
  }
  return rows;
}

async function louvainRow(db: Db, entities: number, links: number): Promise<BenchmarkRow> {
  const started = performance.now();
  const pairs = await allLinkPairs(db, noFilters);
  const loaded = performance.now();
  const { edges } = indexEdges(pairs);
  const result = await runGraphTaskInWorker({ kind: 'communities', seed: 1, resolution: 1, ...edges });
  const done = performance.now();
  if (result.kind !== 'communities') throw new Error('unexpected result');
  const inline = performance.now();
  detectCommunities(indexEdges(pairs).edges, 1);
  const inlineMs = performance.now() - inline;
  const total = done - started;
  return {
    measure: 'communities: load links + components + Louvain (worker thread)',
    graph: describe(entities, links),
    n: 1,
    p50: total,
    p99: total,
    note: `SQL load ${Math.round(loaded - started).toString()} ms; ${String(result.communityCount)} communities, modularity ${result.modularity.toFixed(3)}; in-process Louvain alone ${Math.round(inlineMs).toString()} ms`,
  };
}

export function toMarkdown(engine: string, rows: readonly BenchmarkRow[]): string {
  const lines = [
    `### Network analysis on ${engine}`,
    '',
    '| measure | graph | n | p50 ms | p99 ms | notes |',
    '| --- | --- | ---: | ---: | ---: | --- |',
    ...rows.map(
      (r) => `| ${r.measure} | ${r.graph} | ${String(r.n)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.note} |`,
    ),
  ];
  return lines.join('\n');
}

/**
 * Builds synthetic POLE graphs in a scratch database and times what analysts wait for: 2- and
 * 3-hop expansions and shortest paths (SQL through to the sub-graph with link reports; opening
 * labels and the audit row are not included), and whole-store community detection.
 */
export async function runNetworkBenchmark(options: NetworkBenchmarkOptions = {}) {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const postgres = options.databaseUrl !== undefined;
  const engine = postgres ? 'PostgreSQL' : 'PGlite (in memory)';
  const shape: GraphShape = {
    entities: options.entities ?? (postgres ? 1_000_000 : 100_000),
    linksPerEntity: options.linksPerEntity ?? 3,
    communitySize: 50,
    crossTenths: 3,
    seed: 0.42,
  };
  const louvainEntities = options.louvainEntities ?? 100_000;
  const samples = options.samples ?? 50;
  const rows: BenchmarkRow[] = [];

  const scratch = await openScratchDatabase(options.databaseUrl);
  try {
    log(`Building ${describe(shape.entities, shape.entities * shape.linksPerEntity)} (target) on ${engine}…`);
    const built = await buildSyntheticGraph(scratch.handle.db, shape);
    log(`  built in ${(built.ms / 1000).toFixed(1)} s (${built.links.toLocaleString('en-GB')} links)`);
    rows.push(...(await traversalRows(scratch.handle.db, shape, built.links, samples)));
    if (louvainEntities === shape.entities) rows.push(await louvainRow(scratch.handle.db, shape.entities, built.links));
  } finally {
    await scratch.drop();
  }
  if (louvainEntities !== shape.entities) {
    const second = await openScratchDatabase(options.databaseUrl);
    try {
      const built = await buildSyntheticGraph(second.handle.db, { ...shape, entities: louvainEntities });
      rows.push(await louvainRow(second.handle.db, louvainEntities, built.links));
    } finally {
      await second.drop();
    }
  }
  const markdown = toMarkdown(engine, rows);
  log(markdown);
  return { engine, rows, markdown };
}

if (import.meta.main) {
  const url = process.argv.includes('--postgres') ? process.env.TEST_DATABASE_URL : undefined;
  const size = process.argv.find((a) => a.startsWith('--entities='))?.split('=')[1];
  await runNetworkBenchmark({ ...(url ? { databaseUrl: url } : {}), ...(size ? { entities: Number(size) } : {}) });
}
