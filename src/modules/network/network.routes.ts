import type { FastifyInstance } from 'fastify';
import { parseInput } from '../../platform/http/validate.ts';
import { actorOf } from '../access/index.ts';
import type { CommunitiesService } from './communities.service.ts';
import type { KeyPlayersService } from './key-players.service.ts';
import type { NetworkExportService } from './network-export.service.ts';
import {
  communitiesQuery,
  communitiesStartBody,
  communityParams,
  communityQuery,
  exportBody,
  keyPlayersQuery,
  limitQuery,
  neighbourhoodQuery,
  pathQuery,
  runParams,
  toFilters,
} from './network.schemas.ts';
import type { NetworkService } from './network.service.ts';
import { fileResponse } from '../../platform/http/route-schemas.ts';
import {
  centralityRunResponse,
  communitiesResponse,
  communityResponse,
  communityRunResponse,
  keyPlayersResponse,
  networkAnalysisResponse,
  networkViewResponse,
  pathResponse,
} from './network.responses.ts';

export type NetworkServices = {
  network: NetworkService;
  keyPlayers: KeyPlayersService;
  communities: CommunitiesService;
  networkExport: NetworkExportService;
};

// Thin routes: parse at the edge, resolve the actor, call the service (which checks access and audits).
export function registerNetworkRoutes(app: FastifyInstance, services: NetworkServices): void {
  const neighbourhood = (raw: unknown) => {
    const q = parseInput(neighbourhoodQuery, raw);
    return { seeds: q.seeds, hops: q.hops, maxNodes: q.maxNodes, filters: toFilters(q) };
  };

  app.get(
    '/api/network/expand',
    { schema: { tags: ['network'], querystring: neighbourhoodQuery, response: { 200: networkViewResponse } } },
    async (request) => services.network.expand(actorOf(request), neighbourhood(request.query)),
  );
  app.get(
    '/api/network/analysis',
    { schema: { tags: ['network'], querystring: neighbourhoodQuery, response: { 200: networkAnalysisResponse } } },
    async (request) => services.network.analyse(actorOf(request), neighbourhood(request.query)),
  );
  app.get(
    '/api/network/path',
    { schema: { tags: ['network'], querystring: pathQuery, response: { 200: pathResponse } } },
    async (request) => {
      const q = parseInput(pathQuery, request.query);
      const filters = toFilters({ kinds: q.kinds, from: q.since, to: q.until, minConfidence: q.minConfidence });
      return services.network.path(actorOf(request), { from: q.from, to: q.to, maxDepth: q.maxDepth, filters });
    },
  );
  app.get(
    '/api/network/key-players',
    { schema: { tags: ['network'], querystring: keyPlayersQuery, response: { 200: keyPlayersResponse } } },
    async (request) => {
      const q = parseInput(keyPlayersQuery, request.query);
      return services.keyPlayers.keyPlayers(actorOf(request), {
        seeds: q.seeds,
        hops: q.hops,
        maxNodes: q.maxNodes,
        filters: toFilters(q),
        limit: q.limit,
      });
    },
  );
  app.get(
    '/api/network/centrality/:runId',
    {
      schema: {
        tags: ['network'],
        params: runParams,
        querystring: limitQuery,
        response: { 200: centralityRunResponse },
      },
    },
    async (request) => {
      const { runId } = parseInput(runParams, request.params);
      return services.keyPlayers.centralityRun(actorOf(request), runId, parseInput(limitQuery, request.query).limit);
    },
  );

  app.post(
    '/api/network/communities',
    { schema: { tags: ['network'], body: communitiesStartBody, response: { 202: communityRunResponse } } },
    async (request, reply) => {
      const body = parseInput(communitiesStartBody, request.body ?? {});
      const run = await services.communities.start(actorOf(request), {
        minConfidence: body.minConfidence,
        from: body.from ?? null,
        to: body.to ?? null,
      });
      return reply.code(202).send(run);
    },
  );
  app.get(
    '/api/network/communities',
    { schema: { tags: ['network'], querystring: communitiesQuery, response: { 200: communitiesResponse } } },
    async (request) => services.communities.latest(actorOf(request), parseInput(communitiesQuery, request.query)),
  );
  app.get(
    '/api/network/communities/:runId/:community',
    {
      schema: {
        tags: ['network'],
        params: communityParams,
        querystring: communityQuery,
        response: { 200: communityResponse },
      },
    },
    async (request) => {
      const { runId, community } = parseInput(communityParams, request.params);
      const { maxNodes } = parseInput(communityQuery, request.query);
      return services.communities.community(actorOf(request), runId, community, maxNodes);
    },
  );

  app.post(
    '/api/network/exports',
    { schema: { tags: ['network'], body: exportBody, response: { 200: fileResponse('application/octet-stream') } } },
    async (request, reply) => {
      const body = parseInput(exportBody, request.body);
      const { scope } = body;
      const file = await services.networkExport.export(actorOf(request), {
        format: body.format,
        title: body.title,
        reason: body.reason,
        scope:
          scope.kind === 'neighbourhood'
            ? {
                kind: 'neighbourhood',
                query: { seeds: scope.seeds, hops: scope.hops, maxNodes: scope.maxNodes, filters: toFilters(scope) },
              }
            : { kind: 'entities', entityIds: scope.entityIds, filters: toFilters(scope) },
      });
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'no-store')
        .send(file.content);
    },
  );
}
