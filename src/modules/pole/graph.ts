import type { EntityKind } from './pole.table.ts';

// The shapes link analysis works on, independent of SQL and HTTP.

/** Which links a traversal may follow and which entities it may reach. */
export type GraphFilters = {
  /** Entity kinds a traversal may reach (the seeds are always included). Empty: every kind. */
  readonly kinds: readonly EntityKind[];
  /** Only links seen in this window (a link counts if its first–last seen range overlaps it). */
  readonly from: string | null;
  readonly to: string | null;
  readonly minConfidence: number;
};

export const noFilters: GraphFilters = { kinds: [], from: null, to: null, minConfidence: 0 };

/** A link as stored: undirected, entity_a < entity_b. */
export type GraphLink = {
  readonly id: string;
  readonly a: string;
  readonly b: string;
  readonly kind: string;
  readonly confidence: number;
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly sourceCount: number;
};

/** A hop result: the link and the entity it reaches from the frontier. */
export type HopLink = GraphLink & { readonly from: string; readonly to: string };

export type GraphEntity = {
  readonly id: string;
  readonly kind: EntityKind;
  readonly labelSealed: Uint8Array;
  readonly detailsSealed: Uint8Array | null;
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly reportCount: number;
};

/** A sub-graph with everything needed to present it: entities, links and each link's reports. */
export type Subgraph = {
  readonly entities: readonly GraphEntity[];
  readonly links: readonly GraphLink[];
  /** Report ids behind each link (newest first, capped per link). */
  readonly linkReports: ReadonlyMap<string, readonly string[]>;
  /** Hops from the nearest seed, where the sub-graph came from an expansion. */
  readonly depth: ReadonlyMap<string, number>;
  /** True when a cap stopped the traversal before it was complete. */
  readonly truncated: boolean;
};

export const day = (value: Date | string): string =>
  typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

export function otherEnd(link: Pick<GraphLink, 'a' | 'b'>, id: string): string {
  return link.a === id ? link.b : link.a;
}

/** Degree of each entity within the sub-graph's links. */
export function degrees(
  entityIds: Iterable<string>,
  links: readonly Pick<GraphLink, 'a' | 'b'>[],
): Map<string, number> {
  const result = new Map<string, number>();
  for (const id of entityIds) result.set(id, 0);
  for (const link of links) {
    result.set(link.a, (result.get(link.a) ?? 0) + 1);
    result.set(link.b, (result.get(link.b) ?? 0) + 1);
  }
  return result;
}
