import type { Clock } from '../../platform/clock.ts';
import { createZip } from '../../platform/files/zip.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { requireReason, type StaffActor } from '../access/index.ts';
import { openEntityDetails } from '../pole/index.ts';
import { locationCoordinates } from './coordinates.ts';
import { buildAnx } from './exports/anx.ts';
import { buildI2Csv, buildTableCsv } from './exports/csv-exports.ts';
import type { ExportGraph } from './exports/export-graph.ts';
import { buildGeoJson } from './exports/geojson.ts';
import type { GraphFilters, Subgraph } from '../pole/index.ts';
import { loadNeighbourhood, maxNodesLimit, type NeighbourhoodQuery } from './neighbourhood.ts';
import { authorise } from './network-access.ts';
import { openLabel } from './network.presenter.ts';
import { entitiesByIds, linksBetween, reportsForEntities } from '../pole/index.ts';
import type { NetworkDeps } from './network.service.ts';
import { loadSubgraph } from './subgraph.ts';

export const exportFormats = ['anx', 'i2_csv', 'csv', 'geojson'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export type ExportScope =
  | { readonly kind: 'neighbourhood'; readonly query: NeighbourhoodQuery }
  | { readonly kind: 'entities'; readonly entityIds: readonly string[]; readonly filters: GraphFilters };

export type ExportFile = { readonly fileName: string; readonly contentType: string; readonly content: Buffer };

const marking = 'OFFICIAL-SENSITIVE';

/**
 * Hands a sub-graph to other tools: i2 ANX, the i2 CSV layout, plain CSV tables, GeoJSON. Needs
 * `export.create` as well as `network.read`, a stated reason, and is audited with what left and
 * how much. Only what the actor may read in the graph is exported.
 */
export function createNetworkExportService(deps: NetworkDeps & { clock: Clock }) {
  const { db, sealer, audit, clock } = deps;

  async function loadScope(scope: ExportScope): Promise<Subgraph> {
    if (scope.kind === 'neighbourhood') return loadNeighbourhood(db, scope.query);
    const ids = [...new Set(scope.entityIds)];
    if (ids.length > maxNodesLimit) throw new AppError('validation_failed', `At most ${maxNodesLimit} entities`);
    const found = await entitiesByIds(db, ids);
    if (found.length !== ids.length) throw new AppError('not_found_or_no_access');
    const links = await linksBetween(db, ids, ids, scope.filters, 50_000);
    return loadSubgraph(db, { depth: new Map(ids.map((id) => [id, 0])), links, truncated: false });
  }

  async function toExportGraph(subgraph: Subgraph, actor: StaffActor, title: string): Promise<ExportGraph> {
    const entityReports = await reportsForEntities(
      db,
      subgraph.entities.map((e) => e.id),
      25,
    );
    return {
      title,
      marking,
      exportedAt: clock.now().toISOString(),
      exportedBy: actor.userId,
      entities: subgraph.entities.map((e) => {
        const label = openLabel(sealer, e.id, e.labelSealed);
        const coordinates =
          e.kind === 'location' ? locationCoordinates(label, openEntityDetails(sealer, e.id, e.detailsSealed)) : null;
        return { ...e, label, coordinates, reportIds: entityReports.get(e.id) ?? [] };
      }),
      links: subgraph.links.map((l) => ({ ...l, reportIds: subgraph.linkReports.get(l.id) ?? [] })),
    };
  }

  function render(format: ExportFormat, graph: ExportGraph, stamp: string): ExportFile {
    switch (format) {
      case 'anx':
        return {
          fileName: `linebreak-network-${stamp}.anx`,
          contentType: 'application/xml',
          content: Buffer.from(buildAnx(graph)),
        };
      case 'geojson':
        return {
          fileName: `linebreak-network-${stamp}.geojson`,
          contentType: 'application/geo+json',
          content: Buffer.from(JSON.stringify(buildGeoJson(graph), null, 1)),
        };
      case 'i2_csv':
      case 'csv': {
        const tables = format === 'i2_csv' ? buildI2Csv(graph) : buildTableCsv(graph);
        return {
          fileName: `linebreak-network-${stamp}-${format === 'i2_csv' ? 'i2' : 'tables'}.zip`,
          contentType: 'application/zip',
          content: createZip([
            { name: 'entities.csv', content: tables.entities },
            { name: 'links.csv', content: tables.links },
          ]),
        };
      }
    }
  }

  return {
    async export(
      actor: StaffActor,
      request: { format: ExportFormat; scope: ExportScope; title: string; reason: string | undefined },
    ): Promise<ExportFile> {
      await authorise(deps, actor, `network.export.${request.format}`, ['network.read', 'export.create']);
      const reason = requireReason(request.reason);
      const subgraph = await loadScope(request.scope);
      const graph = await toExportGraph(subgraph, actor, request.title);
      const file = render(request.format, graph, graph.exportedAt.slice(0, 16).replace(/[-:T]/g, ''));
      const features =
        request.format === 'geojson' ? graph.entities.filter((e) => e.coordinates !== null).length : null;
      await db.transaction().execute((tx) =>
        audit.record(tx, {
          actor: { type: 'staff', id: actor.userId },
          action: 'network.export',
          reason,
          requestId: actor.requestId,
          details: {
            format: request.format,
            scope:
              request.scope.kind === 'neighbourhood'
                ? { kind: 'neighbourhood', seeds: request.scope.query.seeds, hops: request.scope.query.hops }
                : { kind: 'entities' },
            fileName: file.fileName,
            bytes: file.content.length,
            entityCount: graph.entities.length,
            linkCount: graph.links.length,
            ...(features === null ? {} : { featureCount: features }),
            entityIds: graph.entities.map((e) => e.id),
          },
        }),
      );
      return file;
    },
  };
}

export type NetworkExportService = ReturnType<typeof createNetworkExportService>;
