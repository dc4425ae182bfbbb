import { z } from 'zod';
import { entityKinds } from '../pole/index.ts';

// What the link-analysis routes answer (the staff API contract).

export const networkNodeResponse = z.object({
  id: z.string(),
  kind: z.enum(entityKinds),
  label: z.string(),
  firstSeen: z.string(),
  lastSeen: z.string(),
  reportCount: z.number(),
  depth: z.number().nullable(),
  degree: z.number(),
});

export const networkLinkResponse = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  kind: z.string(),
  confidence: z.number(),
  firstSeen: z.string(),
  lastSeen: z.string(),
  sourceCount: z.number(),
  reportIds: z.array(z.string()),
});

export const networkViewResponse = z.object({
  nodes: z.array(networkNodeResponse),
  links: z.array(networkLinkResponse),
  truncated: z.boolean(),
});

const grouping = z.object({ index: z.number(), size: z.number(), entityIds: z.array(z.string()) });

export const suggestedRoles = [
  'deal_line',
  'possible_deal_line',
  'possible_trap_house',
  'possible_cuckooed_address',
  'possible_line_holder',
  'possible_exploited_child',
] as const;

export const networkAnalysisResponse = networkViewResponse.extend({
  components: z.array(grouping),
  communities: z.array(grouping),
  modularity: z.number(),
  suggestions: z.array(
    z.object({
      entityId: z.string(),
      role: z.enum(suggestedRoles),
      reason: z.string(),
      evidenceReportIds: z.array(z.string()),
    }),
  ),
});

export const pathResponse = networkViewResponse.extend({ found: z.boolean(), path: z.array(z.string()) });

const centralityRun = z.object({
  runId: z.string(),
  status: z.string(),
  nodeCount: z.number(),
  linkCount: z.number(),
  computedAt: z.string().nullable(),
});

const player = z.object({
  id: z.string(),
  kind: z.enum(entityKinds),
  label: z.string(),
  degree: z.number(),
  storeDegree: z.number(),
  betweenness: z.number().nullable(),
});

export const keyPlayersResponse = z.object({ centrality: centralityRun, players: z.array(player) });

/** A stored betweenness run and, once complete, its top scores. */
export const centralityRunResponse = z.object({
  centrality: centralityRun,
  players: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(entityKinds),
      label: z.string(),
      degree: z.number(),
      betweenness: z.number(),
    }),
  ),
});

/** A community-detection run as stored. */
export const communityRunResponse = z.object({
  runId: z.string(),
  status: z.enum(['pending', 'complete', 'failed']),
  minConfidence: z.number(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  nodeCount: z.number().nullable(),
  linkCount: z.number().nullable(),
  communityCount: z.number().nullable(),
  componentCount: z.number().nullable(),
  modularity: z.number().nullable(),
  requestedAt: z.string(),
  computedAt: z.string().nullable(),
  error: z.string().nullable(),
});

/** The newest complete run's communities, largest first, with their strongest members named. */
export const communitiesResponse = z.object({
  newestRun: communityRunResponse.nullable(),
  run: communityRunResponse.nullable(),
  communities: z.array(
    z.object({
      community: z.number(),
      component: z.number(),
      size: z.number(),
      /** How many members of each kind (kinds with none are absent). */
      kinds: z.partialRecord(z.enum(entityKinds), z.number()),
      dealLines: z.array(z.object({ id: z.string(), brandName: z.string() })),
      topMembers: z.array(
        z.object({ id: z.string(), kind: z.enum(entityKinds), label: z.string(), degree: z.number() }),
      ),
    }),
  ),
});
export const communityResponse = networkViewResponse.extend({ run: communityRunResponse, community: z.number() });
