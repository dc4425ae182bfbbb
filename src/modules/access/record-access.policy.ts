import { AppError } from '../../platform/http/app-errors.ts';
import { can, requirePermission, requireReason, type StaffActor } from './actor.ts';
import { isActive, type Dissemination, type HandlingCode, type RecordRef } from './dissemination.ts';
import type { Permission } from './roles.ts';

/**
 * What the policy needs to know about one record. Each capability builds this from its own
 * rows (and the record's disseminations) and asks `decideRecordAccess`; nothing else decides
 * who may read a record.
 */
export type RecordAccessFacts = {
  readonly subject: RecordRef;
  /**
   * The permission that lets police staff read this kind of record without it being
   * disseminated to them (e.g. 'report.read'); null when only dissemination grants access.
   */
  readonly readPermission: Permission | null;
  /** Need to know: when set, even holders of readPermission must belong to one of these teams. */
  readonly restrictedToTeamIds?: readonly string[];
  readonly handlingCode: HandlingCode | null;
  /** Every dissemination of this record (withdrawn ones are ignored here). */
  readonly disseminations: readonly Dissemination[];
};

export type AccessDecision =
  | {
      readonly allowed: true;
      readonly via: 'role' | 'team_dissemination' | 'partner_dissemination';
      /** Handling conditions the reader must be shown and follow (from C disseminations). */
      readonly conditions: readonly string[];
    }
  | { readonly allowed: false };

const denied: AccessDecision = { allowed: false };

/**
 * Deny by default. A partner-agency user (anyone with a partner organisation) reads a record
 * only through an active dissemination to that organisation, whatever else they hold: their
 * teams and roles never widen it. Police staff read through their role's permission (within
 * any team restriction) or through a dissemination to one of their teams.
 */
export function decideRecordAccess(actor: StaffActor, record: RecordAccessFacts): AccessDecision {
  const active = record.disseminations.filter(
    (d) => isActive(d) && d.subject.type === record.subject.type && d.subject.id === record.subject.id,
  );
  if (actor.partnerOrganisationId !== null) {
    if (!can(actor, 'intelligence.read_disseminated')) return denied;
    const toOrganisation = active.filter(
      (d) =>
        d.recipient.kind === 'partner_organisation' &&
        d.recipient.partnerOrganisationId === actor.partnerOrganisationId,
    );
    return toOrganisation.length > 0
      ? { allowed: true, via: 'partner_dissemination', conditions: conditionsOf(toOrganisation) }
      : denied;
  }
  const restriction = record.restrictedToTeamIds ?? [];
  const inRestrictedTeam = restriction.length === 0 || restriction.some((id) => actor.teamIds.includes(id));
  if (record.readPermission !== null && can(actor, record.readPermission) && inRestrictedTeam) {
    return { allowed: true, via: 'role', conditions: conditionsOf(active) };
  }
  if (can(actor, 'intelligence.read_disseminated')) {
    const toTeams = active.filter((d) => d.recipient.kind === 'team' && actor.teamIds.includes(d.recipient.teamId));
    if (toTeams.length > 0) {
      return { allowed: true, via: 'team_dissemination', conditions: conditionsOf(toTeams) };
    }
  }
  return denied;
}

export function canReadRecord(actor: StaffActor, record: RecordAccessFacts): boolean {
  return decideRecordAccess(actor, record).allowed;
}

/**
 * Returns the decision, or throws "not found or no access": the same answer as for a record
 * that does not exist, so a refusal never confirms that a record is there.
 */
export function requireReadableRecord(
  actor: StaffActor,
  record: RecordAccessFacts | undefined,
): Extract<AccessDecision, { allowed: true }> {
  const decision = record === undefined ? denied : decideRecordAccess(actor, record);
  if (!decision.allowed) throw new AppError('not_found_or_no_access');
  return decision;
}

/**
 * Sensitive fields (a reporter's contact details, unsanitised text) need their own permission
 * and a stated reason for each viewing; the caller records the reason in the audit event.
 */
export function requireSensitiveAccess(actor: StaffActor, permission: Permission, reason: string | undefined): string {
  requirePermission(actor, permission);
  return requireReason(reason);
}

function conditionsOf(disseminations: readonly Dissemination[]): string[] {
  return [
    ...new Set(disseminations.flatMap((d) => (d.handlingCode === 'C' && d.conditions !== null ? [d.conditions] : []))),
  ];
}
