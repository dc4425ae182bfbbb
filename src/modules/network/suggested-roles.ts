import type { AlertKind } from '../correlation/index.ts';
import { type EntityDetails, type EntityKind, isRecordedChild } from '../pole/index.ts';
import { otherEnd, type GraphLink } from '../pole/index.ts';

// Roles suggested from patterns in a sub-graph, for an analyst to confirm or dismiss. They are
// prompts, never findings: each carries its reason and the reports behind it.

export const suggestedRoles = [
  'deal_line',
  'possible_deal_line',
  'possible_trap_house',
  'possible_cuckooed_address',
  'possible_line_holder',
  'possible_exploited_child',
] as const;
export type SuggestedRoleKind = (typeof suggestedRoles)[number];

export type SuggestedRole = {
  readonly entityId: string;
  readonly role: SuggestedRoleKind;
  readonly reason: string;
  readonly evidenceReportIds: readonly string[];
};

export type RoleSignals = {
  readonly entities: readonly { id: string; kind: EntityKind; details: EntityDetails }[];
  readonly links: readonly GraphLink[];
  readonly linkReports: ReadonlyMap<string, readonly string[]>;
  readonly alerts: ReadonlyMap<string, readonly AlertKind[]>;
  readonly dealLines: ReadonlyMap<string, { lineId: string; brandName: string }>;
  readonly recentReports: ReadonlyMap<string, readonly string[]>;
  /** Reports within the window that make an address a possible trap house. */
  readonly trapHouseReports: number;
};

export function suggestRoles(signals: RoleSignals): SuggestedRole[] {
  const suggestions: SuggestedRole[] = [];
  const byId = new Map(signals.entities.map((e) => [e.id, e]));
  const neighbours = new Map<string, GraphLink[]>();
  for (const link of signals.links) {
    neighbours.set(link.a, [...(neighbours.get(link.a) ?? []), link]);
    neighbours.set(link.b, [...(neighbours.get(link.b) ?? []), link]);
  }
  const reportsOf = (links: readonly GraphLink[]) => [
    ...new Set(links.flatMap((link) => signals.linkReports.get(link.id) ?? [])),
  ];

  // Phones: the line itself.
  const linePhones = new Set<string>();
  for (const entity of signals.entities.filter((e) => e.kind === 'phone')) {
    const line = signals.dealLines.get(entity.id);
    if (line) {
      linePhones.add(entity.id);
      suggestions.push({
        entityId: entity.id,
        role: 'deal_line',
        reason: `A number of ${line.brandName}`,
        evidenceReportIds: [],
      });
    } else if (signals.alerts.get(entity.id)?.includes('possible_deal_line')) {
      linePhones.add(entity.id);
      suggestions.push({
        entityId: entity.id,
        role: 'possible_deal_line',
        reason: 'Quoted in advertising ("menu") texts or in several reports: an open deal-line alert',
        evidenceReportIds: [],
      });
    }
  }

  // Addresses: trap houses and cuckooed homes.
  for (const entity of signals.entities.filter((e) => e.kind === 'location')) {
    const alerts = signals.alerts.get(entity.id) ?? [];
    const recent = signals.recentReports.get(entity.id) ?? [];
    if (alerts.includes('possible_trap_house') || recent.length >= signals.trapHouseReports) {
      suggestions.push({
        entityId: entity.id,
        role: 'possible_trap_house',
        reason: `${recent.length} reports in the 28 days up to it was last seen`,
        evidenceReportIds: recent,
      });
    }
    if (alerts.includes('possible_cuckooing')) {
      suggestions.push({
        entityId: entity.id,
        role: 'possible_cuckooed_address',
        reason: 'An open cuckooing alert: a vulnerable resident’s home may have been taken over',
        evidenceReportIds: recent,
      });
    }
  }

  // People linked to a line: an adult also linked to children may be holding or exploiting;
  // a child linked to a line needs safeguarding.
  for (const person of signals.entities.filter((e) => e.kind === 'person')) {
    const links = neighbours.get(person.id) ?? [];
    const toLine = links.filter((link) => linePhones.has(otherEnd(link, person.id)));
    if (toLine.length === 0) continue;
    if (isRecordedChild(person.details)) {
      suggestions.push({
        entityId: person.id,
        role: 'possible_exploited_child',
        reason: 'A child linked to a deal line: refer to safeguarding',
        evidenceReportIds: reportsOf(toLine),
      });
      continue;
    }
    const toChildren = links.filter((link) => {
      const other = byId.get(otherEnd(link, person.id));
      return other?.kind === 'person' && isRecordedChild(other.details);
    });
    if (toChildren.length > 0) {
      suggestions.push({
        entityId: person.id,
        role: 'possible_line_holder',
        reason: `Not recorded as a child, linked to the line and to ${toChildren.length} child(ren): possible line holder or exploiter`,
        evidenceReportIds: reportsOf([...toLine, ...toChildren]),
      });
    }
  }
  return suggestions;
}
