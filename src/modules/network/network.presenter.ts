import type { Sealer } from '../../platform/crypto/sealer.ts';
import { type EntityKind, entityLabelContext } from '../pole/index.ts';
import { degrees, type GraphLink, type Subgraph } from '../pole/index.ts';

// What leaves the service: a whitelist of fields, labels opened only for entities returned.

export type NetworkNodeView = {
  readonly id: string;
  readonly kind: EntityKind;
  readonly label: string;
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly reportCount: number;
  /** Hops from the nearest seed (null outside an expansion). */
  readonly depth: number | null;
  /** Links within this sub-graph. */
  readonly degree: number;
};

export type NetworkLinkView = {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly kind: string;
  readonly confidence: number;
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly sourceCount: number;
  /** The reports that support this link (newest first, at most 25; sourceCount has the total). */
  readonly reportIds: readonly string[];
};

export type NetworkView = {
  readonly nodes: readonly NetworkNodeView[];
  readonly links: readonly NetworkLinkView[];
  readonly truncated: boolean;
};

export function openLabel(sealer: Sealer, entityId: string, sealed: Uint8Array): string {
  return sealer.openText(sealed, entityLabelContext(entityId));
}

export const roundConfidence = (value: number): number => Math.round(value * 100) / 100;

export function presentLink(link: GraphLink, reportIds: readonly string[]): NetworkLinkView {
  return {
    id: link.id,
    source: link.a,
    target: link.b,
    kind: link.kind,
    confidence: roundConfidence(link.confidence),
    firstSeen: link.firstSeen,
    lastSeen: link.lastSeen,
    sourceCount: link.sourceCount,
    reportIds,
  };
}

export function presentSubgraph(subgraph: Subgraph, sealer: Sealer): NetworkView {
  const degreeOf = degrees(
    subgraph.entities.map((e) => e.id),
    subgraph.links,
  );
  return {
    nodes: subgraph.entities.map((entity) => ({
      id: entity.id,
      kind: entity.kind,
      label: openLabel(sealer, entity.id, entity.labelSealed),
      firstSeen: entity.firstSeen,
      lastSeen: entity.lastSeen,
      reportCount: entity.reportCount,
      depth: subgraph.depth.get(entity.id) ?? null,
      degree: degreeOf.get(entity.id) ?? 0,
    })),
    links: subgraph.links.map((link) => presentLink(link, subgraph.linkReports.get(link.id) ?? [])),
    truncated: subgraph.truncated,
  };
}

/**
 * Two people an analyst merged into one identity (person resolution), both in view: shown as a
 * "same person" link so the chart does not present one person as two strangers. It rests on the
 * analyst's decision, not on reports, so it lists none.
 */
export function presentSamePersonLink(merge: { id: string; survivorId: string; mergedId: string; on: string }) {
  return {
    id: merge.id,
    source: merge.survivorId,
    target: merge.mergedId,
    kind: 'same_person',
    confidence: 1,
    firstSeen: merge.on,
    lastSeen: merge.on,
    sourceCount: 0,
    reportIds: [],
  } satisfies NetworkLinkView;
}
