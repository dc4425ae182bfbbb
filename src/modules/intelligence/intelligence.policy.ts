import { can, type StaffActor } from '../access/index.ts';
import type { IntelligenceDisseminationRow, IntelligenceReportRow } from './intelligence.table.ts';

/** Members of the intelligence unit see every intelligence report. */
export function isIntelligenceUnit(actor: StaffActor): boolean {
  return can(actor, 'report.read');
}

/**
 * Anyone else sees a report only once it is disseminated to their team or their partner
 * organisation. Everything not allowed is denied, and the caller answers "not found or no
 * access" either way.
 */
export function canReadIntelligence(
  actor: StaffActor,
  report: Pick<IntelligenceReportRow, 'status'>,
  disseminations: readonly Pick<IntelligenceDisseminationRow, 'recipient_type' | 'recipient_id'>[],
): boolean {
  if (isIntelligenceUnit(actor)) return true;
  if (!can(actor, 'intelligence.read_disseminated') || report.status !== 'disseminated') return false;
  return disseminations.some(
    (d) =>
      (d.recipient_type === 'team' && actor.teamIds.includes(d.recipient_id)) ||
      (d.recipient_type === 'partner_organisation' && d.recipient_id === actor.partnerOrganisationId),
  );
}
