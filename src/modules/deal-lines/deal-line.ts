// Deal lines: statuses, the roles people play on a line, and which status changes are allowed.

export const dealLineStatuses = ['suspected', 'confirmed', 'disrupted', 'closed', 'rebranded'] as const;
export type DealLineStatus = (typeof dealLineStatuses)[number];

export const dealLineRoles = ['line_holder', 'runner', 'stash_holder', 'driver', 'customer', 'enforcer'] as const;
export type DealLineRole = (typeof dealLineRoles)[number];

export const dealLineRoleLabels: Readonly<Record<DealLineRole, string>> = {
  line_holder: 'Line holder',
  runner: 'Runner',
  stash_holder: 'Stash holder',
  driver: 'Driver',
  customer: 'Customer',
  enforcer: 'Enforcer',
};

/**
 * A line is suspected until confirmed; a rebrand closes it for good and names the line that
 * replaced it. It becomes disrupted or closed only with the operational records it rests on,
 * through operations (`canRecordDisruption`, ADR 0035/0040), never by this plain change; a
 * disrupted line can come back to confirmed.
 */
const allowed: Readonly<Record<DealLineStatus, readonly DealLineStatus[]>> = {
  suspected: ['confirmed', 'rebranded'],
  confirmed: ['rebranded'],
  disrupted: ['confirmed', 'rebranded'],
  // Closed (with evidence, from operations): only a successor number re-opens it.
  closed: [],
  rebranded: [],
};

/** Disrupted or closed with evidence (from operations): from any live state, or disrupted → closed. */
export function canRecordDisruption(from: DealLineStatus, to: 'disrupted' | 'closed'): boolean {
  if (to === 'disrupted') return from === 'suspected' || from === 'confirmed';
  return from === 'suspected' || from === 'confirmed' || from === 'disrupted';
}

/** A successor number re-opens a line that was disrupted or closed. */
export function reopenedBySuccessor(status: DealLineStatus): boolean {
  return status === 'disrupted' || status === 'closed';
}

export function canChangeStatus(from: DealLineStatus, to: DealLineStatus): boolean {
  return allowed[from].includes(to);
}

export function dealLineSampleContext(lineId: string, sampleId: string): string {
  return `deal_line:${lineId}:sample:${sampleId}`;
}
