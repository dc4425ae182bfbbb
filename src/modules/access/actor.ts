import type { AuditActor, AuditEventInput } from '../../platform/audit/audit-event.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { permissionsOf, type Permission, type Role } from './roles.ts';

/**
 * The signed-in member of staff on whose behalf a service acts. Every staff service method
 * takes one as its first argument and checks it there; routes only resolve it from the
 * session. Partner-agency users belong to exactly one partner organisation.
 */
export type StaffActor = {
  readonly userId: string;
  readonly displayName: string;
  readonly roles: readonly Role[];
  readonly teamIds: readonly string[];
  readonly partnerOrganisationId: string | null;
  readonly permissions: ReadonlySet<Permission>;
  /** The request this action belongs to, recorded in the audit trail. */
  readonly requestId?: string;
  /** The session the request came with (absent for the command line). */
  readonly sessionId?: string;
  /** 'system' for an operator on the command line, recorded as such in the audit trail. */
  readonly kind?: 'staff' | 'system';
};

export function buildActor(fields: Omit<StaffActor, 'permissions'>): StaffActor {
  return { ...fields, permissions: permissionsOf(fields.roles) };
}

/**
 * Permissions a partner role grants only to users of one kind of organisation: a treatment
 * service's key worker records progress in treatment; a school's or a housing provider's user
 * under the same role does not (the service checks the referral's organisation as well).
 */
const organisationKindOf: Partial<Record<Permission, string>> = { 'casework.treatment_outcomes': 'drug_treatment' };

/** Whether a user of this kind of partner organisation (`null`: none) may hold the permission. */
export function organisationKindAllows(permission: Permission, kind: string | null): boolean {
  return (organisationKindOf[permission] ?? kind) === kind;
}

/** The actor with only the permissions their partner organisation's kind allows (`null`: none). */
export function scopeToOrganisationKind(actor: StaffActor, kind: string | null): StaffActor {
  const allowed = [...actor.permissions].filter((p) => organisationKindAllows(p, kind));
  return allowed.length === actor.permissions.size ? actor : { ...actor, permissions: new Set(allowed) };
}

export function can(actor: StaffActor, permission: Permission): boolean {
  return actor.permissions.has(permission);
}

/** Throws `forbidden` unless the actor holds the permission. */
export function requirePermission(actor: StaffActor, permission: Permission): void {
  if (!can(actor, permission)) {
    throw new AppError('forbidden', `Requires the ${permission} permission`);
  }
}

/** A sensitive read needs a stated reason, kept in the audit trail. */
export function requireReason(reason: string | undefined): string {
  const trimmed = reason?.trim() ?? '';
  if (trimmed.length < 5) {
    throw new AppError('validation_failed', 'Give a reason for viewing this information', [
      { field: 'reason', message: 'Give a reason of at least 5 characters' },
    ]);
  }
  return trimmed;
}

/**
 * An operator running `linebreak users …` on the server. Whoever can run commands there can
 * already reach the database, so the command line acts with administrator permissions; the
 * audit trail names it as the system, with the operating-system user, not as a staff member.
 */
export function commandLineActor(operator: string): StaffActor {
  return {
    ...buildActor({
      userId: `cli:${operator}`,
      displayName: `Command line (${operator})`,
      roles: ['administrator'],
      teamIds: [],
      partnerOrganisationId: null,
    }),
    kind: 'system',
  };
}

export function auditActorOf(actor: StaffActor): AuditActor {
  return actor.kind === 'system' ? { type: 'system', id: actor.userId } : { type: 'staff', id: actor.userId };
}

/** The audit event for something an actor did, carrying their request id. */
export function auditEventBy(
  actor: StaffActor,
  action: string,
  fields: Omit<AuditEventInput, 'actor' | 'action' | 'requestId'> = {},
): AuditEventInput {
  return {
    actor: auditActorOf(actor),
    action,
    ...fields,
    ...(actor.requestId !== undefined ? { requestId: actor.requestId } : {}),
  };
}
