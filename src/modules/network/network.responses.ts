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

/** A stored betweenness run and its top scores (its detail fields are not pinned yet: loose). */
export const centralityRunResponse = z.looseObject({ centrality: centralityRun.loose() });

/** A community-detection run as stored (loose: not yet used by the web app). */
export const communityRunResponse = z.looseObject({ runId: z.string(), status: z.string() });
export const communitiesResponse = z.looseObject({
  newestRun: communityRunResponse.nullable(),
  run: communityRunResponse.nullable(),
  communities: z.array(z.looseObject({})),
});
export const communityResponse = networkViewResponse
  .extend({ run: communityRunResponse, community: z.number() })
  .loose();
